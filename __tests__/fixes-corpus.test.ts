import { applyPatch } from 'fast-json-patch';
import { describe, expect, it } from 'vitest';
import { RULES } from '../rules/index.js';
import { lintTemplate } from '../src/engine/lint.js';
import { fixOf } from '../src/engine/types.js';
import { asTemplate, parseDocument } from '../src/template/template.js';
import { loadSource } from '../src/template/load.js';
import { CORPUS_MISSING, corpusAvailable, corpusFiles } from '../scripts/corpus.js';

const available = corpusAvailable();
if (!available) console.warn(`skipping corpus fix tests: ${CORPUS_MISSING}`);

/**
 * Every fix the ruleset offers on the real corpus, applied as data: its `test` ops hold, the
 * result is still a template, and the rule no longer reports what the fix was for.
 */
describe.skipIf(!available)('fixes on the real corpus', () => {
  it('apply cleanly and remove the finding they fix', () => {
    const known = new Set(RULES.keys());
    let applied = 0;
    const problems: string[] = [];
    for (const file of available ? corpusFiles() : []) {
      const loaded = loadSource(file.name, file.bytes);
      if (loaded.kind !== 'template') continue;
      for (const rule of RULES.values()) {
        const active = [{ rule, severity: rule.meta.severity, options: { ...(rule.meta.options?.defaults ?? {}) } }];
        const { findings } = lintTemplate(loaded.template, file.name, active, known);
        for (const f of findings) {
          const fix = fixOf(f);
          if (!fix) continue;
          const where = `${file.name}:${f.line} ${f.ruleId}`;
          let patched: unknown;
          try {
            patched = applyPatch(structuredClone(loaded.template.data), structuredClone(fix.ops), true).newDocument;
          } catch (err) {
            problems.push(`${where}: fix does not apply: ${(err as Error).message.split('\n')[0]}`);
            continue;
          }
          const again = asTemplate(parseDocument(JSON.stringify(patched, null, 2), 'json'));
          if (!again) {
            problems.push(`${where}: the fixed document is no longer a template`);
            continue;
          }
          const still = lintTemplate(again, file.name, active, known).findings.filter((g) => g.pointer === f.pointer && g.message === f.message);
          if (still.length > 0) problems.push(`${where}: still reported after its fix: ${f.message}`);
          applied++;
        }
      }
    }
    expect(problems).toEqual([]);
    expect(applied).toBeGreaterThan(1000);
  }, 120_000);
});
