import { addPropertyOp, asBoolean, defineRule, intrinsicName, type RuleContext } from '../src/engine/api.js';
import { CLUSTER, databases, type Db, INSTANCE, isAurora, propertyAlts, propPointer, referenced } from './lib/rds-model.js';
import { subnetExposure } from './lib/rds-network.js';
import { describeAlts } from './lib/rds-values.js';

/** The DBSubnetGroupName the database is placed with (its own, or its cluster's), 'none', or undefined when unknown. */
function subnetGroup(ctx: RuleContext, db: Db): unknown {
  if (db.res.properties.DBSubnetGroupName !== undefined) return db.res.properties.DBSubnetGroupName;
  if (db.replica) {
    // A same-Region replica takes its source's subnet group.
    const source = referenced(ctx, db.res.properties.SourceDBInstanceIdentifier, INSTANCE);
    return source?.properties.DBSubnetGroupName;
  }
  if (db.member) {
    if (!db.cluster) return undefined;
    return db.cluster.properties.DBSubnetGroupName ?? 'none';
  }
  return 'none';
}

/** A Multi-AZ DB cluster (not Aurora) has PubliclyAccessible itself; Aurora sets it per instance. */
function ownsAccess(ctx: RuleContext, db: Db): boolean {
  if (db.kind === 'instance') return true;
  if (db.kind !== 'cluster' || db.res.properties.DBClusterInstanceClass === undefined) return false;
  return !!db.engines && db.engines.every((e) => !isAurora(e.value as string));
}

export default defineRule({
  meta: {
    name: 'rds-not-public',
    family: 10,
    severity: 'high',
    title: 'RDS databases are not publicly accessible',
    description:
      'A database with `PubliclyAccessible: true` gets a public IP address and can be reached from the internet wherever its security group allows. Left unset, RDS decides from the subnets: in a VPC with an internet gateway (the default VPC has one) the database is public, so it must be set to false explicitly.',
    resourceTypes: [INSTANCE, CLUSTER],
    fixable: 'sometimes',
  },
  check(ctx) {
    for (const db of databases(ctx)) {
      if (!ownsAccess(ctx, db)) continue;
      const { res } = db;
      const value = res.properties.PubliclyAccessible;
      const title = 'Set PubliclyAccessible to false';
      if (value === undefined) {
        const group = subnetGroup(ctx, db);
        const fix = { title, safety: 'unsafe' as const, ops: [addPropertyOp(res, 'PubliclyAccessible', false)] };
        const exposure = group === undefined || group === 'none' ? undefined : subnetExposure(ctx, group);
        if (group === 'none') {
          ctx.report({
            at: res.pointer,
            message: `${db.label} sets neither PubliclyAccessible nor a DB subnet group, so it is created in the default VPC, where RDS makes it publicly accessible. Set PubliclyAccessible to false and give it a DB subnet group of private subnets.`,
            fix,
          });
        } else if (exposure?.kind === 'public') {
          ctx.report({
            at: res.pointer,
            message: `${db.label} does not set PubliclyAccessible and its DB subnet group ${exposure.group} includes ${exposure.subnet}, a subnet routed to an internet gateway, so RDS makes it publicly accessible. Set PubliclyAccessible to false and use private subnets only.`,
            fix,
          });
        } else if (exposure?.kind === 'private') {
          ctx.report({
            at: res.pointer,
            severity: 'low',
            message: `${db.label} does not set PubliclyAccessible; its subnets have no internet route today, but RDS still gives it a public address when the VPC has an internet gateway. Set PubliclyAccessible to false.`,
            fix,
          });
        } else {
          ctx.report({
            at: res.pointer,
            severity: 'medium',
            message: `${db.label} does not set PubliclyAccessible, so RDS makes it publicly accessible when its subnets' VPC has an internet gateway. Set PubliclyAccessible to false.`,
            fix,
          });
        }
        continue;
      }
      const alts = propertyAlts(ctx, res, 'PubliclyAccessible');
      if (!alts) continue;
      const bad = alts.filter((a) => asBoolean(a.value) === true);
      if (bad.length === 0) continue;
      const at = propPointer(res, 'PubliclyAccessible');
      const literal = intrinsicName(value) === undefined;
      const conditional = bad.some((a) => a.conditions.length > 0);
      ctx.report({
        at,
        message: `${db.label} has PubliclyAccessible ${describeAlts(bad)}, so ${conditional ? 'in that case ' : ''}it gets a public IP address and is reachable from the internet wherever its security group allows. Set it to false${literal ? '' : ' in every case'} and connect from inside the VPC.`,
        ...(literal
          ? {
              fix: {
                title,
                // Clients connecting over the internet lose access.
                safety: 'unsafe' as const,
                ops: [
                  { op: 'test' as const, path: at, value },
                  { op: 'replace' as const, path: at, value: false },
                ],
              },
            }
          : {}),
      });
    }
  },
});
