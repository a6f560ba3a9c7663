import { childPointer, getAt, pointer } from '../template/pointer.js';
import { isMapping, type Template } from '../template/template.js';
import { BUILTIN_META } from './rule.js';
import type { Finding, ReportInput, ResourceRef, Rule, RuleContext, Severity, SuppressedFinding } from './types.js';
import { possibleValues } from './values.js';

/** A rule with its configured severity and options. */
export interface ActiveRule {
  rule: Rule;
  severity: Severity;
  options: Record<string, unknown>;
}

export interface LintResult {
  findings: Finding[];
  suppressed: SuppressedFinding[];
}

interface Suppression {
  rule: string;
  reason: string;
  /** Findings at or under one of these pointers are suppressed ('' = the whole template). */
  scopes: string[];
  pointer: string;
}

/** Makes a finding for `at` in `template`, located at the nearest written node. */
export function makeFinding(
  template: Template,
  file: string,
  ruleId: string,
  family: number | null,
  severity: Severity,
  at: string,
  message: string,
  fix?: ReportInput['fix'],
): Finding {
  const { range } = template.findingRange(at);
  return {
    ruleId,
    family,
    severity,
    message,
    file,
    pointer: at,
    line: range.start.line,
    column: range.start.column,
    endLine: range.end.line,
    endColumn: range.end.column,
    ...(fix ? { fix } : {}),
  };
}

/**
 * Runs the active rules over one template. Structural problems and malformed suppressions are
 * findings; an exception in a rule is an `internal-error` finding and the other rules still run.
 */
export function lintTemplate(template: Template, file: string, rules: ActiveRule[], knownRules: ReadonlySet<string>): LintResult {
  const findings: Finding[] = [];
  const builtin = (ruleId: keyof typeof BUILTIN_META, at: string, message: string): void => {
    const meta = BUILTIN_META[ruleId]!;
    findings.push(makeFinding(template, file, ruleId, null, meta.severity, at, message));
  };

  const structureOk = checkStructure(template, (at, message) => builtin('invalid-template', at, message));
  const suppressions = readSuppressions(template, knownRules, (at, message) => builtin('invalid-suppression', at, message));

  if (structureOk) {
    const resources = listResources(template);
    const byId = new Map<string, ResourceRef>();
    const byType = new Map<string, ResourceRef[]>();
    for (const r of resources) {
      byId.set(r.id, r);
      const list = byType.get(r.type);
      if (list) list.push(r);
      else byType.set(r.type, [r]);
    }
    const ofTypes = (types: string[]): ResourceRef[] => {
      if (types.length === 0) return resources;
      if (types.length === 1) return byType.get(types[0]!) ?? [];
      const wanted = new Set(types);
      return resources.filter((r) => wanted.has(r.type));
    };
    const shared: Omit<RuleContext, 'options' | 'report'> = {
      file,
      template,
      resources: (...types) => ofTypes(types),
      resource: (id) => byId.get(id),
      refsTo: (id) => template.refs.refsTo(id),
      refsFrom: (id) => template.refs.refsFrom(id),
      values: (value) => possibleValues(template, value),
    };
    for (const active of rules) {
      const { meta } = active.rule;
      const ctx: RuleContext = {
        ...shared,
        options: active.options,
        report: ({ at, message, fix, severity }) => {
          findings.push(makeFinding(template, file, meta.name, meta.family, severity ?? active.severity, at, message, fix));
        },
      };
      try {
        active.rule.check(ctx);
      } catch (err) {
        const detail = err instanceof Error ? `${err.message}` : String(err);
        builtin('internal-error', '', `rule ${meta.name} failed on this file: ${detail}`);
      }
    }
  }

  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const f of findings) {
    const s = suppressions.find(
      (x) => x.rule === f.ruleId && x.scopes.some((scope) => scope === '' || f.pointer === scope || f.pointer.startsWith(scope + '/')),
    );
    if (s) suppressed.push({ ...f, suppression: { reason: s.reason, pointer: s.pointer } });
    else kept.push(f);
  }
  return { findings: sortFindings(kept), suppressed: sortFindings(suppressed) };
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Sorts findings by file, position, rule and pointer (plain code-unit order: stable across locales). */
export function sortFindings<T extends Finding>(findings: T[]): T[] {
  return findings.sort(
    (a, b) => cmp(a.file, b.file) || a.line - b.line || a.column - b.column || cmp(a.ruleId, b.ruleId) || cmp(a.pointer, b.pointer),
  );
}

export function listResources(template: Template): ResourceRef[] {
  const out: ResourceRef[] = [];
  const resources = template.template.Resources;
  if (!isMapping(resources)) return out;
  for (const id in resources) {
    const def = resources[id];
    if (!isMapping(def) || typeof def.Type !== 'string') continue;
    const props = def.Properties;
    out.push({ id, type: def.Type, pointer: pointer('Resources', id), def, properties: isMapping(props) ? props : {} });
  }
  return out;
}

const SECTIONS_THAT_ARE_MAPPINGS = ['Parameters', 'Mappings', 'Conditions', 'Outputs', 'Metadata', 'Rules'];

/** Reports what CloudFormation would reject outright; false when rules cannot run at all. */
function checkStructure(template: Template, report: (at: string, message: string) => void): boolean {
  const data = template.template;
  const resources = data.Resources;
  let ok = true;
  if (resources === undefined) {
    report('', 'the template has no Resources section; CloudFormation requires at least one resource');
  } else if (!isMapping(resources)) {
    const found = Array.isArray(resources) ? 'a list' : resources === null ? 'nothing' : `a ${typeof resources}`;
    report('/Resources', `Resources must be a mapping from logical IDs to resources, but it is ${found}`);
    ok = false;
  } else {
    for (const id in resources) {
      const def = resources[id];
      if (!isMapping(def)) report(pointer('Resources', id), `resource ${id} must be a mapping with a Type`);
      else if (typeof def.Type !== 'string') report(pointer('Resources', id), `resource ${id} has no Type`);
      else if (def.Properties !== undefined && !isMapping(def.Properties)) {
        report(pointer('Resources', id, 'Properties'), `the Properties of ${id} must be a mapping`);
      }
    }
  }
  for (const section of SECTIONS_THAT_ARE_MAPPINGS) {
    const value = data[section];
    if (value !== undefined && !isMapping(value)) report(pointer(section), `${section} must be a mapping`);
  }
  return ok;
}

const isUnder = (ptr: string, scope: string): boolean => ptr.startsWith('/') && (scope === '' || ptr === scope || ptr.startsWith(scope + '/'));

/** Reads `Metadata.tap-guard.ignore` at template and resource level. */
function readSuppressions(
  template: Template,
  knownRules: ReadonlySet<string>,
  report: (at: string, message: string) => void,
): Suppression[] {
  const out: Suppression[] = [];
  const read = (metadata: unknown, metaPtr: string, scope: string): void => {
    if (!isMapping(metadata) || !Object.hasOwn(metadata, 'tap-guard')) return;
    const at = childPointer(metaPtr, 'tap-guard');
    const block = metadata['tap-guard'];
    if (!isMapping(block) || !Array.isArray(block.ignore)) {
      report(at, 'tap-guard metadata must be a mapping with an `ignore` list of {rule, reason}');
      return;
    }
    block.ignore.forEach((entry, i) => {
      const entryPtr = childPointer(at, 'ignore', i);
      if (!isMapping(entry)) {
        report(entryPtr, 'a suppression must be a mapping with `rule` and `reason`');
        return;
      }
      const rule = entry.rule;
      const reason = entry.reason;
      if (typeof rule !== 'string' || rule === '') {
        report(entryPtr, 'this suppression names no `rule`; it suppresses nothing');
        return;
      }
      if (!knownRules.has(rule)) {
        const hint = closest(rule, knownRules);
        report(childPointer(entryPtr, 'rule'), `unknown rule "${rule}" in suppression${hint ? ` (did you mean "${hint}"?)` : ''}; it suppresses nothing`);
        return;
      }
      if (typeof reason !== 'string' || reason.trim() === '') {
        report(entryPtr, `the suppression of ${rule} has no \`reason\`; say why, or it suppresses nothing`);
        return;
      }
      let scopes = [scope];
      if (entry.at !== undefined) {
        // `at` narrows an entry to parts of its scope: JSON Pointers relative to the template.
        const list = typeof entry.at === 'string' ? [entry.at] : entry.at;
        const bad = Array.isArray(list) ? list.find((p) => typeof p !== 'string' || !isUnder(p, scope) || getAt(template.data, p) === undefined) : entry.at;
        if (!Array.isArray(list) || bad !== undefined) {
          report(
            childPointer(entryPtr, 'at'),
            `\`at\` must be a JSON Pointer (or a list of them) to something in ${scope === '' ? 'this template' : scope}, such as ${scope === '' ? '/Parameters/Name' : `${scope}/Properties`}; ${JSON.stringify(bad)} is not; the suppression suppresses nothing`,
          );
          return;
        }
        scopes = list as string[];
      }
      out.push({ rule, reason: reason.trim(), scopes, pointer: entryPtr });
    });
  };
  read(template.template.Metadata, '/Metadata', '');
  const resources = template.template.Resources;
  if (isMapping(resources)) {
    for (const id in resources) {
      const def = resources[id];
      if (isMapping(def) && isMapping(def.Metadata) && Object.hasOwn(def.Metadata, 'tap-guard')) {
        read(def.Metadata, pointer('Resources', id, 'Metadata'), pointer('Resources', id));
      }
    }
  }
  return out;
}

/** The known name nearest to a typo, when it is close enough to suggest. */
export function closest(name: string, known: Iterable<string>, options: { ignoreCase?: boolean } = {}): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const fold = (s: string): string => (options.ignoreCase ? s.toLowerCase() : s);
  const target = fold(name);
  for (const k of known) {
    const d = levenshtein(target, fold(k));
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(name.length / 4)) ? best : undefined;
}

function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}
