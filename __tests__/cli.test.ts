import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SHARED_FIXTURES } from '../scripts/corpus.js';
import { cli, dedent, onlyRules, tempTree } from './helpers.js';


const BUCKET_YAML = dedent(`
  Resources:
    # customer uploads
    Uploads:
      Type: AWS::S3::Bucket
      DeletionPolicy: Retain
`);

describe('tap-guard check', () => {
  const tree = tempTree({
    '.tap-guard.yml': onlyRules('s3-bucket-retain'),
    'stack.yaml': BUCKET_YAML,
    'ok.json': '{ "Resources": { "Topic": { "Type": "AWS::SNS::Topic" } } }\n',
    'package.json': '{ "name": "not-a-template", "version": "1.0.0" }\n',
    '.gitignore': 'build/\n',
    'build/generated.yaml': BUCKET_YAML,
    'node_modules/dep/template.yaml': BUCKET_YAML,
    'nested/.gitignore': 'skip.json\n',
    'nested/skip.json': '{ "Resources": { "B": { "Type": "AWS::S3::Bucket" } } }\n',
    'nested/keep.yml': BUCKET_YAML,
  });
  afterAll(tree.cleanup);

  it('prints ESLint-style text and exits 1 on findings', () => {
    const { code, stdout } = cli(['check', 'stack.yaml'], tree.dir);
    expect(code).toBe(1);
    expect(stdout).toBe(
      [
        'stack.yaml',
        '  3:3  high  Bucket Uploads has no UpdateReplacePolicy: replacing the bucket in an update deletes the bucket and its data. Set UpdateReplacePolicy to Retain.  s3-bucket-retain',
        '',
        '✖ 1 problem (0 critical, 1 high, 0 medium, 0 low) in 1 file, 1 fixable',
        '',
      ].join('\n'),
    );
  });

  it('emits the stable JSON contract', () => {
    const { code, stdout } = cli(['check', '--format', 'json', 'stack.yaml', 'ok.json', 'package.json'], tree.dir);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual({
      files: [
        { file: 'stack.yaml', template: true },
        { file: 'ok.json', template: true },
        { file: 'package.json', template: false },
      ],
      findings: [
        {
          ruleId: 's3-bucket-retain',
          family: 8,
          severity: 'high',
          message:
            'Bucket Uploads has no UpdateReplacePolicy: replacing the bucket in an update deletes the bucket and its data. Set UpdateReplacePolicy to Retain.',
          file: 'stack.yaml',
          pointer: '/Resources/Uploads',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 10,
          fixable: true,
        },
      ],
      suppressed: [],
    });
  });

  it('walks directories honouring .gitignore files at every level, skipping node_modules', () => {
    const { stdout } = cli(['check', '--format', 'json', '.'], tree.dir);
    const report = JSON.parse(stdout) as { files: { file: string; template: boolean }[] };
    expect(report.files).toEqual([
      { file: '.tap-guard.yml', template: false },
      { file: 'nested/keep.yml', template: true },
      { file: 'ok.json', template: true },
      { file: 'package.json', template: false },
      { file: 'stack.yaml', template: true },
    ]);
  });

  it('applies --fail-on', () => {
    expect(cli(['check', '--fail-on', 'critical', 'stack.yaml'], tree.dir).code).toBe(0);
    expect(cli(['check', '--fail-on', 'high', 'stack.yaml'], tree.dir).code).toBe(1);
    expect(cli(['check', '--fail-on', 'none', 'stack.yaml'], tree.dir).code).toBe(0);
    expect(cli(['check', 'ok.json'], tree.dir).code).toBe(0);
  });

  it('writes --output whole, leaving no temporary file', () => {
    const { code, stdout } = cli(['check', '--format', 'json', '--output', 'out/report.json', 'stack.yaml'], tree.dir);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(JSON.parse(readFileSync(join(tree.dir, 'out/report.json'), 'utf8')).findings).toHaveLength(1);
    expect(readdirSync(join(tree.dir, 'out'))).toEqual(['report.json']);
  });

  it.each([
    [['check', '--format', 'xml', 'stack.yaml'], 'tap-guard: --format must be text, json or sarif, not "xml"\n'],
    [['check', '--fail-on', 'severe'], 'tap-guard: --fail-on must be one of critical, high, medium, low or none, not "severe"\n'],
    [['check', 'missing.yaml'], 'tap-guard: no such file or directory: missing.yaml\n'],
    [['check', '--config', 'nope.yml'], expect.stringMatching(/^tap-guard: cannot read configuration .*nope\.yml: ENOENT\n$/)],
    [['lint'], expect.stringMatching(/^tap-guard: unknown command "lint"\n\nUsage: tap-guard check/)],
    [['check', '--colour'], expect.stringMatching(/^tap-guard: Unknown option '--colour'/)],
  ])('exits 2 with a clear message for %j', (args, message) => {
    const { code, stdout, stderr } = cli(args as string[], tree.dir);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toEqual(message);
  });

  it('exits 2 on an invalid configuration file', () => {
    const bad = tempTree({ '.tap-guard.yml': 'rules:\n  s3-bucket-retain: maybe\n', 't.yaml': BUCKET_YAML });
    try {
      const { code, stderr } = cli(['check', 't.yaml'], bad.dir);
      expect(code).toBe(2);
      expect(stderr).toBe(
        `tap-guard: ${join(bad.dir, '.tap-guard.yml')}: rules.s3-bucket-retain: "maybe" is not off, on or a severity (critical, high, medium, low)\n`,
      );
    } finally {
      bad.cleanup();
    }
  });
});

const ideal = join(SHARED_FIXTURES, 'seed-ideal-TapStack.json');
describe.skipIf(!existsSync(ideal))('the seed corrected template', () => {
  it('has no finding and exits 0', () => {
    const { code, stdout } = cli(['check', '--format', 'json', ideal], process.cwd());
    expect(JSON.parse(stdout).findings).toEqual([]);
    expect(code).toBe(0);
  });
});
