import { defineRule, isNoValue, type ResourceRef, type RuleContext } from '../src/engine/api.js';
import { addName, coverage, nameForms, nearMissNote, orList, referencedIds, watchedMetrics, type Identity } from './lib/alarm-coverage.js';
import { addAlarmsFix, type AlarmSpec } from './lib/alarm-fix.js';

interface Options extends Record<string, unknown> {
  cpuThresholdPercent: number;
  freeStorageThresholdBytes: number;
  period: number;
}


/** The instance's identity: itself, and for an Aurora member its cluster too. */
function identityOf(ctx: RuleContext<Options>, db: ResourceRef, clusters: readonly ResourceRef[]): { identity: Identity; aurora: boolean } {
  const identity: Identity = { ids: new Set([db.id]), names: new Set() };
  addName(ctx, identity, db.properties.DBInstanceIdentifier);
  const clusterId = db.properties.DBClusterIdentifier;
  const engines = (ctx.values(db.properties.Engine) ?? []).map((p) => p.value);
  let aurora = engines.some((e) => typeof e === 'string' && e.toLowerCase().startsWith('aurora'));
  if (clusterId !== undefined && !isNoValue(clusterId)) {
    // Only Aurora puts AWS::RDS::DBInstance resources in a cluster.
    aurora = true;
    addName(ctx, identity, clusterId);
    for (const id of referencedIds(clusterId)) identity.ids.add(id);
    const forms = nameForms(ctx, clusterId);
    for (const cluster of clusters) {
      const name = cluster.properties.DBClusterIdentifier;
      const named = name !== undefined && [...nameForms(ctx, name)].some((f) => forms.has(f));
      if (identity.ids.has(cluster.id) || named) {
        identity.ids.add(cluster.id);
        addName(ctx, identity, name);
      }
    }
  }
  return { identity, aurora };
}

export default defineRule<Options>({
  meta: {
    name: 'rds-instance-alarms',
    family: 1,
    severity: 'high',
    title: 'RDS DB instances have CloudWatch alarms on CPUUtilization and free storage',
    description:
      'A database without alarms on CPU and free storage saturates or fills up unnoticed; a full disk stops writes (and an instance in storage-full state), taking the application down.',
    resourceTypes: ['AWS::RDS::DBInstance'],
    fixable: 'always',
    options: {
      defaults: { cpuThresholdPercent: 80, freeStorageThresholdBytes: 2000000000, period: 300 },
      schema: {
        type: 'object',
        additionalProperties: false,
        properties: {
          cpuThresholdPercent: { type: 'number', exclusiveMinimum: 0, maximum: 100 },
          freeStorageThresholdBytes: { type: 'number', exclusiveMinimum: 0 },
          period: { type: 'integer', enum: [60, 120, 180, 240, 300, 600, 900, 1800, 3600, 21600, 86400] },
        },
      },
    },
  },
  check(ctx) {
    const instances = ctx.resources('AWS::RDS::DBInstance');
    if (instances.length === 0) return;
    const metrics = watchedMetrics(ctx);
    const clusters = ctx.resources('AWS::RDS::DBCluster');
    const o = ctx.options;
    for (const db of instances) {
      const { identity, aurora } = identityOf(ctx, db, clusters);
      // Aurora instances publish no FreeStorageSpace (the cluster volume grows by itself);
      // FreeLocalStorage is their storage metric. An alarm on either is accepted.
      const storage = aurora ? ['FreeLocalStorage', 'FreeStorageSpace'] : ['FreeStorageSpace'];
      const c = coverage(ctx, metrics, {
        namespace: 'AWS/RDS',
        required: [['CPUUtilization'], storage],
        identity,
        identifying: ['DBInstanceIdentifier', 'DBClusterIdentifier'],
        aggregateCounts: true,
      });
      if (c.missing.length === 0) continue;
      const dimensions = [{ Name: 'DBInstanceIdentifier', Value: { Ref: db.id } }];
      const gb = Math.round((o.freeStorageThresholdBytes / 1e9) * 10) / 10;
      const specs: AlarmSpec[] = c.missing.map((metric) =>
        metric === 'CPUUtilization'
          ? {
              suffix: 'CPU',
              description: `${db.id} CPU above ${o.cpuThresholdPercent}%`,
              namespace: 'AWS/RDS',
              metricName: 'CPUUtilization',
              dimensions,
              statistic: 'Average',
              period: o.period,
              evaluationPeriods: 2,
              threshold: o.cpuThresholdPercent,
              comparison: 'GreaterThanThreshold',
            }
          : {
              suffix: aurora ? 'FreeLocalStorage' : 'FreeStorage',
              description: `${db.id} ${aurora ? 'local storage' : 'free storage space'} below ${gb} GB`,
              namespace: 'AWS/RDS',
              metricName: metric,
              dimensions,
              statistic: 'Average',
              period: o.period,
              evaluationPeriods: 1,
              threshold: o.freeStorageThresholdBytes,
              comparison: 'LessThanThreshold',
            },
      );
      const storageEffect = aurora ? 'local storage for temporary tables and logs running out' : 'a filling disk';
      const consequence =
        c.missing.length === 2
          ? `CPU saturation and ${storageEffect} go unnoticed`
          : c.missing[0] === 'CPUUtilization'
            ? 'CPU saturation goes unnoticed'
            : `${storageEffect} goes unnoticed`;
      const dimension = aurora ? 'DBInstanceIdentifier (or DBClusterIdentifier)' : 'DBInstanceIdentifier';
      ctx.report({
        at: db.pointer,
        message: `${aurora ? 'Aurora DB instance' : 'DB instance'} ${db.id} has no CloudWatch alarm on ${orList(c.missing)}, so ${consequence}. Add ${c.missing.length === 1 ? 'an AWS/RDS alarm' : 'one AWS/RDS alarm for each'} with dimension ${dimension}.${nearMissNote('AWS/RDS', c, 'database')}`,
        fix: () => addAlarmsFix(ctx, db, specs),
      });
    }
  },
});
