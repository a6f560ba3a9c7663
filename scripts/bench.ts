/**
 * `npm run bench`: throughput on the whole corpus, as ratios against baselines measured in the
 * same run (the fastest readers we know: JSON.parse for JSON, js-yaml `load` for YAML).
 */
import yaml from 'js-yaml';
import { CFN_SCHEMA } from '../src/template/cfn-schema.js';
import { asTemplate, parseDocument } from '../src/template/template.js';
import { RULES } from '../rules/index.js';
import { activeRules, emptyConfig } from '../src/engine/config.js';
import { lintTemplate } from '../src/engine/lint.js';
import { CORPUS_MISSING, corpusAvailable, corpusFiles } from './corpus.js';

if (!corpusAvailable()) {
  console.log(`bench skipped: ${CORPUS_MISSING}`);
  process.exit(0);
}

const files = corpusFiles().map((f) => ({
  name: f.name,
  json: f.name.endsWith('.json'),
  text: f.bytes.toString('utf8'),
}));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

function baseline(): void {
  for (const f of files) {
    try {
      if (f.json) JSON.parse(f.text);
      else yaml.load(f.text, { schema: CFN_SCHEMA });
    } catch {
      /* the same files fail in every variant */
    }
  }
}

function withPositions(): void {
  for (const f of files) {
    try {
      parseDocument(f.text, f.json ? 'json' : 'yaml');
    } catch {
      /* as above */
    }
  }
}

const rules = activeRules(RULES, emptyConfig());
const known = new Set(RULES.keys());
let findings = 0;
function withRules(): void {
  findings = 0;
  for (const f of files) {
    try {
      const t = asTemplate(parseDocument(f.text, f.json ? 'json' : 'yaml'));
      if (t) findings += lintTemplate(t, f.name, rules, known).findings.length;
    } catch {
      /* as above */
    }
  }
}

function time(fn: () => void): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

const variants: [string, () => void][] = [
  ['baseline (JSON.parse + js-yaml load)', baseline],
  ['parse with positions', withPositions],
  [`parse + ruleset (${RULES.size} rules)`, withRules],
];
const samples = new Map<string, number[]>(variants.map(([n]) => [n, []]));
for (const [, fn] of variants) fn(); // warm up
for (let r = 0; r < ROUNDS; r++) for (const [n, fn] of variants) samples.get(n)!.push(time(fn));

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const base = median(samples.get(variants[0]![0])!);
const parseOnly = median(samples.get(variants[1]![0])!);
const bytes = files.reduce((n, f) => n + f.text.length, 0);
console.log(`corpus: ${files.length} templates, ${(bytes / 1024 / 1024).toFixed(1)} MB; median of ${ROUNDS} rounds`);
for (const [n] of variants) {
  const ms = median(samples.get(n)!);
  console.log(
    `${n.padEnd(40)} ${ms.toFixed(0).padStart(6)} ms  ${((files.length / ms) * 1000).toFixed(0).padStart(6)} templates/s  ${(ms / base).toFixed(2)}x baseline  ${(ms / parseOnly).toFixed(2)}x parse-only`,
  );
}
console.log(`(${findings} findings per ruleset pass; targets: parse with positions <= 2x baseline, ruleset <= 1.5x parse-only)`);
