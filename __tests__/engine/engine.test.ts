import { describe, expect, it } from 'vitest';
import { RULES } from '../../rules/index.js';
import { activeRules, ConfigError, emptyConfig, parseConfig } from '../../src/engine/config.js';
import { lintTemplate } from '../../src/engine/lint.js';
import { defineRule } from '../../src/engine/rule.js';
import { parseTemplate } from '../../src/testing/rule-tester.js';
import { dedent } from '../helpers.js';

const known = new Set(RULES.keys());
// Only the exemplar rule runs, so the expected findings stay exact as rules are added.
const all = activeRules(RULES, emptyConfig()).filter((r) => r.rule.meta.name === 's3-bucket-retain');

describe('suppressions in Metadata', () => {
  it('suppress a rule on one resource with a reason, and say so', () => {
    const t = parseTemplate(
      dedent(`
        Resources:
          Scratch:
            Type: AWS::S3::Bucket
            Metadata:
              tap-guard:
                ignore:
                  - rule: s3-bucket-retain
                    reason: CI scratch space, emptied nightly
          Data:
            Type: AWS::S3::Bucket
      `),
    );
    const { findings, suppressed } = lintTemplate(t, 't.yaml', all, known);
    expect(findings.map((f) => `${f.ruleId} ${f.pointer} ${f.line}`)).toEqual(['s3-bucket-retain /Resources/Data 9']);
    expect(suppressed.map((f) => [f.pointer, f.suppression])).toEqual([
      ['/Resources/Scratch', { reason: 'CI scratch space, emptied nightly', pointer: '/Resources/Scratch/Metadata/tap-guard/ignore/0' }],
    ]);
  });

  it('suppress across the template from the top-level Metadata', () => {
    const t = parseTemplate(
      dedent(`
        {
          "Metadata": { "tap-guard": { "ignore": [{ "rule": "s3-bucket-retain", "reason": "throw-away demo stack" }] } },
          "Resources": { "A": { "Type": "AWS::S3::Bucket" }, "B": { "Type": "AWS::S3::Bucket" } }
        }
      `),
    );
    const { findings, suppressed } = lintTemplate(t, 't.json', all, known);
    expect(findings).toEqual([]);
    expect(suppressed).toHaveLength(2);
  });

  it('report a suppression without a reason, or naming an unknown rule, and suppress nothing', () => {
    const t = parseTemplate(
      dedent(`
        Resources:
          Data:
            Type: AWS::S3::Bucket
            Metadata:
              tap-guard:
                ignore:
                  - rule: s3-bucket-retain
                  - rule: s3-bucket-retian
                    reason: typo
                  - reason: no rule
      `),
    );
    const { findings, suppressed } = lintTemplate(t, 't.yaml', all, known);
    expect(suppressed).toEqual([]);
    expect(findings.map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.message}`)).toEqual([
      '2:3 s3-bucket-retain Bucket Data has no DeletionPolicy or UpdateReplacePolicy: deleting the stack or replacing the bucket deletes the bucket and its data. Set DeletionPolicy and UpdateReplacePolicy to Retain.',
      '7:13 invalid-suppression the suppression of s3-bucket-retain has no `reason`; say why, or it suppresses nothing',
      '8:13 invalid-suppression unknown rule "s3-bucket-retian" in suppression (did you mean "s3-bucket-retain"?); it suppresses nothing',
      '10:13 invalid-suppression this suppression names no `rule`; it suppresses nothing',
    ]);
  });
});

describe('robustness', () => {
  it('turns an exception in a rule into an internal-error finding and runs the other rules', () => {
    const broken = defineRule({
      meta: { name: 'always-throws', family: null, severity: 'low', title: 't', description: 'd', fixable: 'never' },
      check() {
        throw new TypeError("Cannot read properties of undefined (reading 'x')");
      },
    });
    const t = parseTemplate('Resources:\n  B:\n    Type: AWS::S3::Bucket\n');
    const { findings } = lintTemplate(t, 't.yaml', [{ rule: broken, severity: 'low', options: {} }, ...all], known);
    expect(findings.map((f) => `${f.ruleId} ${f.severity} ${f.message}`)).toEqual([
      "internal-error critical rule always-throws failed on this file: Cannot read properties of undefined (reading 'x')",
      's3-bucket-retain high Bucket B has no DeletionPolicy or UpdateReplacePolicy: deleting the stack or replacing the bucket deletes the bucket and its data. Set DeletionPolicy and UpdateReplacePolicy to Retain.',
    ]);
  });

  it('reports resources without a Type and runs the rules on the rest', () => {
    const t = parseTemplate('AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  A: {}\n  B:\n    Type: AWS::S3::Bucket\n    Properties: []\n');
    const { findings } = lintTemplate(t, 't.yaml', all, known);
    expect(findings.map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.message}`)).toEqual([
      '3:3 invalid-template resource A has no Type',
      expect.stringMatching(/^4:3 s3-bucket-retain Bucket B has no/),
      '6:5 invalid-template the Properties of B must be a mapping',
    ]);
  });
});

describe('configuration', () => {
  const parse = (raw: unknown) => parseConfig(raw, '.tap-guard.yml', RULES);

  it('turns rules off, changes severity and options, and keeps defaults for the rest', () => {
    const config = parse({
      rules: { 's3-bucket-retain': { severity: 'low', options: { accepted: ['Retain', 'RetainExceptOnCreate'] } } },
      exclude: ['cdk.out/**'],
    });
    expect(config.exclude).toEqual(['cdk.out/**']);
    const retain = activeRules(RULES, config).find((r) => r.rule.meta.name === 's3-bucket-retain')!;
    expect(retain.severity).toBe('low');
    expect(retain.options).toEqual({ accepted: ['Retain', 'RetainExceptOnCreate'] });
    expect(activeRules(RULES, parse({ rules: { 's3-bucket-retain': 'off' } })).map((r) => r.rule.meta.name)).not.toContain(
      's3-bucket-retain',
    );
  });

  it.each([
    [{ rulez: {} }, '.tap-guard.yml: rulez: unknown setting (did you mean "rules"?); expected one of rules, include, exclude'],
    [{ rules: { 's3-bucket-retian': 'off' } }, '.tap-guard.yml: rules.s3-bucket-retian: unknown rule (did you mean "s3-bucket-retain"?)'],
    [{ rules: { 's3-bucket-retain': 'severe' } }, '.tap-guard.yml: rules.s3-bucket-retain: "severe" is not off, on or a severity (critical, high, medium, low)'],
    [
      { rules: { 's3-bucket-retain': { options: { accepted: ['Keep'] } } } },
      '.tap-guard.yml: rules.s3-bucket-retain.options: accepted.0 must be equal to one of the allowed values',
    ],
    [
      { rules: { 's3-bucket-retain': { options: { acepted: ['Retain'] } } } },
      '.tap-guard.yml: rules.s3-bucket-retain.options: must NOT have additional properties (acepted)',
    ],
    [{ include: 'templates/**' }, '.tap-guard.yml: include: must be a list of glob strings'],
    [['rules'], '.tap-guard.yml: the configuration must be a mapping with `rules`, `include` and `exclude`'],
  ])('rejects %j with a clear message', (raw, message) => {
    expect(() => parse(raw)).toThrow(new ConfigError(message));
  });
});

describe('suppressions narrowed with `at`', () => {
  const rule = defineRule({
    meta: { name: 'param-check', family: 4, severity: 'medium', title: 't', description: 'd', fixable: 'never' },
    check(ctx) {
      for (const name of Object.keys(ctx.template.parameters)) ctx.report({ at: `/Parameters/${name}`, message: `${name} checked` });
    },
  });
  const lint = (code: string) =>
    lintTemplate(parseTemplate(code), 't.yaml', [{ rule, severity: 'medium', options: {} }], new Set(['param-check']));

  it('suppress findings at or under the given pointers only', () => {
    const { findings, suppressed } = lint(
      dedent(`
        Metadata:
          tap-guard:
            ignore:
              - rule: param-check
                reason: free-text fields shown to people
                at: [/Parameters/Owner, /Parameters/Team]
        Parameters:
          Owner: { Type: String }
          Team: { Type: String }
          Env: { Type: String }
        Resources:
          T: { Type: AWS::SNS::Topic }
      `),
    );
    expect(findings.map((f) => f.message)).toEqual(['Env checked']);
    expect(suppressed.map((f) => f.message)).toEqual(['Owner checked', 'Team checked']);
  });

  it('report an `at` that points at nothing, and suppress nothing', () => {
    const { findings } = lint(
      dedent(`
        Metadata:
          tap-guard:
            ignore:
              - rule: param-check
                reason: typo in the pointer
                at: /Parameters/Ownr
        Parameters:
          Owner: { Type: String }
        Resources:
          T: { Type: AWS::SNS::Topic }
      `),
    );
    expect(findings.map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.message}`)).toEqual([
      '6:9 invalid-suppression `at` must be a JSON Pointer (or a list of them) to something in this template, such as /Parameters/Name; "/Parameters/Ownr" is not; the suppression suppresses nothing',
      '8:3 param-check Owner checked',
    ]);
  });
});
