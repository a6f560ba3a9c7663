import yaml from 'js-yaml';
import { CFN_SCHEMA } from './cfn-schema.js';
import { type PosNode, SourceError } from './source.js';
import { MAX_ALIAS_EXPANSION, MAX_DEPTH } from './limits.js';

/** One `composeNode` call of js-yaml, as its listener reports it. */
interface Frame {
  start: number;
  end: number;
  result: unknown;
  children: Frame[] | null;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

const sameValue = (a: unknown, b: unknown): boolean => a === b || (Number.isNaN(a) && Number.isNaN(b));

const INTRINSIC_KEY = /^(Ref|Condition|Fn::\w+)$/;

/**
 * Parses a YAML CloudFormation template with js-yaml (the fast reader) and rebuilds, from its
 * listener's open/close events, the source range of every node and every mapping key.
 */
export function parseYaml(text: string): { data: unknown; root: PosNode } {
  const stack: Frame[] = [];
  let root: Frame | undefined;
  let sawAlias = false;
  // Aliases need anchors; most templates have neither, and skip the check.
  const mayAlias = text.includes('&') && text.includes('*');

  const listener = (event: 'open' | 'close', state: { position: number; result: unknown }): void => {
    if (event === 'open') {
      stack.push({ start: state.position, end: -1, result: undefined, children: null });
      return;
    }
    const frame = stack.pop()!;
    frame.end = state.position;
    frame.result = state.result;
    if (mayAlias && !sawAlias && text.charCodeAt(skipSpace(text, frame.start)) === 0x2a /* * */) sawAlias = true;
    const parent = stack[stack.length - 1];
    if (parent) (parent.children ??= []).push(frame);
    else root = frame;
  };

  let data: unknown;
  try {
    // Each level of nesting costs js-yaml up to three composeNode calls.
    data = yaml.load(text, { schema: CFN_SCHEMA, listener, maxDepth: MAX_DEPTH * 3 } as yaml.LoadOptions);
  } catch (err) {
    if (err instanceof yaml.YAMLException) {
      const reason = err.reason.replace(/^nesting exceeded maxDepth.*/, `nesting is deeper than ${MAX_DEPTH} levels`);
      let message = reason;
      if (/expected a single document/.test(reason)) {
        message = 'the file holds more than one YAML document; a CloudFormation template is a single document';
      } else if (reason === 'duplicated mapping key' && err.mark) {
        const key = /^\s*(["']?)(.*?)\1\s*:/.exec(text.slice(err.mark.position, text.indexOf('\n', err.mark.position) >>> 0));
        if (key) message = `duplicate key ${JSON.stringify(key[2])}`;
      }
      let offset = err.mark?.position;
      if (/expected a single document/.test(reason)) offset = secondDocumentAt(text) ?? offset;
      throw new SourceError(message, offset);
    }
    if (err instanceof RangeError) throw new SourceError(`nesting is too deep to read (${err.message})`);
    throw err;
  }
  if (root === undefined || data === undefined) throw new SourceError('the file holds no YAML document', 0);
  if (sawAlias) data = expandAliases(data);
  return { data, root: new Builder(text).build(root) };
}

/** Aliases share objects; unshare them, refusing documents that expand past the limit. */
function expandAliases(data: unknown): unknown {
  const sizes = new Map<object, number>();
  const size = (v: unknown): number => {
    if (v === null || typeof v !== 'object') return 1;
    const known = sizes.get(v);
    if (known !== undefined) return known;
    sizes.set(v, Infinity); // a cycle counts as too large
    let n = 1;
    for (const child of Object.values(v)) {
      n += size(child);
      if (n > MAX_ALIAS_EXPANSION) break;
    }
    sizes.set(v, n);
    return n;
  };
  const total = size(data);
  if (total > MAX_ALIAS_EXPANSION) {
    throw new SourceError(
      `YAML aliases expand this document to more than ${MAX_ALIAS_EXPANSION.toLocaleString('en-US')} nodes (an alias bomb?); refusing to read it`,
    );
  }
  return structuredClone(data);
}

function skipSpace(text: string, i: number): number {
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x2c /* , in flow */) i++;
    else if (c === 0x23 /* # */) {
      const nl = text.indexOf('\n', i);
      if (nl === -1) return text.length;
      i = nl + 1;
    } else return i;
  }
}

class Builder {
  constructor(private readonly text: string) {}

  private trimEnd(end: number, start: number): number {
    const text = this.text;
    while (end > start) {
      const c = text.charCodeAt(end - 1);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) end--;
      else break;
    }
    return end;
  }

  build(frame: Frame, result: unknown = frame.result): PosNode {
    // Unwrap frames that only wrap a child holding the same value (candidate keys, properties).
    while (frame.children?.length === 1 && sameValue(frame.children[0]!.result, result)) {
      frame = frame.children[0]!;
    }
    const start = skipSpace(this.text, frame.start);
    const node: PosNode = { start, end: this.trimEnd(frame.end, start) };
    if (Array.isArray(result)) {
      node.items = this.items(result, frame.children ?? []);
      this.endAtLastChild(node, lastDefined(node.items)?.end);
    } else if (isObject(result)) {
      node.props = this.props(result, frame.children ?? []);
      const keys = Object.keys(result);
      if (node.props.size === 0 && keys.length === 1 && INTRINSIC_KEY.test(keys[0]!)) {
        // A short-form tag (`!If [...]`, `!Sub ...`): the frame's children belong to the inner value.
        const inner = this.build({ ...frame, start }, result[keys[0]!]);
        inner.keyStart = start;
        inner.keyEnd = start;
        node.props.set(keys[0]!, inner);
      } else {
        let last: number | undefined;
        for (const child of node.props.values()) last = Math.max(last ?? 0, child.end);
        this.endAtLastChild(node, last);
      }
    }
    return node;
  }

  /** A block collection ends with its last child (not with the comments and blank lines after it). */
  private endAtLastChild(node: PosNode, lastEnd: number | undefined): void {
    const close = this.text.charCodeAt(node.end - 1);
    if (lastEnd !== undefined && close !== 0x5d /* ] */ && close !== 0x7d /* } */) node.end = lastEnd;
  }

  private items(values: unknown[], children: Frame[]): (PosNode | undefined)[] {
    const items: (PosNode | undefined)[] = new Array(values.length);
    let j = 0;
    for (const child of children) {
      if (j < values.length && sameValue(child.result, values[j])) {
        items[j] = this.build(child);
        j++;
      }
    }
    return items;
  }

  private props(obj: Record<string, unknown>, children: Frame[]): Map<string, PosNode> {
    const props = new Map<string, PosNode>();
    let renamed = false;
    for (let i = 0; i < children.length; i++) {
      const keyFrame = children[i]!;
      const k = keyFrame.result;
      if (k !== null && typeof k === 'object') continue;
      const key = String(k);
      if (!Object.hasOwn(obj, key) || props.has(key)) continue;
      const keyStart = skipSpace(this.text, keyFrame.start);
      const keyEnd = this.trimEnd(keyFrame.end, keyStart);
      const next = children[i + 1];
      let value: PosNode;
      if (next && sameValue(next.result, obj[key])) {
        value = this.build(next);
        i++;
      } else {
        value = { start: keyEnd, end: keyEnd }; // `Key:` with nothing after it
      }
      value.keyStart = keyStart;
      value.keyEnd = keyEnd;
      // Keys are strings in CloudFormation: `Null:` (an IAM condition operator) is not null.
      const written = k === null || typeof k === 'boolean' ? unquote(this.text.slice(keyStart, keyEnd)) : key;
      if (written !== key && !Object.hasOwn(obj, written)) {
        renamed = true;
        props.set(written, value);
        renameKey(obj, key, written);
      } else {
        props.set(key, value);
      }
    }
    if (renamed) reorder(obj, [...props.keys()]);
    return props;
  }
}

function lastDefined(items: (PosNode | undefined)[]): PosNode | undefined {
  for (let i = items.length - 1; i >= 0; i--) if (items[i]) return items[i];
  return undefined;
}

function unquote(s: string): string {
  return /^(['"]).*\1$/s.test(s) ? s.slice(1, -1) : s;
}

function renameKey(obj: Record<string, unknown>, from: string, to: string): void {
  obj[to] = obj[from];
  delete obj[from];
}

/** Restores the written key order after renames (renamed keys were appended at the end). */
function reorder(obj: Record<string, unknown>, order: string[]): void {
  const entries = order.filter((k) => Object.hasOwn(obj, k)).map((k) => [k, obj[k]] as const);
  const rest = Object.keys(obj).filter((k) => !order.includes(k)).map((k) => [k, obj[k]] as const);
  for (const k of Object.keys(obj)) delete obj[k];
  for (const [k, v] of [...entries, ...rest]) obj[k] = v;
}

/** Offset of the `---` that starts the second document. */
function secondDocumentAt(text: string): number | undefined {
  const markers = [...text.matchAll(/^---(?=\s|$)/gm)].map((m) => m.index);
  const firstIsStart = markers.length > 0 && text.slice(0, markers[0]).trim().replace(/^%.*$/gm, '').trim() === '';
  return markers[firstIsStart ? 1 : 0];
}
