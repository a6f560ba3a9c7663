import { isIntrinsicKey, isMapping } from './data.js';
import { pointer } from './pointer.js';

export type RefKind = 'Ref' | 'GetAtt' | 'Sub' | 'DependsOn' | 'Condition' | 'FindInMap';

export interface Reference {
  kind: RefKind;
  /** The logical id (resource, output, condition) whose definition holds the reference. */
  from: string;
  /** Section of `from`: Resources, Outputs, Conditions, Metadata, Rules, Mappings or Parameters. */
  section: string;
  /** What is referenced: a resource, parameter, condition, mapping or pseudo parameter. */
  to: string;
  /** The attribute of `Fn::GetAtt` or `${X.Attr}`. */
  attribute?: string;
  /** Pointer of the node holding the reference (`{"Ref": ...}`, the `Fn::Sub` node, ...). */
  at: string;
}

/** A reference found in the walk; its pointer is built from the path only when read. */
class FoundReference implements Reference {
  private pointerText?: string;
  readonly attribute?: string;

  constructor(
    readonly kind: RefKind,
    readonly from: string,
    readonly section: string,
    readonly to: string,
    private readonly path: readonly (string | number)[],
    attribute?: string,
  ) {
    if (attribute !== undefined) this.attribute = attribute;
  }

  get at(): string {
    this.pointerText ??= pointer(...this.path);
    return this.pointerText;
  }

  toJSON(): Reference {
    return { kind: this.kind, from: this.from, section: this.section, to: this.to, ...(this.attribute ? { attribute: this.attribute } : {}), at: this.at };
  }
}

/** `${Name}` and `${Name.Attr}` in an `Fn::Sub` string; `${!Literal}` is not a reference. */
export function subVariables(text: string): { name: string; attribute?: string }[] {
  const out: { name: string; attribute?: string }[] = [];
  const re = /\$\{([^}!][^}]*)\}/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const body = m[1]!.trim();
    const dot = body.indexOf('.');
    out.push(dot === -1 ? { name: body } : { name: body.slice(0, dot), attribute: body.slice(dot + 1) });
  }
  return out;
}

/** Every Ref, GetAtt, Sub variable, DependsOn and condition use in a template. */
export class ReferenceGraph {
  readonly all: Reference[] = [];
  private readonly byTarget = new Map<string, Reference[]>();
  private bySource?: Map<string, Reference[]>;

  constructor(template: Record<string, unknown>) {
    for (const section of ['Resources', 'Outputs', 'Conditions', 'Metadata', 'Rules', 'Parameters']) {
      const entries = template[section];
      if (!isMapping(entries)) continue;
      for (const [id, def] of Object.entries(entries)) {
        if (def !== null && typeof def === 'object') walk(def, { refs: this.all, path: [section, id], from: id, section });
        if (section === 'Resources' && isMapping(def)) this.resourceAttributes(def, pointer(section, id), id);
      }
    }
    for (const ref of this.all) push(this.byTarget, ref.to, ref);
  }

  /** References to `id` (who uses it). */
  refsTo(id: string): Reference[] {
    return this.byTarget.get(id) ?? [];
  }

  /** References made by the definition of `id` (what it uses). */
  refsFrom(id: string): Reference[] {
    if (!this.bySource) {
      // Rarely asked for: indexed on first use.
      this.bySource = new Map();
      for (const ref of this.all) push(this.bySource, ref.from, ref);
    }
    return this.bySource.get(id) ?? [];
  }

  private add(ref: Reference): void {
    this.all.push(ref);
  }

  private resourceAttributes(def: Record<string, unknown>, at: string, id: string): void {
    const dependsOn = def.DependsOn;
    const targets = typeof dependsOn === 'string' ? [dependsOn] : Array.isArray(dependsOn) ? dependsOn : [];
    targets.forEach((to, i) => {
      if (typeof to !== 'string') return;
      const where = typeof dependsOn === 'string' ? `${at}/DependsOn` : `${at}/DependsOn/${i}`;
      this.add({ kind: 'DependsOn', from: id, section: 'Resources', to, at: where });
    });
    if (typeof def.Condition === 'string') {
      this.add({ kind: 'Condition', from: id, section: 'Resources', to: def.Condition, at: `${at}/Condition` });
    }
  }
}

/** What a walk over one definition carries (module functions: this is the hot path of every run). */
interface Walk {
  refs: Reference[];
  path: (string | number)[];
  from: string;
  section: string;
}

/** Walks a definition; `path` is a stack of segments, turned into a pointer only when a reference's is read. */
function walk(value: unknown, w: Walk): void {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (item === null || typeof item !== 'object') continue; // leaves hold no reference
      w.path.push(i);
      walk(item, w);
      w.path.pop();
    }
    return;
  }
  const obj = value as Record<string, unknown>;
  // for-in, not Object.keys: this is the hot loop of every template, and allocates nothing.
  let first: string | undefined;
  let single = true;
  for (const k in obj) {
    if (first === undefined) first = k;
    else {
      single = false;
      break;
    }
  }
  if (first === undefined) return;
  if (single && isIntrinsicKey(first) && intrinsic(first, obj[first], w)) return;
  for (const k in obj) {
    const child = obj[k];
    if (child === null || typeof child !== 'object') continue; // leaves hold no reference
    w.path.push(k);
    walk(child, w);
    w.path.pop();
  }
}

/** Walks the argument `arg[index]` of the intrinsic `fn`. */
function inner(fn: string, value: unknown, index: number, w: Walk): void {
  if (value === null || typeof value !== 'object') return;
  w.path.push(fn, index);
  walk(value, w);
  w.path.length -= 2;
}

/** Records the reference an intrinsic function makes; true when its arguments need no walk. */
function intrinsic(fn: string, arg: unknown, w: Walk): boolean {
  const { from, section } = w;
  if (fn === 'Ref') {
    if (typeof arg !== 'string') return false;
    w.refs.push(new FoundReference('Ref', from, section, arg, w.path.slice()));
    return true;
  }
  if (fn === 'Fn::GetAtt') {
    const parts = typeof arg === 'string' ? splitDot(arg) : Array.isArray(arg) ? arg : [];
    if (typeof parts[0] === 'string') {
      const attribute = typeof parts[1] === 'string' ? parts[1] : undefined;
      w.refs.push(new FoundReference('GetAtt', from, section, parts[0], w.path.slice(), attribute));
    }
    if (Array.isArray(arg) && arg.length > 1) inner(fn, arg[1], 1, w);
    return true;
  }
  if (fn === 'Fn::Sub') {
    const text = typeof arg === 'string' ? arg : Array.isArray(arg) ? arg[0] : undefined;
    const vars = Array.isArray(arg) && isMapping(arg[1]) ? arg[1] : {};
    if (typeof text === 'string' && text.includes('${')) {
      const at = w.path.slice();
      for (const v of subVariables(text)) {
        if (Object.hasOwn(vars, v.name)) continue;
        w.refs.push(new FoundReference('Sub', from, section, v.name, at, v.attribute));
      }
    }
    if (Array.isArray(arg) && arg.length > 1) inner(fn, arg[1], 1, w);
    return true;
  }
  if (fn === 'Fn::If' && Array.isArray(arg) && typeof arg[0] === 'string') {
    w.refs.push(new FoundReference('Condition', from, section, arg[0], w.path.slice()));
    for (let i = 1; i < arg.length; i++) inner(fn, arg[i], i, w);
    return true;
  }
  if (fn === 'Condition' && typeof arg === 'string' && section !== 'Resources') {
    w.refs.push(new FoundReference('Condition', from, section, arg, w.path.slice()));
    return true;
  }
  if (fn === 'Fn::FindInMap' && Array.isArray(arg) && typeof arg[0] === 'string') {
    w.refs.push(new FoundReference('FindInMap', from, section, arg[0], w.path.slice()));
  }
  return false;
}

function splitDot(s: string): string[] {
  const dot = s.indexOf('.');
  return dot === -1 ? [s] : [s.slice(0, dot), s.slice(dot + 1)];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
