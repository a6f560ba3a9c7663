import { describe, expect, it } from 'vitest';
import { asTemplate, looksLikeTemplate, parseDocument, type SourceDocument } from '../../src/template/template.js';
import { getAt, pointer } from '../../src/template/pointer.js';
import { dedent } from '../helpers.js';

/** `line:col-line:col` of a pointer's key and value, for compact assertions. */
function at(doc: SourceDocument, ptr: string): { key?: string; value: string } {
  const loc = doc.locate(ptr);
  if (!loc) throw new Error(`${ptr} not located`);
  const fmt = (r: { start: { line: number; column: number }; end: { line: number; column: number } }): string =>
    `${r.start.line}:${r.start.column}-${r.end.line}:${r.end.column}`;
  return { ...(loc.key ? { key: fmt(loc.key) } : {}), value: fmt(loc.value) };
}

const JSON_TEXT = dedent(`
  {
    "AWSTemplateFormatVersion": "2010-09-09",
    "Resources": {
      "Bucket": {
        "Type": "AWS::S3::Bucket",
        "Properties": {
          "Tags": [
            { "Key": "a/b", "Value": { "Fn::Sub": "\${AWS::StackName}-x" } },
            "plain"
          ],
          "weird~key": true
        }
      }
    }
  }
`);

const YAML_TEXT = dedent(`
  AWSTemplateFormatVersion: 2010-09-09 # stays a string
  Resources:
    # a comment line
    Bucket:
      Type: AWS::S3::Bucket
      Properties:
        BucketName: !Sub '\${AWS::StackName}-data'
        Arn: !GetAtt Other.Endpoint.Address
        Tags:
          - Key: a/b
            Value: !If [IsProd, !Ref Name, !Ref AWS::NoValue]
          - plain
        Policy:
          Condition:
            Null:
              aws:SecureTransport: 'false'
        Empty:
        Flow: { Ref: X }
`);

describe('JSON positions', () => {
  const doc = parseDocument(JSON_TEXT, 'json');

  it('locates keys and values, 1-based', () => {
    expect(at(doc, '/Resources/Bucket')).toEqual({ key: '4:5-4:13', value: '4:15-13:6' });
    expect(at(doc, '/Resources/Bucket/Type')).toEqual({ key: '5:7-5:13', value: '5:15-5:32' });
    expect(at(doc, '/Resources/Bucket/Properties/Tags/0/Key')).toEqual({ key: '8:13-8:18', value: '8:20-8:25' });
    expect(at(doc, '/Resources/Bucket/Properties/Tags/1')).toEqual({ value: '9:11-9:18' });
  });

  it('round-trips escaped pointer segments', () => {
    expect(at(doc, pointer('Resources', 'Bucket', 'Properties', 'weird~key'))).toEqual({ key: '11:9-11:20', value: '11:22-11:26' });
    expect(pointer('Resources', 'Bucket', 'Properties', 'weird~key')).toBe('/Resources/Bucket/Properties/weird~0key');
    expect(getAt(doc.data, '/Resources/Bucket/Properties/Tags/0/Key')).toBe('a/b');
  });

  it('maps every written pointer, in document order', () => {
    const pointers = [...doc.pointers()];
    expect(pointers.slice(0, 5)).toEqual(['', '/AWSTemplateFormatVersion', '/Resources', '/Resources/Bucket', '/Resources/Bucket/Type']);
    expect(pointers).toHaveLength(13);
    for (const p of pointers) expect(doc.locate(p), p).toBeDefined();
  });

  it('shows a finding on its key line, or the nearest written ancestor', () => {
    const r = doc.findingRange('/Resources/Bucket/DeletionPolicy');
    expect(r.pointer).toBe('/Resources/Bucket');
    expect([r.range.start.line, r.range.start.column, r.range.end.line, r.range.end.column]).toEqual([4, 5, 4, 13]);
    const v = doc.findingRange('/Resources/Bucket/Type');
    expect([v.range.start.line, v.range.start.column, v.range.end.line, v.range.end.column]).toEqual([5, 7, 5, 32]);
  });
});

describe('YAML positions and short forms', () => {
  const doc = parseDocument(YAML_TEXT, 'yaml');

  it('reads short-form tags as long form, and dates as strings', () => {
    expect(doc.data).toEqual({
      AWSTemplateFormatVersion: '2010-09-09',
      Resources: {
        Bucket: {
          Type: 'AWS::S3::Bucket',
          Properties: {
            BucketName: { 'Fn::Sub': '${AWS::StackName}-data' },
            Arn: { 'Fn::GetAtt': ['Other', 'Endpoint.Address'] },
            Tags: [
              { Key: 'a/b', Value: { 'Fn::If': ['IsProd', { Ref: 'Name' }, { Ref: 'AWS::NoValue' }] } },
              'plain',
            ],
            Policy: { Condition: { Null: { 'aws:SecureTransport': 'false' } } },
            Empty: null,
            Flow: { Ref: 'X' },
          },
        },
      },
    });
  });

  it('locates keys and values past comments', () => {
    expect(at(doc, '/AWSTemplateFormatVersion')).toEqual({ key: '1:1-1:25', value: '1:27-1:37' });
    expect(at(doc, '/Resources/Bucket').key).toBe('4:3-4:9');
    expect(at(doc, '/Resources/Bucket/Properties/BucketName')).toEqual({ key: '7:7-7:17', value: '7:19-7:48' });
    expect(at(doc, '/Resources/Bucket/Properties/Tags/0/Value')).toEqual({ key: '11:11-11:16', value: '11:18-11:60' });
    expect(at(doc, '/Resources/Bucket/Properties/Tags/1')).toEqual({ value: '12:11-12:16' });
    expect(at(doc, '/Resources/Bucket/Properties/Empty').key).toBe('17:7-17:12');
  });

  it('locates the items inside a short-form tag', () => {
    expect(at(doc, '/Resources/Bucket/Properties/Tags/0/Value/Fn::If/1')).toEqual({ value: '11:31-11:40' });
    expect(at(doc, '/Resources/Bucket/Properties/Flow/Ref')).toEqual({ key: '18:15-18:18', value: '18:20-18:21' });
  });

  it('keeps keys that YAML would read as null or booleans as written (IAM `Null`)', () => {
    expect(at(doc, '/Resources/Bucket/Properties/Policy/Condition/Null').key).toBe('15:11-15:15');
  });

  it('maps every written pointer to a range that starts at its key text', () => {
    for (const p of doc.pointers()) {
      const node = doc.node(p)!;
      if (node.keyStart === undefined || node.keyEnd === node.keyStart) continue;
      const key = p.split('/').pop()!.replace(/~1/g, '/').replace(/~0/g, '~');
      expect(doc.text.slice(node.keyStart, node.keyEnd).replace(/^['"]|['"]$/g, ''), p).toBe(key);
    }
  });

  it('counts columns after a BOM and across CRLF line ends as editors do', () => {
    const crlf = '\uFEFFResources:\r\n  Bucket:\r\n    Type: AWS::S3::Bucket\r\n';
    const d = parseDocument(crlf, 'yaml');
    expect(d.bom).toBe(true);
    expect(at(d, '/Resources/Bucket/Type')).toEqual({ key: '3:5-3:9', value: '3:11-3:26' });
  });
});

describe('template detection', () => {
  it.each([
    ['AWSTemplateFormatVersion', { AWSTemplateFormatVersion: '2010-09-09' }, true],
    ['Resources with AWS:: types', { Resources: { A: { Type: 'AWS::SNS::Topic' } } }, true],
    ['custom resource types', { Resources: { A: { Type: 'Custom::Thing' } } }, true],
    ['a Resources list of typed entries (malformed, still a template)', { Resources: [{ Type: 'AWS::SNS::Topic' }] }, true],
    ['package.json', { name: 'x', version: '1.0.0', scripts: {} }, false],
    ['Resources without types', { Resources: { A: { kind: 'x' } } }, false],
    ['a list', [1, 2], false],
    ['a string', 'Resources', false],
  ])('%s', (_name, data, expected) => {
    expect(looksLikeTemplate(data)).toBe(expected);
  });

  it('builds a template only from documents that are one', () => {
    expect(asTemplate(parseDocument('{"name": "pkg"}', 'json'))).toBeUndefined();
    expect(asTemplate(parseDocument('Resources:\n  T:\n    Type: AWS::SNS::Topic\n', 'yaml'))?.resources).toEqual({
      T: { Type: 'AWS::SNS::Topic' },
    });
  });
});
