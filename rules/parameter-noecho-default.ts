import { asBoolean, childPointer, defineRule } from '../src/engine/api.js';
import { listParameters, scalarText } from './lib/params-common.js';

/** Names of parameters that hold an account or user name rather than a secret. */
const USERNAME = /user(?:name)?s?$|user_?name|login(?:name)?$|account(?:name)?$/i;
const SECRET_WORD = /pass|secret|token|key|cred|pwd|pin$/i;

/** A default that names where the secret lives rather than holding it. */
function isReference(text: string): boolean {
  const t = text.trim();
  return (
    t.startsWith('{{resolve:') || // a dynamic reference
    /^arn:aws[a-z-]*:/.test(t) || // the ARN of a secret or parameter
    /^\/[\w.\-/]+$/.test(t) // an SSM parameter path
  );
}

export default defineRule<{ includeUsernames: boolean }>({
  meta: {
    name: 'parameter-noecho-default',
    family: 4,
    severity: 'critical',
    title: 'NoEcho parameters have no Default',
    description:
      'A `NoEcho` parameter marks a secret; giving it a `Default` writes the secret into the template, and so into git, and deploys it wherever the parameter is not passed. NoEcho then hides only what anyone with the repository can read.',
    fixable: 'always',
    options: {
      defaults: { includeUsernames: false },
      schema: { type: 'object', additionalProperties: false, properties: { includeUsernames: { type: 'boolean' } } },
    },
  },
  check(ctx) {
    for (const p of listParameters(ctx.template)) {
      if (asBoolean(p.def.NoEcho) !== true) continue;
      if (p.type?.startsWith('AWS::SSM::Parameter::')) continue; // the default names an SSM parameter
      const value = p.def.Default;
      const text = scalarText(value);
      if (text === undefined || text.trim() === '' || isReference(text)) continue;
      if (!ctx.options.includeUsernames && USERNAME.test(p.name) && !SECRET_WORD.test(p.name)) continue;
      const at = childPointer(p.pointer, 'Default');
      ctx.report({
        at,
        message: `Parameter ${p.name} is NoEcho but has a Default, so the secret is committed with the template and used by every stack deployed without the parameter. Remove the Default and pass the value at deploy time (or generate it in Secrets Manager), and rotate the committed value.`,
        fix: {
          title: `Remove the Default of ${p.name}`,
          // Deployments that relied on the default must now pass the value, or they fail.
          safety: 'unsafe',
          ops: [
            { op: 'test', path: at, value },
            { op: 'remove', path: at },
          ],
        },
      });
    }
  },
});
