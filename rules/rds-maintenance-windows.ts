import { addPropertiesOps, asNumber, defineRule, type ResourceRef, type RuleContext } from '../src/engine/api.js';
import { CLUSTER, databases, INSTANCE, propertyAlts } from './lib/rds-model.js';
import { chooseWindows } from './lib/rds-windows.js';

/** The window's text when it is one known string; undefined when absent; null when present but unknown. */
function known(ctx: RuleContext, res: ResourceRef, prop: string): string | undefined | null {
  if (res.properties[prop] === undefined) return undefined;
  const alts = propertyAlts(ctx, res, prop);
  return alts && alts.length === 1 && typeof alts[0]!.value === 'string' ? alts[0]!.value : null;
}

export default defineRule({
  meta: {
    name: 'rds-maintenance-windows',
    family: 10,
    severity: 'low',
    title: 'RDS databases set their backup and maintenance windows',
    description:
      'Without `PreferredBackupWindow` and `PreferredMaintenanceWindow`, RDS picks a random 30-minute backup window and a random weekly maintenance window in the Region, which may fall in business hours: backups slow the database down and maintenance can restart it.',
    resourceTypes: [INSTANCE, CLUSTER],
    fixable: 'sometimes',
  },
  check(ctx) {
    for (const db of databases(ctx)) {
      if (db.member) continue; // an Aurora member's windows follow its cluster
      const { res } = db;
      // A replica has no backups of its own; retention 0 means no backups to schedule.
      const retention = propertyAlts(ctx, res, 'BackupRetentionPeriod');
      const backupsOff = !!retention && retention.every((a) => asNumber(a.value) === 0);
      const wantBackup = !db.replica && !backupsOff;
      const missing: string[] = [];
      if (wantBackup && res.properties.PreferredBackupWindow === undefined) missing.push('PreferredBackupWindow');
      if (res.properties.PreferredMaintenanceWindow === undefined) missing.push('PreferredMaintenanceWindow');
      if (missing.length === 0) continue;
      const chosen = chooseWindows(
        known(ctx, res, 'PreferredBackupWindow'),
        known(ctx, res, 'PreferredMaintenanceWindow'),
      );
      const values: Record<string, string> = chosen ? { PreferredBackupWindow: chosen.backup, PreferredMaintenanceWindow: chosen.maintenance } : {};
      const random = missing.length === 2 ? 'random backup and maintenance windows' : missing[0] === 'PreferredBackupWindow' ? 'a random daily backup window' : 'a random weekly maintenance window';
      const example = chosen ? `, e.g. ${missing.map((m) => `${m}: ${values[m]}`).join(' and ')} (UTC)` : '';
      ctx.report({
        at: res.pointer,
        message: `${db.label} has no ${missing.join(' or ')}, so RDS picks ${random} that may fall in business hours. Set ${missing.length === 2 ? 'them' : 'it'} to quiet hours${example}.`,
        ...(chosen
          ? {
              fix: {
                title: `Set ${missing.join(' and ')}`,
                // Only schedules when backups and maintenance happen.
                safety: 'safe' as const,
                ops: addPropertiesOps(res, Object.fromEntries(missing.map((m) => [m, values[m]]))),
              },
            }
          : {}),
      });
    }
  },
});
