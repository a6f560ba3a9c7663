/**
 * Deploy-time values for the RDS rules (family 10), a superset of `ctx.values()`: the same
 * reading of literals, `Ref` to a parameter (its Default, else each AllowedValue), `Fn::If` and
 * `Fn::FindInMap`, plus *facts*. A fact is what an alternative assumed (condition C is true,
 * parameter P is "v"); resolving another property under the same facts keeps them consistent,
 * so `Engine: !If [IsPg, postgres, mysql]` and `EnableCloudwatchLogsExports: !If [IsPg,
 * [postgresql], [error]]` are read together, and a condition `!Equals [!Ref Engine, postgres]`
 * is decided once the engine's parameter is known. (`ctx.values()` reads each property on its
 * own, which would report `[postgresql]` as wrong for MySQL.)
 */
import { intrinsicName, isMapping, type RuleContext } from '../../src/engine/api.js';

type Tpl = RuleContext['template'];

export interface Facts {
  params: ReadonlyMap<string, unknown>;
  conds: ReadonlyMap<string, boolean>;
}

export const NO_FACTS: Facts = { params: new Map(), conds: new Map() };

/** One thing a value may be at deploy time; `value: undefined` = the property is removed (AWS::NoValue). */
export interface Alt {
  value: unknown;
  /** Conditions this alternative needs, in order (`condition IsProd is false`). */
  conditions: string[];
  /** Where the value came from, when not written literally (`parameter P's default`). */
  sources: string[];
  facts: Facts;
}

const MAX_ALTS = 64;

function withParam(f: Facts, name: string, value: unknown): Facts {
  const params = new Map(f.params);
  params.set(name, value);
  return { params, conds: f.conds };
}

function withCond(f: Facts, name: string, value: boolean): Facts {
  const conds = new Map(f.conds);
  conds.set(name, value);
  return { params: f.params, conds };
}

const uniq = (xs: string[]): string[] => [...new Set(xs)];

/**
 * What `value` may be, or undefined when it cannot be told (a parameter without Default or
 * AllowedValues, an import, GetAtt, Sub, ...). Alternatives that contradict `facts` are dropped.
 */
export function resolve(t: Tpl, value: unknown, facts: Facts = NO_FACTS, depth = 0): Alt[] | undefined {
  if (depth > 20) return undefined;
  const fn = intrinsicName(value);
  if (!fn) return [{ value, conditions: [], sources: [], facts }];
  const arg = (value as Record<string, unknown>)[fn];
  if (fn === 'Ref' && typeof arg === 'string') {
    if (arg === 'AWS::NoValue') return [{ value: undefined, conditions: [], sources: [], facts }];
    const param = t.parameters[arg];
    if (!param) return undefined;
    if (facts.params.has(arg)) return [{ value: facts.params.get(arg), conditions: [], sources: [`parameter ${arg} = ${JSON.stringify(facts.params.get(arg))}`], facts }];
    if ('Default' in param) {
      return [{ value: param.Default, conditions: [], sources: [`parameter ${arg}'s default`], facts: withParam(facts, arg, param.Default) }];
    }
    if (Array.isArray(param.AllowedValues) && param.AllowedValues.length > 0) {
      return param.AllowedValues.map((v) => ({
        value: v,
        conditions: [],
        sources: [`parameter ${arg} = ${JSON.stringify(v)}`],
        facts: withParam(facts, arg, v),
      }));
    }
    return undefined;
  }
  if (fn === 'Fn::If' && Array.isArray(arg) && arg.length === 3 && typeof arg[0] === 'string') {
    const cond = arg[0];
    const out: Alt[] = [];
    for (const truth of [true, false]) {
      const known = decide(t, cond, facts);
      if (known !== undefined && known !== truth) continue;
      const branchFacts = known === undefined ? withCond(facts, cond, truth) : facts;
      const inner = resolve(t, truth ? arg[1] : arg[2], branchFacts, depth + 1);
      if (!inner) return undefined;
      for (const a of inner) {
        out.push({ ...a, conditions: uniq([`condition ${cond} is ${truth}`, ...a.conditions]) });
      }
    }
    return out.length > MAX_ALTS ? undefined : out;
  }
  if (fn === 'Fn::FindInMap' && Array.isArray(arg) && arg.length >= 3) {
    const mappings = t.template.Mappings;
    if (typeof arg[0] !== 'string' || !isMapping(mappings)) return undefined;
    const table = mappings[arg[0]];
    if (!isMapping(table)) return undefined;
    const tops = resolve(t, arg[1], facts, depth + 1);
    if (!tops) return undefined;
    const out: Alt[] = [];
    for (const top of tops) {
      const row = typeof top.value === 'string' ? table[top.value] : undefined;
      if (!isMapping(row)) return undefined;
      const seconds = resolve(t, arg[2], top.facts, depth + 1);
      if (!seconds) return undefined;
      for (const second of seconds) {
        if (typeof second.value !== 'string' || !Object.hasOwn(row, second.value)) return undefined;
        const found = row[second.value];
        // A mapping value is literal data (a list or a scalar), never an intrinsic.
        out.push({
          value: found,
          conditions: uniq([...top.conditions, ...second.conditions]),
          sources: uniq([`mapping ${arg[0]}.${top.value}.${second.value}`, ...top.sources, ...second.sources]),
          facts: second.facts,
        });
      }
    }
    return out.length > MAX_ALTS ? undefined : out;
  }
  return undefined;
}

/** A condition's truth under `facts`, when it can be decided from them alone. */
export function decide(t: Tpl, name: string, facts: Facts, depth = 0): boolean | undefined {
  if (facts.conds.has(name)) return facts.conds.get(name);
  const conditions = t.template.Conditions;
  if (!isMapping(conditions) || depth > 20) return undefined;
  return evalCondition(t, conditions[name], facts, depth + 1);
}

function evalCondition(t: Tpl, node: unknown, facts: Facts, depth: number): boolean | undefined {
  const fn = intrinsicName(node);
  if (!fn || depth > 20) return undefined;
  const arg = (node as Record<string, unknown>)[fn];
  switch (fn) {
    case 'Condition':
      return typeof arg === 'string' ? decide(t, arg, facts, depth + 1) : undefined;
    case 'Fn::Not': {
      const inner = Array.isArray(arg) ? evalCondition(t, arg[0], facts, depth + 1) : undefined;
      return inner === undefined ? undefined : !inner;
    }
    case 'Fn::And':
    case 'Fn::Or': {
      if (!Array.isArray(arg)) return undefined;
      const vals = arg.map((a) => evalCondition(t, a, facts, depth + 1));
      if (fn === 'Fn::And') return vals.includes(false) ? false : vals.includes(undefined) ? undefined : true;
      return vals.includes(true) ? true : vals.includes(undefined) ? undefined : false;
    }
    case 'Fn::Equals': {
      if (!Array.isArray(arg) || arg.length !== 2) return undefined;
      const [a, b] = arg.map((x) => fixedScalar(t, x, facts));
      if (a === undefined || b === undefined) return undefined;
      return a === b;
    }
    default:
      return undefined;
  }
}

/** A literal scalar, or a parameter whose value the facts fix; as CloudFormation compares them (strings). */
function fixedScalar(t: Tpl, node: unknown, facts: Facts): string | undefined {
  const fn = intrinsicName(node);
  if (!fn) return typeof node === 'string' || typeof node === 'number' || typeof node === 'boolean' ? String(node) : undefined;
  const arg = (node as Record<string, unknown>)[fn];
  if (fn === 'Ref' && typeof arg === 'string' && facts.params.has(arg)) {
    const v = facts.params.get(arg);
    return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
  }
  return undefined;
}

/** ` (parameter P's default) when condition C is true`, or '' for a literal. */
export function circumstances(alt: Pick<Alt, 'conditions' | 'sources'>): string {
  const from = alt.sources.length > 0 ? ` (${alt.sources.join(', ')})` : '';
  const when = alt.conditions.length > 0 ? ` when ${alt.conditions.join(' and ')}` : '';
  return from + when;
}

/** The value as a message shows it: `false`, `"15.7"`, `0`, or `unset` for AWS::NoValue. */
export function show(value: unknown): string {
  if (value === undefined) return 'unset';
  if (typeof value === 'string') return JSON.stringify(value);
  return JSON.stringify(value) ?? String(value);
}

/** `false when condition A is true; 1 (parameter P's default)` for the alternatives given. */
export function describeAlts(alts: Alt[]): string {
  return alts.map((a) => `${show(a.value)}${circumstances(a)}`).join('; ');
}
