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

const isMapping = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

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
  private readonly bySource = new Map<string, Reference[]>();

  constructor(template: Record<string, unknown>) {
    for (const section of ['Resources', 'Outputs', 'Conditions', 'Metadata', 'Rules', 'Parameters']) {
      const entries = template[section];
      if (!isMapping(entries)) continue;
      for (const [id, def] of Object.entries(entries)) {
        const at = pointer(section, id);
        this.walk(def, at, id, section);
        if (section === 'Resources' && isMapping(def)) this.resourceAttributes(def, at, id);
      }
    }
    for (const ref of this.all) {
      push(this.byTarget, ref.to, ref);
      push(this.bySource, ref.from, ref);
    }
  }

  /** References to `id` (who uses it). */
  refsTo(id: string): Reference[] {
    return this.byTarget.get(id) ?? [];
  }

  /** References made by the definition of `id` (what it uses). */
  refsFrom(id: string): Reference[] {
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

  private walk(value: unknown, at: string, from: string, section: string): void {
    if (Array.isArray(value)) {
      value.forEach((v, i) => this.walk(v, `${at}/${i}`, from, section));
      return;
    }
    if (!isMapping(value)) return;
    const keys = Object.keys(value);
    if (keys.length === 1) {
      const fn = keys[0]!;
      const arg = value[fn];
      if (fn === 'Ref' && typeof arg === 'string') {
        this.add({ kind: 'Ref', from, section, to: arg, at });
        return;
      }
      if (fn === 'Fn::GetAtt') {
        const parts = typeof arg === 'string' ? splitDot(arg) : Array.isArray(arg) ? arg : [];
        if (typeof parts[0] === 'string') {
          const attribute = typeof parts[1] === 'string' ? parts[1] : undefined;
          this.add({ kind: 'GetAtt', from, section, to: parts[0], at, ...(attribute ? { attribute } : {}) });
        }
        if (Array.isArray(arg) && arg.length > 1) this.walk(arg[1], `${at}/Fn::GetAtt/1`, from, section);
        return;
      }
      if (fn === 'Fn::Sub') {
        const text = typeof arg === 'string' ? arg : Array.isArray(arg) ? arg[0] : undefined;
        const vars = Array.isArray(arg) && isMapping(arg[1]) ? arg[1] : {};
        if (typeof text === 'string') {
          for (const v of subVariables(text)) {
            if (Object.hasOwn(vars, v.name)) continue;
            this.add({ kind: 'Sub', from, section, to: v.name, at, ...(v.attribute ? { attribute: v.attribute } : {}) });
          }
        }
        if (Array.isArray(arg) && arg.length > 1) this.walk(arg[1], `${at}/Fn::Sub/1`, from, section);
        return;
      }
      if (fn === 'Fn::If' && Array.isArray(arg) && typeof arg[0] === 'string') {
        this.add({ kind: 'Condition', from, section, to: arg[0], at });
        arg.slice(1).forEach((v, i) => this.walk(v, `${at}/Fn::If/${i + 1}`, from, section));
        return;
      }
      if (fn === 'Condition' && typeof arg === 'string' && section !== 'Resources') {
        this.add({ kind: 'Condition', from, section, to: arg, at });
        return;
      }
      if (fn === 'Fn::FindInMap' && Array.isArray(arg) && typeof arg[0] === 'string') {
        this.add({ kind: 'FindInMap', from, section, to: arg[0], at });
      }
    }
    for (const k of keys) this.walk(value[k], at + pointer(k), from, section);
  }
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
