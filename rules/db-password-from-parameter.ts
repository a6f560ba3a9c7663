import { defineRule, type Fix, type RuleContext } from '../src/engine/api.js';
import { isNoEcho, isSsmParameter, quoteList } from './lib/secret-parts.js';
import {
  advice,
  judgeSite,
  managedPasswordFix,
  PASSWORD_PROPERTIES,
  passwordSites,
  secretHoldingParameter,
  type PasswordSite,
  whenText,
} from './lib/secret-props.js';

export default defineRule({
  meta: {
    name: 'db-password-from-parameter',
    family: 9,
    severity: 'high',
    title: 'Database master passwords come from Secrets Manager, not from template parameters',
    description:
      'A database password passed in as a template parameter is chosen by hand, typed into consoles and pipelines, and kept with the stack\'s parameters. Let the service manage it (`ManageMasterUserPassword: true`) or resolve it from a generated Secrets Manager secret with a `{{resolve:secretsmanager:...}}` dynamic reference.',
    resourceTypes: [...new Set(PASSWORD_PROPERTIES.filter((p) => p.database).map((p) => p.type))],
    fixable: 'sometimes',
  },
  check(ctx) {
    for (const site of passwordSites(ctx, true)) {
      const variants = judgeSite(ctx, site);
      const bad = variants.filter((v) => v.verdict.kind === 'parameter');
      if (bad.length === 0) continue;
      const params = [...new Set(bad.flatMap((v) => (v.verdict.kind === 'parameter' ? v.verdict.params : [])))];
      const ssm = params.filter((p) => isSsmParameter(ctx, p));
      const typed = params.filter((p) => !isSsmParameter(ctx, p));
      const plain = typed.filter((p) => !isNoEcho(ctx, p));
      const why: string[] = [];
      if (typed.length > 0) {
        why.push(
          `the password is chosen by hand, typed in at deploy time and kept with the stack's parameters${plain.length > 0 ? `, in plain text because ${quoteList(plain)} ${plain.length > 1 ? 'are' : 'is'} not NoEcho` : ''}`,
        );
      }
      if (ssm.length > 0) why.push(`${quoteList(ssm)} ${ssm.length > 1 ? 'read' : 'reads'} it from an SSM String parameter, stored unencrypted`);
      const fix = variants.length === 1 ? fixFor(ctx, site, params) : undefined;
      ctx.report({
        at: site.at,
        message: `${capitalize(site.property.label)} ${site.resource.id} takes ${site.name} from parameter${params.length > 1 ? 's' : ''} ${quoteList(params)}${whenText(bad, variants)}: ${why.join('; ')}. ${advice(site)}`,
        ...(fix ? { fix } : {}),
      });
    }
  },
});

function fixFor(ctx: RuleContext, site: PasswordSite, params: string[]): Fix | undefined {
  if (params.length !== 1) return undefined;
  const param = params[0]!;
  const isPlainRef = JSON.stringify(site.value) === JSON.stringify({ Ref: param });
  if (isPlainRef) {
    const holders = secretHoldingParameter(ctx, param, site.resource);
    if (holders.length === 1) {
      const { secret, key } = holders[0]!;
      return {
        title: `Resolve ${site.name} from secret ${secret.id}`,
        // Same password today, but it now follows the secret: generating or rotating the secret changes it.
        safety: 'unsafe',
        ops: [
          { op: 'test', path: site.at, value: site.value },
          { op: 'replace', path: site.at, value: { 'Fn::Sub': `{{resolve:secretsmanager:\${${secret.id}}:SecretString:${key}}}` } },
        ],
      };
    }
    if (holders.length > 1) return undefined;
  }
  // Anything else reading the parameter (an app's environment, an output) would keep the old password.
  const elsewhere = ctx.refsTo(param).some((r) => (r.section === 'Resources' || r.section === 'Outputs') && r.at !== site.at && !r.at.startsWith(`${site.at}/`));
  if (elsewhere) return undefined;
  return managedPasswordFix(ctx, site);
}

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
