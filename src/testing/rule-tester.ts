/**
 * RuleTester, after ESLint's: a rule's valid and invalid cases, each a template in JSON or
 * YAML, with the exact findings (line, column, message) expected. Used by tests only.
 */
import { describe, expect, it } from 'vitest';
import type { Operation } from 'fast-json-patch';
import { type ActiveRule, lintTemplate } from '../engine/lint.js';
import { type Finding, fixOf, type Rule, type Severity } from '../engine/types.js';
import { asTemplate, parseDocument, type Format, type Template } from '../template/template.js';

export interface ValidCase {
  name?: string;
  code: string;
  options?: Record<string, unknown>;
}

export interface ExpectedFinding {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  message?: string | RegExp;
  pointer?: string;
  severity?: Severity;
  /** The fix expected, exactly (or `null`: no fix). */
  fix?: { title?: string; safety: 'safe' | 'unsafe'; ops: Operation[] } | null;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
}

/** JSON when the code starts with `{`, else YAML. */
export const formatOfCode = (code: string): Format => (code.trimStart().startsWith('{') ? 'json' : 'yaml');

/** Strips the common indentation of a template literal and its first/last blank lines. */
export function dedent(text: string): string {
  const lines = text.replace(/^\n/, '').replace(/\n[ \t]*$/, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n') + '\n';
}

export function parseTemplate(code: string): Template {
  const template = asTemplate(parseDocument(code, formatOfCode(code)));
  if (!template) throw new Error('the test code is not a CloudFormation template');
  return template;
}

/** Lints `code` with one rule (and its options), returning only that rule's findings. */
export function lintWith(rule: Rule, code: string, options: Record<string, unknown> = {}): Finding[] {
  const template = parseTemplate(code);
  const active: ActiveRule = {
    rule,
    severity: rule.meta.severity,
    options: { ...(rule.meta.options?.defaults ?? {}), ...options },
  };
  const { findings } = lintTemplate(template, 'test', [active], new Set([rule.meta.name]));
  const other = findings.filter((f) => f.ruleId !== rule.meta.name);
  if (other.length > 0) {
    throw new Error(`the test template itself has problems: ${other.map((f) => `${f.line}:${f.column} ${f.message}`).join('; ')}`);
  }
  return findings;
}

const title = (c: ValidCase, i: number): string => `${formatOfCode(c.code)} #${i + 1}${c.name ? `: ${c.name}` : ''}`;

export class RuleTester {
  run(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
    describe(rule.meta.name, () => {
      it('has valid and invalid cases in both JSON and YAML', () => {
        for (const kind of ['valid', 'invalid'] as const) {
          const formats = new Set(cases[kind].map((c) => formatOfCode(c.code)));
          expect([...formats].sort(), `${kind} cases`).toEqual(['json', 'yaml']);
        }
      });
      describe('valid', () => {
        cases.valid.forEach((c, i) => {
          it(title(c, i), () => {
            const found = lintWith(rule, c.code, c.options);
            expect(found.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([]);
          });
        });
      });
      describe('invalid', () => {
        cases.invalid.forEach((c, i) => {
          it(title(c, i), () => {
            const found = lintWith(rule, c.code, c.options);
            expect(found.map((f) => `${f.line}:${f.column}`), 'finding positions').toEqual(
              c.errors.map((e) => `${e.line}:${e.column}`),
            );
            c.errors.forEach((e, j) => {
              const f = found[j]!;
              if (e.endLine !== undefined) expect(f.endLine, `finding ${j + 1} endLine`).toBe(e.endLine);
              if (e.endColumn !== undefined) expect(f.endColumn, `finding ${j + 1} endColumn`).toBe(e.endColumn);
              if (typeof e.message === 'string') expect(f.message).toBe(e.message);
              else if (e.message) expect(f.message).toMatch(e.message);
              if (e.pointer !== undefined) expect(f.pointer).toBe(e.pointer);
              if (e.severity !== undefined) expect(f.severity).toBe(e.severity);
              const fix = fixOf(f);
              if (e.fix === null) expect(fix).toBeUndefined();
              else if (e.fix) {
                expect(fix, `finding ${j + 1} fix`).toBeDefined();
                expect({ safety: fix!.safety, ops: fix!.ops }).toEqual({ safety: e.fix.safety, ops: e.fix.ops });
                if (e.fix.title) expect(fix!.title).toBe(e.fix.title);
              }
            });
          });
        });
      });
    });
  }
}
