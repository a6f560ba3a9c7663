import { describe, expect, it } from 'vitest';
import { loadSource } from '../../src/template/load.js';
import { pointer } from '../../src/template/pointer.js';
import { CORPUS_MISSING, corpusAvailable, corpusFiles } from '../../scripts/corpus.js';

const available = corpusAvailable();
if (!available) console.warn(`skipping corpus tests: ${CORPUS_MISSING}`);

describe.skipIf(!available)('the real corpus (../shared/corpus)', () => {
  const files = available ? corpusFiles() : [];

  it('holds the templates we expect to walk', () => {
    expect(files.length).toBeGreaterThan(1000);
  });

  it('reads every file without throwing; ideals are all templates, model errors are located', () => {
    const errors: string[] = [];
    for (const f of files) {
      const loaded = loadSource(f.name, f.bytes);
      if (f.role === 'ideal') expect(loaded.kind, f.name).toBe('template');
      if (loaded.kind === 'error') {
        expect(loaded.position, `${f.name}: ${loaded.message}`).toBeDefined();
        errors.push(`${f.name}:${loaded.position!.line}: ${loaded.message}`);
      }
    }
    // Model answers with duplicate keys are real errors CloudFormation rejects too.
    for (const e of errors) expect(e).toMatch(/duplicate key/);
  });

  it('locates every resource at the line where its logical id is written', () => {
    let resources = 0;
    for (const f of files) {
      const loaded = loadSource(f.name, f.bytes);
      if (loaded.kind !== 'template') continue;
      const t = loaded.template;
      const lines = t.text.split('\n');
      for (const id of Object.keys(t.resources)) {
        const key = t.locate(pointer('Resources', id))?.key;
        expect(key, `${f.name} ${id}`).toBeDefined();
        const line = lines[key!.start.line - 1]!;
        const written = line.slice(key!.start.column - 1);
        expect(written.startsWith(id) || written.startsWith(`"${id}"`) || written.startsWith(`'${id}'`), `${f.name}:${key!.start.line} ${id}`).toBe(true);
        expect(written.slice(id.length + (written.startsWith(id) ? 0 : 2)).trimStart().startsWith(':'), `${f.name}:${key!.start.line} ${id}`).toBe(true);
        resources++;
      }
    }
    expect(resources).toBeGreaterThan(10_000);
  });
});
