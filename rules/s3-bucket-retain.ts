import { childPointer, defineRule, type Fix, type Possible } from '../src/engine/api.js';

const ATTRIBUTES = ['DeletionPolicy', 'UpdateReplacePolicy'] as const;

const EVENTS: Record<string, string> = {
  both: 'deleting the stack or replacing the bucket',
  DeletionPolicy: 'deleting the stack',
  UpdateReplacePolicy: 'replacing the bucket in an update',
};

function describe(possible: Possible[]): string {
  return possible.map((p) => `${JSON.stringify(p.value ?? 'Delete')}${p.when ? ` when ${p.when}` : ''}`).join(', ');
}

export default defineRule<{ accepted: string[] }>({
  meta: {
    name: 's3-bucket-retain',
    family: 8,
    severity: 'high',
    title: 'S3 buckets keep their data when the stack is deleted or the bucket replaced',
    description:
      'Without `DeletionPolicy: Retain` and `UpdateReplacePolicy: Retain`, CloudFormation deletes a bucket (and with it the data) when the stack is deleted or an update replaces the bucket.',
    resourceTypes: ['AWS::S3::Bucket'],
    fixable: 'always',
    options: {
      defaults: { accepted: ['Retain'] },
      schema: {
        type: 'object',
        additionalProperties: false,
        properties: {
          accepted: {
            type: 'array',
            minItems: 1,
            uniqueItems: true,
            items: { enum: ['Retain', 'RetainExceptOnCreate', 'Snapshot', 'Delete'] },
          },
        },
      },
    },
  },
  check(ctx) {
    const accepted = ctx.options.accepted;
    const wanted = accepted[0]!;
    for (const bucket of ctx.resources('AWS::S3::Bucket')) {
      const missing = ATTRIBUTES.filter((a) => bucket.def[a] === undefined);
      if (missing.length > 0) {
        const fix: Fix = {
          title: `Set ${missing.join(' and ')} to ${wanted}`,
          safety: 'safe',
          ops: missing.map((a) => ({ op: 'add' as const, path: childPointer(bucket.pointer, a), value: wanted })),
        };
        ctx.report({
          at: bucket.pointer,
          message: `Bucket ${bucket.id} has no ${missing.join(' or ')}: ${EVENTS[missing.length === 2 ? 'both' : missing[0]!]} deletes the bucket and its data. Set ${missing.join(' and ')} to ${wanted}.`,
          fix,
        });
      }
      for (const attribute of ATTRIBUTES) {
        const value = bucket.def[attribute];
        if (value === undefined) continue;
        const possible = ctx.values(value);
        if (!possible) continue; // decided at deploy time from something we cannot see
        const bad = possible.filter((p) => typeof p.value !== 'string' || !accepted.includes(p.value));
        if (bad.length === 0) continue;
        const at = childPointer(bucket.pointer, attribute);
        ctx.report({
          at,
          message: `Bucket ${bucket.id} has ${attribute} ${describe(bad)}; use ${accepted.join(' or ')} so its data survives ${attribute === 'DeletionPolicy' ? 'stack deletion' : 'replacement'}.`,
          fix: {
            title: `Set ${attribute} to ${wanted}`,
            // Someone chose another policy on purpose (often for a test stack): changing it is theirs to decide.
            safety: 'unsafe',
            ops: [
              { op: 'test', path: at, value },
              { op: 'replace', path: at, value: wanted },
            ],
          },
        });
      }
    }
  },
});
