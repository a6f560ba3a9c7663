import { childPointer, defineRule, pointer } from '../src/engine/api.js';
import { isNoEcho, isSsmParameter, quoteList } from './lib/secret-parts.js';
import { advice, judgeSite, managedPasswordFix, PASSWORD_PROPERTIES, passwordSites, whenText } from './lib/secret-props.js';

export default defineRule({
  meta: {
    name: 'literal-password',
    family: 9,
    severity: 'critical',
    title: 'Passwords are never written into the template',
    description:
      'A password written as a literal — in the property itself, or as the `Default` of the parameter that feeds it — is known to everyone who can read the template, its history and every copy of it. Generate it instead: `ManageMasterUserPassword`, or a Secrets Manager secret with `GenerateSecretString` resolved through `{{resolve:secretsmanager:...}}`.',
    resourceTypes: [...new Set(PASSWORD_PROPERTIES.map((p) => p.type))],
    fixable: 'sometimes',
  },
  check(ctx) {
    const defaults = new Map<string, string[]>();
    for (const site of passwordSites(ctx, false)) {
      const variants = judgeSite(ctx, site);
      const literal = variants.filter((v) => v.verdict.kind === 'literal');
      if (literal.length > 0) {
        const derived = [...new Set(literal.flatMap((v) => (v.verdict.kind === 'literal' ? v.verdict.derivedFrom : [])))];
        const what =
          derived.length > 0
            ? `builds ${site.name} from literal text and ${quoteList(derived)}${whenText(literal, variants)}: anyone who reads the template can work the password out.`
            : `has a literal ${site.name}${whenText(literal, variants)}: anyone who reads the template knows the password.`;
        const fix = variants.length === 1 ? managedPasswordFix(ctx, site) : undefined;
        ctx.report({ at: site.at, message: `${capitalize(site.property.label)} ${site.resource.id} ${what} ${advice(site)}`, ...(fix ? { fix } : {}) });
      }
      for (const v of variants) {
        if (v.verdict.kind !== 'parameter') continue;
        const when = variants.length > 1 && v.when ? ` when ${v.when}` : '';
        for (const param of v.verdict.params) {
          const def = ctx.template.parameters[param];
          const value = def?.Default;
          if (typeof value !== 'string' && typeof value !== 'number') continue;
          const text = String(value);
          if (text.trim() === '' || isSsmParameter(ctx, param) || /\{\{resolve:/.test(text)) continue;
          // A NoEcho parameter with a Default is parameter-noecho-default's finding, at this same place.
          if (isNoEcho(ctx, param)) continue;
          const users = defaults.get(param) ?? [];
          const user = `${site.property.label} ${site.resource.id}'s ${site.name}${when}`;
          if (!users.includes(user)) users.push(user);
          defaults.set(param, users);
        }
      }
    }
    for (const [param, users] of defaults) {
      ctx.report({
        at: childPointer(pointer('Parameters', param), 'Default'),
        message: `Parameter ${param} has a literal Default that becomes ${quoteList(users)} whenever the stack is deployed without a value for it: anyone who reads the template knows that password. Remove the Default and let the password be generated (ManageMasterUserPassword, or GenerateSecretString resolved with {{resolve:secretsmanager:...}}).`,
      });
    }
  },
});

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
