import { addPropertyOp, asBoolean, childPointer, defineRule, type Fix, intrinsicName, isMapping } from '../src/engine/api.js';
import { BUCKET, indexPolicies, publicUse } from './lib/s3-buckets.js';

export const FLAGS = ['BlockPublicAcls', 'BlockPublicPolicy', 'IgnorePublicAcls', 'RestrictPublicBuckets'] as const;
type Flag = (typeof FLAGS)[number];
const ACL_FLAGS: Flag[] = ['BlockPublicAcls', 'IgnorePublicAcls'];
const POLICY_FLAGS: Flag[] = ['BlockPublicPolicy', 'RestrictPublicBuckets'];

const list = (flags: string[]): string => (flags.length === 1 ? flags[0]! : `${flags.slice(0, -1).join(', ')} and ${flags.at(-1)}`);

export default defineRule({
  meta: {
    name: 's3-bucket-public-access-block',
    family: 2,
    severity: 'medium',
    title: 'S3 buckets block public access with all four flags',
    description:
      '`PublicAccessBlockConfiguration` with `BlockPublicAcls`, `BlockPublicPolicy`, `IgnorePublicAcls` and `RestrictPublicBuckets` all true keeps a bucket private whatever ACL or policy is added later. A flag set false, or left out of a configuration that is present (it then defaults to false), opens that path.',
    resourceTypes: [BUCKET],
    fixable: 'sometimes',
  },
  check(ctx) {
    const index = indexPolicies(ctx);
    for (const bucket of ctx.resources(BUCKET)) {
      const open = publicUse(ctx, bucket, index.byBucket.get(bucket.id) ?? []);
      // Flags that would switch off the public access the template grants on purpose.
      const exempt = new Set<Flag>([...(open.acl ? ACL_FLAGS : []), ...(open.policy ? POLICY_FLAGS : [])]);
      const wanted = FLAGS.filter((f) => !exempt.has(f));
      if (wanted.length === 0) continue;
      const why = open.policy ? ` (bucket policy ${open.policy} makes it public, so BlockPublicPolicy and RestrictPublicBuckets are left to you)` : open.acl ? ` (AccessControl ${open.acl} makes it public, so the ACL flags are left to you)` : '';
      // Log buckets often turn the ACL flags off for log delivery, which does not need it.
      const aclsOn = /ObjectWriter|BucketOwnerPreferred/.test(JSON.stringify(bucket.properties.OwnershipControls ?? null));
      const logAcl = aclsOn || (ctx.values(bucket.properties.AccessControl)?.some((p) => p.value === 'LogDeliveryWrite') ?? false);
      const cautious = open.website || open.acl !== undefined || open.policy !== undefined;
      const configAt = childPointer(bucket.pointer, 'Properties', 'PublicAccessBlockConfiguration');
      const config = bucket.properties.PublicAccessBlockConfiguration;

      if (config === undefined) {
        ctx.report({
          at: bucket.pointer,
          severity: 'low',
          message: `Bucket ${bucket.id} has no PublicAccessBlockConfiguration${why}. S3 blocks public access on new buckets by default, but state it: set ${list(wanted)} to true.`,
          fix: {
            title: `Add a PublicAccessBlockConfiguration to ${bucket.id}`,
            // New buckets already get these settings; a public or website bucket may rely on public access.
            safety: cautious ? 'unsafe' : 'safe',
            ops: [addPropertyOp(bucket, 'PublicAccessBlockConfiguration', Object.fromEntries(wanted.map((f) => [f, true])))],
          },
        });
        continue;
      }
      if (intrinsicName(config)) {
        const removed = (ctx.values(config) ?? []).filter((p) => p.value === undefined);
        if (removed.length > 0) {
          ctx.report({
            at: configAt,
            message: `Bucket ${bucket.id} has no PublicAccessBlockConfiguration when ${removed.map((p) => p.when).join(' or ')}; block public access in every case (${list(wanted)} true).`,
          });
        }
        continue;
      }
      if (!isMapping(config)) continue;
      const missing = wanted.filter((f) => config[f] === undefined);
      if (missing.length > 0) {
        const fix: Fix = {
          title: `Set ${list(missing)} to true on ${bucket.id}`,
          // An omitted flag is false today: turning it on may cut off public access someone uses.
          safety: 'unsafe',
          ops: missing.map((f) => ({ op: 'add' as const, path: childPointer(configAt, f), value: true })),
        };
        ctx.report({
          at: configAt,
          message: `Bucket ${bucket.id}'s PublicAccessBlockConfiguration leaves out ${list(missing)}, which ${missing.length > 1 ? 'then default' : 'then defaults'} to false; set ${missing.length > 1 ? 'them' : 'it'} to true.`,
          fix,
        });
      }
      for (const flag of wanted) {
        const value = config[flag];
        if (value === undefined) continue;
        const possible = ctx.values(value);
        if (!possible) continue; // a parameter without default, an import: decided at deploy time
        const bad = possible.filter((p) => asBoolean(p.value) !== true);
        if (bad.length === 0) continue;
        const at = childPointer(configAt, flag);
        ctx.report({
          at,
          message: `Bucket ${bucket.id} has ${flag} ${bad.map((p) => `${JSON.stringify(p.value ?? null)}${p.when ? ` when ${p.when}` : ''}`).join(', ')}${why}; set it to true.${logAcl && ACL_FLAGS.includes(flag) ? ' Log delivery ACLs (LogDeliveryWrite, CloudFront\'s awslogsdelivery grant) are not public, so this does not stop log delivery.' : ''}`,
          fix: {
            title: `Set ${flag} to true on ${bucket.id}`,
            // Someone turned it off, perhaps on purpose: blocking may cut off access in use.
            safety: 'unsafe',
            ops: [
              { op: 'test', path: at, value },
              { op: 'replace', path: at, value: true },
            ],
          },
        });
      }
    }
  },
});
