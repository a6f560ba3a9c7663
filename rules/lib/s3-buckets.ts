/**
 * Shared logic for the S3 transport and storage rules (family 2): which bucket policies attach to
 * which bucket, what a policy's `Resource` covers, and whether a bucket is public on purpose.
 *
 * Names and ARNs are compared as text: a literal stays itself, `Ref X` / `${X}` becomes the
 * placeholder `${X}`, `GetAtt X.Arn` of a bucket becomes `arn:aws:s3:::${X}`, `${AWS::Partition}`
 * becomes `aws`, and `Fn::Sub` / `Fn::Join` are spelled out. A bucket is known by its placeholder
 * and by the text of its `BucketName`, so `Bucket: my-app-data`, `!Sub my-app-${Env}` and `!Ref X`
 * all find it when they spell the same name.
 */
import { asBoolean, childPointer, intrinsicName, isMapping, isNoValue, type ResourceRef, type RuleContext } from '../../src/engine/api.js';

export const BUCKET = 'AWS::S3::Bucket';
export const BUCKET_POLICY = 'AWS::S3::BucketPolicy';
export const ARN_PREFIX = 'arn:aws:s3:::';

type Ctx = RuleContext<Record<string, unknown>>;
/** yes, no, or cannot be told statically (treated as yes: stay quiet). */
export type Tri = 'yes' | 'no' | 'unknown';

const MAX_ALTERNATIVES = 16;

function cross(parts: string[][]): string[] | undefined {
  let out = [''];
  for (const alts of parts) {
    const next: string[] = [];
    for (const a of out) for (const b of alts) next.push(a + b);
    if (next.length > MAX_ALTERNATIVES) return undefined;
    out = next;
  }
  return out;
}

const getAttParts = (arg: unknown): [string | undefined, string | undefined] => {
  if (typeof arg === 'string') {
    const dot = arg.indexOf('.');
    return dot === -1 ? [arg, undefined] : [arg.slice(0, dot), arg.slice(dot + 1)];
  }
  if (Array.isArray(arg) && typeof arg[0] === 'string') return [arg[0], typeof arg[1] === 'string' ? arg[1] : undefined];
  return [undefined, undefined];
};

const token = (name: string): string => (name === 'AWS::Partition' ? 'aws' : '${' + name + '}');

function attributeText(ctx: Ctx, id: string, attribute: string | undefined): string {
  if (attribute === 'Arn' && ctx.resource(id)?.type === BUCKET) return ARN_PREFIX + token(id);
  return token(attribute ? `${id}.${attribute}` : id);
}

/**
 * The texts a string-valued expression may spell (several through `Fn::If`), or undefined when
 * it cannot be spelled (an import, `Fn::Select`, a GetAtt inside a Join of unknowns, ...).
 */
export function exprTexts(ctx: Ctx, value: unknown, depth = 0): string[] | undefined {
  if (depth > 10) return undefined;
  if (typeof value === 'string') return [value];
  if (typeof value === 'number' || typeof value === 'boolean') return [String(value)];
  const fn = intrinsicName(value);
  if (!fn) return undefined;
  const arg = (value as Record<string, unknown>)[fn];
  switch (fn) {
    case 'Ref':
      return typeof arg === 'string' && arg !== 'AWS::NoValue' ? [token(arg)] : undefined;
    case 'Fn::GetAtt': {
      const [id, attribute] = getAttParts(arg);
      return id ? [attributeText(ctx, id, attribute)] : undefined;
    }
    case 'Fn::Sub': {
      const text = typeof arg === 'string' ? arg : Array.isArray(arg) && typeof arg[0] === 'string' ? arg[0] : undefined;
      if (text === undefined) return undefined;
      const vars = Array.isArray(arg) && isMapping(arg[1]) ? arg[1] : {};
      const parts: string[][] = [];
      let last = 0;
      for (const m of text.matchAll(/\$\{([^}]*)\}/g)) {
        parts.push([text.slice(last, m.index)]);
        last = m.index + m[0].length;
        const body = m[1]!.trim();
        if (body.startsWith('!')) {
          parts.push(['${' + body.slice(1) + '}']);
        } else if (Object.hasOwn(vars, body)) {
          const inner = exprTexts(ctx, vars[body], depth + 1);
          if (!inner) return undefined;
          parts.push(inner);
        } else {
          const dot = body.indexOf('.');
          parts.push([dot === -1 ? token(body) : attributeText(ctx, body.slice(0, dot), body.slice(dot + 1))]);
        }
      }
      parts.push([text.slice(last)]);
      return cross(parts);
    }
    case 'Fn::Join': {
      if (!Array.isArray(arg) || typeof arg[0] !== 'string' || !Array.isArray(arg[1])) return undefined;
      const parts: string[][] = [];
      for (const [i, item] of arg[1].entries()) {
        const inner = exprTexts(ctx, item, depth + 1);
        if (!inner) return undefined;
        if (i > 0) parts.push([arg[0]]);
        parts.push(inner);
      }
      return cross(parts);
    }
    case 'Fn::If': {
      if (!Array.isArray(arg) || arg.length !== 3) return undefined;
      const out: string[] = [];
      for (const branch of [arg[1], arg[2]]) {
        if (intrinsicName(branch) === 'Ref' && (branch as { Ref: unknown }).Ref === 'AWS::NoValue') continue;
        const inner = exprTexts(ctx, branch, depth + 1);
        if (!inner) return undefined;
        out.push(...inner);
      }
      return out.length > 0 && out.length <= MAX_ALTERNATIVES ? out : undefined;
    }
    case 'Fn::FindInMap': {
      const possible = ctx.values(value);
      if (!possible || possible.some((p) => typeof p.value !== 'string')) return undefined;
      return possible.map((p) => p.value as string);
    }
    default:
      return undefined;
  }
}

const namesByBucket = new WeakMap<ResourceRef, string[]>();

/** The names a bucket is known by: its placeholder `${Id}` and the text(s) of its BucketName. Do not modify. */
export function bucketNames(ctx: Ctx, bucket: ResourceRef): string[] {
  let names = namesByBucket.get(bucket);
  if (!names) {
    const name = bucket.properties.BucketName;
    const texts = name === undefined ? undefined : exprTexts(ctx, name);
    names = [token(bucket.id), ...(texts ?? [])];
    namesByBucket.set(bucket, names);
  }
  return names;
}

/** A bucket policy that applies to a bucket, and when (absent: whenever the bucket exists). */
export interface PolicyLink {
  policy: ResourceRef;
  when?: string;
}

export interface PolicyIndex {
  byBucket: Map<string, PolicyLink[]>;
  /** Policies whose `Bucket` cannot be told statically: they might be any bucket's. */
  unknown: ResourceRef[];
}


/**
 * Which policy applies to which bucket. `Bucket` may be `Ref X`, a literal name or `Fn::Sub` /
 * `Fn::Join` spelling the bucket's BucketName, or `Fn::If` of those (each branch under its
 * condition). `Fn::ImportValue` names another stack's bucket (a stack cannot import its own
 * exports), so it applies to none of ours. Anything else unreadable goes to `unknown`.
 */
export function indexPolicies(ctx: Ctx): PolicyIndex {
  let index = indexByTemplate.get(ctx.template);
  if (!index) {
    index = buildIndex(ctx);
    indexByTemplate.set(ctx.template, index);
  }
  return index;
}

/** The policy index, computed once per template (several S3 rules ask): do not modify. */
const indexByTemplate = new WeakMap<object, PolicyIndex>();

function buildIndex(ctx: Ctx): PolicyIndex {
  const buckets = ctx.resources(BUCKET);
  const names = new Map(buckets.map((b) => [b.id, new Set(bucketNames(ctx, b))]));
  const byBucket = new Map<string, PolicyLink[]>();
  const unknown: ResourceRef[] = [];
  for (const policy of ctx.resources(BUCKET_POLICY)) {
    const branches: { value: unknown; when?: string; condition?: string }[] = [];
    const target = policy.properties.Bucket;
    const ifArg = intrinsicName(target) === 'Fn::If' ? (target as Record<string, unknown>)['Fn::If'] : undefined;
    if (Array.isArray(ifArg) && ifArg.length === 3 && typeof ifArg[0] === 'string') {
      branches.push(
        { value: ifArg[1], when: `condition ${ifArg[0]} is true`, condition: ifArg[0] },
        { value: ifArg[2], when: `condition ${ifArg[0]} is false` },
      );
    } else {
      branches.push({ value: target });
    }
    let unreadable = false;
    for (const branch of branches) {
      if (branch.value === undefined || isNoValue(branch.value) || intrinsicName(branch.value) === 'Fn::ImportValue') continue;
      const ref = intrinsicName(branch.value) === 'Ref' ? (branch.value as { Ref: unknown }).Ref : undefined;
      let matched: string[];
      if (typeof ref === 'string' && names.has(ref)) {
        matched = [ref];
      } else {
        const texts = exprTexts(ctx, branch.value);
        // A name from another resource (a custom resource's attribute, its Ref) could be anything.
        const foreign = (t: string): boolean =>
          (t.match(PLACEHOLDER) ?? []).some((p) => {
            const id = p.slice(2, -1).split('.')[0]!;
            const r = ctx.resource(id);
            return r !== undefined && (r.type !== BUCKET || p.includes('.'));
          });
        if (!texts || texts.some(foreign)) {
          unreadable = true;
          continue;
        }
        matched = buckets.filter((b) => texts.some((t) => names.get(b.id)!.has(t))).map((b) => b.id);
      }
      for (const id of matched) {
        const bucketCondition = ctx.resource(id)!.def.Condition;
        const policyCondition = policy.def.Condition;
        // `!If [CreateBucket, !Ref Bucket, ...]` on a bucket that exists only under CreateBucket: always.
        const whens = [branch.condition !== undefined && branch.condition === bucketCondition ? undefined : branch.when];
        if (typeof policyCondition === 'string' && policyCondition !== bucketCondition) whens.push(`condition ${policyCondition} is true`);
        const when = whens.filter(Boolean).join(' and ') || undefined;
        const list = byBucket.get(id) ?? [];
        list.push({ policy, ...(when ? { when } : {}) });
        byBucket.set(id, list);
      }
    }
    if (unreadable) unknown.push(policy);
  }
  return { byBucket, unknown };
}

/** One statement of a policy document, where it is written, and when it is present. */
export interface Statement {
  value: Record<string, unknown>;
  at: string;
  when?: string;
}

export interface Statements {
  list: Statement[];
  /** Some statement (or the document) cannot be read statically. */
  unreadable: boolean;
  /** Pointer of `Statement` (or of `PolicyDocument` when it has none). */
  at: string;
  /** `Statement` as written, when it is a plain list or a single statement (for fixes). */
  raw?: unknown;
}

const statementsByPolicy = new WeakMap<ResourceRef, Statements>();

/** The statements of a bucket policy, read once per policy: do not modify. */
export function policyStatements(policy: ResourceRef): Statements {
  let st = statementsByPolicy.get(policy);
  if (!st) {
    st = readStatements(policy);
    statementsByPolicy.set(policy, st);
  }
  return st;
}

function readStatements(policy: ResourceRef): Statements {
  const docAt = childPointer(policy.pointer, 'Properties', 'PolicyDocument');
  const doc = policy.properties.PolicyDocument;
  if (!isMapping(doc) || intrinsicName(doc)) return { list: [], unreadable: true, at: docAt };
  const at = childPointer(docAt, 'Statement');
  const raw = doc.Statement;
  const list: Statement[] = [];
  let unreadable = false;
  const take = (value: unknown, where: string, when?: string): void => {
    if (isMapping(value) && !intrinsicName(value)) {
      list.push({ value, at: where, ...(when ? { when } : {}) });
      return;
    }
    if (isNoValue(value)) return;
    const ifArg = intrinsicName(value) === 'Fn::If' ? (value as Record<string, unknown>)['Fn::If'] : undefined;
    if (Array.isArray(ifArg) && ifArg.length === 3 && typeof ifArg[0] === 'string' && !when) {
      take(ifArg[1], `${where}/Fn::If/1`, `condition ${ifArg[0]} is true`);
      take(ifArg[2], `${where}/Fn::If/2`, `condition ${ifArg[0]} is false`);
      return;
    }
    unreadable = true;
  };
  if (raw === undefined) return { list, unreadable: false, at: docAt };
  if (Array.isArray(raw)) raw.forEach((s, i) => take(s, `${at}/${i}`));
  else if (isMapping(raw) && !intrinsicName(raw)) take(raw, at);
  else unreadable = true;
  return { list, unreadable, at, ...(Array.isArray(raw) || (isMapping(raw) && !intrinsicName(raw)) ? { raw } : {}) };
}

const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

/** Every literal value the statement's `Effect` may take is `effect`; undefined when unknowable. */
export function effectIs(ctx: Ctx, statement: Record<string, unknown>, effect: 'Allow' | 'Deny'): boolean | undefined {
  const possible = ctx.values(statement.Effect);
  if (!possible) return undefined;
  return possible.length > 0 && possible.every((p) => p.value === effect);
}

/**
 * Does the condition make the statement apply to requests without TLS? `Bool` (or
 * `BoolIfExists`) `aws:SecureTransport` false, as a string or a boolean; or
 * `NumericLessThanIfExists` on `s3:TlsVersion` (a plain HTTP request has no TLS version, and
 * `IfExists` makes a missing key match). Plain `NumericLessThan s3:TlsVersion` does NOT match
 * HTTP requests: a missing key makes the condition false.
 */
export function deniesPlainHttp(ctx: Ctx, condition: unknown): Tri {
  if (!isMapping(condition)) return 'no';
  let result: Tri = 'no';
  for (const [operator, block] of Object.entries(condition)) {
    if (!isMapping(block)) continue;
    for (const [key, raw] of Object.entries(block)) {
      const op = operator.toLowerCase();
      const k = key.toLowerCase();
      if ((op === 'bool' || op === 'boolifexists') && k === 'aws:securetransport') {
        for (const item of asList(raw)) {
          const possible = ctx.values(item);
          if (!possible) result = result === 'yes' ? 'yes' : 'unknown';
          else if (possible.some((p) => asBoolean(p.value) === false)) return 'yes';
        }
      }
      if (op === 'numericlessthanifexists' && k === 's3:tlsversion') return 'yes';
    }
  }
  return result;
}

/** Is the condition one of the `aws:SecureTransport` true allows (which deny nothing)? */
export function allowsOnlyHttps(ctx: Ctx, statement: Record<string, unknown>): boolean {
  if (effectIs(ctx, statement, 'Allow') !== true || !isMapping(statement.Condition)) return false;
  for (const [operator, block] of Object.entries(statement.Condition)) {
    if (!/^bool(ifexists)?$/i.test(operator) || !isMapping(block)) continue;
    for (const [key, raw] of Object.entries(block)) {
      if (key.toLowerCase() === 'aws:securetransport' && asList(raw).some((v) => asBoolean(v) === true)) return true;
    }
  }
  return false;
}

/** Principal `*`, `{AWS: "*"}` or `{AWS: ["*"]}`; unknown when written with an intrinsic. */
export function everyone(principal: unknown): Tri {
  if (principal === '*') return 'yes';
  if (intrinsicName(principal)) return 'unknown';
  if (isMapping(principal) && principal.AWS !== undefined) {
    if (intrinsicName(principal.AWS)) return 'unknown';
    return asList(principal.AWS).includes('*') ? 'yes' : 'no';
  }
  return 'no';
}

/** Action `s3:*` or `*` (alone or in a list); unknown when written with an intrinsic. */
export function allActions(statement: Record<string, unknown>): Tri {
  if (statement.NotAction !== undefined) return 'no';
  const action = statement.Action;
  if (intrinsicName(action)) return 'unknown';
  const list = asList(action);
  if (list.some((a) => intrinsicName(a))) return 'unknown';
  return list.some((a) => typeof a === 'string' && (a === '*' || a.toLowerCase() === 's3:*')) ? 'yes' : 'no';
}

/** Compiled `Resource` globs, by text (the same ARNs recur across buckets and statements). */
const globs = new Map<string, RegExp>();

function globToRegExp(pattern: string): RegExp {
  let re = globs.get(pattern);
  if (!re) {
    re = compileGlob(pattern);
    if (globs.size < 10_000) globs.set(pattern, re);
  }
  return re;
}

function compileGlob(pattern: string): RegExp {
  let re = '';
  for (const c of pattern) {
    if (c === '*') re += '[\\s\\S]*';
    else if (c === '?') re += '[^\\u0000]';
    else re += c.replace(/[.+^${}()|[\]\\/]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

const PLACEHOLDER = /\$\{[^}]*\}/g;

/** What one `Resource` entry covers of a bucket known by `names`. */
export interface ResourceCoverage {
  bucket: Tri;
  objects: Tri;
  /** The entry spells the bucket's name (from `Ref`/`${X}`), not its ARN. */
  nameNotArn: boolean;
}

export function resourceCoverage(ctx: Ctx, entry: unknown, names: string[]): ResourceCoverage {
  const texts = exprTexts(ctx, entry);
  if (!texts) return { bucket: 'unknown', objects: 'unknown', nameNotArn: false };
  let bucket: Tri = 'yes';
  let objects: Tri = 'yes';
  let nameNotArn = false;
  const worse = (a: Tri, b: Tri): Tri => (a === 'no' || b === 'no' ? 'no' : a === 'unknown' || b === 'unknown' ? 'unknown' : 'yes');
  for (const text of texts) {
    if (text === '*') continue;
    if (!text.startsWith('arn:')) {
      if (names.some((n) => text === n || text.startsWith(`${n}/`))) nameNotArn = true;
      else if (text.startsWith('${')) {
        // `${BucketArn}/*` with a parameter or another resource's attribute: cannot tell.
        bucket = worse(bucket, 'unknown');
        objects = worse(objects, 'unknown');
        continue;
      }
      bucket = 'no';
      objects = 'no';
      continue;
    }
    const re = globToRegExp(text);
    const b = names.some((n) => re.test(ARN_PREFIX + n));
    const o = names.some((n) => re.test(`${ARN_PREFIX}${n}/\u0000`));
    // A wildcard or a foreign placeholder against a name we only know as a placeholder: cannot tell.
    const foreign = (text.match(PLACEHOLDER) ?? []).some((p) => !names.some((n) => n.includes(p)));
    const vague = foreign || (/[*?]/.test(text.slice(ARN_PREFIX.length).split('/')[0]!) && names.every((n) => n.includes('${')));
    bucket = worse(bucket, b ? 'yes' : vague ? 'unknown' : 'no');
    objects = worse(objects, o ? 'yes' : vague ? 'unknown' : 'no');
  }
  return { bucket, objects, nameNotArn };
}

/** How a bucket is open to the public on purpose, as the template shows it. */
export interface PublicUse {
  /** AccessControl PublicRead / PublicReadWrite / AuthenticatedRead (some value). */
  acl?: string;
  /** A bucket policy that allows everyone without a condition. */
  policy?: string;
  /** WebsiteConfiguration is set (served from S3's HTTP-only website endpoint). */
  website: boolean;
}

const PUBLIC_ACLS = new Set(['PublicRead', 'PublicReadWrite', 'AuthenticatedRead']);

export function publicUse(ctx: Ctx, bucket: ResourceRef, links: PolicyLink[]): PublicUse {
  const out: PublicUse = { website: bucket.properties.WebsiteConfiguration !== undefined };
  const acl = ctx.values(bucket.properties.AccessControl)?.find((p) => typeof p.value === 'string' && PUBLIC_ACLS.has(p.value));
  if (acl) out.acl = acl.value as string;
  for (const { policy } of links) {
    for (const { value } of policyStatements(policy).list) {
      if (effectIs(ctx, value, 'Allow') === true && everyone(value.Principal) === 'yes' && value.Condition === undefined) {
        out.policy = policy.id;
      }
    }
  }
  return out;
}

/** Conditions joined for a message: "when condition A is true". */
export const whenText = (when?: string): string => (when ? ` when ${when}` : '');

