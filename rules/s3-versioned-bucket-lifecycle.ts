import { addPropertyOp, asBoolean, childPointer, defineRule, type Fix, intrinsicName, isMapping } from '../src/engine/api.js';
import { BUCKET } from './lib/s3-buckets.js';

const EXPIRES = ['NoncurrentVersionExpirationInDays', 'NoncurrentVersionExpiration'];

export default defineRule<{ noncurrentDays: number }>({
  meta: {
    name: 's3-versioned-bucket-lifecycle',
    family: 2,
    severity: 'low',
    title: 'Versioned S3 buckets expire noncurrent versions',
    description:
      'With versioning enabled every overwrite and delete keeps the previous version, billed like any object, for ever. A lifecycle rule with `NoncurrentVersionExpirationInDays` (or `NoncurrentVersionExpiration`) bounds that.',
    resourceTypes: [BUCKET],
    fixable: 'sometimes',
    options: {
      defaults: { noncurrentDays: 90 },
      schema: {
        type: 'object',
        additionalProperties: false,
        properties: { noncurrentDays: { type: 'integer', minimum: 1 } },
      },
    },
  },
  check(ctx) {
    for (const bucket of ctx.resources(BUCKET)) {
      const props = bucket.properties;
      // Object Lock buckets keep versions on purpose (retention).
      if (props.ObjectLockEnabled !== undefined && asBoolean(props.ObjectLockEnabled) !== false) continue;
      const versioning = ctx.values(props.VersioningConfiguration);
      if (!versioning) continue;
      const enabled: (string | undefined)[] = [];
      let unknown = false;
      for (const v of versioning) {
        if (!isMapping(v.value)) continue;
        const status = ctx.values(v.value.Status);
        if (!status) unknown = true;
        for (const s of status ?? []) if (s.value === 'Enabled') enabled.push([v.when, s.when].filter(Boolean).join(' and ') || undefined);
      }
      if (enabled.length === 0 || unknown) continue;

      const lifecycle = props.LifecycleConfiguration;
      const rules = isMapping(lifecycle) ? lifecycle.Rules : undefined;
      if (lifecycle !== undefined && (!isMapping(lifecycle) || intrinsicName(lifecycle) || (rules !== undefined && !Array.isArray(rules)))) continue;
      const notes: string[] = [];
      let expires = false;
      for (const rule of (rules as unknown[] | undefined) ?? []) {
        if (!isMapping(rule) || intrinsicName(rule)) {
          expires = true; // cannot read it: assume it does
          continue;
        }
        const name = typeof rule.Id === 'string' ? `rule ${rule.Id}` : 'a rule';
        const has = EXPIRES.some((k) => rule[k] !== undefined);
        const status = ctx.values(rule.Status);
        if (has && (!status || status.some((s) => s.value === 'Enabled'))) expires = true;
        else if (has) notes.push(`${name} is not Enabled`);
        else if (rule.ExpirationInDays !== undefined || rule.ExpirationDate !== undefined) notes.push(`${name} expires current objects, which in a versioned bucket only turns them into noncurrent versions`);
        else if (rule.NoncurrentVersionTransitions !== undefined || rule.NoncurrentVersionTransition !== undefined) notes.push(`${name} only moves them to another storage class`);
      }
      if (expires) continue;

      const days = ctx.options.noncurrentDays;
      const ids = new Set(((rules as unknown[] | undefined) ?? []).map((r) => (isMapping(r) ? r.Id : undefined)));
      let id = 'DeleteOldVersions';
      for (let i = 2; ids.has(id); i++) id = `DeleteOldVersions${i}`;
      const newRule = { Id: id, Status: 'Enabled', NoncurrentVersionExpirationInDays: days };
      const lifecycleAt = childPointer(bucket.pointer, 'Properties', 'LifecycleConfiguration');
      const ops: Fix['ops'] =
        lifecycle === undefined
          ? [addPropertyOp(bucket, 'LifecycleConfiguration', { Rules: [newRule] })]
          : rules === undefined
            ? [{ op: 'add', path: childPointer(lifecycleAt, 'Rules'), value: [newRule] }]
            : [{ op: 'add', path: childPointer(lifecycleAt, 'Rules', '-'), value: newRule }];
      const when = enabled.every((w) => w === undefined) ? '' : ` when ${enabled.filter(Boolean).join(' or ')}`;
      ctx.report({
        at: rules !== undefined ? childPointer(lifecycleAt, 'Rules') : bucket.pointer,
        message: `Bucket ${bucket.id} keeps every old version (versioning is Enabled${when}) but no enabled lifecycle rule expires noncurrent versions${notes.length > 0 ? ` (${notes.join('; ')})` : ''}, so they pile up and are billed for ever. Add a rule with NoncurrentVersionExpirationInDays (${days}).`,
        fix: {
          title: `Expire ${bucket.id}'s noncurrent versions after ${days} days`,
          // Deletes old versions someone may still count on for recovery.
          safety: 'unsafe',
          ops,
        },
      });
    }
  },
});
