import { addPropertyOp, asBoolean, defineRule, intrinsicName } from '../src/engine/api.js';
import { CLUSTER, databases, INSTANCE, isServerlessV1, propertyAlts, propPointer } from './lib/rds-model.js';
import { describeAlts } from './lib/rds-values.js';

const REPLACEMENT = 'on an existing database this forces a replacement, so migrate through an encrypted snapshot';

export default defineRule({
  meta: {
    name: 'rds-storage-encrypted',
    family: 10,
    severity: 'high',
    title: 'RDS databases encrypt their storage at rest',
    description:
      'A DB instance or cluster without `StorageEncrypted: true` keeps its data, automated backups, snapshots and read replicas unencrypted at rest, and encryption cannot be turned on later without replacing the database.',
    resourceTypes: [INSTANCE, CLUSTER],
    fixable: 'sometimes',
  },
  check(ctx) {
    for (const db of databases(ctx)) {
      // An Aurora (or Multi-AZ cluster) member's storage is its cluster's, checked there; a
      // replica or a restored snapshot inherits encryption from its source.
      if (db.member || db.replica || db.restored) continue;
      if (isServerlessV1(ctx, db)) continue; // always encrypted
      const { res } = db;
      const value = res.properties.StorageEncrypted;
      const alts = propertyAlts(ctx, res, 'StorageEncrypted');
      if (!alts) continue; // decided at deploy time from something we cannot see
      const bad = alts.filter((a) => a.value === undefined || asBoolean(a.value) === false);
      if (bad.length === 0) continue;
      const at = propPointer(res, 'StorageEncrypted');
      if (value === undefined) {
        const kms = res.properties.KmsKeyId !== undefined ? ' sets KmsKeyId but' : '';
        ctx.report({
          at: res.pointer,
          message: `${db.label}${kms} does not set StorageEncrypted, so its storage, automated backups and snapshots are unencrypted at rest. Set StorageEncrypted to true (${REPLACEMENT}).`,
          fix: { title: 'Set StorageEncrypted to true', safety: 'unsafe', ops: [addPropertyOp(res, 'StorageEncrypted', true)] },
        });
        continue;
      }
      const literal = intrinsicName(value) === undefined;
      const conditional = bad.some((a) => a.conditions.length > 0);
      ctx.report({
        at,
        message: `${db.label} has StorageEncrypted ${describeAlts(bad)}, so ${conditional ? 'in that case ' : ''}its storage, automated backups and snapshots are unencrypted at rest. Set it to true${literal ? '' : ' in every case'} (${REPLACEMENT}).`,
        // An intrinsic was written on purpose (a test or emulator stack): rewriting it is the author's call.
        ...(literal
          ? {
              fix: {
                title: 'Set StorageEncrypted to true',
                safety: 'unsafe' as const,
                ops: [
                  { op: 'test' as const, path: at, value },
                  { op: 'replace' as const, path: at, value: true },
                ],
              },
            }
          : {}),
      });
    }
  },
});
