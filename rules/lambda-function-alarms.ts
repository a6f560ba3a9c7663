import { asNumber, defineRule, type ResourceRef, type RuleContext } from '../src/engine/api.js';
import { addName, coverage, nearMissNote, orList, watchedMetrics, type Identity } from './lib/alarm-coverage.js';
import { addAlarmsFix, type AlarmSpec } from './lib/alarm-fix.js';

interface Options extends Record<string, unknown> {
  errorsThreshold: number;
  durationPercentOfTimeout: number;
  durationThresholdMs: number;
  period: number;
  customResourceHandlers: boolean;
}

/** Resource types whose references to a function do not make it run outside stack operations. */
const BOOKKEEPING = new Set(['AWS::Logs::LogGroup', 'AWS::CloudWatch::Alarm', 'AWS::CloudWatch::Dashboard']);
const isCustomResource = (type: string | undefined): boolean =>
  type === 'AWS::CloudFormation::CustomResource' || (type?.startsWith('Custom::') ?? false);

/**
 * A function that only serves custom resources (its ARN is their ServiceToken and nothing else
 * invokes it): it runs during stack operations, whose events already show its failures.
 */
function customResourceHandler(ctx: RuleContext<Options>, fn: ResourceRef): boolean {
  let serves = false;
  for (const ref of ctx.refsTo(fn.id)) {
    if (ref.section !== 'Resources' || ref.kind === 'DependsOn') continue;
    const from = ctx.resource(ref.from);
    if (isCustomResource(from?.type) && ref.at.startsWith(`${from!.pointer}/Properties/ServiceToken`)) serves = true;
    else if (!BOOKKEEPING.has(from?.type ?? '')) return false;
  }
  return serves;
}

/** The function's timeout in seconds (the smallest it may be), or undefined when unknown. */
function timeoutSeconds(ctx: RuleContext<Options>, fn: ResourceRef): number | undefined {
  const value = fn.properties.Timeout;
  if (value === undefined) return 3;
  const possible = ctx.values(value);
  if (!possible) return undefined;
  const numbers = possible.map((p) => (p.value === undefined ? 3 : asNumber(p.value)));
  if (numbers.some((n) => n === undefined)) return undefined;
  return Math.min(...(numbers as number[]));
}

export default defineRule<Options>({
  meta: {
    name: 'lambda-function-alarms',
    family: 1,
    severity: 'high',
    title: 'Lambda functions have CloudWatch alarms on Errors and Duration',
    description:
      'A Lambda function without alarms on its Errors and Duration metrics fails or creeps toward its timeout unnoticed: the logs record it, but nobody is told.',
    resourceTypes: ['AWS::Lambda::Function'],
    fixable: 'always',
    options: {
      defaults: { errorsThreshold: 5, durationPercentOfTimeout: 80, durationThresholdMs: 25000, period: 300, customResourceHandlers: false },
      schema: {
        type: 'object',
        additionalProperties: false,
        properties: {
          errorsThreshold: { type: 'number', minimum: 0 },
          durationPercentOfTimeout: { type: 'number', exclusiveMinimum: 0, maximum: 100 },
          durationThresholdMs: { type: 'number', exclusiveMinimum: 0 },
          period: { type: 'integer', enum: [10, 30, 60, 120, 180, 240, 300, 600, 900, 1800, 3600, 21600, 86400] },
          customResourceHandlers: { type: 'boolean' },
        },
      },
    },
  },
  check(ctx) {
    const functions = ctx.resources('AWS::Lambda::Function');
    if (functions.length === 0) return;
    const metrics = watchedMetrics(ctx);
    const o = ctx.options;
    for (const fn of functions) {
      if (!o.customResourceHandlers && customResourceHandler(ctx, fn)) continue;
      const identity: Identity = { ids: new Set([fn.id]), names: new Set() };
      addName(ctx, identity, fn.properties.FunctionName);
      const c = coverage(ctx, metrics, {
        namespace: 'AWS/Lambda',
        required: [['Errors'], ['Duration']],
        identity,
        identifying: ['FunctionName', 'Resource', 'ExecutedVersion'],
        aggregateCounts: true,
      });
      if (c.missing.length === 0) continue;
      const timeout = timeoutSeconds(ctx, fn);
      const durationMs =
        timeout === undefined ? o.durationThresholdMs : Math.round((timeout * 1000 * o.durationPercentOfTimeout) / 100);
      const dimensions = [{ Name: 'FunctionName', Value: { Ref: fn.id } }];
      const specs: AlarmSpec[] = c.missing.map((metric) =>
        metric === 'Errors'
          ? {
              suffix: 'Errors',
              description: `${fn.id} reported more than ${o.errorsThreshold} errors in ${o.period / 60} minutes`,
              namespace: 'AWS/Lambda',
              metricName: 'Errors',
              dimensions,
              statistic: 'Sum',
              period: o.period,
              evaluationPeriods: 1,
              threshold: o.errorsThreshold,
              comparison: 'GreaterThanThreshold',
              treatMissingData: 'notBreaching',
            }
          : {
              suffix: 'Duration',
              description:
                timeout === undefined
                  ? `${fn.id} runs take more than ${durationMs} ms on average`
                  : `${fn.id} runs take more than ${o.durationPercentOfTimeout}% of its ${timeout} s timeout on average`,
              namespace: 'AWS/Lambda',
              metricName: 'Duration',
              dimensions,
              statistic: 'Average',
              period: o.period,
              evaluationPeriods: 2,
              threshold: durationMs,
              comparison: 'GreaterThanThreshold',
            },
      );
      const consequence =
        c.missing.length === 2
          ? 'its failures and runs nearing the timeout go unnoticed'
          : c.missing[0] === 'Errors'
            ? 'its failures go unnoticed'
            : 'runs nearing the timeout go unnoticed';
      ctx.report({
        at: fn.pointer,
        message: `Lambda function ${fn.id} has no CloudWatch alarm on ${orList(c.missing)}, so ${consequence}. Add ${c.missing.length === 1 ? 'an AWS/Lambda alarm' : 'one AWS/Lambda alarm for each'} with dimension FunctionName.${nearMissNote('AWS/Lambda', c, 'function')}`,
        fix: () => addAlarmsFix(ctx, fn, specs),
      });
    }
  },
});
