/**
 * `npm run conformance [-- rules/x.ts ...] [--show N] [--role model|ideal]`: runs the ruleset (or
 * the given rule files) over ../shared/corpus and prints, per rule, how many findings it makes
 * on model and on ideal templates, and any crash. `--show N` prints N sample findings per rule
 * with the source line, for reading them in their templates. `--file F` checks F instead.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { RULES } from '../rules/index.js';
import type { ActiveRule } from '../src/engine/lint.js';
import { lintTemplate } from '../src/engine/lint.js';
import type { Finding, Rule } from '../src/engine/types.js';
import { loadSource } from '../src/template/load.js';
import { CORPUS_MISSING, corpusAvailable, corpusFiles } from './corpus.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { show: { type: 'string', default: '0' }, role: { type: 'string' }, file: { type: 'string', multiple: true } },
});

if (!corpusAvailable()) {
  console.log(`conformance skipped: ${CORPUS_MISSING}`);
  process.exit(0);
}

let rules: Rule[] = [...RULES.values()];
if (positionals.length > 0) {
  rules = [];
  for (const p of positionals) rules.push((await import(pathToFileURL(resolve(p)).href)).default as Rule);
}
const active: ActiveRule[] = rules.map((rule) => ({ rule, severity: rule.meta.severity, options: { ...(rule.meta.options?.defaults ?? {}) } }));
const known = new Set([...RULES.keys(), ...rules.map((r) => r.meta.name)]);

const counts = new Map<string, { model: number; ideal: number; modelFiles: number; idealFiles: number }>();
const samples = new Map<string, { finding: Finding; text: string }[]>();
const crashes: string[] = [];
let templates = 0;
const inputs = values.file
  ? values.file.map((f) => ({ name: f, role: 'model' as const, bytes: readFileSync(f) }))
  : corpusFiles();
for (const file of inputs) {
  if (values.role && file.role !== values.role) continue;
  const loaded = loadSource(file.name, file.bytes);
  if (loaded.kind !== 'template') continue;
  templates++;
  const { findings } = lintTemplate(loaded.template, file.name, active, known);
  const seen = new Set<string>();
  for (const f of findings) {
    if (f.ruleId === 'internal-error') {
      crashes.push(`${file.name}: ${f.message}`);
      continue;
    }
    const c = counts.get(f.ruleId) ?? { model: 0, ideal: 0, modelFiles: 0, idealFiles: 0 };
    c[file.role]++;
    if (!seen.has(f.ruleId)) c[file.role === 'model' ? 'modelFiles' : 'idealFiles']++;
    seen.add(f.ruleId);
    counts.set(f.ruleId, c);
    const list = samples.get(f.ruleId) ?? [];
    if (list.length < Number(values.show)) {
      const lines = loaded.template.text.split('\n');
      list.push({ finding: f, text: (lines[f.line - 1] ?? '').trim() });
      samples.set(f.ruleId, list);
    }
  }
}

console.log(`${templates} templates; findings per rule (files with a finding in brackets)`);
console.log(`${'rule'.padEnd(40)} ${'model'.padStart(12)} ${'ideal'.padStart(12)}`);
for (const name of [...counts.keys()].sort()) {
  const c = counts.get(name)!;
  console.log(`${name.padEnd(40)} ${`${c.model} [${c.modelFiles}]`.padStart(12)} ${`${c.ideal} [${c.idealFiles}]`.padStart(12)}`);
}
for (const r of rules) if (!counts.has(r.meta.name)) console.log(`${r.meta.name.padEnd(40)} ${'0'.padStart(12)} ${'0'.padStart(12)}`);
for (const [name, list] of samples) {
  console.log(`\n## ${name}`);
  for (const { finding: f, text } of list) console.log(`${f.file}:${f.line}:${f.column}  ${f.message}\n    | ${text}`);
}
console.log(`\ncrashes: ${crashes.length}`);
for (const c of crashes) console.log(`  ${c}`);
process.exitCode = crashes.length > 0 ? 1 : 0;
