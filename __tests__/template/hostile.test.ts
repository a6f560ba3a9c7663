import { afterAll, describe, expect, it } from 'vitest';
import { cli, onlyRules, tempTree } from '../helpers.js';
import type { JsonReport } from '../../src/report/json.js';

/** A good template checked in the same run: its finding proves the run went on. */
const GOOD = 'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n';
const GOOD_FINDING = { file: 'good.yaml', ruleId: 's3-bucket-retain', line: 2, column: 3 };

const billionLaughs = [
  'AWSTemplateFormatVersion: "2010-09-09"',
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...'bcdefghi'.split('').map((c, i) => {
    const prev = 'abcdefghi'[i]!;
    return `${c}: &${c} [*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev}]`;
  }),
  'Resources:',
  '  T:',
  '    Type: AWS::SNS::Topic',
  '    Properties:',
  '      TopicName: *i',
].join('\n');

const deepJson = '{"AWSTemplateFormatVersion": "2010-09-09", "Resources": ' + '['.repeat(10_000) + ']'.repeat(10_000) + '}';
const deepYaml = 'AWSTemplateFormatVersion: "2010-09-09"\nResources: ' + '['.repeat(10_000) + ']'.repeat(10_000) + '\n';
const huge = '{"AWSTemplateFormatVersion": "2010-09-09", "Description": "' + 'x'.repeat(50 * 1024 * 1024) + '"}';

interface Case {
  file: string;
  content: string | Uint8Array;
  message: string | RegExp;
  line: number;
  column?: number;
}

const CASES: Case[] = [
  {
    file: 'trailing-comma.json',
    content: '{\n  "Resources": {\n    "T": { "Type": "AWS::SNS::Topic", }\n  }\n}\n',
    message: 'invalid JSON: expected a property name in double quotes',
    line: 3,
    column: 39,
  },
  {
    file: 'bad-indent.yaml',
    content: 'Resources:\n  T:\n    Type: AWS::SNS::Topic\n   Properties: {}\n',
    message: /^invalid YAML: bad indentation of a mapping entry/,
    line: 4,
  },
  {
    file: 'dup.json',
    content: '{\n  "Resources": {\n    "T": { "Type": "AWS::SNS::Topic" },\n    "T": { "Type": "AWS::SQS::Queue" }\n  }\n}\n',
    message: 'invalid JSON: duplicate key "T"',
    line: 4,
    column: 5,
  },
  {
    file: 'dup.yaml',
    content: 'Resources:\n  T:\n    Type: AWS::SNS::Topic\n  T:\n    Type: AWS::SQS::Queue\n',
    message: 'invalid YAML: duplicate key "T"',
    line: 4,
    column: 3,
  },
  {
    file: 'bomb.yaml',
    content: billionLaughs,
    message: 'invalid YAML: YAML aliases expand this document to more than 200,000 nodes (an alias bomb?); refusing to read it',
    line: 1,
  },
  { file: 'deep.json', content: deepJson, message: 'invalid JSON: nesting is deeper than 500 levels', line: 1, column: 556 },
  { file: 'deep.yaml', content: deepYaml, message: 'invalid YAML: nesting is deeper than 500 levels', line: 2 },
  {
    file: 'huge.json',
    content: huge,
    message: 'the file is 50.0 MB, over the 5 MB limit (CloudFormation accepts at most 1 MB); not read',
    line: 1,
  },
  {
    file: 'binary.json',
    content: new Uint8Array([0x7b, 0x00, 0x01, 0x02, 0xff, 0x7d]),
    message: 'the file is binary (a NUL byte at offset 1), not a template',
    line: 1,
  },
  {
    file: 'latin1.yaml',
    content: Buffer.concat([Buffer.from('Resources:\n  T:\n    Type: AWS::SNS::Topic\n    Description: caf'), Buffer.from([0xe9, 0x0a])]),
    message: 'the file is not valid UTF-8 text (byte 0xe9 at offset 62)',
    line: 4,
    column: 21,
  },
  {
    file: 'tabs.yaml',
    content: 'Resources:\n\tT:\n\t\tType: AWS::SNS::Topic\n',
    message: /^invalid YAML: .*tab/i,
    line: 2,
  },
  {
    file: 'multi.yaml',
    content: 'Resources:\n  T:\n    Type: AWS::SNS::Topic\n---\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n',
    message: 'invalid YAML: the file holds more than one YAML document; a CloudFormation template is a single document',
    line: 4,
  },
  { file: 'empty.yaml', content: '', message: 'invalid YAML: the file is empty', line: 1 },
  {
    file: 'list.yaml',
    content: 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  - Type: AWS::S3::Bucket\n',
    message: 'Resources must be a mapping from logical IDs to resources, but it is a list',
    line: 2,
    column: 1,
  },
];

describe('hostile input: one clear diagnostic for the file, and the run goes on', () => {
  const tree = tempTree({ '.tap-guard.yml': onlyRules('s3-bucket-retain'), 'good.yaml': GOOD, ...Object.fromEntries(CASES.map((c) => [c.file, c.content])) });
  afterAll(tree.cleanup);

  it.each(CASES.map((c) => [c.file, c] as const))('%s', (_name, c) => {
    const { code, stdout } = cli(['check', '--format', 'json', c.file, 'good.yaml'], tree.dir);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as JsonReport;
    const mine = report.findings.filter((f) => f.file === c.file);
    expect(mine, JSON.stringify(mine)).toHaveLength(1);
    const f = mine[0]!;
    if (typeof c.message === 'string') expect(f.message).toBe(c.message);
    else expect(f.message).toMatch(c.message);
    expect(f.line).toBe(c.line);
    if (c.column !== undefined) expect(f.column).toBe(c.column);
    expect(f.ruleId).toBe(c.file === 'list.yaml' ? 'invalid-template' : 'parse-error');
    expect(report.findings.filter((x) => x.file === 'good.yaml')).toMatchObject([GOOD_FINDING]);
  });

  it('checks them all in one run of a directory, each with its diagnostic', () => {
    const { stdout } = cli(['check', '--format', 'json', '.'], tree.dir);
    const report = JSON.parse(stdout) as JsonReport;
    const files = new Set(report.findings.map((f) => f.file));
    // Walked files are reported when they look like templates: each case here does, but for the
    // binary and the empty file, which have no text to tell (named explicitly, they are reported).
    for (const c of CASES) if (!['binary.json', 'empty.yaml'].includes(c.file)) expect(files, c.file).toContain(c.file);
    expect(files).not.toContain('empty.yaml');
    expect(report.findings.filter((x) => x.file === 'good.yaml')).toMatchObject([GOOD_FINDING]);
  });
});
