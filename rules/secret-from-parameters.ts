import { childPointer, defineRule, type Fix, type ResourceRef } from '../src/engine/api.js';
import { type Ctx, isNoEcho, quoteList } from './lib/secret-parts.js';
import { analyzeSecretString, judgeEntry, renderTemplate, secretStringPointer, type SecretVariant } from './lib/secret-string.js';

interface Options extends Record<string, unknown> {
  passwordLength: number;
  excludeCharacters: string;
  requireEachIncludedType: boolean;
}

interface Judged {
  variant: SecretVariant;
  fromParams: { key?: string; params: string[] }[];
  literals: { key?: string; derivedFrom: string[] }[];
}

const keyName = (key?: string): string => (key === undefined ? 'the whole value' : JSON.stringify(key));

export default defineRule<Options>({
  meta: {
    name: 'secret-from-parameters',
    family: 9,
    severity: 'high',
    title: 'Secrets Manager secrets generate their password instead of taking it from parameters or the template',
    description:
      'A secret whose `SecretString` is assembled from template parameters carries a password someone typed in at deploy time, kept in the stack\'s parameters and deployment tooling; one written into the template is readable by anyone with the source (critical). `GenerateSecretString` lets Secrets Manager create a strong password that never passes through CloudFormation.',
    resourceTypes: ['AWS::SecretsManager::Secret'],
    fixable: 'sometimes',
    options: {
      defaults: { passwordLength: 32, excludeCharacters: '"@/\\', requireEachIncludedType: true },
      schema: {
        type: 'object',
        additionalProperties: false,
        properties: {
          passwordLength: { type: 'integer', minimum: 8, maximum: 4096 },
          excludeCharacters: { type: 'string' },
          requireEachIncludedType: { type: 'boolean' },
        },
      },
    },
  },
  check(ctx) {
    for (const secret of ctx.resources('AWS::SecretsManager::Secret')) {
      const variants = analyzeSecretString(ctx, secret);
      if (!variants) continue;
      const judged: Judged[] = variants.map((variant) => {
        const j: Judged = { variant, fromParams: [], literals: [] };
        for (const entry of variant.entries) {
          const verdict = judgeEntry(ctx, entry);
          if (verdict.kind === 'parameter') j.fromParams.push({ key: entry.key, params: verdict.params });
          else if (verdict.kind === 'literal') j.literals.push({ key: entry.key, derivedFrom: verdict.derivedFrom });
        }
        return j;
      });
      const bad = judged.filter((j) => j.fromParams.length > 0 || j.literals.length > 0);
      if (bad.length === 0) continue;
      const literal = bad.some((j) => j.literals.length > 0);
      const at = secretStringPointer(secret);
      const fix = bad.length === 1 && variants.length === 1 && !variants[0]!.when ? generateFix(ctx, secret, bad[0]!) : undefined;
      ctx.report({
        at,
        message: message(ctx, secret, bad),
        severity: literal ? 'critical' : 'high',
        ...(fix ? { fix } : {}),
      });
    }
  },
});

function message(ctx: Ctx, secret: ResourceRef, bad: Judged[]): string {
  const sentences: string[] = [];
  const seen = new Set<string>();
  for (const j of bad) {
    const when = j.variant.when ? ` when ${j.variant.when}` : '';
    for (const l of j.literals) {
      const s =
        l.derivedFrom.length > 0
          ? `Secret ${secret.id} builds ${keyName(l.key)} of its SecretString from literal text and parameter${l.derivedFrom.length > 1 ? 's' : ''} ${quoteList(l.derivedFrom)}${when}: anyone who reads the template can work the value out.`
          : `Secret ${secret.id} has a literal ${l.key === undefined ? 'SecretString' : `${keyName(l.key)} in its SecretString`}${when}: anyone who reads the template knows the secret.`;
      if (!seen.has(s)) sentences.push(s);
      seen.add(s);
    }
    for (const p of j.fromParams) {
      const plain = p.params.filter((n) => !isNoEcho(ctx, n));
      const s = `Secret ${secret.id} takes ${keyName(p.key)} of its SecretString from parameter${p.params.length > 1 ? 's' : ''} ${quoteList(p.params)}${when}: the value is typed in at deploy time and kept with the stack's parameters${plain.length > 0 ? `, in plain text because ${quoteList(plain)} ${plain.length > 1 ? 'are' : 'is'} not NoEcho` : ''}.`;
      if (!seen.has(s)) sentences.push(s);
      seen.add(s);
    }
  }
  sentences.push('Use GenerateSecretString so that Secrets Manager generates it.');
  return sentences.join(' ');
}

/**
 * Replaces SecretString by GenerateSecretString when exactly one member holds the secret (the
 * password) and every other member can go into SecretStringTemplate as it is.
 */
function generateFix(ctx: { options: Options }, secret: ResourceRef, j: Judged): Fix | undefined {
  const { variant } = j;
  if (!variant.object || secret.properties.GenerateSecretString !== undefined) return undefined;
  const secretKeys = [...j.fromParams.map((p) => p.key), ...j.literals.map((l) => l.key)];
  if (secretKeys.length !== 1) return undefined;
  const key = secretKeys[0];
  if (key === undefined || key.includes('.') || !Object.hasOwn(variant.object, key)) return undefined;
  const rest = { ...variant.object };
  delete rest[key];
  const template = renderTemplate(rest, variant.parts, variant.bare);
  if (template === undefined) return undefined;
  const at = secretStringPointer(secret);
  const { passwordLength, excludeCharacters, requireEachIncludedType } = ctx.options;
  return {
    title: `Generate ${JSON.stringify(key)} with GenerateSecretString`,
    // The secret gets a new value: whatever uses the old password (a database set from the same parameter) must follow.
    safety: 'unsafe',
    ops: [
      { op: 'test', path: at, value: secret.properties.SecretString },
      { op: 'remove', path: at },
      {
        op: 'add',
        path: childPointer(secret.pointer, 'Properties', 'GenerateSecretString'),
        value: {
          SecretStringTemplate: template,
          GenerateStringKey: key,
          PasswordLength: passwordLength,
          ExcludeCharacters: excludeCharacters,
          ...(requireEachIncludedType ? { RequireEachIncludedType: true } : {}),
        },
      },
    ],
  };
}
