import { childPointer, defineRule, intrinsicName, isMapping, type Fix, type ResourceRef, type RuleContext } from '../src/engine/api.js';
import { describeName, isSet, refTarget, sameValue, unsetCases, type Ops } from './lib/apigw-common.js';
import { badLevels, badMetrics, coversAll } from './lib/apigw-settings.js';

interface Options extends Record<string, unknown> {
  loggingLevels: string[];
  requireMetrics: boolean;
  requireExecutionLogging: boolean;
}

type Ctx = RuleContext<Options>;

export default defineRule<Options>({
  meta: {
    name: 'api-gateway-deployment-stage',
    family: 5,
    severity: 'high',
    title: 'API Gateway deployments do not create stages that are unlogged or declared twice',
    description:
      'An `AWS::ApiGateway::Deployment` with `StageName` creates that stage itself. Unless its `StageDescription` sets an access log, execution logging and metrics, the stage is served without them; and when an `AWS::ApiGateway::Stage` declares the same stage, the stack fails with "already exists".',
    resourceTypes: ['AWS::ApiGateway::Deployment', 'AWS::ApiGateway::Stage'],
    fixable: 'sometimes',
    options: {
      defaults: { loggingLevels: ['INFO', 'ERROR'], requireMetrics: true, requireExecutionLogging: true },
      schema: {
        type: 'object',
        additionalProperties: false,
        properties: {
          loggingLevels: { type: 'array', minItems: 1, uniqueItems: true, items: { enum: ['INFO', 'ERROR'] } },
          requireMetrics: { type: 'boolean' },
          requireExecutionLogging: { type: 'boolean' },
        },
      },
    },
  },
  check(ctx) {
    const stages = ctx.resources('AWS::ApiGateway::Stage');
    for (const dep of ctx.resources('AWS::ApiGateway::Deployment')) {
      const name = dep.properties.StageName;
      if (name === undefined) continue;
      const names = ctx.values(name);
      if (names && names.every((p) => !isSet(p.value))) continue; // no stage (AWS::NoValue or "")
      const twin = stages.find((s) => sameValue(s.properties.RestApiId, dep.properties.RestApiId) && sameName(ctx, s.properties.StageName, name));
      if (twin) {
        reportTwin(ctx, dep, twin, name);
        continue;
      }
      checkImplicitStage(ctx, dep, name, stages);
    }
  },
});

/** Both names are the same expression, or both are known to be the same literal. */
function sameName(ctx: Ctx, a: unknown, b: unknown): boolean {
  if (a === undefined || b === undefined) return false;
  if (sameValue(a, b)) return true;
  const va = ctx.values(a);
  const vb = ctx.values(b);
  if (!va || !vb || va.length !== 1 || vb.length !== 1) return false;
  return typeof va[0]!.value === 'string' && va[0]!.value === vb[0]!.value;
}

function reportTwin(ctx: Ctx, dep: ResourceRef, stage: ResourceRef, name: unknown): void {
  const at = childPointer(dep.pointer, 'Properties', 'StageName');
  const described = describeName(ctx, name);
  const ops: Ops = [
    { op: 'test', path: at, value: name },
    { op: 'remove', path: at },
  ];
  const sd = dep.properties.StageDescription;
  if (sd !== undefined) {
    const sdAt = childPointer(dep.pointer, 'Properties', 'StageDescription');
    ops.push({ op: 'test', path: sdAt, value: sd }, { op: 'remove', path: sdAt });
  }
  const fix: Fix = {
    title: `Remove StageName${sd !== undefined ? ' and StageDescription' : ''} from ${dep.id}; ${stage.id} creates the stage`,
    // Removing StageName replaces the deployment on a stack that already has it.
    safety: 'unsafe',
    ops,
  };
  ctx.report({
    at,
    severity: 'critical',
    message: `Deployment ${dep.id} creates stage ${described} through StageName, and Stage ${stage.id} creates the same stage, so the stack fails with "already exists". Remove StageName${sd !== undefined ? ' and StageDescription' : ''} from ${dep.id} and let ${stage.id} configure the stage.`,
    fix,
  });
}

/** What the implicit stage lacks, or an empty list when it logs (or cannot be told). */
function missingSettings(ctx: Ctx, sd: unknown): string[] {
  if (sd === undefined) {
    const out = ['access log'];
    if (ctx.options.requireExecutionLogging) out.push('execution logging');
    if (ctx.options.requireMetrics) out.push('metrics');
    return out;
  }
  if (intrinsicName(sd) || !isMapping(sd)) return [];
  const out: string[] = [];
  const access = sd.AccessLogSetting;
  if (access === undefined) out.push('access log');
  else if (!intrinsicName(access) && isMapping(access)) {
    if (access.DestinationArn === undefined || unsetCases(ctx, access.DestinationArn).length > 0) out.push('access log');
  }
  const settings = sd.MethodSettings;
  if (Array.isArray(settings) && settings.some((e) => intrinsicName(e))) return out;
  if (settings !== undefined && !Array.isArray(settings)) return out;
  const entries = (Array.isArray(settings) ? settings : []).filter(
    (e): e is Record<string, unknown> => isMapping(e) && coversAll(ctx, e) !== false,
  );
  const levelOk = (v: unknown): boolean => (badLevels(ctx, v, ctx.options.loggingLevels)?.length ?? 0) === 0;
  const metricsOk = (v: unknown): boolean => (badMetrics(ctx, v)?.length ?? 0) === 0;
  if (ctx.options.requireExecutionLogging && !levelOk(sd.LoggingLevel) && !entries.some((e) => levelOk(e.LoggingLevel))) {
    out.push('execution logging');
  }
  if (ctx.options.requireMetrics && !metricsOk(sd.MetricsEnabled) && !entries.some((e) => metricsOk(e.MetricsEnabled))) out.push('metrics');
  return out;
}

const list = (items: string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;

function checkImplicitStage(ctx: Ctx, dep: ResourceRef, name: unknown, stages: readonly ResourceRef[]): void {
  const sd = dep.properties.StageDescription;
  const missing = missingSettings(ctx, sd);
  if (missing.length === 0) return;
  const described = describeName(ctx, name);
  const user = stages.find((s) => refTarget(ctx, s.properties.DeploymentId)?.id === dep.id);
  const at = sd !== undefined ? childPointer(dep.pointer, 'Properties', 'StageDescription') : dep.pointer;
  const message = user
    ? `Deployment ${dep.id} also creates stage ${described} through StageName, besides Stage ${user.id}; that extra stage serves the API with no ${list(missing)}. Remove StageName from ${dep.id}.`
    : `Deployment ${dep.id} creates stage ${described} through StageName with no ${list(missing)}. Declare the stage as an AWS::ApiGateway::Stage with AccessLogSetting and MethodSettings (and remove StageName), or set them in StageDescription.`;
  ctx.report({ at, message });
}
