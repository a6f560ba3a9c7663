import { childPointer, defineRule, intrinsicName, isMapping, type Fix, type ResourceRef, type RuleContext } from '../src/engine/api.js';
import { checkAccessLogDestination, logGroupOps, REST_ACCESS_LOG_FORMAT, roleSafety, whenText, type Ops } from './lib/apigw-common.js';
import { badLevels, badMetrics, coversAll, literalEntries, shown } from './lib/apigw-settings.js';

interface Options extends Record<string, unknown> {
  loggingLevels: string[];
  requireMetrics: boolean;
  requireExecutionLogging: boolean;
  accessLogFormat: string;
}

type Ctx = RuleContext<Options>;

export default defineRule<Options>({
  meta: {
    name: 'api-gateway-stage-logging',
    family: 5,
    severity: 'high',
    title: 'API Gateway REST stages write access logs, execution logs and metrics',
    description:
      'An `AWS::ApiGateway::Stage` without `AccessLogSetting` keeps no record of who called the API, and without a `MethodSettings` entry for all methods (`/*`, `*`) with `MetricsEnabled` and `LoggingLevel` INFO or ERROR it has no CloudWatch metrics or execution logs to debug and alarm on.',
    resourceTypes: ['AWS::ApiGateway::Stage'],
    fixable: 'sometimes',
    options: {
      defaults: {
        loggingLevels: ['INFO', 'ERROR'],
        requireMetrics: true,
        requireExecutionLogging: true,
        accessLogFormat: REST_ACCESS_LOG_FORMAT,
      },
      schema: {
        type: 'object',
        additionalProperties: false,
        properties: {
          loggingLevels: { type: 'array', minItems: 1, uniqueItems: true, items: { enum: ['INFO', 'ERROR'] } },
          requireMetrics: { type: 'boolean' },
          requireExecutionLogging: { type: 'boolean' },
          accessLogFormat: { type: 'string', pattern: '\\$context\\.requestId' },
        },
      },
    },
  },
  check(ctx) {
    for (const stage of ctx.resources('AWS::ApiGateway::Stage')) {
      checkAccessLogDestination(ctx, stage, 'AccessLogSetting', (at, existing) => accessLogFix(ctx, stage, at, existing));
      if (ctx.options.requireMetrics || ctx.options.requireExecutionLogging) checkMethodSettings(ctx, stage);
    }
  },
});

function accessLogFix(ctx: Ctx, stage: ResourceRef, at: string, existing: Record<string, unknown> | undefined): Fix {
  const group = logGroupOps(ctx, stage);
  const role = roleSafety(ctx, stage);
  const destination = { 'Fn::GetAtt': [group.id, 'Arn'] };
  const ops: Ops = [...group.ops];
  if (existing === undefined) {
    ops.push({ op: 'add', path: at, value: { DestinationArn: destination, Format: ctx.options.accessLogFormat } });
  } else {
    ops.push({ op: 'add', path: childPointer(at, 'DestinationArn'), value: destination });
    if (existing.Format === undefined) ops.push({ op: 'add', path: childPointer(at, 'Format'), value: ctx.options.accessLogFormat });
  }
  ops.push(...role.ops);
  return { title: `Send access logs of ${stage.id} to a new log group ${group.id}${role.note}`, safety: role.safety, ops };
}

/** What the entry for all methods must say, for messages: `MetricsEnabled true and LoggingLevel INFO`. */
function wanted(ctx: Ctx): string {
  const parts: string[] = [];
  if (ctx.options.requireMetrics) parts.push('MetricsEnabled true');
  if (ctx.options.requireExecutionLogging) parts.push(`LoggingLevel ${ctx.options.loggingLevels.join(' or ')}`);
  return parts.join(' and ');
}

/** What is off without the settings, for messages. */
function lost(ctx: Ctx): string {
  const parts: string[] = [];
  if (ctx.options.requireMetrics) parts.push('CloudWatch metrics');
  if (ctx.options.requireExecutionLogging) parts.push('execution logs');
  return parts.join(' and ');
}

function newEntry(ctx: Ctx): Record<string, unknown> {
  const entry: Record<string, unknown> = { ResourcePath: '/*', HttpMethod: '*' };
  if (ctx.options.requireExecutionLogging) entry.LoggingLevel = ctx.options.loggingLevels[0];
  if (ctx.options.requireMetrics) entry.MetricsEnabled = true;
  return entry;
}

/** A fix that turns logging on needs the account role; one that only turns metrics on does not. */
function settingsFix(ctx: Ctx, stage: ResourceRef, title: string, ops: Ops, logging: boolean, explicit = false): Fix {
  if (!logging) return { title, safety: explicit ? 'unsafe' : 'safe', ops };
  const role = roleSafety(ctx, stage);
  return { title: `${title}${role.note}`, safety: explicit ? 'unsafe' : role.safety, ops: [...ops, ...role.ops] };
}

function checkMethodSettings(ctx: Ctx, stage: ResourceRef): void {
  const at = childPointer(stage.pointer, 'Properties', 'MethodSettings');
  const raw = stage.properties.MethodSettings;
  if (raw === undefined) {
    ctx.report({
      at: stage.pointer,
      message: `Stage ${stage.id} has no MethodSettings, so ${lost(ctx)} are off for all its methods. Add a MethodSettings entry with ResourcePath "/*", HttpMethod "*", ${wanted(ctx)}.`,
      ...(isMapping(stage.def.Properties)
        ? {
            fix: settingsFix(
              ctx,
              stage,
              `Turn on ${lost(ctx)} for all methods of ${stage.id}`,
              [{ op: 'add', path: at, value: [newEntry(ctx)] }],
              ctx.options.requireExecutionLogging,
            ),
          }
        : {}),
    });
    return;
  }
  if (intrinsicName(raw)) {
    checkComputedSettings(ctx, stage, at, raw);
    return;
  }
  if (!Array.isArray(raw)) return;
  // An entry written through an intrinsic may be the one for all methods: stay quiet.
  if (raw.some((e) => intrinsicName(e))) return;
  const entries = literalEntries(raw);
  let unknown = false;
  const all = entries.filter(({ entry }) => {
    const c = coversAll(ctx, entry);
    if (c === undefined) unknown = true;
    return c === true;
  });
  if (all.length === 0) {
    if (unknown) return;
    ctx.report({
      at,
      message: `Stage ${stage.id} has no MethodSettings entry for all methods (ResourcePath "/*", HttpMethod "*"), so methods without their own entry get no ${lost(ctx)}. Add one with ${wanted(ctx)}.`,
      fix: settingsFix(
        ctx,
        stage,
        `Add a MethodSettings entry for all methods of ${stage.id}`,
        [{ op: 'add', path: `${at}/-`, value: newEntry(ctx) }],
        ctx.options.requireExecutionLogging,
      ),
    });
    return;
  }
  for (const { index, entry } of all) checkEntry(ctx, stage, childPointer(at, index), entry);
}

function checkEntry(ctx: Ctx, stage: ResourceRef, at: string, entry: Record<string, unknown>): void {
  const missing: string[] = [];
  const addOps: Ops = [];
  if (ctx.options.requireExecutionLogging) {
    const levelAt = childPointer(at, 'LoggingLevel');
    if (entry.LoggingLevel === undefined) {
      missing.push('LoggingLevel');
      addOps.push({ op: 'add', path: levelAt, value: ctx.options.loggingLevels[0] });
    } else {
      const bad = badLevels(ctx, entry.LoggingLevel, ctx.options.loggingLevels) ?? [];
      if (bad.length > 0) {
        const literal = !intrinsicName(entry.LoggingLevel);
        ctx.report({
          at: levelAt,
          message: `Stage ${stage.id}'s LoggingLevel for all methods is ${bad.map((p) => `${shown(p, 'removed')}${whenText(p)}`).join(', ')}, so it writes no execution logs. Set LoggingLevel to ${ctx.options.loggingLevels.join(' or ')}.`,
          ...(literal
            ? {
                fix: settingsFix(
                  ctx,
                  stage,
                  `Set LoggingLevel of ${stage.id} to ${ctx.options.loggingLevels[0]}`,
                  [
                    { op: 'test', path: levelAt, value: entry.LoggingLevel },
                    { op: 'replace', path: levelAt, value: ctx.options.loggingLevels[0] },
                  ],
                  true,
                  true,
                ),
              }
            : {}),
        });
      }
    }
  }
  if (ctx.options.requireMetrics) {
    const metricsAt = childPointer(at, 'MetricsEnabled');
    if (entry.MetricsEnabled === undefined) {
      missing.push('MetricsEnabled');
      addOps.push({ op: 'add', path: metricsAt, value: true });
    } else {
      const bad = badMetrics(ctx, entry.MetricsEnabled) ?? [];
      if (bad.length > 0) {
        const literal = !intrinsicName(entry.MetricsEnabled);
        ctx.report({
          at: metricsAt,
          message: `Stage ${stage.id}'s MetricsEnabled for all methods is ${bad.map((p) => `${shown(p, 'removed')}${whenText(p)}`).join(', ')}, so CloudWatch has no latency, count or error metrics for it. Set MetricsEnabled to true.`,
          ...(literal
            ? {
                fix: {
                  title: `Set MetricsEnabled of ${stage.id} to true`,
                  safety: 'unsafe' as const,
                  ops: [
                    { op: 'test' as const, path: metricsAt, value: entry.MetricsEnabled },
                    { op: 'replace' as const, path: metricsAt, value: true },
                  ],
                },
              }
            : {}),
        });
      }
    }
  }
  if (missing.length === 0) return;
  const effects: string[] = [];
  if (missing.includes('LoggingLevel')) effects.push('execution logging is OFF');
  if (missing.includes('MetricsEnabled')) effects.push('metrics are off');
  ctx.report({
    at,
    message: `Stage ${stage.id}'s MethodSettings entry for all methods has no ${missing.join(' or ')}, so ${effects.join(' and ')}. Add ${wanted(ctx)}.`,
    fix: settingsFix(ctx, stage, `Add ${missing.join(' and ')} to the MethodSettings of ${stage.id}`, addOps, missing.includes('LoggingLevel')),
  });
}

/** `MethodSettings: !If [...]`: reported at the property, for the cases that lack the entry. */
function checkComputedSettings(ctx: Ctx, stage: ResourceRef, at: string, raw: unknown): void {
  const vals = ctx.values(raw);
  if (!vals) return;
  const off = vals.filter((p) => {
    if (!Array.isArray(p.value)) return p.value === undefined;
    if (p.value.some((e) => intrinsicName(e))) return false;
    const entries = literalEntries(p.value).filter(({ entry }) => coversAll(ctx, entry) !== false);
    return !entries.some(({ entry }) => {
      const levelOk = !ctx.options.requireExecutionLogging || (badLevels(ctx, entry.LoggingLevel, ctx.options.loggingLevels)?.length ?? 0) === 0;
      const metricsOk = !ctx.options.requireMetrics || (badMetrics(ctx, entry.MetricsEnabled)?.length ?? 0) === 0;
      return levelOk && metricsOk;
    });
  });
  if (off.length === 0) return;
  ctx.report({
    at,
    message: `Stage ${stage.id} has no MethodSettings entry for all methods with ${wanted(ctx)}${off.map(whenText).join(' or')}, so ${lost(ctx)} are then off. Turn them on in every case.`,
  });
}
