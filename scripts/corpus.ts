/** Shared access to ../shared/corpus for scripts and tests; absent in a user's clone. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root: the nearest directory above this file with a package.json (also from .bench/). */
function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

export const CORPUS_DIR = process.env.TAP_GUARD_CORPUS ?? resolve(projectRoot(), '../shared/corpus');
export const SHARED_FIXTURES = resolve(CORPUS_DIR, '../fixtures');

export interface CorpusFile {
  /** e.g. `yaml-Pr3518/model.yaml` */
  name: string;
  path: string;
  role: 'ideal' | 'model';
  bytes: Buffer;
}

export function corpusAvailable(): boolean {
  return existsSync(join(CORPUS_DIR, 'manifest.json'));
}

export const CORPUS_MISSING = `../shared/corpus not found at ${CORPUS_DIR}: it exists on the developers' machines and in CI, not in a clone of the project`;

export function corpusFiles(): CorpusFile[] {
  const out: CorpusFile[] = [];
  for (const dir of readdirSync(CORPUS_DIR).sort()) {
    if (!/^(json|yaml)-Pr\d+$/.test(dir)) continue;
    for (const file of readdirSync(join(CORPUS_DIR, dir)).sort()) {
      const m = /^(ideal|model)\.(json|ya?ml)$/.exec(file);
      if (!m) continue;
      const path = join(CORPUS_DIR, dir, file);
      out.push({ name: `${dir}/${file}`, path, role: m[1] as 'ideal' | 'model', bytes: readFileSync(path) });
    }
  }
  return out;
}
