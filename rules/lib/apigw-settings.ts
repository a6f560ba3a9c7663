/**
 * Reading a REST stage's logging settings: the `MethodSettings` entry that covers every method
 * (`ResourcePath: "/*"`, `HttpMethod: "*"`), its `LoggingLevel` and `MetricsEnabled`.
 */
import { asBoolean, isMapping, type Possible, type RuleContext } from '../../src/engine/api.js';

/** Resource paths that mean "every resource" in a method setting. */
const ALL_PATHS = new Set(['/*', '*', '/*/*']);

/**
 * Whether a method setting entry covers every method: true, false, or undefined when its path
 * or method cannot be known statically.
 */
export function coversAll(ctx: RuleContext, entry: Record<string, unknown>): boolean | undefined {
  const path = ctx.values(entry.ResourcePath);
  const method = ctx.values(entry.HttpMethod);
  if (!path || !method) return undefined;
  if (path.some((p) => typeof p.value !== 'string') || method.some((p) => typeof p.value !== 'string')) return undefined;
  return path.every((p) => ALL_PATHS.has(p.value as string)) && method.every((p) => p.value === '*');
}

/** The possibilities of a `LoggingLevel` that do not turn execution logging on (`undefined` = unknown). */
export function badLevels(ctx: RuleContext, value: unknown, accepted: string[]): Possible[] | undefined {
  const vals = ctx.values(value);
  if (!vals) return undefined;
  const ok = new Set(accepted.map((a) => a.toUpperCase()));
  return vals.filter((p) => !(typeof p.value === 'string' && ok.has(p.value.toUpperCase())));
}

/** The possibilities of a `MetricsEnabled` that are not true (`undefined` = unknown). */
export function badMetrics(ctx: RuleContext, value: unknown): Possible[] | undefined {
  const vals = ctx.values(value);
  if (!vals) return undefined;
  // A value that is neither a boolean nor NoValue (a malformed string) is not ours to judge.
  return vals.filter((p) => p.value === undefined || asBoolean(p.value) === false);
}

/** `"OFF"`, `no LoggingLevel` (for a removed value). */
export const shown = (p: Possible, missing: string): string => (p.value === undefined ? missing : JSON.stringify(p.value));

/** The entries of a `MethodSettings` list that are mappings written in place, with their index. */
export function literalEntries(list: unknown[]): { index: number; entry: Record<string, unknown> }[] {
  const out: { index: number; entry: Record<string, unknown> }[] = [];
  list.forEach((entry, index) => {
    if (isMapping(entry) && !Object.keys(entry).some((k) => k === 'Fn::If' || k === 'Ref')) out.push({ index, entry });
  });
  return out;
}
