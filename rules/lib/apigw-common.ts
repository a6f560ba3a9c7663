/**
 * Shared logic for the API Gateway rules (seed families 5 and 6): reading values that may be
 * written through intrinsics, the account-level CloudWatch role, log group fixes and ids.
 */
import { childPointer, freeLogicalId, intrinsicName, isMapping, type Fix, type Possible, type ResourceRef, type RuleContext } from '../../src/engine/api.js';

export type Ops = Fix['ops'];

/** The seed's corrected access log format (REST APIs). */
export const REST_ACCESS_LOG_FORMAT =
  '$context.requestId $context.requestTime $context.httpMethod $context.resourcePath $context.status $context.error.message';

/** The same fields for HTTP and WebSocket APIs, which have a route key instead of a resource path. */
export const V2_ACCESS_LOG_FORMAT = '$context.requestId $context.requestTime $context.routeKey $context.status $context.error.message';

/** Retention of the log groups the fixes add (the seed's corrected template uses 30 days). */
export const LOG_RETENTION_DAYS = 30;

/** `" when <cond>"`, or nothing for a literal. */
export function whenText(p: Possible): string {
  return p.when ? ` when ${p.when}` : '';
}

/** Deep structural equality of two template values (for comparing `RestApiId`s and names). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (isMapping(a) && isMapping(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && sameValue(a[k], b[k]));
  }
  return false;
}

/** The logical id `value` refers to with `Ref`, if it is a `Ref` to a resource of the template. */
export function refTarget(ctx: RuleContext, value: unknown): ResourceRef | undefined {
  if (intrinsicName(value) !== 'Ref') return undefined;
  const id = (value as { Ref: unknown }).Ref;
  return typeof id === 'string' ? ctx.resource(id) : undefined;
}

/**
 * The `AWS::ApiGateway::Account` of the template that sets the account-level CloudWatch role
 * (needed before a REST or WebSocket stage may log to CloudWatch), if there is one.
 */
export function accountWithRole(ctx: RuleContext): ResourceRef | undefined {
  return ctx
    .resources('AWS::ApiGateway::Account')
    .find((a) => a.properties.CloudWatchRoleArn !== undefined && a.def.Condition === undefined);
}

/** Ops that make `res` depend on `target` (nothing when it already does). */
export function dependsOnOps(res: ResourceRef, target: string): Ops {
  const at = childPointer(res.pointer, 'DependsOn');
  const current = res.def.DependsOn;
  if (current === undefined) return [{ op: 'add', path: at, value: target }];
  if (current === target) return [];
  if (typeof current === 'string') {
    return [
      { op: 'test', path: at, value: current },
      { op: 'replace', path: at, value: [current, target] },
    ];
  }
  if (Array.isArray(current)) return current.includes(target) ? [] : [{ op: 'add', path: `${at}/-`, value: target }];
  return [];
}

/** A new log group for a stage's access logs: its id and the op that adds it. */
export function logGroupOps(ctx: RuleContext, stage: ResourceRef): { id: string; ops: Ops } {
  const id = freeLogicalId(ctx.template, `${stage.id}AccessLogs`);
  const value: Record<string, unknown> = { Type: 'AWS::Logs::LogGroup', Properties: { RetentionInDays: LOG_RETENTION_DAYS } };
  if (typeof stage.def.Condition === 'string') value.Condition = stage.def.Condition;
  return { id, ops: [{ op: 'add', path: `/Resources/${id}`, value }] };
}

/**
 * How a fix that turns on CloudWatch logging for a REST or WebSocket stage stays deployable:
 * the account needs API Gateway's CloudWatch role. When the template sets it, the stage is made
 * to depend on it and the fix is safe; otherwise the fix is unsafe (the deploy fails on an
 * account without the role) and says so.
 */
export function roleSafety(ctx: RuleContext, stage: ResourceRef): { safety: 'safe' | 'unsafe'; ops: Ops; note: string } {
  const account = accountWithRole(ctx);
  if (account) return { safety: 'safe', ops: dependsOnOps(stage, account.id), note: '' };
  return {
    safety: 'unsafe',
    ops: [],
    note: ' (needs the account-level API Gateway CloudWatch role, AWS::ApiGateway::Account)',
  };
}

/** True when a value is a non-empty string or an expression (a destination, a name). */
export function isSet(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  return true;
}

/** `"prod"`, or a description of where a stage name comes from. */
export function describeName(ctx: RuleContext, value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  const vals = ctx.values(value);
  if (vals && vals.length === 1 && typeof vals[0]!.value === 'string' && !vals[0]!.when?.includes('condition')) {
    if (intrinsicName(value) === 'Ref') return `${JSON.stringify(vals[0]!.value)} (parameter ${String((value as { Ref: unknown }).Ref)})`;
    return JSON.stringify(vals[0]!.value);
  }
  if (intrinsicName(value) === 'Ref') return `named by parameter ${String((value as { Ref: unknown }).Ref)}`;
  return 'named by an expression';
}

const joinWhen = (a: string | undefined, b: string): string => (a ? `${a} and ${b}` : b);

/**
 * The branches of `Fn::If` (nested ones too), each with the condition that picks it; a
 * `Ref: AWS::NoValue` branch is `undefined`. Unlike `ctx.values`, a branch that refers to a
 * resource (`!GetAtt Logs.Arn`) stays an expression instead of making the whole value unknown.
 */
export function branches(value: unknown, when?: string, depth = 0): Possible[] {
  if (depth < 10 && intrinsicName(value) === 'Fn::If') {
    const arg = (value as Record<string, unknown>)['Fn::If'];
    if (Array.isArray(arg) && arg.length === 3 && typeof arg[0] === 'string') {
      return [
        ...branches(arg[1], joinWhen(when, `condition ${arg[0]} is true`), depth + 1),
        ...branches(arg[2], joinWhen(when, `condition ${arg[0]} is false`), depth + 1),
      ];
    }
  }
  if (intrinsicName(value) === 'Ref' && (value as { Ref: unknown }).Ref === 'AWS::NoValue') {
    return [when ? { value: undefined, when } : { value: undefined }];
  }
  return [when ? { value, when } : { value }];
}

/** The cases in which a value (a destination, a validator id) is missing or empty. */
export function unsetCases(ctx: RuleContext, value: unknown): Possible[] {
  const out: Possible[] = [];
  for (const b of branches(value)) {
    if (b.value === undefined) out.push(b);
    else if (intrinsicName(b.value) === 'Ref') {
      // A parameter whose default (or allowed value) is empty leaves the property empty.
      for (const p of ctx.values(b.value) ?? []) {
        if (!isSet(p.value)) out.push({ value: p.value, when: b.when && p.when ? `${b.when} and ${p.when}` : (b.when ?? p.when) });
      }
    } else if (!isSet(b.value)) out.push(b);
  }
  return out;
}

/**
 * Checks that a stage's access-log setting (`AccessLogSetting` of a REST stage,
 * `AccessLogSettings` of an HTTP/WebSocket stage) names a destination in every case. `fix`
 * builds the fix for a setting that is missing (`existing` undefined) or has no destination.
 */
export function checkAccessLogDestination(
  ctx: RuleContext,
  stage: ResourceRef,
  property: 'AccessLogSetting' | 'AccessLogSettings',
  fix: (at: string, existing: Record<string, unknown> | undefined) => Fix,
): void {
  const at = childPointer(stage.pointer, 'Properties', property);
  const raw = stage.properties[property];
  if (raw === undefined) {
    ctx.report({
      at: stage.pointer,
      message: `Stage ${stage.id} has no ${property}: requests to it leave no access log for auditing or debugging. Add ${property} with a CloudWatch Logs DestinationArn and a Format.`,
      ...(isMapping(stage.def.Properties) ? { fix: () => fix(at, undefined) } : {}),
    });
    return;
  }
  if (intrinsicName(raw)) {
    const off = branches(raw).filter((p) => !isMapping(p.value) || unsetCases(ctx, p.value.DestinationArn).length > 0);
    if (off.length === 0) return;
    ctx.report({
      at,
      message: `Stage ${stage.id} has no access log destination${off.map(whenText).join(' or')}: requests to it then leave no access log. Set ${property} with a DestinationArn in every case.`,
    });
    return;
  }
  if (!isMapping(raw)) return;
  if (raw.DestinationArn === undefined) {
    ctx.report({
      at,
      message: `Stage ${stage.id} has ${property === 'AccessLogSetting' ? 'an ' : ''}${property} without DestinationArn, so no access log is written. Set DestinationArn to a CloudWatch Logs group ARN.`,
      fix: () => fix(at, raw),
    });
    return;
  }
  const off = unsetCases(ctx, raw.DestinationArn);
  if (off.length === 0) return;
  ctx.report({
    at: childPointer(at, 'DestinationArn'),
    message: `Stage ${stage.id} has no access log DestinationArn${off.map(whenText).join(' or')}, so no access log is written then. Give it a CloudWatch Logs group ARN in every case.`,
  });
}
