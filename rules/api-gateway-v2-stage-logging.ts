import { childPointer, defineRule, type Fix, type ResourceRef, type RuleContext } from '../src/engine/api.js';
import { checkAccessLogDestination, logGroupOps, refTarget, roleSafety, V2_ACCESS_LOG_FORMAT, type Ops } from './lib/apigw-common.js';

interface Options extends Record<string, unknown> {
  accessLogFormat: string;
}

type Ctx = RuleContext<Options>;

export default defineRule<Options>({
  meta: {
    name: 'api-gateway-v2-stage-logging',
    family: 5,
    severity: 'high',
    title: 'API Gateway HTTP and WebSocket stages write access logs',
    description:
      'An `AWS::ApiGatewayV2::Stage` without `AccessLogSettings` (with a `DestinationArn`) keeps no record of who called the API, for auditing, debugging or incident response.',
    resourceTypes: ['AWS::ApiGatewayV2::Stage'],
    fixable: 'sometimes',
    options: {
      defaults: { accessLogFormat: V2_ACCESS_LOG_FORMAT },
      schema: {
        type: 'object',
        additionalProperties: false,
        properties: { accessLogFormat: { type: 'string', pattern: '\\$context\\.requestId' } },
      },
    },
  },
  check(ctx) {
    for (const stage of ctx.resources('AWS::ApiGatewayV2::Stage')) {
      checkAccessLogDestination(ctx, stage, 'AccessLogSettings', (at, existing) => accessLogFix(ctx, stage, at, existing));
    }
  },
});

/** HTTP, WEBSOCKET, or undefined when the API is not in the template or its protocol is unknown. */
function protocolOf(ctx: Ctx, stage: ResourceRef): string | undefined {
  const api = refTarget(ctx, stage.properties.ApiId);
  if (!api || api.type !== 'AWS::ApiGatewayV2::Api') return undefined;
  const vals = ctx.values(api.properties.ProtocolType);
  return vals && vals.length === 1 && typeof vals[0]!.value === 'string' ? vals[0]!.value.toUpperCase() : undefined;
}

function accessLogFix(ctx: Ctx, stage: ResourceRef, at: string, existing: Record<string, unknown> | undefined): Fix {
  const group = logGroupOps(ctx, stage);
  const destination = { 'Fn::GetAtt': [group.id, 'Arn'] };
  const ops: Ops = [...group.ops];
  if (existing === undefined) {
    ops.push({ op: 'add', path: at, value: { DestinationArn: destination, Format: ctx.options.accessLogFormat } });
  } else {
    ops.push({ op: 'add', path: childPointer(at, 'DestinationArn'), value: destination });
    if (existing.Format === undefined) ops.push({ op: 'add', path: childPointer(at, 'Format'), value: ctx.options.accessLogFormat });
  }
  const title = `Send access logs of ${stage.id} to a new log group ${group.id}`;
  // HTTP APIs write access logs without the account-level CloudWatch role; WebSocket APIs need it.
  if (protocolOf(ctx, stage) === 'HTTP') return { title, safety: 'safe', ops };
  const role = roleSafety(ctx, stage);
  return { title: `${title}${role.note}`, safety: role.safety, ops: [...ops, ...role.ops] };
}
