/**
 * How a string property is put together: literal text, parameters, pseudo parameters and
 * resource attributes, once per combination of `Fn::If` branches. Used by the family-9 rules
 * (secret-from-parameters, db-password-from-parameter, literal-password) to tell a password typed
 * into a parameter from one written in the template or resolved from Secrets Manager.
 */
import { intrinsicName, isMapping, subVariables, type RuleContext } from '../../src/engine/api.js';

/** The part of a rule context these helpers use (any rule's context fits). */
export type Ctx = Pick<RuleContext, 'template' | 'values'>;

export type Part =
  | { kind: 'literal'; text: string }
  | { kind: 'param'; name: string }
  | { kind: 'pseudo'; name: string }
  | { kind: 'resource'; name: string; attribute?: string }
  /** An import, a nested function we do not follow, a non-string: cannot be told statically. */
  | { kind: 'unknown' };

export interface Variant {
  /** The conditions that select this variant, e.g. "condition IsProd is true". */
  when?: string;
  /** `undefined` when this variant removes the property (`AWS::NoValue`). */
  parts?: Part[];
}

const MAX_VARIANTS = 16;

const join = (a?: string, b?: string): string | undefined => (a && b ? `${a} and ${b}` : (a ?? b));

/** The variants of a string-valued property. Never empty; `[{ parts: [unknown] }]` when it cannot be followed. */
export function composeString(ctx: Ctx, value: unknown, depth = 0): Variant[] {
  const unknown: Variant[] = [{ parts: [{ kind: 'unknown' }] }];
  if (depth > 12) return unknown;
  if (typeof value === 'string') return [{ parts: [{ kind: 'literal', text: value }] }];
  if (typeof value === 'number' || typeof value === 'boolean') return [{ parts: [{ kind: 'literal', text: String(value) }] }];
  const fn = intrinsicName(value);
  if (!fn) return unknown;
  const arg = (value as Record<string, unknown>)[fn];
  switch (fn) {
    case 'Ref': {
      if (typeof arg !== 'string') return unknown;
      if (arg === 'AWS::NoValue') return [{ when: undefined, parts: undefined }];
      if (arg.startsWith('AWS::')) return [{ parts: [{ kind: 'pseudo', name: arg }] }];
      if (Object.hasOwn(ctx.template.parameters, arg)) return [{ parts: [{ kind: 'param', name: arg }] }];
      return [{ parts: [{ kind: 'resource', name: arg }] }];
    }
    case 'Fn::GetAtt': {
      const p = typeof arg === 'string' ? splitDot(arg) : Array.isArray(arg) ? arg : [];
      if (typeof p[0] !== 'string') return unknown;
      return [{ parts: [{ kind: 'resource', name: p[0], ...(typeof p[1] === 'string' ? { attribute: p[1] } : {}) }] }];
    }
    case 'Fn::If': {
      if (!Array.isArray(arg) || arg.length !== 3 || typeof arg[0] !== 'string') return unknown;
      const out: Variant[] = [];
      for (const [branch, truth] of [
        [arg[1], 'true'],
        [arg[2], 'false'],
      ] as const) {
        for (const v of composeString(ctx, branch, depth + 1)) out.push({ ...v, when: join(`condition ${arg[0]} is ${truth}`, v.when) });
      }
      return out.length > MAX_VARIANTS ? unknown : out;
    }
    case 'Fn::Join': {
      if (!Array.isArray(arg) || arg.length !== 2 || typeof arg[0] !== 'string' || !Array.isArray(arg[1])) return unknown;
      const delimiter = arg[0];
      const items = arg[1] as unknown[];
      let acc: Variant[] = [{ parts: [] }];
      items.forEach((item, i) => {
        const next = composeString(ctx, item, depth + 1);
        acc = product(acc, next, i > 0 && delimiter !== '' ? [{ kind: 'literal', text: delimiter }] : []);
      });
      return acc.length > MAX_VARIANTS ? unknown : acc;
    }
    case 'Fn::Sub': {
      const text = typeof arg === 'string' ? arg : Array.isArray(arg) && typeof arg[0] === 'string' ? arg[0] : undefined;
      if (text === undefined) return unknown;
      const vars = Array.isArray(arg) && isMapping(arg[1]) ? arg[1] : {};
      let acc: Variant[] = [{ parts: [] }];
      for (const piece of splitSub(text)) {
        if (typeof piece === 'string') {
          acc = product(acc, [{ parts: [{ kind: 'literal', text: piece }] }], []);
          continue;
        }
        let next: Variant[];
        if (Object.hasOwn(vars, piece.name)) next = composeString(ctx, vars[piece.name], depth + 1);
        else if (piece.attribute) next = [{ parts: [{ kind: 'resource', name: piece.name, attribute: piece.attribute }] }];
        else next = composeString(ctx, { Ref: piece.name }, depth + 1);
        acc = product(acc, next, []);
      }
      return acc.length > MAX_VARIANTS ? unknown : acc;
    }
    case 'Fn::FindInMap': {
      const possible = ctx.values(value);
      if (!possible || possible.length !== 1 || typeof possible[0]!.value !== 'string') return unknown;
      return [{ parts: [{ kind: 'literal', text: possible[0]!.value }] }];
    }
    default:
      return unknown;
  }
}

function product(left: Variant[], right: Variant[], separator: Part[]): Variant[] {
  const out: Variant[] = [];
  for (const l of left) {
    for (const r of right) {
      const when = join(l.when, r.when);
      // A Join item or Sub variable that is AWS::NoValue makes the whole value invalid; treat it as unknown.
      const parts = l.parts && r.parts ? [...l.parts, ...separator, ...r.parts] : [{ kind: 'unknown' as const }];
      out.push({ ...(when ? { when } : {}), parts });
      if (out.length > MAX_VARIANTS) return out;
    }
  }
  return out;
}

/** Splits an `Fn::Sub` string into literal text and `${Var}` references; `${!X}` is the literal `${X}`. */
export function splitSub(text: string): (string | { name: string; attribute?: string })[] {
  const out: (string | { name: string; attribute?: string })[] = [];
  const re = /\$\{([^}]*)\}/g;
  let last = 0;
  let m: RegExpExecArray | null;
  let buffer = '';
  while ((m = re.exec(text))) {
    buffer += text.slice(last, m.index);
    last = m.index + m[0].length;
    const body = m[1]!;
    if (body.startsWith('!')) {
      buffer += '${' + body.slice(1) + '}';
      continue;
    }
    const [ref] = subVariables(m[0]);
    if (!ref) {
      buffer += m[0];
      continue;
    }
    if (buffer) out.push(buffer);
    buffer = '';
    out.push(ref);
  }
  buffer += text.slice(last);
  if (buffer) out.push(buffer);
  return out;
}

function splitDot(s: string): string[] {
  const dot = s.indexOf('.');
  return dot === -1 ? [s] : [s.slice(0, dot), s.slice(dot + 1)];
}

/** The literal text of a variant (non-literal parts left out). */
export const literalText = (parts: Part[]): string => parts.map((p) => (p.kind === 'literal' ? p.text : '')).join('');

/** A CloudFormation dynamic reference: `{{resolve:secretsmanager:...}}`, `{{resolve:ssm-secure:...}}`, `{{resolve:ssm:...}}`. */
export const hasDynamicReference = (parts: Part[]): boolean => /\{\{resolve:/.test(literalText(parts));

export const paramNames = (parts: Part[]): string[] => [
  ...new Set(parts.filter((p): p is { kind: 'param'; name: string } => p.kind === 'param').map((p) => p.name)),
];

/** Names that say "this holds a secret". */
export const SECRET_NAME = /pass(word|wd|phrase)?|pwd|secret|token|api[-_]?key|private[-_]?key|access[-_]?key|credential|auth/i;
/** Names that look secret but hold an identifier: `encryption_key_id`, `secretArn`, `tokenUrl`. */
const NOT_SECRET_NAME = /(key|secret|token)[-_]?(id|arn|name|url|uri|endpoint|type|length)$|^(username|user|user_name)$/i;

export const isSecretName = (name: string): boolean => SECRET_NAME.test(name) && !NOT_SECRET_NAME.test(name);

/** A parameter that carries a secret: NoEcho, or named like a password or key. */
export function isSecretParameter(ctx: Ctx, name: string): boolean {
  const def = ctx.template.parameters[name];
  if (!def) return false;
  const noEcho = def.NoEcho === true || (typeof def.NoEcho === 'string' && def.NoEcho.toLowerCase() === 'true');
  return noEcho || isSecretName(name);
}

export function isNoEcho(ctx: Ctx, name: string): boolean {
  const d = ctx.template.parameters[name]?.NoEcho;
  return d === true || (typeof d === 'string' && d.toLowerCase() === 'true');
}

/** `AWS::SSM::Parameter::Value<String>`: the value is read from Parameter Store, not typed in. */
export function isSsmParameter(ctx: Ctx, name: string): boolean {
  const t = ctx.template.parameters[name]?.Type;
  return typeof t === 'string' && t.startsWith('AWS::SSM::Parameter::Value<');
}

/** Values that say "fill me in later", not a real secret. Only used for Secrets Manager secrets. */
const PLACEHOLDER =
  /change[-_ ]?me|changeit|placeholder|replace|your[-_ ]|to[-_ ]?be[-_ ]?(set|updated|replaced)|\btodo\b|dummy|demo|sample|fake|example|fill[-_ ]?in|set[-_ ]?me|update[-_ ]?(me|this|later|manually)|^x{3,}$|^<.*>$|^\*+$|^tbd$/i;

export const isPlaceholder = (text: string): boolean => PLACEHOLDER.test(text.trim());

export const quoteList = (names: string[]): string => {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
};
