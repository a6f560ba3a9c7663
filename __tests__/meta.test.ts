import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../rules/index.js';
import { BUILTIN_META } from '../src/engine/rule.js';
import { VERSION } from '../src/version.js';
import { rulesIndex } from '../scripts/docs-index.js';

const ruleFiles = readdirSync('rules').filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => f.replace(/\.ts$/, ''));

describe('the ruleset is complete and documented', () => {
  it('registers every rule file, under its own name, sorted', () => {
    expect([...RULES.keys()].sort()).toEqual(ruleFiles.sort());
    expect([...RULES.keys()]).toEqual([...RULES.keys()].sort());
    for (const [name, rule] of RULES) expect(rule.meta.name).toBe(name);
  });

  it.each([...RULES.keys()])('%s has RuleTester cases and a doc page with the required sections', (name) => {
    const test = `__tests__/rules/${name}.test.ts`;
    expect(existsSync(test), test).toBe(true);
    expect(readFileSync(test, 'utf8')).toMatch(/new RuleTester\(\)\.run\(/);
    const doc = `docs/rules/${name}.md`;
    expect(existsSync(doc), doc).toBe(true);
    const text = readFileSync(doc, 'utf8');
    expect(text.startsWith(`# ${name}\n`), `${doc} starts with its name`).toBe(true);
    for (const section of ['## What it finds', '## Why', '## Example', '## Fix', '## How to suppress']) {
      expect(text, `${doc}: ${section}`).toContain(section);
    }
    const rule = RULES.get(name)!;
    expect(text).toContain(`Severity: ${rule.meta.severity}`);
  });

  it.each(Object.keys(BUILTIN_META))('built-in %s has a doc page', (name) => {
    expect(existsSync(`docs/rules/${name}.md`)).toBe(true);
  });

  it('covers all ten seed families', () => {
    const families = new Set([...RULES.values()].map((r) => r.meta.family));
    expect([...families].filter((f) => f !== null).sort((a, b) => a! - b!)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('has a current rules index (npm run docs)', () => {
    expect(readFileSync('docs/rules/README.md', 'utf8'), 'docs/rules/README.md is stale: run `npm run docs`').toBe(rulesIndex());
  });

  it('reports the version package.json declares', () => {
    expect(JSON.parse(readFileSync('package.json', 'utf8')).version).toBe(VERSION);
  });
});
