import type { Operation } from 'fast-json-patch';
import type { Reference } from '../template/refs.js';
import type { Template } from '../template/template.js';
import type { Possible } from './values.js';

export type Severity = 'critical' | 'high' | 'medium' | 'low';
export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low'];

/** How much a severity weighs: higher is worse. */
export const severityRank = (s: Severity): number => 4 - SEVERITIES.indexOf(s);

/**
 * A fix as data: RFC 6902 operations on the template's long-form data. `test` ops pin the
 * values the fix depends on, so a fix computed on stale text is refused. `unsafe` fixes can
 * change behaviour at deploy time and are applied only when the user opts in.
 */
export interface Fix {
  title: string;
  ops: Operation[];
  safety: 'safe' | 'unsafe';
}

/**
 * A fix, or a function that builds it: a fix that costs something to build (new resources, say)
 * is built only when a fix is wanted, not on every check. `fixOf()` gives the fix either way.
 */
export type FixSource = Fix | (() => Fix);

/** A JSON Schema (draft 2020-12 subset Ajv understands) for a rule's options. */
export type OptionsSchema = Record<string, unknown>;

export interface RuleMeta<O extends Record<string, unknown> = Record<string, unknown>> {
  /** kebab-case id; also the doc page name `docs/rules/<name>.md`. */
  name: string;
  /** The seed failure family (1–10) this rule covers, or null. */
  family: number | null;
  severity: Severity;
  /** One line, shown in SARIF's shortDescription and the docs title. */
  title: string;
  /** Why it matters, a few sentences. */
  description: string;
  /** Resource types the rule looks at (documentation, and skipping templates without them). */
  resourceTypes?: string[];
  fixable: 'always' | 'sometimes' | 'never';
  /** Option defaults (the seed's corrected template) and their schema. */
  options?: { defaults: O; schema: OptionsSchema };
}

/** A resource as rules see it. */
export interface ResourceRef {
  id: string;
  type: string;
  /** `/Resources/<id>` */
  pointer: string;
  /** The whole definition (Type, Properties, DeletionPolicy, ...). */
  def: Record<string, unknown>;
  /** `Properties`, or `{}` when absent or not a mapping. */
  properties: Record<string, unknown>;
}

export interface ReportInput {
  /** JSON Pointer of the offending node (or of the resource/section to add something to). */
  at: string;
  message: string;
  fix?: FixSource;
  /** Overrides the rule's severity for this finding (e.g. a literal password is critical). */
  severity?: Severity;
}

export interface RuleContext<O extends Record<string, unknown> = Record<string, unknown>> {
  readonly file: string;
  readonly template: Template;
  readonly options: O;
  /** Resources of the given types (all resources when none are given), in template order. */
  resources(...types: string[]): readonly ResourceRef[];
  resource(id: string): ResourceRef | undefined;
  refsTo(id: string): Reference[];
  refsFrom(id: string): Reference[];
  /** What a property may evaluate to at deploy time (through Ref to parameters, Fn::If, ...). */
  values(value: unknown): Possible[] | undefined;
  report(input: ReportInput): void;
}

export interface Rule<O extends Record<string, unknown> = Record<string, unknown>> {
  meta: RuleMeta<O>;
  check(ctx: RuleContext<O>): void;
}

export interface Finding {
  ruleId: string;
  family: number | null;
  severity: Severity;
  message: string;
  file: string;
  pointer: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Present when the finding can be fixed; read it with `fixOf()`. */
  fix?: FixSource;
}

export interface SuppressedFinding extends Finding {
  suppression: { reason: string; pointer: string };
}

/** The fix of a finding, building it on first use when the rule gave a function. */
export function fixOf(finding: { fix?: FixSource }): Fix | undefined {
  if (typeof finding.fix === 'function') finding.fix = finding.fix();
  return finding.fix;
}
