/** Helpers shared by tests. */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { main } from '../src/cli.js';
import { RULES } from '../rules/index.js';

export { dedent } from '../src/testing/rule-tester.js';

/** A temporary directory holding the given files (path → text or bytes). */
export function tempTree(files: Record<string, string | Uint8Array>): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'tap-guard-test-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs the CLI in-process; returns exit code and captured output. */
export function cli(args: string[], cwd: string): { code: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const code = main(args, { cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/** A `.tap-guard.yml` that turns every rule off but the given ones, so outputs stay exact as rules are added. */
export const onlyRules = (...names: string[]): string =>
  `rules:\n${[...RULES.keys()].filter((n) => !names.includes(n)).map((n) => `  ${n}: off`).join('\n')}\n`;
