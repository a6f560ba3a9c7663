import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const PACKAGE_SCRIPT = JSON.parse(readFileSync('package.json', 'utf8')).scripts.package as string;

describe('dist/ (committed: Actions and the bin run it directly)', () => {
  it('matches a fresh build of src/ and rules/', () => {
    const out = mkdtempSync(join(tmpdir(), 'tap-guard-dist-'));
    try {
      // The package script, writing to a temporary directory instead of dist/cli.
      const args = PACKAGE_SCRIPT.replace(/^ncc /, '').replace('-o dist/cli', `-o ${out}`).split(' ');
      execFileSync(join('node_modules', '.bin', 'ncc'), args, { stdio: 'pipe' });
      const built = readdirSync(out).sort();
      expect(built).toEqual(readdirSync('dist/cli').sort());
      for (const file of built) {
        const fresh = readFileSync(join(out, file), 'utf8');
        const committed = readFileSync(join('dist/cli', file), 'utf8');
        expect(fresh === committed, `dist/cli/${file} is stale: run \`npm run package\` and commit dist/`).toBe(true);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);

  it('runs as the tap-guard bin on the bundled example', () => {
    const run = spawnSync(process.execPath, ['bin/tap-guard.js', 'check', '--format', 'json', '__fixtures__/templates/seed/model.yaml'], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.files).toEqual([{ file: '__fixtures__/templates/seed/model.yaml', template: true }]);
    expect(report.findings.map((f: { ruleId: string }) => f.ruleId)).toContain('s3-bucket-retain');
  });
});
