import { addPropertyOp, childPointer, defineRule, intrinsicName, isMapping } from '../src/engine/api.js';
import { BUCKET } from './lib/s3-buckets.js';

/** The default encryption of the seed's corrected template. */
export const AES256 = {
  ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
};

export default defineRule({
  meta: {
    name: 's3-bucket-encryption',
    family: 2,
    severity: 'low',
    title: 'S3 buckets declare their default encryption',
    description:
      'A bucket should state its default server-side encryption (`BucketEncryption`). S3 has encrypted new objects with SSE-S3 by default since January 2023, so a bucket without it is not unencrypted; but the template then neither shows nor pins the choice, and reviewers and scanners cannot tell SSE-S3 from an oversight.',
    resourceTypes: [BUCKET],
    fixable: 'sometimes',
  },
  check(ctx) {
    for (const bucket of ctx.resources(BUCKET)) {
      const encryption = bucket.properties.BucketEncryption;
      if (encryption === undefined) {
        ctx.report({
          at: bucket.pointer,
          message: `Bucket ${bucket.id} declares no BucketEncryption. S3 applies SSE-S3 to new objects by default, but state it: add BucketEncryption with SSEAlgorithm AES256 (or aws:kms with your key).`,
          fix: {
            title: `Add BucketEncryption (AES256) to ${bucket.id}`,
            // Writes down what S3 already does for new objects; existing objects are untouched.
            safety: 'safe',
            ops: [addPropertyOp(bucket, 'BucketEncryption', AES256)],
          },
        });
        continue;
      }
      if (!intrinsicName(encryption)) continue;
      // `!If [Cond, {...}, !Ref AWS::NoValue]`: say when the declaration disappears.
      const removed = (ctx.values(encryption) ?? []).filter((p) => p.value === undefined || (isMapping(p.value) && Object.keys(p.value).length === 0));
      if (removed.length === 0) continue;
      ctx.report({
        at: childPointer(bucket.pointer, 'Properties', 'BucketEncryption'),
        message: `Bucket ${bucket.id} declares no BucketEncryption when ${removed.map((p) => p.when ?? 'it is empty').join(' or ')}. Declare the default encryption in every case (AES256 or aws:kms).`,
      });
    }
  },
});
