/**
 * Shared helpers for the parameter rules (seed families 3 and 4): which parameters are checked,
 * CloudFormation's Java-regex `AllowedPattern` in JavaScript, CIDR-looking parameters.
 */
import { closest, isMapping, pointer, type Reference } from '../../src/engine/api.js';

/** A parameter as the parameter rules see it. */
export interface Param {
  name: string;
  /** `/Parameters/<name>` */
  pointer: string;
  def: Record<string, unknown>;
  type: string | undefined;
}

const paramsByTemplate = new WeakMap<object, readonly Param[]>();

/**
 * The template's parameters in template order (entries that are not mappings are skipped).
 * Computed once per template and shared by the parameter rules: do not modify the list.
 */
export function listParameters(template: { template: Record<string, unknown> }): readonly Param[] {
  let out = paramsByTemplate.get(template);
  if (!out) {
    out = readParameters(template.template.Parameters);
    paramsByTemplate.set(template, out);
  }
  return out;
}

function readParameters(section: unknown): Param[] {
  if (!isMapping(section)) return [];
  const out: Param[] = [];
  for (const [name, def] of Object.entries(section)) {
    if (!isMapping(def)) continue;
    out.push({ name, pointer: pointer('Parameters', name), def, type: typeof def.Type === 'string' ? def.Type.trim() : undefined });
  }
  return out;
}


export const has = (def: Record<string, unknown>, key: string): boolean => def[key] !== undefined && def[key] !== null;

/** `AllowedValues` written as a non-empty list. */
export const hasAllowedValues = (def: Record<string, unknown>): boolean => Array.isArray(def.AllowedValues) && def.AllowedValues.length > 0;

/** `AllowedPattern` written as a non-empty string. */
export const hasAllowedPattern = (def: Record<string, unknown>): boolean =>
  typeof def.AllowedPattern === 'string' && def.AllowedPattern !== '';

/** A parameter value as CloudFormation sees it (every value is a string), or undefined for non-scalars. */
export function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return String(value);
  return undefined;
}

/** Short, safe rendering of a value for messages. */
export function show(value: string, max = 40): string {
  return JSON.stringify(value.length > max ? `${value.slice(0, max - 1)}…` : value);
}

const BAIL_ESCAPES = new Set(['p', 'P', 'Q', 'E', 'A', 'Z', 'z', 'G', 'h', 'H', 'R', 'X', 'K', 'v', 'V', 'e', 'a', 'N']);

/**
 * CloudFormation's `AllowedPattern` is a Java regular expression that must match the whole
 * value. Returns the equivalent JavaScript RegExp (anchored), or undefined when the pattern uses
 * Java syntax JavaScript reads differently (possessive quantifiers, atomic groups, inline flags,
 * `\p{..}`, `\Q..\E`, `\A`/`\z`, class unions/intersections) or does not compile: callers then
 * stay quiet rather than guess.
 */
export function compileAllowedPattern(pattern: unknown): RegExp | undefined {
  if (typeof pattern !== 'string' || pattern === '') return undefined;
  // The same few patterns recur across templates: translate and compile each once.
  if (compiled.has(pattern)) return compiled.get(pattern);
  if (compiled.size >= 2000) compiled.clear();
  const re = translatePattern(pattern);
  compiled.set(pattern, re);
  return re;
}

const compiled = new Map<string, RegExp | undefined>();

function translatePattern(pattern: string): RegExp | undefined {
  let inClass = false;
  let classStart = -1;
  let afterQuantifier = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      const n = pattern[i + 1];
      if (n === undefined) return undefined;
      if (BAIL_ESCAPES.has(n)) return undefined;
      if (n === 'x' && pattern[i + 2] === '{') return undefined;
      i++;
      afterQuantifier = false;
      continue;
    }
    if (inClass) {
      if (c === ']' && i > classStart) inClass = false;
      else if (c === ']') return undefined; // `[]...]`: Java and JavaScript disagree
      else if (c === '[') return undefined; // Java class union `[a-z[0-9]]`
      else if (c === '&' && pattern[i + 1] === '&') return undefined; // Java class intersection
      continue;
    }
    if (c === '[') {
      inClass = true;
      classStart = pattern[i + 1] === '^' ? i + 2 : i + 1;
      if (pattern[i + 1] === '^') i++;
      afterQuantifier = false;
      continue;
    }
    if (c === '(' && pattern[i + 1] === '?') {
      const n = pattern[i + 2];
      const ok = n === ':' || n === '=' || n === '!' || (n === '<' && /^(?:[=!]|[A-Za-z][A-Za-z0-9]*>)/.test(pattern.slice(i + 3)));
      if (!ok) return undefined; // atomic group `(?>`, inline flags `(?i)`, ...
      afterQuantifier = false;
      continue;
    }
    if (c === '+' && afterQuantifier) return undefined; // possessive quantifier `a++`, `a*+`, `a{2}+`
    afterQuantifier = c === '*' || c === '+' || c === '?' || c === '}';
  }
  if (inClass) return undefined;
  try {
    return new RegExp(`^(?:${pattern})$`);
  } catch {
    return undefined;
  }
}

const IPV4_CIDR = /^\d{1,3}(?:\.\d{1,3}){3}\/\d{1,2}$/;
const IPV6_CIDR = /^[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*\/\d{1,3}$/;

/** Does the text look like one CIDR block (IPv4 or IPv6)? */
export const looksLikeCidr = (text: string): boolean => IPV4_CIDR.test(text.trim()) || IPV6_CIDR.test(text.trim());

/** A `String` parameter holding a CIDR block: its default looks like one, or its name says so. */
export function isCidrParameter(p: Param): boolean {
  if (p.type !== 'String') return false;
  const d = scalarText(p.def.Default);
  if (d !== undefined && looksLikeCidr(d)) return true;
  return /cidr/i.test(p.name);
}

/** The name in `known` nearest to `name` (case-insensitive), when it is close enough to be a typo. */
export const closestName = (name: string, known: Iterable<string>): string | undefined => closest(name, known, { ignoreCase: true });

/** "a", "a and b", "a, b and c" */
export function listText(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const TAGS = /\/Tags(?:\/|$)/;

/**
 * Is the parameter used only where any text is fine: tag values and stack outputs? (Unused
 * parameters are not: nothing tells what they are for.)
 */
export function usedOnlyAsFreeText(refs: Reference[]): boolean {
  let used = false;
  for (const r of refs) {
    if (r.kind !== 'Ref' && r.kind !== 'Sub') continue;
    if (r.section !== 'Outputs' && !TAGS.test(r.at)) return false;
    used = true;
  }
  return used;
}

const AWS_TYPES: [RegExp, string][] = [
  [/key_?(?:pair)?_?name$|keypair$/i, 'AWS::EC2::KeyPair::KeyName'],
  [/vpc_?id$/i, 'AWS::EC2::VPC::Id'],
  [/subnet_?id$/i, 'AWS::EC2::Subnet::Id'],
  [/security_?group_?id$/i, 'AWS::EC2::SecurityGroup::Id'],
  [/hosted_?zone_?id$/i, 'AWS::Route53::HostedZone::Id'],
  [/(?:ami|image)_?id$/i, 'AWS::EC2::Image::Id'],
];

/** The AWS-specific parameter type a String parameter's name suggests (it checks the value exists). */
export function suggestedAwsType(name: string): string | undefined {
  return AWS_TYPES.find(([re]) => re.test(name))?.[1];
}
