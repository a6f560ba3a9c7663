/**
 * Which CloudWatch alarms watch which resources (family 1: Lambda, API Gateway and RDS alarms).
 *
 * An alarm metric covers a resource when its namespace and metric name match and one of its
 * dimensions refers to the resource: a `Ref`/`Fn::GetAtt`/`${Id}` of it (or of its Aurora
 * cluster), or an expression that evaluates to the same name (the same literal, the same
 * `Fn::Sub`/`Fn::Join` text, the same parameter). Both plain alarms (`Namespace`, `MetricName`,
 * `Dimensions`) and metric-math alarms (`Metrics[].MetricStat.Metric`) count, whatever their
 * `Condition`.
 */
import { intrinsicName, isMapping, subVariables, type RuleContext } from '../../src/engine/api.js';

/** One metric an alarm watches. `namespaces`/`metricNames` undefined: cannot be told statically. */
export interface WatchedMetric {
  alarmId: string;
  namespaces?: string[];
  metricNames?: string[];
  /** Every dimension written (all `Fn::If` branches of the list merged). */
  dimensions: { name?: string; value: unknown }[];
}

/** What a resource is known by: logical ids whose references count, and names it is given. */
export interface Identity {
  ids: Set<string>;
  /** Normalized name forms (see `nameForms`), lowercased. */
  names: Set<string>;
}

type Ctx = RuleContext<Record<string, unknown>>;

const strings = (ctx: Ctx, value: unknown): string[] | undefined => {
  if (value === undefined) return [];
  const possible = ctx.values(value);
  if (!possible) return undefined;
  return possible.map((p) => p.value).filter((v): v is string => typeof v === 'string');
};

/** The list items of a property that may be written as a list or as `Fn::If` of lists. */
function listItems(value: unknown, depth = 0): unknown[] {
  if (Array.isArray(value)) return value;
  if (depth < 10 && intrinsicName(value) === 'Fn::If') {
    const arg = (value as Record<string, unknown>)['Fn::If'];
    if (Array.isArray(arg) && arg.length === 3) return [...listItems(arg[1], depth + 1), ...listItems(arg[2], depth + 1)];
  }
  return [];
}

/** Per-template caches: a template's data does not change while the rules run. */
const metricsCache = new WeakMap<object, WatchedMetric[]>();
const formsCache = new WeakMap<object, Map<unknown, ReadonlySet<string>>>();
const idsCache = new WeakMap<object, Map<unknown, ReadonlySet<string>>>();

/** `compute(value)`, once per template and value (objects by identity, primitives by value). */
function memo(cache: WeakMap<object, Map<unknown, ReadonlySet<string>>>, ctx: Ctx, value: unknown, compute: () => ReadonlySet<string>): ReadonlySet<string> {
  let byValue = cache.get(ctx.template);
  if (!byValue) cache.set(ctx.template, (byValue = new Map()));
  let result = byValue.get(value);
  if (!result) byValue.set(value, (result = compute()));
  return result;
}

/** Every metric watched by every `AWS::CloudWatch::Alarm` of the template (computed once per template). */
export function watchedMetrics(ctx: Ctx): WatchedMetric[] {
  let metrics = metricsCache.get(ctx.template);
  if (!metrics) metricsCache.set(ctx.template, (metrics = readWatchedMetrics(ctx)));
  return metrics;
}

function readWatchedMetrics(ctx: Ctx): WatchedMetric[] {
  const out: WatchedMetric[] = [];
  const add = (alarmId: string, metric: Record<string, unknown>): void => {
    const dimensions = listItems(metric.Dimensions)
      .filter(isMapping)
      .map((d) => ({ ...(typeof d.Name === 'string' ? { name: d.Name } : {}), value: d.Value }));
    const namespaces = strings(ctx, metric.Namespace);
    const metricNames = strings(ctx, metric.MetricName);
    out.push({ alarmId, dimensions, ...(namespaces ? { namespaces } : {}), ...(metricNames ? { metricNames } : {}) });
  };
  for (const alarm of ctx.resources('AWS::CloudWatch::Alarm')) {
    const p = alarm.properties;
    if (p.MetricName !== undefined || p.Namespace !== undefined) add(alarm.id, p);
    for (const query of listItems(p.Metrics)) {
      if (!isMapping(query) || !isMapping(query.MetricStat)) continue;
      const metric = query.MetricStat.Metric;
      if (isMapping(metric)) add(alarm.id, metric);
    }
  }
  return out;
}

/** Logical ids referenced anywhere in a value (`Ref`, `Fn::GetAtt`, `${Id}` in `Fn::Sub`). */
export function referencedIds(value: unknown, out = new Set<string>(), depth = 0): Set<string> {
  if (depth > 30) return out;
  if (Array.isArray(value)) {
    for (const v of value) referencedIds(v, out, depth + 1);
    return out;
  }
  if (!isMapping(value)) return out;
  const fn = intrinsicName(value);
  const arg = fn ? value[fn] : undefined;
  if (fn === 'Ref' && typeof arg === 'string') out.add(arg);
  else if (fn === 'Fn::GetAtt') {
    const target = typeof arg === 'string' ? arg.split('.')[0] : Array.isArray(arg) ? arg[0] : undefined;
    if (typeof target === 'string') out.add(target);
  } else if (fn === 'Fn::Sub') {
    const text = typeof arg === 'string' ? arg : Array.isArray(arg) ? arg[0] : undefined;
    const vars = Array.isArray(arg) && isMapping(arg[1]) ? arg[1] : {};
    if (typeof text === 'string') for (const v of subVariables(text)) if (!Object.hasOwn(vars, v.name)) out.add(v.name);
    if (Array.isArray(arg)) referencedIds(arg[1], out, depth + 1);
    return out;
  }
  for (const v of Object.values(value)) referencedIds(v, out, depth + 1);
  return out;
}

const MAX_FORMS = 16;

/**
 * The text a name expression evaluates to, with the parts decided at deploy time written as
 * `${X}`: `!Ref X` and `!Sub "${X}"` are both `${X}`, `!Join ["-", [a, !Ref B]]` is `a-${B}`.
 * `Fn::If` gives both branches. Anything else (an import, `Fn::Select`, ...) is kept as its
 * JSON, so that the same expression written twice still compares equal.
 */
export function rawForms(value: unknown, depth = 0): string[] {
  if (depth > 20) return [];
  if (typeof value === 'string') return [value];
  if (typeof value === 'number' || typeof value === 'boolean') return [String(value)];
  const fn = intrinsicName(value);
  const arg = fn ? (value as Record<string, unknown>)[fn] : undefined;
  if (fn === 'Ref' && typeof arg === 'string') return arg === 'AWS::NoValue' ? [] : [`\${${arg}}`];
  if (fn === 'Fn::GetAtt') {
    const parts = typeof arg === 'string' ? arg.split('.') : Array.isArray(arg) ? arg : [];
    if (parts.every((p) => typeof p === 'string')) return [`\${${parts.join('.')}}`];
  }
  if (fn === 'Fn::Sub') {
    const text = typeof arg === 'string' ? arg : Array.isArray(arg) && typeof arg[0] === 'string' ? arg[0] : undefined;
    if (text !== undefined) {
      const vars = Array.isArray(arg) && isMapping(arg[1]) ? arg[1] : {};
      let forms = [text];
      for (const [name, v] of Object.entries(vars)) {
        const inner = rawForms(v, depth + 1);
        if (inner.length === 0) continue;
        forms = forms.flatMap((f) => inner.map((i) => f.split(`\${${name}}`).join(i))).slice(0, MAX_FORMS);
      }
      return forms.map((f) => f.replace(/\$\{\s*([^}!][^}]*?)\s*\}/g, '${$1}'));
    }
  }
  if (fn === 'Fn::Join' && Array.isArray(arg) && arg.length === 2 && typeof arg[0] === 'string' && Array.isArray(arg[1])) {
    let forms = [''];
    arg[1].forEach((part, i) => {
      const inner = rawForms(part, depth + 1);
      const sep = i === 0 ? '' : (arg[0] as string);
      forms = forms.flatMap((f) => inner.map((p) => f + sep + p)).slice(0, MAX_FORMS);
    });
    return forms;
  }
  if (fn === 'Fn::If' && Array.isArray(arg) && arg.length === 3) {
    return [...rawForms(arg[1], depth + 1), ...rawForms(arg[2], depth + 1)].slice(0, MAX_FORMS);
  }
  return [`\u0000${JSON.stringify(value)}`];
}

/**
 * `rawForms`, plus the same text with parameters replaced by their defaults (so the literal
 * `orders-dev` matches `!Sub orders-${Env}` when Env defaults to dev), lowercased: RDS
 * identifiers are stored in lower case, and a looser match only ever means fewer findings.
 */
export function nameForms(ctx: Ctx, value: unknown): ReadonlySet<string> {
  return memo(formsCache, ctx, value, () => computeNameForms(ctx, value));
}

function computeNameForms(ctx: Ctx, value: unknown): Set<string> {
  const params = ctx.template.parameters;
  const out = new Set<string>();
  for (const form of rawForms(value)) {
    out.add(form.toLowerCase());
    const resolved = form.replace(/\$\{([^}]+)\}/g, (whole, name: string) => {
      const def = params[name]?.Default;
      return typeof def === 'string' || typeof def === 'number' ? String(def) : whole;
    });
    out.add(resolved.toLowerCase());
  }
  return out;
}

/** Adds the forms of a name expression to an identity (nothing for an absent name). */
export function addName(ctx: Ctx, identity: Identity, value: unknown): void {
  if (value === undefined) return;
  for (const f of nameForms(ctx, value)) identity.names.add(f);
}

/** Does a dimension value refer to the resource? */
export function dimensionRefersTo(ctx: Ctx, value: unknown, identity: Identity): boolean {
  for (const id of memo(idsCache, ctx, value, () => referencedIds(value))) if (identity.ids.has(id)) return true;
  for (const f of nameForms(ctx, value)) if (identity.names.has(f)) return true;
  return false;
}

export interface Coverage {
  /** Required metrics no alarm covers. */
  missing: string[];
  /** Alarms that watch the resource on a metric name close to a missing one (a likely typo). */
  nearMisses: { alarmId: string; metricName: string; wanted: string }[];
  /** Alarms on a missing metric with none of the identifying dimensions (they never get data). */
  unscoped: { alarmId: string; metricName: string }[];
}

export interface CoverageQuery {
  namespace: string;
  /** Each requirement: metric names any of which satisfies it (the first names it in messages). */
  required: string[][];
  identity: Identity;
  /** Dimension names that single out one resource (FunctionName, ApiName, DBInstanceIdentifier...). */
  identifying: string[];
  /**
   * A metric without any identifying dimension is the namespace's aggregate over all resources
   * (Lambda and RDS publish those): does it count for every resource?
   */
  aggregateCounts: boolean;
}

const squash = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Which required metrics of a resource are watched by no alarm. */
export function coverage(ctx: Ctx, metrics: WatchedMetric[], q: CoverageQuery): Coverage {
  const inNamespace = metrics.filter((m) => !m.namespaces || m.namespaces.includes(q.namespace));
  const refersMemo = new Map<WatchedMetric, boolean>();
  const refers = (m: WatchedMetric): boolean => {
    let r = refersMemo.get(m);
    if (r === undefined) refersMemo.set(m, (r = m.dimensions.some((d) => dimensionRefersTo(ctx, d.value, q.identity))));
    return r;
  };
  const aggregate = (m: WatchedMetric): boolean => !m.dimensions.some((d) => d.name !== undefined && q.identifying.includes(d.name));
  const result: Coverage = { missing: [], nearMisses: [], unscoped: [] };
  for (const names of q.required) {
    const onMetric = inNamespace.filter((m) => !m.metricNames || m.metricNames.some((n) => names.includes(n)));
    const covered = onMetric.some((m) => refers(m) || (q.aggregateCounts && aggregate(m)));
    if (covered) continue;
    const wanted = names[0]!;
    result.missing.push(wanted);
    if (!q.aggregateCounts) {
      for (const m of onMetric) if (aggregate(m) && m.metricNames) result.unscoped.push({ alarmId: m.alarmId, metricName: m.metricNames[0]! });
    }
    for (const m of inNamespace) {
      if (!m.metricNames || !refers(m)) continue;
      for (const n of m.metricNames) {
        if (names.includes(n)) continue;
        const a = squash(n);
        if (a.length >= 3 && names.some((w) => squash(w) === a || squash(w).startsWith(a) || a.startsWith(squash(w)))) {
          result.nearMisses.push({ alarmId: m.alarmId, metricName: n, wanted });
        }
      }
    }
  }
  return result;
}

/** "A", "A or B", "A, B or C". */
export function orList(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** A sentence about near-miss and unscoped alarms, or ''. `unit` names what a dimension should single out. */
export function nearMissNote(namespace: string, c: Coverage, unit = 'resource'): string {
  const notes = c.nearMisses.map(
    (n) => `alarm ${n.alarmId} watches "${n.metricName}", which ${namespace} does not publish (the metric is ${n.wanted})`,
  );
  const unscoped = c.unscoped.map((u) => `alarm ${u.alarmId} on ${u.metricName} has no dimension naming ${unit === 'API' ? 'an' : 'a'} ${unit}, so it never gets data`);
  const all = [...notes, ...unscoped];
  return all.length === 0 ? '' : ` Note: ${all.join('; ')}.`;
}
