/**
 * What an `AWS::SecretsManager::Secret`'s `SecretString` is made of, key by key: which JSON keys
 * get their value from parameters, which hold literal secrets. Shared by secret-from-parameters
 * (which reports it) and db-password-from-parameter (which looks for a secret holding the same
 * parameter, to resolve the password from it instead).
 */
import { childPointer, type ResourceRef } from '../../src/engine/api.js';
import {
  composeString,
  type Ctx,
  hasDynamicReference,
  isPlaceholder,
  isSecretName,
  isSecretParameter,
  literalText,
  paramNames,
  type Part,
  type Variant,
} from './secret-parts.js';

/** One value inside the secret: a JSON member (`key`), or the whole string when it is not JSON. */
export interface SecretEntry {
  key?: string;
  parts: Part[];
}

export interface SecretVariant {
  when?: string;
  /** Parts of the whole string, in order. */
  parts: Part[];
  /** The JSON object the string parses to, with non-literal parts as markers; undefined when not JSON. */
  object?: Record<string, unknown>;
  entries: SecretEntry[];
  /** Markers written outside a JSON string (`"port": ${Port}`), by part index. */
  bare: Set<number>;
}

export type EntryVerdict =
  | { kind: 'parameter'; params: string[] }
  | { kind: 'literal'; derivedFrom: string[] }
  | { kind: 'ok' };

const OPEN = '\uE000';
const CLOSE = '\uE001';
export const marker = (i: number): string => `${OPEN}${i}${CLOSE}`;
const MARKER = new RegExp(`${OPEN}(\\d+)${CLOSE}`, 'g');

const analyzed = new WeakMap<ResourceRef, readonly SecretVariant[] | undefined>();

/**
 * The variants of a secret's `SecretString`, or undefined when it has none. Computed once per
 * secret (secret-from-parameters and db-password-from-parameter both ask): do not modify.
 */
export function analyzeSecretString(ctx: Ctx, secret: ResourceRef): readonly SecretVariant[] | undefined {
  if (!analyzed.has(secret)) analyzed.set(secret, analyze(ctx, secret));
  return analyzed.get(secret);
}

function analyze(ctx: Ctx, secret: ResourceRef): SecretVariant[] | undefined {
  const value = secret.properties.SecretString;
  if (value === undefined) return undefined;
  const out: SecretVariant[] = [];
  for (const v of composeString(ctx, value)) {
    if (!v.parts) continue; // AWS::NoValue: no SecretString under this condition
    out.push(analyzeVariant(v as Required<Pick<Variant, 'parts'>> & Variant));
  }
  return out;
}

function analyzeVariant(v: Variant & { parts: Part[] }): SecretVariant {
  const parts = v.parts;
  let text = '';
  parts.forEach((p, i) => {
    text += p.kind === 'literal' ? p.text : marker(i);
  });
  const { quoted, bare } = quoteBareMarkers(text);
  let parsed: unknown;
  try {
    parsed = JSON.parse(quoted);
  } catch {
    parsed = undefined;
  }
  const base = { ...(v.when ? { when: v.when } : {}), parts, bare };
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return { ...base, entries: [{ parts }] };
  }
  const entries: SecretEntry[] = [];
  const walk = (obj: Record<string, unknown>, prefix: string): void => {
    for (const [key, val] of Object.entries(obj)) {
      const name = prefix ? `${prefix}.${key}` : key;
      if (typeof val === 'string') entries.push({ key: name, parts: partsOf(val, parts) });
      else if (val !== null && typeof val === 'object' && !Array.isArray(val)) walk(val as Record<string, unknown>, name);
    }
  };
  walk(parsed as Record<string, unknown>, '');
  return { ...base, object: parsed as Record<string, unknown>, entries };
}

/** Splits a string holding markers back into parts. */
function partsOf(text: string, all: Part[]): Part[] {
  const out: Part[] = [];
  let last = 0;
  for (const m of text.matchAll(MARKER)) {
    if (m.index! > last) out.push({ kind: 'literal', text: text.slice(last, m.index) });
    out.push(all[Number(m[1])] ?? { kind: 'unknown' });
    last = m.index! + m[0].length;
  }
  if (last < text.length) out.push({ kind: 'literal', text: text.slice(last) });
  return out;
}

/** Wraps markers that stand outside JSON strings in quotes, so that `"port": ${Port}` parses. */
function quoteBareMarkers(text: string): { quoted: string; bare: Set<number> } {
  const bare = new Set<number>();
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      out += c;
      if (c === '\\') {
        out += text[i + 1] ?? '';
        i++;
      } else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') {
      inString = true;
      out += c;
      continue;
    }
    if (c === OPEN) {
      const end = text.indexOf(CLOSE, i);
      const n = Number(text.slice(i + 1, end));
      bare.add(n);
      out += `"${text.slice(i, end + 1)}"`;
      i = end;
      continue;
    }
    out += c;
  }
  return { quoted: out, bare };
}

/** Is this entry's value a secret that comes from a parameter, or one written in the template? */
export function judgeEntry(ctx: Ctx, entry: SecretEntry): EntryVerdict {
  const params = paramNames(entry.parts);
  const secretParams = params.filter((p) => isSecretParameter(ctx, p));
  const secretKey = entry.key === undefined || isSecretName(lastSegment(entry.key));
  if (!secretKey) {
    // a username or host may well come from a parameter; only a parameter named like a secret is one here
    const named = params.filter((p) => isSecretName(p));
    return named.length > 0 ? { kind: 'parameter', params: named } : { kind: 'ok' };
  }
  if (secretParams.length > 0) return { kind: 'parameter', params: secretParams };
  if (hasDynamicReference(entry.parts)) return { kind: 'ok' };
  if (entry.parts.some((p) => p.kind === 'resource' || p.kind === 'unknown')) return { kind: 'ok' };
  const literal = literalText(entry.parts);
  if (literal.trim() !== '') {
    if (isPlaceholder(literal)) return { kind: 'ok' };
    return { kind: 'literal', derivedFrom: params };
  }
  if (params.length > 0) return { kind: 'parameter', params };
  return { kind: 'ok' };
}

const lastSegment = (key: string): string => key.slice(key.lastIndexOf('.') + 1);

/** Pointer of a secret's SecretString. */
export const secretStringPointer = (secret: ResourceRef): string => childPointer(secret.pointer, 'Properties', 'SecretString');

/** `${...}` text of a non-literal part, for rebuilding the string as an `Fn::Sub`; undefined when it has none. */
export function subText(part: Part): string | undefined {
  switch (part.kind) {
    case 'param':
    case 'pseudo':
      return `\${${part.name}}`;
    case 'resource':
      return part.attribute ? `\${${part.name}.${part.attribute}}` : `\${${part.name}}`;
    default:
      return undefined;
  }
}

/** Escapes literal text for an `Fn::Sub` string: `${` becomes `${!`. */
export const escapeSub = (text: string): string => text.replace(/\$\{/g, '${!');

/**
 * Rebuilds a JSON object holding markers as a `SecretStringTemplate`: a plain string when no
 * marker is left, else an `Fn::Sub`. Undefined when a marker stands for something `Fn::Sub` cannot say.
 */
export function renderTemplate(object: Record<string, unknown>, parts: Part[], bare: Set<number>): unknown {
  const json = JSON.stringify(object);
  let hasVar = false;
  let failed = false;
  const pieces: string[] = [];
  let last = 0;
  const re = new RegExp(`"?${OPEN}(\\d+)${CLOSE}"?`, 'g');
  for (const m of json.matchAll(re)) {
    const n = Number(m[1]);
    const text = subText(parts[n] ?? { kind: 'unknown' });
    if (text === undefined) failed = true;
    hasVar = true;
    const whole = m[0] === `"${OPEN}${m[1]}${CLOSE}"`;
    // a marker that stood bare in the original (`"port": ${Port}`) goes back without quotes
    const replacement =
      whole && bare.has(n) ? (text ?? '') : `${m[0].startsWith('"') ? '"' : ''}${text ?? ''}${m[0].endsWith('"') ? '"' : ''}`;
    pieces.push(escapeSub(json.slice(last, m.index)), replacement);
    last = m.index! + m[0].length;
  }
  pieces.push(escapeSub(json.slice(last)));
  if (failed) return undefined;
  if (!hasVar) return json;
  return { 'Fn::Sub': pieces.join('') };
}
