import type { Rule, RuleMeta, Severity } from './types.js';

const NAME = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Declares a rule; checks its metadata once, when the rule module is loaded. */
export function defineRule<O extends Record<string, unknown> = Record<string, unknown>>(rule: Rule<O>): Rule<O> {
  const { meta } = rule;
  if (!NAME.test(meta.name)) throw new Error(`rule name ${JSON.stringify(meta.name)} must be kebab-case`);
  if (meta.family !== null && !(Number.isInteger(meta.family) && meta.family >= 1 && meta.family <= 10)) {
    throw new Error(`rule ${meta.name}: family must be 1-10 or null`);
  }
  if (!meta.title || !meta.description) throw new Error(`rule ${meta.name}: title and description are required`);
  return rule;
}

/** The findings the engine itself makes; they share the rules' metadata shape for reports. */
export const BUILTIN_META: Record<string, RuleMeta> = {
  'parse-error': {
    name: 'parse-error',
    family: null,
    severity: 'critical',
    title: 'The file cannot be read or parsed',
    description: 'The file is not valid JSON or YAML, or cannot be read; nothing else in it was checked.',
    fixable: 'never',
  },
  'invalid-template': {
    name: 'invalid-template',
    family: null,
    severity: 'high',
    title: 'The template does not have the shape CloudFormation requires',
    description: 'A section or resource has the wrong shape (for example `Resources` written as a list), so CloudFormation rejects it.',
    fixable: 'never',
  },
  'invalid-suppression': {
    name: 'invalid-suppression',
    family: null,
    severity: 'medium',
    title: 'A tap-guard suppression is malformed',
    description: 'A suppression in `Metadata.tap-guard.ignore` needs a known rule and a reason; one without either suppresses nothing.',
    fixable: 'never',
  },
  'internal-error': {
    name: 'internal-error',
    family: null,
    severity: 'critical',
    title: 'tap-guard failed while checking this file',
    description: 'A rule or the engine threw an exception; the file was not fully checked. Please report it.',
    fixable: 'never',
  },
};

export const severityOf = (meta: RuleMeta, override?: Severity): Severity => override ?? meta.severity;
