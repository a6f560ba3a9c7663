import { defineRule, isMapping, type ResourceRef, type RuleContext } from '../src/engine/api.js';
import { addName, coverage, nearMissNote, orList, referencedIds, watchedMetrics, type Identity } from './lib/alarm-coverage.js';
import { addAlarmsFix, copyValue, type AlarmSpec } from './lib/alarm-fix.js';

interface Options extends Record<string, unknown> {
  clientErrorThreshold: number;
  serverErrorThreshold: number;
  period: number;
}

/** Is the REST API deployed to a stage (an `AWS::ApiGateway::Stage`, or a Deployment with `StageName`)? */
function hasStage(ctx: RuleContext<Options>, api: ResourceRef): boolean {
  for (const ref of ctx.refsTo(api.id)) {
    if (ref.section !== 'Resources') continue;
    const from = ctx.resource(ref.from);
    if (!from || !ref.at.startsWith(`${from.pointer}/Properties/RestApiId`)) continue;
    if (from.type === 'AWS::ApiGateway::Stage') return true;
    if (from.type === 'AWS::ApiGateway::Deployment') {
      const stage = from.properties.StageName;
      if (stage !== undefined && !(isMapping(stage) && stage.Ref === 'AWS::NoValue')) return true;
    }
  }
  return false;
}

/**
 * The API's name as written: its `Name`, else the `info.title` of an inline OpenAPI `Body`
 * (API Gateway names the API after it). Undefined when only the deployed API knows.
 */
function apiName(api: ResourceRef): unknown {
  if (api.properties.Name !== undefined) return api.properties.Name;
  const body = api.properties.Body;
  const info = isMapping(body) ? body.info : undefined;
  return isMapping(info) && typeof info.title === 'string' ? info.title : undefined;
}

export default defineRule<Options>({
  meta: {
    name: 'api-gateway-alarms',
    family: 1,
    severity: 'high',
    title: 'Deployed REST APIs have CloudWatch alarms on 4XXError and 5XXError',
    description:
      'A REST API deployed to a stage without alarms on its 4XXError and 5XXError metrics can fail its clients (a broken integration, a bad authorizer, throttling) without anyone being told.',
    resourceTypes: ['AWS::ApiGateway::RestApi'],
    fixable: 'sometimes',
    options: {
      defaults: { clientErrorThreshold: 10, serverErrorThreshold: 5, period: 300 },
      schema: {
        type: 'object',
        additionalProperties: false,
        properties: {
          clientErrorThreshold: { type: 'number', minimum: 0 },
          serverErrorThreshold: { type: 'number', minimum: 0 },
          period: { type: 'integer', enum: [60, 120, 180, 240, 300, 600, 900, 1800, 3600, 21600, 86400] },
        },
      },
    },
  },
  check(ctx) {
    const apis = ctx.resources('AWS::ApiGateway::RestApi');
    if (apis.length === 0) return;
    const metrics = watchedMetrics(ctx);
    const o = ctx.options;
    for (const api of apis) {
      if (!hasStage(ctx, api)) continue;
      const name = apiName(api);
      const identity: Identity = { ids: new Set([api.id]), names: new Set() };
      addName(ctx, identity, name);
      const c = coverage(ctx, metrics, {
        namespace: 'AWS/ApiGateway',
        required: [['4XXError'], ['5XXError']],
        identity,
        identifying: ['ApiName', 'ApiId'],
        aggregateCounts: false,
      });
      if (c.missing.length === 0) continue;
      // The ApiName dimension is the API's name; a name that refers to a conditional resource
      // cannot be copied safely, and without a name there is nothing to write.
      const nameUsable =
        name !== undefined &&
        [...referencedIds(name)].every((id) => {
          const r = ctx.resource(id);
          return !r || r.def.Condition === undefined || r.def.Condition === api.def.Condition;
        });
      const specs: AlarmSpec[] = c.missing.map((metric) => {
        const client = metric === '4XXError';
        const threshold = client ? o.clientErrorThreshold : o.serverErrorThreshold;
        return {
          suffix: metric,
          description: `${api.id} returned more than ${threshold} ${client ? 'client (4XX)' : 'server (5XX)'} errors in ${o.period / 60} minutes`,
          namespace: 'AWS/ApiGateway',
          metricName: metric,
          dimensions: [{ Name: 'ApiName', Value: copyValue(name) }],
          statistic: 'Sum',
          period: o.period,
          evaluationPeriods: 1,
          threshold,
          comparison: 'GreaterThanThreshold',
          treatMissingData: 'notBreaching',
        };
      });
      const consequence =
        c.missing.length === 2
          ? 'failing requests go unnoticed'
          : c.missing[0] === '5XXError'
            ? 'server-side failures go unnoticed'
            : 'client errors (bad requests, auth failures, throttling) go unnoticed';
      ctx.report({
        at: api.pointer,
        message: `REST API ${api.id} has a stage but no CloudWatch alarm on ${orList(c.missing)}, so ${consequence}. Add ${c.missing.length === 1 ? 'an AWS/ApiGateway alarm' : 'one AWS/ApiGateway alarm for each'} with dimension ApiName set to the API's name.${nearMissNote('AWS/ApiGateway', c, 'API')}`,
        ...(nameUsable ? { fix: () => addAlarmsFix(ctx, api, specs) } : {}),
      });
    }
  },
});
