import { chmodSync, existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { fingerprint, type sarifLog } from '../../src/report/sarif.js';
import { cli, dedent, onlyRules, tempTree } from '../helpers.js';
import { CORPUS_DIR, corpusAvailable } from '../../scripts/corpus.js';

const require = createRequire(import.meta.url);
const schemaPath = join(dirname(require.resolve('@microsoft/jest-sarif/package.json')), 'lib/schemas/sarif-2.1.0-rtm.5.json');
const ajv = new Ajv04.default({ allErrors: true, strict: false, unicodeRegExp: false }); // the schema's language pattern is not a valid unicode regexp
addFormats.default(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));

const TEMPLATE = dedent(`
  Metadata:
    tap-guard:
      ignore:
        - rule: s3-bucket-retain
          reason: demo stack
  Resources:
    Data:
      Type: AWS::S3::Bucket
`);

type Log = ReturnType<typeof sarifLog>;
type Result = Log['runs'][number]['results'][number];

/** Every SARIF log we emit, from the CLI, for the kinds of result we make. */
function emit(dir: string, args: string[]): Log {
  const { stdout } = cli(['check', '--format', 'sarif', '--fail-on', 'none', ...args], dir);
  return JSON.parse(stdout);
}

describe('SARIF 2.1.0', () => {
  const tree = tempTree({
    '.tap-guard.yml': onlyRules('s3-bucket-retain'),
    'suppressed.yaml': TEMPLATE,
    'found.json': '{\n  "Resources": {\n    "Data": { "Type": "AWS::S3::Bucket" }\n  }\n}\n',
    'broken.yaml': 'Resources:\n  - a\n  b: c\n',
    'with space/ü.yaml': 'Resources:\n  B:\n    Type: AWS::S3::Bucket\n',
  });
  afterAll(tree.cleanup);
  const logs = {
    results: emit(tree.dir, ['found.json', 'broken.yaml', 'with space/ü.yaml']),
    suppressed: emit(tree.dir, ['suppressed.yaml']),
    empty: emit(tree.dir, ['suppressed.yaml', '--config', '/dev/null']),
  };

  it.each(Object.keys(logs))('validates against the SARIF 2.1.0 schema: %s', (name) => {
    const ok = validate(logs[name as keyof typeof logs]);
    expect(validate.errors ?? [], name).toEqual([]);
    expect(ok).toBe(true);
  });

  it('carries rule metadata, exact regions, snippets and line-independent fingerprints', () => {
    const run = logs.results.runs[0]!;
    const rule = run.tool.driver.rules.find((r: { id: string }) => r.id === 's3-bucket-retain');
    expect(rule).toMatchObject({
      id: 's3-bucket-retain',
      name: 'S3BucketRetain',
      shortDescription: { text: 'S3 buckets keep their data when the stack is deleted or the bucket replaced' },
      helpUri: 'https://github.com/org/tap-guard/blob/main/docs/rules/s3-bucket-retain.md',
      defaultConfiguration: { level: 'error' },
      properties: { 'security-severity': '8.0', tags: ['cloudformation', 'family-8'] },
    });
    const found = run.results.find((r: Result) => r.locations[0]!.physicalLocation.artifactLocation.uri === 'found.json');
    expect(found).toMatchObject({
      ruleId: 's3-bucket-retain',
      level: 'error',
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'found.json', uriBaseId: 'SRCROOT' },
            region: { startLine: 3, startColumn: 5, endLine: 3, endColumn: 42, snippet: { text: '    "Data": { "Type": "AWS::S3::Bucket" }' } },
            contextRegion: { startLine: 1, endLine: 5 },
          },
          logicalLocations: [{ fullyQualifiedName: '/Resources/Data', kind: 'member' }],
        },
      ],
      partialFingerprints: { 'tapGuard/v1': fingerprint({ ruleId: 's3-bucket-retain', file: 'found.json', pointer: '/Resources/Data' }) },
    });
    const parse = run.results.find((r: Result) => r.ruleId === 'parse-error')!;
    expect(parse.locations[0]!.physicalLocation.region).toEqual({ startLine: 3, startColumn: 3, endLine: 3, endColumn: 3 });
    const uris = run.results.map((r: Result) => r.locations[0]!.physicalLocation.artifactLocation.uri);
    expect(uris).toContain('with%20space/%C3%BC.yaml');
  });

  it('keeps suppressed findings with their justification', () => {
    const [result] = logs.suppressed.runs[0]!.results;
    expect(result && 'suppressions' in result ? result.suppressions : undefined).toEqual([{ kind: 'inSource', justification: 'demo stack' }]);
  });

  it('fingerprints depend on rule, file and pointer, not on the line', () => {
    const a = fingerprint({ ruleId: 'r', file: 'f', pointer: '/Resources/A' });
    expect(fingerprint({ ruleId: 'r', file: 'f', pointer: '/Resources/A' })).toBe(a);
    expect(fingerprint({ ruleId: 'r', file: 'f', pointer: '/Resources/B' })).not.toBe(a);
    expect(a).toMatch(/^[0-9a-f]{32}$/);
  });

  // Microsoft's own validator, shipped in npm as a self-contained binary.
  const multitool = (() => {
    try {
      return join(dirname(require.resolve('@microsoft/sarif-multitool-linux/package.json')), 'Sarif.Multitool');
    } catch {
      return undefined;
    }
  })();
  it.skipIf(!multitool || process.platform !== 'linux')('passes Microsoft SARIF multitool validation with no error or warning', () => {
    // npm does not run the package's chmod postinstall unless install scripts are approved.
    if ((statSync(multitool!).mode & 0o100) === 0) chmodSync(multitool!, 0o755);
    const input = join(tree.dir, 'out.sarif');
    const output = join(tree.dir, 'validation.sarif');
    cli(['check', '--format', 'sarif', '--fail-on', 'none', '--output', 'out.sarif', 'found.json', 'broken.yaml', 'suppressed.yaml'], tree.dir);
    // And every rule, on the seed fixtures.
    const seed = join(tree.dir, 'seed.sarif');
    cli(['check', '--format', 'sarif', '--fail-on', 'none', '--output', seed, '__fixtures__/templates/seed'], process.cwd());
    for (const file of [input, seed]) {
      execFileSync(multitool!, ['validate', file, '-o', output, '--level', 'Error;Warning', '--log', 'ForceOverwrite', '--quiet'], {
        env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
        timeout: 120_000,
      });
      expect(existsSync(output)).toBe(true);
      const report = JSON.parse(readFileSync(output, 'utf8'));
      const problems = (report.runs[0].results as { level: string; ruleId: string; message: { arguments?: string[] } }[]).map(
        (r) => `${r.level} ${r.ruleId} ${JSON.stringify(r.message.arguments)}`,
      );
      expect(problems, file).toEqual([]);
    }
  });
});

describe('SARIF for every rule on real templates', () => {
  it('validates for the seed fixtures, with all rules', () => {
    const log = emit(process.cwd(), ['__fixtures__/templates/seed']);
    expect(log.runs[0]!.results.length).toBe(50);
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it.skipIf(!corpusAvailable())('validates for the whole corpus, with all rules', () => {
    const log = emit(process.cwd(), [CORPUS_DIR]);
    expect(log.runs[0]!.results.length).toBeGreaterThan(9000);
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  }, 60_000);
});
