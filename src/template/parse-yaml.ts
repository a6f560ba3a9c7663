import yaml from 'js-yaml';
import { CFN_SCHEMA } from './cfn-schema.js';
import { isIntrinsicKey, isMapping } from './data.js';
import { type PosNode, SourceError } from './source.js';
import { MAX_ALIAS_EXPANSION, MAX_DEPTH } from './limits.js';

/** One `composeNode` call of js-yaml, as its listener reports it. */
interface Frame {
  start: number;
  end: number;
  result: unknown;
  children: Frame[] | null;
}

const sameValue = (a: unknown, b: unknown): boolean => a === b || (Number.isNaN(a) && Number.isNaN(b));

/**
 * Parses a YAML CloudFormation template with js-yaml (the fast reader) and rebuilds, from its
 * listener's open/close events, the source range of every node and every mapping key.
 */
export function parseYaml(text: string): { data: unknown; root: PosNode } {
  const stack: Frame[] = [];
  let root: Frame | undefined;
  let sawAlias = false;
  const suspects: [Frame, Frame][] = [];
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
    if (parent) {
      (parent.children ??= []).push(frame);
      if (frame.result === null || typeof frame.result === 'boolean') suspects.push([parent, frame]);
    } else root = frame;
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
  restoreKeys(text, suspects);
  if (sawAlias) data = expandAliases(data);
  return { data, root: new YamlNode(text, root, root.result) };
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

/**
 * The position of one YAML node, computed on first use from its listener frame: a run asks for
 * the positions of the few nodes it reports, so most of the tree is never built.
 */
class YamlNode implements PosNode {
  keyStart?: number;
  keyEnd?: number;
  private frame: Frame;
  private resolved = false;
  private expanded = false;
  private ended = false;
  private _start = 0;
  private _end = 0;
  private _props?: Map<string, PosNode>;
  private _items?: (PosNode | undefined)[];

  constructor(
    private readonly text: string,
    frame: Frame,
    private readonly result: unknown,
  ) {
    this.frame = frame;
  }

  get start(): number {
    this.resolve();
    return this._start;
  }

  /** The end of the node; a block collection ends with its last child, found without expanding the others. */
  get end(): number {
    if (this.ended) return this._end;
    this.ended = true;
    this.expand();
    const close = this.text.charCodeAt(this._end - 1);
    if (close === 0x5d /* ] */ || close === 0x7d /* } */) return this._end;
    let last: PosNode | undefined;
    if (this._items) last = lastDefined(this._items);
    else if (this._props) for (const child of this._props.values()) last = child;
    if (last) this._end = last.end;
    return this._end;
  }

  get props(): Map<string, PosNode> | undefined {
    this.expand();
    return this._props;
  }

  get items(): (PosNode | undefined)[] | undefined {
    this.expand();
    return this._items;
  }

  private resolve(): void {
    if (this.resolved) return;
    this.resolved = true;
    // Unwrap frames that only wrap a child holding the same value (candidate keys, properties).
    let frame = this.frame;
    while (frame.children?.length === 1 && sameValue(frame.children[0]!.result, this.result)) frame = frame.children[0]!;
    this.frame = frame;
    this._start = skipSpace(this.text, frame.start);
    this._end = trimEnd(this.text, frame.end, this._start);
  }

  private expand(): void {
    if (this.expanded) return;
    this.expanded = true;
    this.resolve();
    const { result, text } = this;
    const children = this.frame.children ?? [];
    if (Array.isArray(result)) {
      this._items = items(text, result, children);
    } else if (isMapping(result)) {
      this._props = props(text, result, children);
      const keys = Object.keys(result);
      if (this._props.size === 0 && keys.length === 1 && isIntrinsicKey(keys[0]!)) {
        // A short-form tag (`!If [...]`, `!Sub ...`): the frame's children belong to the inner value.
        const inner = new YamlNode(text, { ...this.frame, start: this._start }, result[keys[0]!]);
        inner.keyStart = this._start;
        inner.keyEnd = this._start;
        this._props.set(keys[0]!, inner);
      }
    }
  }
}

function trimEnd(text: string, end: number, start: number): number {
  while (end > start) {
    const c = text.charCodeAt(end - 1);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) end--;
    else break;
  }
  return end;
}

function items(text: string, values: unknown[], children: Frame[]): (PosNode | undefined)[] {
  const out: (PosNode | undefined)[] = new Array(values.length);
  let j = 0;
  for (const child of children) {
    if (j < values.length && sameValue(child.result, values[j])) {
      out[j] = new YamlNode(text, child, child.result);
      j++;
    }
  }
  return out;
}

function props(text: string, obj: Record<string, unknown>, children: Frame[]): Map<string, PosNode> {
  const out = new Map<string, PosNode>();
  for (let i = 0; i < children.length; i++) {
    const keyFrame = children[i]!;
    const k = keyFrame.result;
    if (k !== null && typeof k === 'object') continue;
    const keyStart = skipSpace(text, keyFrame.start);
    const keyEnd = trimEnd(text, keyFrame.end, keyStart);
    // `Null:` and `true:` keys were restored to their written text (see restoreKeys).
    const key = k === null || typeof k === 'boolean' ? unquote(text.slice(keyStart, keyEnd)) : String(k);
    if (!Object.hasOwn(obj, key) || out.has(key)) continue;
    const next = children[i + 1];
    let value: PosNode;
    if (next && sameValue(next.result, obj[key])) {
      value = new YamlNode(text, next, next.result);
      i++;
    } else {
      value = { start: keyEnd, end: keyEnd }; // `Key:` with nothing after it
    }
    value.keyStart = keyStart;
    value.keyEnd = keyEnd;
    out.set(key, value);
  }
  return out;
}

/**
 * Keys are strings in CloudFormation: a key YAML reads as null or a boolean (`Null:`, the IAM
 * condition operator) keeps its written text. `suspects` are the frames whose value was null
 * or a boolean, with the frame of their parent.
 */
function restoreKeys(text: string, suspects: [Frame, Frame][]): void {
  for (const [parent, frame] of suspects) {
    const obj = parent.result;
    if (!isMapping(obj)) continue;
    const keyStart = skipSpace(text, frame.start);
    const keyEnd = trimEnd(text, frame.end, keyStart);
    if (text.charCodeAt(skipSpace(text, keyEnd)) !== 0x3a /* : */) continue; // a value, not a key
    const written = unquote(text.slice(keyStart, keyEnd));
    const key = String(frame.result);
    if (written === key || !Object.hasOwn(obj, key) || Object.hasOwn(obj, written)) continue;
    // Rebuild the object in its written order with the key renamed.
    const entries = Object.entries(obj);
    for (const [k] of entries) delete obj[k];
    for (const [k, v] of entries) obj[k === key ? written : k] = v;
  }
}

function lastDefined(items: (PosNode | undefined)[]): PosNode | undefined {
  for (let i = items.length - 1; i >= 0; i--) if (items[i]) return items[i];
  return undefined;
}

function unquote(s: string): string {
  return /^(['"]).*\1$/s.test(s) ? s.slice(1, -1) : s;
}


/** Offset of the `---` that starts the second document. */
function secondDocumentAt(text: string): number | undefined {
  const markers = [...text.matchAll(/^---(?=\s|$)/gm)].map((m) => m.index);
  const firstIsStart = markers.length > 0 && text.slice(0, markers[0]).trim().replace(/^%.*$/gm, '').trim() === '';
  return markers[firstIsStart ? 1 : 0];
}
