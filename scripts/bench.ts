/**
 * `npm run bench`: throughput on the whole corpus, as ratios against baselines measured in the
 * same run (the fastest readers we know: JSON.parse for JSON, js-yaml `load` for YAML). It runs
 * the code compiled by tsc (not through a loader), as close as we get to what ships.
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
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 11);

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

const gc = (globalThis as { gc?: () => void }).gc;
function time(fn: () => void): number {
  gc?.(); // start each measurement from the same heap
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

// The fastest round: on a shared machine, noise only ever adds time.
const median = (xs: number[]): number => Math.min(...xs);
const base = median(samples.get(variants[0]![0])!);
const parseOnly = median(samples.get(variants[1]![0])!);
const bytes = files.reduce((n, f) => n + f.text.length, 0);
console.log(`corpus: ${files.length} templates, ${(bytes / 1024 / 1024).toFixed(1)} MB; fastest of ${ROUNDS} rounds`);
for (const [n] of variants) {
  const ms = median(samples.get(n)!);
  console.log(
    `${n.padEnd(40)} ${ms.toFixed(0).padStart(6)} ms  ${((files.length / ms) * 1000).toFixed(0).padStart(6)} templates/s  ${(ms / base).toFixed(2)}x baseline  ${(ms / parseOnly).toFixed(2)}x parse-only`,
  );
}
console.log(`(${findings} findings per ruleset pass; targets: parse with positions <= 2x baseline, ruleset <= 1.5x parse-only)`);

// Where the ruleset's time goes: each rule's own time over one pass (the reference graph is
// charged to the first rule that asks for it).
const cost = new Map<string, number>();
const timed = rules.map((active) => ({
  ...active,
  rule: {
    meta: active.rule.meta,
    check: (ctx: Parameters<typeof active.rule.check>[0]) => {
      const t0 = performance.now();
      try {
        active.rule.check(ctx);
      } finally {
        cost.set(active.rule.meta.name, (cost.get(active.rule.meta.name) ?? 0) + performance.now() - t0);
      }
    },
  },
}));
let lintMs = 0;
for (const f of files) {
  try {
    const t = asTemplate(parseDocument(f.text, f.json ? 'json' : 'yaml'));
    if (!t) continue;
    const t0 = performance.now();
    lintTemplate(t, f.name, timed, known);
    lintMs += performance.now() - t0;
  } catch {
    /* as above */
  }
}
const ruleMs = [...cost.values()].reduce((a, b) => a + b, 0);
console.log(`\none ruleset pass: ${lintMs.toFixed(0)} ms, of which rules ${ruleMs.toFixed(0)} ms and the engine ${(lintMs - ruleMs).toFixed(0)} ms; costliest rules:`);
for (const [name, ms] of [...cost].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`  ${name.padEnd(38)} ${ms.toFixed(0).padStart(5)} ms`);
