import { addPropertyOp, asNumber, defineRule, intrinsicName } from '../src/engine/api.js';
import { CLUSTER, databases, INSTANCE, propertyAlts, propPointer } from './lib/rds-model.js';
import { describeAlts } from './lib/rds-values.js';

export default defineRule<{ minDays: number }>({
  meta: {
    name: 'rds-backup-retention',
    family: 10,
    severity: 'medium',
    title: 'RDS databases keep automated backups for at least a week',
    description:
      'Automated backups are what point-in-time recovery restores from. CloudFormation keeps them for 1 day when `BackupRetentionPeriod` is not set, and 0 turns them off; a week (the default minimum) lets a problem noticed days later still be undone.',
    resourceTypes: [INSTANCE, CLUSTER],
    fixable: 'sometimes',
    options: {
      defaults: { minDays: 7 },
      schema: {
        type: 'object',
        additionalProperties: false,
        properties: { minDays: { type: 'integer', minimum: 1, maximum: 35 } },
      },
    },
  },
  check(ctx) {
    const min = ctx.options.minDays;
    for (const db of databases(ctx)) {
      // Members keep the cluster's backups; a read replica instance has none of its own by default.
      if (db.member || (db.kind === 'instance' && db.replica)) continue;
      const { res } = db;
      const value = res.properties.BackupRetentionPeriod;
      if (value === undefined) {
        ctx.report({
          at: res.pointer,
          message: `${db.label} does not set BackupRetentionPeriod, so CloudFormation keeps its automated backups for 1 day only. Set BackupRetentionPeriod to ${min} or more.`,
          // 1 day to more: no downtime.
          fix: { title: `Set BackupRetentionPeriod to ${min}`, safety: 'safe', ops: [addPropertyOp(res, 'BackupRetentionPeriod', min)] },
        });
        continue;
      }
      const alts = propertyAlts(ctx, res, 'BackupRetentionPeriod');
      if (!alts) continue;
      const bad = alts.filter((a) => {
        if (a.value === undefined) return true; // AWS::NoValue: the 1-day default
        const n = asNumber(a.value);
        return n !== undefined && n < min;
      });
      if (bad.length === 0) continue;
      const at = propPointer(res, 'BackupRetentionPeriod');
      const off = bad.some((a) => asNumber(a.value) === 0);
      const literal = intrinsicName(value) === undefined;
      const what = off
        ? `, which turns automated backups and point-in-time recovery off`
        : `, fewer than the ${min} days required`;
      ctx.report({
        at,
        message: `${db.label} has BackupRetentionPeriod ${describeAlts(bad).replace(/\bunset\b/g, 'unset (1 day)')}${what}. Set it to ${min} or more${literal ? '' : ' in every case'}.`,
        ...(literal
          ? {
              fix: {
                title: `Set BackupRetentionPeriod to ${min}`,
                // From 0 to a non-zero period RDS takes an outage to enable backups; otherwise no downtime.
                safety: off ? ('unsafe' as const) : ('safe' as const),
                ops: [
                  { op: 'test' as const, path: at, value },
                  { op: 'replace' as const, path: at, value: typeof value === 'string' ? String(min) : min },
                ],
              },
            }
          : {}),
      });
    }
  },
});
