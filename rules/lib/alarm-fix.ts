/**
 * Fixes for family 1: new `AWS::CloudWatch::Alarm` resources, modelled on the seed's corrected
 * alarms, with ids derived from the watched resource's and never colliding with existing ones.
 */
import { type Fix, freeLogicalId, isMapping, pointer, type ResourceRef, type RuleContext } from '../../src/engine/api.js';
import { referencedIds } from './alarm-coverage.js';

type Ctx = RuleContext<Record<string, unknown>>;

export interface AlarmSpec {
  /** Appended to the resource id for the new logical id: `<Id><suffix>Alarm`. */
  suffix: string;
  description: string;
  namespace: string;
  metricName: string;
  dimensions: { Name: string; Value: unknown }[];
  statistic: 'Sum' | 'Average' | 'Maximum' | 'Minimum';
  period: number;
  evaluationPeriods: number;
  threshold: number;
  comparison: 'GreaterThanThreshold' | 'LessThanThreshold';
  /** For count metrics that are absent when nothing happens. */
  treatMissingData?: 'notBreaching';
}

/** Actions every existing alarm agrees on: the value, and the logical ids it refers to. */
interface AgreedActions {
  key: string;
  value: unknown;
  targets: string[];
}

const agreedCache = new WeakMap<object, AgreedActions[]>();

/** The `AlarmActions`/`OKActions` all the template's alarms write identically (once per template). */
function agreedActions(ctx: Ctx): AgreedActions[] {
  let agreed = agreedCache.get(ctx.template);
  if (agreed) return agreed;
  const alarms = ctx.resources('AWS::CloudWatch::Alarm');
  agreed = [];
  for (const key of ['AlarmActions', 'OKActions']) {
    const values = alarms.map((a) => a.properties[key]);
    if (values.length === 0 || values.some((v) => v === undefined)) continue;
    const first = JSON.stringify(values[0]);
    if (!values.every((v) => JSON.stringify(v) === first)) continue;
    agreed.push({ key, value: values[0], targets: [...referencedIds(values[0])] });
  }
  agreedCache.set(ctx.template, agreed);
  return agreed;
}

/**
 * The `AlarmActions` (and `OKActions`) every existing alarm agrees on, when they all name the
 * same targets and those targets exist whenever the new alarm does; else nothing. New alarms
 * then notify whoever the template's other alarms already notify.
 */
export function sharedActions(ctx: Ctx, condition: unknown): Record<string, unknown> {
  const params = ctx.template.parameters;
  const out: Record<string, unknown> = {};
  for (const { key, value, targets } of agreedActions(ctx)) {
    const available = targets.every((id) => {
      const target = ctx.resource(id);
      if (!target) return Object.hasOwn(params, id) || id.startsWith('AWS::');
      return target.def.Condition === undefined || target.def.Condition === condition;
    });
    if (available) out[key] = structuredClone(value);
  }
  return out;
}

/** The resource value of a new alarm on `resource`. */
export function alarmResource(ctx: Ctx, resource: ResourceRef, spec: AlarmSpec): Record<string, unknown> {
  const condition = resource.def.Condition;
  const properties: Record<string, unknown> = {};
  // Unique per account and region: the stack name plus a logical id unique in the stack.
  if (resource.id.length <= 100) properties.AlarmName = { 'Fn::Sub': `\${AWS::StackName}-${resource.id}-${spec.metricName}` };
  properties.AlarmDescription = spec.description;
  properties.Namespace = spec.namespace;
  properties.MetricName = spec.metricName;
  properties.Dimensions = spec.dimensions;
  properties.Statistic = spec.statistic;
  properties.Period = spec.period;
  properties.EvaluationPeriods = spec.evaluationPeriods;
  properties.Threshold = spec.threshold;
  properties.ComparisonOperator = spec.comparison;
  if (spec.treatMissingData) properties.TreatMissingData = spec.treatMissingData;
  Object.assign(properties, sharedActions(ctx, condition));
  return {
    Type: 'AWS::CloudWatch::Alarm',
    ...(typeof condition === 'string' ? { Condition: condition } : {}),
    Properties: properties,
  };
}

/** A safe fix adding one alarm per spec. */
export function addAlarmsFix(ctx: Ctx, resource: ResourceRef, specs: AlarmSpec[]): Fix {
  const taken = new Set<string>();
  const ops = specs.map((spec) => {
    // Logical ids are alphanumeric; a broken id (`prod-db`) still yields a valid new one.
    const id = freeLogicalId(ctx.template, `${resource.id}${spec.suffix}Alarm`, taken);
    return { op: 'add' as const, path: pointer('Resources', id), value: alarmResource(ctx, resource, spec) };
  });
  const names = specs.map((s) => s.metricName);
  return {
    title: `Add CloudWatch alarm${names.length > 1 ? 's' : ''} on ${names.join(' and ')} for ${resource.id}`,
    safety: 'safe',
    ops,
  };
}

/** A deep copy of a template value for use in a new resource. */
export const copyValue = <T>(value: T): T => (isMapping(value) || Array.isArray(value) ? structuredClone(value) : value);
