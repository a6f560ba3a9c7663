import { asBoolean, childPointer, defineRule, freeLogicalId, intrinsicName, isMapping, type Fix, type ResourceRef, type RuleContext } from '../src/engine/api.js';
import { refTarget, sameValue, unsetCases, whenText } from './lib/apigw-common.js';

type Ctx = RuleContext;

export default defineRule({
  meta: {
    name: 'api-gateway-request-validation',
    family: 6,
    severity: 'medium',
    title: 'API Gateway methods validate requests before calling the backend',
    description:
      'An `AWS::ApiGateway::Method` without `RequestValidatorId` passes every request, malformed or not, to its integration: invalid input costs a backend invocation, and the `RequestModels` and required `RequestParameters` it declares are never enforced. CORS preflight (`OPTIONS`) methods and `MOCK` integrations are exempt.',
    resourceTypes: ['AWS::ApiGateway::Method', 'AWS::ApiGateway::RequestValidator'],
    fixable: 'sometimes',
  },
  check(ctx) {
    for (const method of ctx.resources('AWS::ApiGateway::Method')) {
      const props = method.properties;
      const verbs = ctx.values(props.HttpMethod);
      // CORS preflight requests carry no body and no custom parameters: nothing to validate.
      if (verbs && verbs.every((p) => typeof p.value === 'string' && p.value.toUpperCase() === 'OPTIONS')) continue;
      // A MOCK integration answers from API Gateway itself: no backend is reached, nothing to protect.
      const integration = props.Integration;
      const kinds = isMapping(integration) && !intrinsicName(integration) ? ctx.values(integration.Type) : undefined;
      if (kinds && kinds.every((p) => typeof p.value === 'string' && p.value.toUpperCase() === 'MOCK')) continue;
      const verb = verbs && verbs.length === 1 && typeof verbs[0]!.value === 'string' ? ` (${verbs[0]!.value})` : '';
      const raw = props.RequestValidatorId;
      if (raw === undefined) {
        const fix = validatorFix(ctx, method);
        const d = declared(ctx, method);
        ctx.report({
          at: method.pointer,
          message: d
            ? `Method ${method.id}${verb} declares ${d} but has no RequestValidatorId, so they are never enforced and malformed requests reach its integration. Attach an AWS::ApiGateway::RequestValidator.`
            : `Method ${method.id}${verb} has no RequestValidatorId, so malformed requests reach its integration. Attach an AWS::ApiGateway::RequestValidator and declare the RequestModels or required RequestParameters it should check.`,
          ...(fix ? { fix } : {}),
        });
        continue;
      }
      const at = childPointer(method.pointer, 'Properties', 'RequestValidatorId');
      const removed = unsetCases(ctx, raw);
      if (removed.length > 0) {
        ctx.report({
          at,
          message: `Method ${method.id}${verb} has no request validator${removed.map(whenText).join(' or')}, so malformed requests then reach its integration. Attach a RequestValidator in every case.`,
        });
        continue;
      }
      const validator = refTarget(ctx, raw);
      if (validator?.type === 'AWS::ApiGateway::RequestValidator' && validatesNothing(ctx, validator)) {
        ctx.report({
          at,
          message: `Method ${method.id}${verb} uses RequestValidator ${validator.id}, which validates neither the body nor the parameters, so malformed requests still reach its integration. Set ValidateRequestBody or ValidateRequestParameters to true on ${validator.id}.`,
        });
      }
    }
  },
});

/** `RequestModels`, `required RequestParameters`, both or '' — what a validator would enforce. */
function declared(ctx: Ctx, method: ResourceRef): string {
  const out: string[] = [];
  const models = method.properties.RequestModels;
  if (isMapping(models) && !intrinsicName(models) && Object.keys(models).length > 0) out.push('RequestModels');
  const params = method.properties.RequestParameters;
  if (isMapping(params) && !intrinsicName(params)) {
    // Path parameters are always present (a request without them matches no resource).
    const required = Object.entries(params).some(
      ([k, v]) => !k.startsWith('method.request.path.') && (ctx.values(v) ?? []).some((p) => asBoolean(p.value) === true),
    );
    if (required) out.push('required RequestParameters');
  }
  return out.join(' and ');
}

/** True when both switches are known to be off (both default to false). */
function validatesNothing(ctx: Ctx, validator: ResourceRef): boolean {
  return (['ValidateRequestBody', 'ValidateRequestParameters'] as const).every((k) => {
    const v = validator.properties[k];
    if (v === undefined) return true;
    const vals = ctx.values(v);
    return vals !== undefined && vals.every((p) => p.value === undefined || asBoolean(p.value) === false);
  });
}

/** Both switches literally on: the validator to reuse first. */
const checksBoth = (validator: ResourceRef): boolean =>
  asBoolean(validator.properties.ValidateRequestBody) === true && asBoolean(validator.properties.ValidateRequestParameters) === true;

/**
 * Points the method at a validator of its API that checks body and parameters: an existing one
 * when the template has it, else a new one (the same for every method of that API).
 */
function validatorFix(ctx: Ctx, method: ResourceRef): Fix | undefined {
  const api = method.properties.RestApiId;
  if (api === undefined || !isMapping(method.def.Properties) || method.def.Condition !== undefined) return undefined;
  const same = ctx
    .resources('AWS::ApiGateway::RequestValidator')
    .filter((v) => v.def.Condition === undefined && sameValue(v.properties.RestApiId, api) && !validatesNothing(ctx, v));
  const existing = same.find(checksBoth) ?? same[0];
  const set = { op: 'add' as const, path: childPointer(method.pointer, 'Properties', 'RequestValidatorId') };
  // Validation starts rejecting requests that do not match the method's models and parameters.
  if (existing) {
    return {
      title: `Validate ${method.id}'s requests with ${existing.id}`,
      safety: 'unsafe',
      ops: [{ ...set, value: { Ref: existing.id } }],
    };
  }
  const apiId = refTarget(ctx, api)?.id;
  const id = freeLogicalId(ctx.template, `${apiId ?? method.id}RequestValidator`);
  return {
    title: `Validate ${method.id}'s requests with a new RequestValidator ${id}`,
    safety: 'unsafe',
    ops: [
      {
        op: 'add',
        path: `/Resources/${id}`,
        value: {
          Type: 'AWS::ApiGateway::RequestValidator',
          Properties: { RestApiId: api, ValidateRequestBody: true, ValidateRequestParameters: true },
        },
      },
      { ...set, value: { Ref: id } },
    ],
  };
}
