/**
 * How the RDS rules (family 10) see databases: which settings a resource owns (an Aurora
 * member instance gets storage, backups and log exports from its cluster; a read replica or a
 * restored snapshot inherits encryption), and which engine it runs.
 */
import { childPointer, intrinsicName, type ResourceRef, type RuleContext } from '../../src/engine/api.js';
import { type Alt, type Facts, NO_FACTS, resolve } from './rds-values.js';

export const INSTANCE = 'AWS::RDS::DBInstance';
export const CLUSTER = 'AWS::RDS::DBCluster';
export const GLOBAL_CLUSTER = 'AWS::RDS::GlobalCluster';

export interface Db {
  res: ResourceRef;
  kind: 'instance' | 'cluster' | 'global';
  /** `DB instance Db`, `DB cluster Aurora`, `global cluster G`. */
  label: string;
  /** An instance inside a DB cluster (DBClusterIdentifier set): storage, backups and log exports are the cluster's. */
  member: boolean;
  /** The cluster resource a member belongs to, when it is in this template. */
  cluster?: ResourceRef;
  /** A read replica (of an instance or a cluster): inherits encryption, has no backups of its own by default. */
  replica: boolean;
  /** Created from a snapshot or a point-in-time restore: inherits encryption and engine version. */
  restored: boolean;
  /** The engine's alternatives (lower-case), or undefined when it cannot be told. */
  engines?: Alt[];
}

/** True when the property is written and not AWS::NoValue in every alternative we can see. */
function alwaysSet(ctx: RuleContext, res: ResourceRef, prop: string): boolean {
  const v = res.properties[prop];
  if (v === undefined) return false;
  const alts = resolve(ctx.template, v);
  if (!alts) return true; // an import or attribute: some value
  return alts.every((a) => a.value !== undefined && a.value !== '');
}

/** The resource a `Ref`/literal id points to, when it is one of this template's resources of `type`. */
export function referenced(ctx: RuleContext, value: unknown, type: string): ResourceRef | undefined {
  if (intrinsicName(value) === 'Ref') {
    const id = (value as { Ref: unknown }).Ref;
    const r = typeof id === 'string' ? ctx.resource(id) : undefined;
    return r?.type === type ? r : undefined;
  }
  if (typeof value === 'string') {
    // A literal identifier naming a resource of this template by its physical name.
    return ctx.resources(type).find((r) => {
      const name = r.properties[type === CLUSTER ? 'DBClusterIdentifier' : 'DBInstanceIdentifier'];
      return typeof name === 'string' && name.toLowerCase() === value.toLowerCase();
    });
  }
  return undefined;
}

function engineAlts(ctx: RuleContext, value: unknown): Alt[] | undefined {
  if (value === undefined) return undefined;
  const alts = resolve(ctx.template, value);
  if (!alts || alts.some((a) => typeof a.value !== 'string')) return undefined;
  return alts.map((a) => ({ ...a, value: (a.value as string).toLowerCase() }));
}

export function describeDb(ctx: RuleContext, res: ResourceRef): Db {
  const p = res.properties;
  if (res.type === GLOBAL_CLUSTER) {
    return {
      res,
      kind: 'global',
      label: `global cluster ${res.id}`,
      member: false,
      replica: false,
      restored: p.SourceDBClusterIdentifier !== undefined,
      engines: engineAlts(ctx, p.Engine),
    };
  }
  if (res.type === CLUSTER) {
    const restored = alwaysSet(ctx, res, 'SnapshotIdentifier') || alwaysSet(ctx, res, 'SourceDBClusterIdentifier');
    const replica = alwaysSet(ctx, res, 'ReplicationSourceIdentifier');
    return { res, kind: 'cluster', label: `DB cluster ${res.id}`, member: false, replica, restored, engines: engineAlts(ctx, p.Engine) };
  }
  const member = p.DBClusterIdentifier !== undefined;
  const cluster = member ? referenced(ctx, p.DBClusterIdentifier, CLUSTER) : undefined;
  const pitr = p.RestoreTime !== undefined || p.UseLatestRestorableTime !== undefined;
  const hasSource = alwaysSet(ctx, res, 'SourceDBInstanceIdentifier') || alwaysSet(ctx, res, 'SourceDBClusterIdentifier');
  const replica = hasSource && !pitr;
  const restored =
    alwaysSet(ctx, res, 'DBSnapshotIdentifier') ||
    alwaysSet(ctx, res, 'DBClusterSnapshotIdentifier') ||
    alwaysSet(ctx, res, 'SourceDbiResourceId') ||
    alwaysSet(ctx, res, 'SourceDBInstanceAutomatedBackupsArn') ||
    (hasSource && pitr);
  let engines = engineAlts(ctx, p.Engine);
  if (!engines && member && cluster) engines = engineAlts(ctx, cluster.properties.Engine);
  if (!engines && replica) {
    const source = referenced(ctx, p.SourceDBInstanceIdentifier, INSTANCE);
    if (source) engines = engineAlts(ctx, source.properties.Engine);
  }
  return {
    res,
    kind: 'instance',
    label: `DB instance ${res.id}`,
    member,
    ...(cluster ? { cluster } : {}),
    replica,
    restored,
    ...(engines ? { engines } : {}),
  };
}

/** Every DB instance and cluster (and, when asked, global cluster) of the template, in template order. */
export function databases(ctx: RuleContext, withGlobal = false): Db[] {
  const types = withGlobal ? [INSTANCE, CLUSTER, GLOBAL_CLUSTER] : [INSTANCE, CLUSTER];
  return ctx.resources(...types).map((r) => describeDb(ctx, r));
}

export const isAurora = (engine: string): boolean => engine.startsWith('aurora');

/** Aurora Serverless v1 (`EngineMode: serverless`): always encrypted, logs through its parameter group. */
export function isServerlessV1(ctx: RuleContext, db: Db): boolean {
  if (db.kind !== 'cluster') return false;
  const mode = db.res.properties.EngineMode;
  if (mode === undefined) return false;
  const alts = resolve(ctx.template, mode);
  return !!alts && alts.every((a) => typeof a.value === 'string' && a.value.toLowerCase() === 'serverless');
}

/**
 * The engine family a table row is keyed by: `postgres`, `mysql`, `mariadb`, `aurora-mysql`,
 * `aurora-postgresql`, `aurora` (Aurora MySQL 1), `sqlserver`, `oracle`, `db2`; undefined for
 * RDS Custom and anything else.
 */
export function engineFamily(engine: string): string | undefined {
  const e = engine.toLowerCase();
  if (['postgres', 'mysql', 'mariadb', 'aurora-mysql', 'aurora-postgresql', 'aurora'].includes(e)) return e;
  if (/^sqlserver-(ee|se|ex|web|dev-ee)$/.test(e)) return 'sqlserver';
  if (/^oracle-(ee|se2|ee-cdb|se2-cdb)$/.test(e)) return 'oracle';
  if (/^db2-(se|ae)$/.test(e)) return 'db2';
  return undefined;
}

/** What a property may be under the facts of an engine alternative; undefined when unknowable. */
export function propertyAlts(ctx: RuleContext, res: ResourceRef, prop: string, facts: Facts = NO_FACTS): Alt[] | undefined {
  const v = res.properties[prop];
  if (v === undefined) return [{ value: undefined, conditions: [], sources: [], facts }];
  return resolve(ctx.template, v, facts);
}

export const propPointer = (res: ResourceRef, prop: string): string => childPointer(childPointer(res.pointer, 'Properties'), prop);
