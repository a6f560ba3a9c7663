import { LineIndex, type PosNode, type Range, SourceError } from './source.js';
import { parseJson } from './parse-json.js';
import { parseYaml } from './parse-yaml.js';
import { parsePointer, pointer } from './pointer.js';
import { ReferenceGraph } from './refs.js';
import { isMapping } from './data.js';

export type Format = 'json' | 'yaml';

/** Where a pointer is written: the member's key (for mapping members) and its value. */
export interface Location {
  key?: Range;
  value: Range;
}

/** The written child of a position node under one pointer segment. */
function child(node: PosNode, seg: string): PosNode | undefined {
  const props = node.props;
  if (props) return props.get(seg);
  const items = node.items;
  return items && /^(0|[1-9]\d*)$/.test(seg) ? items[Number(seg)] : undefined;
}

export { isMapping };

/** A parsed document (template or not) that knows where every value is written. */
export class SourceDocument {
  readonly lines: LineIndex;

  constructor(
    readonly text: string,
    readonly format: Format,
    readonly data: unknown,
    /** Source positions of every node (see `node()`/`locate()`). */
    readonly root: PosNode,
    /** The file started with a UTF-8 byte order mark (stripped from `text`). */
    readonly bom = false,
  ) {
    this.lines = new LineIndex(text);
  }

  /** The position node at a pointer, or undefined when the pointer is not written in the source. */
  node(ptr: string): PosNode | undefined {
    let node: PosNode | undefined = this.root;
    for (const seg of parsePointer(ptr)) {
      node = child(node, seg);
      if (!node) return undefined;
    }
    return node;
  }

  /** Exact location of a pointer, or undefined when it is not written in the source. */
  locate(ptr: string): Location | undefined {
    const node = this.node(ptr);
    if (!node) return undefined;
    const value = this.range(node.start, node.end);
    if (node.keyStart === undefined || node.keyEnd === undefined) return { value };
    return { key: this.range(node.keyStart, node.keyEnd), value };
  }

  /**
   * The range a finding at `ptr` is shown at: a mapping member from its key to the end of its
   * value when that is on the same line, else its key; an item its value. A pointer that is not
   * written (a value built by a short-form tag, a path to add) falls back to its nearest
   * written ancestor.
   */
  findingRange(ptr: string): { range: Range; pointer: string } {
    // Descend once, keeping the deepest written node on the path.
    const segs = parsePointer(ptr);
    let node: PosNode = this.root;
    let depth = 0;
    for (const seg of segs) {
      const next = child(node, seg);
      if (!next) break;
      node = next;
      depth++;
    }
    const at = depth === segs.length ? ptr : pointer(...segs.slice(0, depth));
    if (node.keyStart !== undefined && node.keyEnd !== undefined && node.keyEnd > node.keyStart) {
      const key = this.range(node.keyStart, node.keyEnd);
      // A value on the key's line is part of the range; a block below it is not.
      if (this.lines.position(node.start).line !== key.start.line) return { range: key, pointer: at };
      const end = this.lines.position(node.end);
      return { range: end.line === key.start.line ? { start: key.start, end } : key, pointer: at };
    }
    return { range: this.range(node.start, Math.max(node.start, this.firstLineEnd(node))), pointer: at };
  }

  private firstLineEnd(node: PosNode): number {
    const nl = this.text.indexOf('\n', node.start);
    const lineEnd = nl === -1 ? this.text.length : this.text.charCodeAt(nl - 1) === 0x0d ? nl - 1 : nl;
    return Math.min(node.end, lineEnd);
  }

  range(start: number, end: number): Range {
    return { start: this.lines.position(start), end: this.lines.position(end) };
  }

  /** Every pointer written in the source, in document order. */
  *pointers(): Generator<string> {
    const walk = function* (node: PosNode, at: string): Generator<string> {
      yield at;
      if (node.props) for (const [k, child] of node.props) yield* walk(child, at + pointer(k));
      if (node.items) {
        for (let i = 0; i < node.items.length; i++) {
          const child = node.items[i];
          if (child) yield* walk(child, `${at}/${i}`);
        }
      }
    };
    yield* walk(this.root, '');
  }
}

/** A CloudFormation template: a document that passed detection, with its reference graph. */
export class Template extends SourceDocument {
  private graph?: ReferenceGraph;
  private resourceMap?: Readonly<Record<string, Record<string, unknown>>>;
  private parameterMap?: Readonly<Record<string, Record<string, unknown>>>;

  get template(): Record<string, unknown> {
    return this.data as Record<string, unknown>;
  }

  /** The `Resources` mapping without malformed entries (empty when absent). Computed once; do not modify. */
  get resources(): Readonly<Record<string, Record<string, unknown>>> {
    this.resourceMap ??= mappingsIn(this.template.Resources);
    return this.resourceMap;
  }

  /** The `Parameters` mapping without malformed entries (empty when absent). Computed once; do not modify. */
  get parameters(): Readonly<Record<string, Record<string, unknown>>> {
    this.parameterMap ??= mappingsIn(this.template.Parameters);
    return this.parameterMap;
  }

  get refs(): ReferenceGraph {
    this.graph ??= new ReferenceGraph(this.template);
    return this.graph;
  }
}

/** The entries of a section that are mappings. */
function mappingsIn(section: unknown): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  if (isMapping(section)) for (const [id, def] of Object.entries(section)) if (isMapping(def)) out[id] = def;
  return out;
}

/** Parses text in the given format; throws SourceError with an offset on bad input. */
export function parseDocument(text: string, format: Format): SourceDocument {
  let bom = false;
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    bom = true;
  }
  if (text.trim() === '') throw new SourceError('the file is empty', 0);
  const { data, root } = format === 'json' ? parseJson(text) : parseYaml(text);
  return new SourceDocument(text, format, data, root, bom);
}

const RESOURCE_TYPE = /^[A-Za-z0-9]+::[A-Za-z0-9]+(::[A-Za-z0-9]+)*$/;

/**
 * Is this parsed document a CloudFormation template? A mapping with
 * `AWSTemplateFormatVersion`, or with `Resources` whose entries have a `Type` like `AWS::S3::Bucket`
 * (a list of such entries counts too, so that it can be reported as malformed).
 */
export function looksLikeTemplate(data: unknown): boolean {
  if (!isMapping(data)) return false;
  if ('AWSTemplateFormatVersion' in data) return true;
  const resources = data.Resources;
  const entries = isMapping(resources) ? Object.values(resources) : Array.isArray(resources) ? resources : [];
  return entries.some((r) => isMapping(r) && typeof r.Type === 'string' && RESOURCE_TYPE.test(r.Type));
}

/** Turns a parsed document into a Template when it is one. */
export function asTemplate(doc: SourceDocument): Template | undefined {
  if (!looksLikeTemplate(doc.data)) return undefined;
  return new Template(doc.text, doc.format, doc.data, doc.root, doc.bom);
}

/** Format from a file name: `.json` is JSON, everything else is read as YAML (a superset). */
export function formatOf(file: string, text: string): Format {
  if (/\.json$/i.test(file)) return 'json';
  if (/\.ya?ml$/i.test(file)) return 'yaml';
  const first = text.replace(/^\uFEFF/, '').trimStart()[0];
  return first === '{' ? 'json' : 'yaml';
}
