import { isIntrinsicKey } from '../template/data.js';
import { isMapping, type Template } from '../template/template.js';

/**
 * One value a property can take at deploy time, and under what circumstances (for messages):
 * `when` is absent for a literal, e.g. "condition IsProd is false" or "parameter Encrypt's default".
 */
export interface Possible {
  value: unknown;
  when?: string;
}

/** The single key of an intrinsic function object (`Ref`, `Fn::If`, ...), if it is one. */
export function intrinsicName(value: unknown): string | undefined {
  if (!isMapping(value)) return undefined;
  const keys = Object.keys(value);
  if (keys.length !== 1) return undefined;
  const k = keys[0]!;
  return isIntrinsicKey(k) ? k : undefined;
}

/**
 * What `value` may evaluate to, or undefined when it cannot be told statically (an import, a
 * parameter without default, an attribute of another resource). `Ref: AWS::NoValue` gives
 * `undefined` (the property is removed). Parameters resolve to their `Default`, or to each of
 * their `AllowedValues` when they have no default.
 */
export function possibleValues(template: Template, value: unknown, depth = 0): Possible[] | undefined {
  if (depth > 20) return undefined;
  const fn = intrinsicName(value);
  if (!fn) return [{ value }];
  const arg = (value as Record<string, unknown>)[fn];
  if (fn === 'Ref' && typeof arg === 'string') {
    if (arg === 'AWS::NoValue') return [{ value: undefined }]; // the property is left out
    const param = template.parameters[arg];
    if (!param) return undefined;
    if ('Default' in param) return [{ value: param.Default, when: `parameter ${arg}'s default` }];
    if (Array.isArray(param.AllowedValues) && param.AllowedValues.length > 0) {
      return param.AllowedValues.map((v) => ({ value: v, when: `parameter ${arg} = ${JSON.stringify(v)}` }));
    }
    return undefined;
  }
  if (fn === 'Fn::If' && Array.isArray(arg) && arg.length === 3 && typeof arg[0] === 'string') {
    const out: Possible[] = [];
    for (const [branch, truth] of [
      [arg[1], 'true'],
      [arg[2], 'false'],
    ] as const) {
      const inner = possibleValues(template, branch, depth + 1);
      if (!inner) return undefined;
      for (const p of inner) {
        const when = `condition ${arg[0]} is ${truth}`;
        out.push({ value: p.value, when: p.when ? `${when} and ${p.when}` : when });
      }
    }
    return out;
  }
  if (fn === 'Fn::FindInMap' && Array.isArray(arg) && arg.length >= 3 && arg.slice(0, 3).every((a) => typeof a === 'string')) {
    const [map, top, second] = arg as string[];
    const mappings = template.template.Mappings;
    const table = isMapping(mappings) ? mappings[map!] : undefined;
    const row = isMapping(table) ? table[top!] : undefined;
    if (isMapping(row) && Object.hasOwn(row, second!)) return [{ value: row[second!] }];
    return undefined;
  }
  return undefined;
}

/** `{ "Ref": "AWS::NoValue" }`: the property is removed. */
export const isNoValue = (value: unknown): boolean => intrinsicName(value) === 'Ref' && (value as { Ref: unknown }).Ref === 'AWS::NoValue';

/** CloudFormation's boolean coercion: `true`, `"true"`, `"True"` are true. Undefined when not a boolean. */
export function asBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    const v = value.toLowerCase();
    if (v === 'true') return true;
    if (v === 'false') return false;
  }
  return undefined;
}

/** CloudFormation's number coercion: `7` and `"7"` are 7. Undefined when not a number. */
export function asNumber(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return undefined;
}
