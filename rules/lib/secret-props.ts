/**
 * Password-carrying properties (rules/data/secret-password-properties.json) and what their
 * value is made of at deploy time. Shared by db-password-from-parameter and literal-password.
 */
import { childPointer, type Fix, isMapping, type ResourceRef, type RuleContext } from '../../src/engine/api.js';
import table from '../data/secret-password-properties.json' with { type: 'json' };
import {
  composeString,
  type Ctx,
  hasDynamicReference,
  isSecretParameter,
  literalText,
  paramNames,
  type Part,
} from './secret-parts.js';
import { analyzeSecretString } from './secret-string.js';

export interface PasswordProperty {
  type: string;
  path: string[];
  database: boolean;
  label: string;
  managedProperty?: string;
}

export const PASSWORD_PROPERTIES: readonly PasswordProperty[] = table.properties;

export interface PasswordSite {
  resource: ResourceRef;
  property: PasswordProperty;
  /** Pointer of the property (list items expanded). */
  at: string;
  /** The property's name as shown in messages (`MasterUserPassword`, `Users[0].Password`). */
  name: string;
  value: unknown;
}

const PROPERTIES_BY_TYPE = new Map<string, PasswordProperty[]>();
for (const p of PASSWORD_PROPERTIES) PROPERTIES_BY_TYPE.set(p.type, [...(PROPERTIES_BY_TYPE.get(p.type) ?? []), p]);

/** Every written password property, computed once per template (shared by the family-9 rules). */
const sitesByTemplate = new WeakMap<object, PasswordSite[]>();

/** Every written password property of the given kind, in template order. Do not modify the list. */
export function passwordSites(ctx: Pick<RuleContext, 'resources' | 'template'>, databaseOnly: boolean): readonly PasswordSite[] {
  let all = sitesByTemplate.get(ctx.template);
  if (!all) {
    all = findPasswordSites(ctx);
    sitesByTemplate.set(ctx.template, all);
  }
  return databaseOnly ? all.filter((s) => s.property.database) : all;
}

function findPasswordSites(ctx: Pick<RuleContext, 'resources'>): PasswordSite[] {
  const out: PasswordSite[] = [];
  for (const resource of ctx.resources()) {
    for (const property of PROPERTIES_BY_TYPE.get(resource.type) ?? []) {
      const walk = (node: unknown, i: number, at: string, name: string): void => {
        if (i === property.path.length) {
          if (node !== undefined) out.push({ resource, property, at, name, value: node });
          return;
        }
        const seg = property.path[i]!;
        if (seg === '*') {
          if (Array.isArray(node)) node.forEach((item, j) => walk(item, i + 1, `${at}/${j}`, `${name}[${j}]`));
          return;
        }
        if (!isMapping(node) || !Object.hasOwn(node, seg)) return;
        walk(node[seg], i + 1, childPointer(at, seg), name ? `${name}.${seg}` : seg);
      };
      walk(resource.properties, 0, childPointer(resource.pointer, 'Properties'), '');
    }
  }
  return out;
}

export type Verdict =
  | { kind: 'absent' }
  | { kind: 'dynamic' }
  | { kind: 'unknown' }
  | { kind: 'parameter'; params: string[]; parts: Part[] }
  | { kind: 'literal'; derivedFrom: string[]; parts: Part[] };

export interface JudgedVariant {
  when?: string;
  verdict: Verdict;
}

/** What a password property is made of, once per `Fn::If` combination. */
export function judgePassword(ctx: Ctx, value: unknown): JudgedVariant[] {
  return composeString(ctx, value).map((v) => ({ ...(v.when ? { when: v.when } : {}), verdict: verdictOf(ctx, v.parts) }));
}

const judgedSites = new WeakMap<PasswordSite, readonly JudgedVariant[]>();

/** `judgePassword` of a site's value, computed once per site (shared by the family-9 rules). Do not modify. */
export function judgeSite(ctx: Ctx, site: PasswordSite): readonly JudgedVariant[] {
  let variants = judgedSites.get(site);
  if (!variants) {
    variants = judgePassword(ctx, site.value);
    judgedSites.set(site, variants);
  }
  return variants;
}

function verdictOf(ctx: Ctx, parts: Part[] | undefined): Verdict {
  if (!parts) return { kind: 'absent' };
  if (hasDynamicReference(parts)) return { kind: 'dynamic' };
  if (parts.some((p) => p.kind === 'resource' || p.kind === 'unknown')) return { kind: 'unknown' };
  const params = paramNames(parts);
  const literal = literalText(parts).trim();
  if (params.length > 0 && (literal === '' || params.some((p) => isSecretParameter(ctx, p)))) return { kind: 'parameter', params, parts };
  const pseudo = parts.filter((p) => p.kind === 'pseudo').map((p) => (p as { name: string }).name);
  if (literal === '' && pseudo.length === 0) return { kind: 'absent' };
  return { kind: 'literal', derivedFrom: [...params, ...pseudo], parts };
}

/** "when condition X is true" for the variants given, or '' when unconditional. */
export function whenText(variants: readonly JudgedVariant[], all: readonly JudgedVariant[]): string {
  if (all.length <= 1) return '';
  const conditions = variants.map((v) => v.when).filter((w): w is string => !!w);
  return conditions.length > 0 ? ` when ${conditions.join(' or ')}` : '';
}

/** Does resource `from` depend on `target`, directly or through other resources? */
export function dependsOn(ctx: Pick<RuleContext, 'refsFrom' | 'resource'>, from: string, target: string): boolean {
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const ref of ctx.refsFrom(id)) {
      if (ref.section !== 'Resources' || !ctx.resource(ref.to)) continue;
      if (ref.to === target) return true;
      stack.push(ref.to);
    }
  }
  return false;
}

/** The advice for a site: what to use instead of the password it has. */
export function advice(site: PasswordSite): string {
  const managed = site.property.managedProperty;
  return managed
    ? `Set ${managed}: true, or resolve it from a generated secret ({{resolve:secretsmanager:...}}).`
    : 'Resolve it from a Secrets Manager secret with GenerateSecretString ({{resolve:secretsmanager:...}}).';
}

/**
 * `ManageMasterUserPassword: true` in place of the password, where RDS accepts it: not for an
 * instance inside a cluster, a replica, a restore from snapshot, RDS Custom, Oracle multitenant,
 * an Aurora global database member or Aurora Serverless v1.
 */
export function managedPasswordFix(ctx: Ctx, site: PasswordSite): Fix | undefined {
  if (site.property.managedProperty !== 'ManageMasterUserPassword' || site.property.path.length !== 1) return undefined;
  const props = site.resource.properties;
  if (props.ManageMasterUserPassword !== undefined || props.MasterUserSecret !== undefined) return undefined;
  const blocking =
    site.resource.type === 'AWS::RDS::DBInstance'
      ? ['DBClusterIdentifier', 'SourceDBInstanceIdentifier', 'SourceDBClusterIdentifier', 'DBSnapshotIdentifier', 'SourceDbiResourceId']
      : ['SnapshotIdentifier', 'SourceDBClusterIdentifier', 'ReplicationSourceIdentifier', 'GlobalClusterIdentifier', 'RestoreType'];
  if (blocking.some((p) => props[p] !== undefined)) return undefined;
  // RDS for Oracle with a container database (MultiTenant) does not take a managed password.
  if (props.MultiTenant !== undefined) return undefined;
  if (props.Engine !== undefined) {
    const engines = ctx.values(props.Engine);
    if (!engines || engines.some((e) => typeof e.value !== 'string' || e.value.startsWith('custom-'))) return undefined;
  }
  if (props.EngineMode !== undefined) {
    const modes = ctx.values(props.EngineMode);
    if (!modes || modes.some((m) => typeof m.value !== 'string' || m.value.toLowerCase() === 'serverless')) return undefined;
  }
  return {
    title: `Let RDS manage the master password (ManageMasterUserPassword: true)`,
    // RDS sets a new password and keeps it in its own secret: every client using the old one must switch.
    safety: 'unsafe',
    ops: [
      { op: 'test', path: site.at, value: site.value },
      { op: 'remove', path: site.at },
      { op: 'add', path: childPointer(site.resource.pointer, 'Properties', 'ManageMasterUserPassword'), value: true },
    ],
  };
}

/**
 * A secret in the template whose SecretString member `key` holds exactly parameter `param`, and
 * that does not depend on the resource (which would make a cycle once the resource resolves it).
 */
export function secretHoldingParameter(
  ctx: Ctx & Pick<RuleContext, 'resources' | 'refsFrom' | 'resource'>,
  param: string,
  resource: ResourceRef,
): { secret: ResourceRef; key: string }[] {
  const out: { secret: ResourceRef; key: string }[] = [];
  for (const secret of ctx.resources('AWS::SecretsManager::Secret')) {
    if (secret.def.Condition !== undefined && secret.def.Condition !== resource.def.Condition) continue;
    const variants = analyzeSecretString(ctx, secret);
    if (!variants || variants.length !== 1 || !variants[0]!.object) continue;
    for (const entry of variants[0]!.entries) {
      const only = entry.parts.length === 1 ? entry.parts[0] : undefined;
      if (entry.key === undefined || only?.kind !== 'param' || only.name !== param) continue;
      if (dependsOn(ctx, secret.id, resource.id)) continue;
      out.push({ secret, key: entry.key });
    }
  }
  return out;
}
