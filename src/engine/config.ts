import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { Ajv } from 'ajv';
import type { ActiveRule } from './lint.js';
import { closest } from './lint.js';
import { isMapping } from '../template/template.js';
import { SEVERITIES, type Rule, type Severity } from './types.js';

/** A user mistake in configuration or arguments (exit code 2), as opposed to a bug. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

export interface RuleSetting {
  enabled?: boolean;
  severity?: Severity;
  options?: Record<string, unknown>;
}

export interface Config {
  rules: Record<string, RuleSetting>;
  /** Globs (relative to the scan root) a walked file must match; default: every JSON/YAML file. */
  include: string[];
  exclude: string[];
}

export const DEFAULT_INCLUDE = ['**/*.json', '**/*.yaml', '**/*.yml', '**/*.template'];

export const emptyConfig = (): Config => ({ rules: {}, include: [...DEFAULT_INCLUDE], exclude: [] });

const TOP_KEYS = ['rules', 'include', 'exclude'];

/**
 * Validates a parsed `.tap-guard.yml`. Every error names the key path and what was expected,
 * and unknown names come with the nearest known one.
 */
export function parseConfig(raw: unknown, source: string, rules: ReadonlyMap<string, Rule>): Config {
  const fail = (path: string, message: string): never => {
    throw new ConfigError(`${source}: ${path ? `${path}: ` : ''}${message}`);
  };
  const config = emptyConfig();
  if (raw === null || raw === undefined) return config;
  if (!isMapping(raw)) fail('', 'the configuration must be a mapping with `rules`, `include` and `exclude`');
  const data = raw as Record<string, unknown>;
  for (const key of Object.keys(data)) {
    if (!TOP_KEYS.includes(key)) {
      const hint = closest(key, TOP_KEYS);
      fail(key, `unknown setting${hint ? ` (did you mean "${hint}"?)` : ''}; expected one of ${TOP_KEYS.join(', ')}`);
    }
  }
  for (const key of ['include', 'exclude'] as const) {
    const v = data[key];
    if (v === undefined || v === null) continue;
    if (!Array.isArray(v) || v.some((g) => typeof g !== 'string' || g === '')) fail(key, 'must be a list of glob strings');
    config[key] = v as string[];
  }
  if (data.rules !== undefined && data.rules !== null) {
    if (!isMapping(data.rules)) fail('rules', 'must be a mapping from rule name to off, on, a severity, or {severity, options}');
    const ajv = new Ajv({ allErrors: true, strict: false, useDefaults: false });
    for (const [name, value] of Object.entries(data.rules as Record<string, unknown>)) {
      const rule = rules.get(name);
      if (!rule) {
        const hint = closest(name, rules.keys());
        fail(`rules.${name}`, `unknown rule${hint ? ` (did you mean "${hint}"?)` : ''}`);
      }
      config.rules[name] = parseSetting(value, `rules.${name}`, rule!, ajv, fail);
    }
  }
  return config;
}

function parseSetting(
  value: unknown,
  path: string,
  rule: Rule,
  ajv: Ajv,
  fail: (path: string, message: string) => never,
): RuleSetting {
  const severities = SEVERITIES.join(', ');
  if (value === 'off' || value === false) return { enabled: false };
  if (value === 'on' || value === true) return { enabled: true };
  if (typeof value === 'string') {
    if ((SEVERITIES as readonly string[]).includes(value)) return { enabled: true, severity: value as Severity };
    return fail(path, `"${value}" is not off, on or a severity (${severities})`);
  }
  if (!isMapping(value)) return fail(path, `must be off, on, a severity (${severities}) or a mapping`);
  const setting: RuleSetting = {};
  for (const key of Object.keys(value)) {
    if (!['enabled', 'severity', 'options'].includes(key)) fail(`${path}.${key}`, 'unknown key; expected enabled, severity or options');
  }
  if (value.enabled !== undefined) {
    if (typeof value.enabled !== 'boolean') fail(`${path}.enabled`, 'must be true or false');
    setting.enabled = value.enabled as boolean;
  }
  if (value.severity !== undefined) {
    if (!(SEVERITIES as readonly unknown[]).includes(value.severity)) fail(`${path}.severity`, `must be one of ${severities}`);
    setting.severity = value.severity as Severity;
  }
  if (value.options !== undefined) {
    const schema = rule.meta.options?.schema;
    if (!schema) fail(`${path}.options`, `rule ${rule.meta.name} takes no options`);
    const validate = ajv.compile(schema!);
    if (!validate(value.options)) {
      const detail = (validate.errors ?? [])
        .map((e) => `${e.instancePath ? e.instancePath.slice(1).replace(/\//g, '.') + ' ' : ''}${e.message}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`)
        .join('; ');
      fail(`${path}.options`, detail);
    }
    setting.options = value.options as Record<string, unknown>;
  }
  return setting;
}

export function loadConfigFile(file: string, rules: ReadonlyMap<string, Rule>): Config {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ConfigError(`cannot read configuration ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  let raw: unknown;
  try {
    raw = yaml.load(text, { schema: yaml.CORE_SCHEMA });
  } catch (err) {
    throw new ConfigError(`${file}: invalid YAML: ${err instanceof yaml.YAMLException ? err.message : String(err)}`);
  }
  return parseConfig(raw, file, rules);
}

/** The rules to run with their severity and options (defaults merged with the config). */
export function activeRules(rules: ReadonlyMap<string, Rule>, config: Config): ActiveRule[] {
  const out: ActiveRule[] = [];
  for (const [name, rule] of rules) {
    const setting = config.rules[name] ?? {};
    if (setting.enabled === false) continue;
    out.push({
      rule,
      severity: setting.severity ?? rule.meta.severity,
      options: { ...(rule.meta.options?.defaults ?? {}), ...(setting.options ?? {}) },
    });
  }
  return out;
}
