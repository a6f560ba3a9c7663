import { addPropertyOp, defineRule, intrinsicName, type ResourceRef, type RuleContext } from '../src/engine/api.js';
import table from './data/rds-log-exports.json' with { type: 'json' };
import { CLUSTER, databases, engineFamily, INSTANCE, isServerlessV1, propPointer } from './lib/rds-model.js';
import { type Alt, circumstances, resolve } from './lib/rds-values.js';

type Required = Record<string, string[]>;
const DEFAULT_REQUIRED: Required = Object.fromEntries(Object.entries(table.engines).map(([k, v]) => [k, v.required]));

interface Gap {
  engine: Alt;
  /** The exports alternative that lacks logs (undefined value: none exported). */
  exports: Alt;
  missing: string[];
}

/** The log names an exports value holds, or undefined when some item cannot be read. */
function logNames(ctx: RuleContext, value: unknown, alt: Alt): Set<string> | undefined {
  if (value === undefined) return new Set();
  // A CommaDelimitedList parameter's default arrives as one string.
  if (typeof value === 'string') return new Set(value.split(',').map((s) => s.trim()).filter(Boolean));
  if (!Array.isArray(value)) return undefined;
  const out = new Set<string>();
  for (const item of value) {
    const alts = resolve(ctx.template, item, alt.facts);
    if (!alts) return undefined;
    // An item that is there only under a condition counts as there: stay quiet rather than guess.
    for (const a of alts) if (typeof a.value === 'string') out.add(a.value);
  }
  return out;
}

function gaps(ctx: RuleContext, res: ResourceRef, engines: Alt[], required: Required): Gap[] | undefined {
  const out: Gap[] = [];
  for (const engine of engines) {
    const family = engineFamily(engine.value as string);
    const want = family ? required[family] : undefined;
    if (!want || want.length === 0) continue;
    const written = res.properties.EnableCloudwatchLogsExports;
    const exportsAlts: Alt[] | undefined =
      written === undefined ? [{ value: undefined, conditions: [], sources: [], facts: engine.facts }] : resolve(ctx.template, written, engine.facts);
    if (!exportsAlts) return undefined;
    for (const exp of exportsAlts) {
      const names = logNames(ctx, exp.value, exp);
      if (!names) return undefined;
      const missing = want.filter((w) => !names.has(w));
      if (missing.length > 0) out.push({ engine, exports: exp, missing });
    }
  }
  return out;
}

const list = (xs: string[]): string => xs.join(' and ');
const engineText = (e: Alt): string => `${e.value as string}${circumstances(e)}`;

export default defineRule<{ required: Required }>({
  meta: {
    name: 'rds-log-exports',
    family: 10,
    severity: 'medium',
    title: "RDS databases publish their engine's main log to CloudWatch Logs",
    description:
      "Without `EnableCloudwatchLogsExports`, a database's error log stays on the instance: it is rotated away within days, cannot be searched across instances, and nothing can alarm on it. Each engine's main log (postgresql, error, alert, ...) should be exported.",
    resourceTypes: [INSTANCE, CLUSTER],
    fixable: 'sometimes',
    options: {
      defaults: { required: DEFAULT_REQUIRED },
      schema: {
        type: 'object',
        additionalProperties: false,
        properties: {
          required: {
            type: 'object',
            propertyNames: { enum: Object.keys(table.engines) },
            additionalProperties: { type: 'array', uniqueItems: true, items: { type: 'string', minLength: 1 } },
          },
        },
      },
    },
  },
  check(ctx) {
    const required = { ...DEFAULT_REQUIRED, ...ctx.options.required };
    for (const db of databases(ctx)) {
      // Aurora members publish through their cluster; Serverless v1 through its parameter group.
      if (db.member || !db.engines || isServerlessV1(ctx, db)) continue;
      const { res } = db;
      const found = gaps(ctx, res, db.engines, required);
      if (!found || found.length === 0) continue;
      const written = res.properties.EnableCloudwatchLogsExports;
      const sameMissing = found.every((g) => g.missing.join() === found[0]!.missing.join());
      const missing = found[0]!.missing;
      const oneEngine = new Set(found.map((g) => g.engine.value)).size === 1;
      if (written === undefined) {
        const needs = oneEngine
          ? `the ${list(missing)} log${missing.length > 1 ? 's' : ''} of its ${engineText(found[0]!.engine)} engine ${missing.length > 1 ? 'never reach' : 'never reaches'}`
          : `its logs (${found.map((g) => `${list(g.missing)} for ${engineText(g.engine)}`).join('; ')}) never reach`;
        ctx.report({
          at: res.pointer,
          message: `${db.label} does not set EnableCloudwatchLogsExports, so ${needs} CloudWatch Logs, where it could be kept, searched and alarmed on. ${
            sameMissing ? `Add EnableCloudwatchLogsExports: [${missing.join(', ')}].` : 'Export the log of the engine in use.'
          }`,
          ...(sameMissing
            ? { fix: { title: `Export the ${list(missing)} log to CloudWatch Logs`, safety: 'safe' as const, ops: [addPropertyOp(res, 'EnableCloudwatchLogsExports', missing)] } }
            : {}),
        });
        continue;
      }
      const at = propPointer(res, 'EnableCloudwatchLogsExports');
      const literal = Array.isArray(written) && written.every((i) => intrinsicName(i) === undefined);
      const detail = found
        .map((g) => {
          const when = circumstances({ conditions: g.exports.conditions, sources: [...g.engine.sources, ...g.exports.sources] });
          const engineWhen = g.engine.conditions.length > 0 ? ` when ${g.engine.conditions.join(' and ')}` : '';
          return `${list(g.missing)} for ${g.engine.value as string}${when}${engineWhen && !when.includes(engineWhen) ? engineWhen : ''}`;
        })
        .join('; ');
      ctx.report({
        at,
        message: `${db.label} does not export the engine's main log to CloudWatch Logs: it lacks ${detail}. Add ${sameMissing ? list(missing) : 'it'} to EnableCloudwatchLogsExports.`,
        ...(literal && sameMissing && oneEngine
          ? {
              fix: {
                title: `Export the ${list(missing)} log to CloudWatch Logs`,
                // Publishing a log changes nothing on the database (no restart).
                safety: 'safe' as const,
                ops: [
                  { op: 'test' as const, path: at, value: written },
                  ...missing.map((m) => ({ op: 'add' as const, path: `${at}/-`, value: m })),
                ],
              },
            }
          : {}),
      });
    }
  },
});
