import rule from '../../rules/parameter-default-valid.js';
import { compileAllowedPattern } from '../../rules/lib/params-common.js';
import { dedent, RuleTester } from '../../src/testing/rule-tester.js';
import { describe, expect, it } from 'vitest';

const tail = (name: string) => `, so CloudFormation rejects every deployment that does not pass ${name}. Fix the default or the constraint.`;

describe('compileAllowedPattern', () => {
  it('anchors the pattern to the whole value, as Java matches() does', () => {
    const re = compileAllowedPattern('[a-z]+')!;
    expect(re.test('abc')).toBe(true);
    expect(re.test('abc1')).toBe(false);
    expect(compileAllowedPattern('^$|^arn:aws:.*$')!.test('')).toBe(true);
    expect(compileAllowedPattern('^(?!admin$)[a-z]+$')!.test('admin')).toBe(false);
    expect(compileAllowedPattern('^[a-z0-9](?:[a-z0-9-]{0,18}[a-z0-9])$')!.test('my-app')).toBe(true);
  });
  it('gives up on Java syntax JavaScript reads differently, and on patterns that do not compile', () => {
    for (const java of ['[a-z]++', 'a*+b', '(?>ab)', '(?i)abc', '\\p{Alpha}+', '\\Qa.b\\E', '\\Aabc\\z', '[a-z&&[^e]]', '[a-z[0-9]]', '[]a]', '(', 'a{2}+']) {
      expect(compileAllowedPattern(java), java).toBeUndefined();
    }
    expect(compileAllowedPattern('')).toBeUndefined();
    expect(compileAllowedPattern(42)).toBeUndefined();
  });
});

new RuleTester().run(rule, {
  valid: [
    {
      name: 'the seed corrected parameters: every default satisfies its constraints',
      code: dedent(`
        {
          "Parameters": {
            "EnvironmentSuffix": { "Type": "String", "Default": "dev", "AllowedPattern": "^[a-zA-Z0-9]+$" },
            "VpcCIDR": { "Type": "String", "Default": "10.0.0.0/16", "AllowedPattern": "^(10\\\\.\\\\d{1,3}\\\\.\\\\d{1,3}\\\\.\\\\d{1,3}/16)$" },
            "LambdaMemorySize": { "Type": "Number", "Default": 128, "AllowedValues": ["128", 256] },
            "DBName": { "Type": "String", "Default": "projxdb", "MinLength": "1", "MaxLength": "64", "AllowedPattern": "^[a-zA-Z][a-zA-Z0-9]*$" },
            "Port": { "Type": "Number", "Default": "5432", "MinValue": 1150, "MaxValue": "65535" }
          },
          "Resources": { "Queue": { "Type": "AWS::SQS::Queue" } }
        }
      `),
    },
    {
      name: 'YAML scalars, Java-only patterns left alone, no default, other types',
      code: dedent(`
        Parameters:
          Replicas:
            Type: String
            Default: 2            # read by YAML as a number; CloudFormation sees "2"
            AllowedValues: ['1', '2', '3']
          Flag:
            Type: String
            Default: true
            AllowedValues: ['true', 'false']
          Possessive:
            Type: String
            Default: '!!!'
            AllowedPattern: '[a-z]++'   # Java-only syntax: not judged
          Required:
            Type: String
            AllowedPattern: '^[a-z]+$'
          Subnets:
            Type: CommaDelimitedList
            Default: ''
            AllowedPattern: '^subnet-[0-9a-f]+$'
        Resources:
          Queue:
            Type: AWS::SQS::Queue
            Properties:
              QueueName: !Sub '\${Replicas}-\${Flag}-\${Possessive}-\${Required}'
              Tags:
                - Key: subnets
                  Value: !Join [',', !Ref Subnets]
      `),
    },
  ],
  invalid: [
    {
      name: 'a default outside AllowedValues, and a number out of range',
      code: dedent(`
        {
          "Parameters": {
            "Environment": { "Type": "String", "Default": "Dev", "AllowedValues": ["dev", "staging", "prod"] },
            "Memory": { "Type": "Number", "Default": 64, "MinValue": 128, "MaxValue": 10240 },
            "Timeout": { "Type": "Number", "Default": "thirty" }
          },
          "Resources": { "Queue": { "Type": "AWS::SQS::Queue" } }
        }
      `),
      errors: [
        {
          line: 3,
          column: 40,
          endLine: 3,
          endColumn: 56,
          pointer: '/Parameters/Environment/Default',
          severity: 'high',
          message: `Parameter Environment's default "Dev" is not one of its AllowedValues (dev, staging, prod)${tail('Environment')}`,
          fix: null,
        },
        { line: 4, column: 35, message: `Parameter Memory's default "64" is below its MinValue 128${tail('Memory')}` },
        { line: 5, column: 36, message: `Parameter Timeout's default "thirty" is not a number${tail('Timeout')}` },
      ],
    },
    {
      name: 'patterns and lengths, an empty default, a NoEcho default not shown',
      code: dedent(`
        Parameters:
          EnvironmentSuffix:
            Type: String
            Default: pr-123          # the pattern has no hyphen
            AllowedPattern: '^[a-zA-Z0-9]+$'
          CertificateArn:
            Type: String
            Default: ''
            AllowedPattern: '^arn:aws:acm:.*'
          BucketPrefix:
            Type: String
            Default: ab
            MinLength: 3
            MaxLength: 1
          DBPassword:
            Type: String
            NoEcho: true
            Default: short
            MinLength: 8
        Resources:
          Queue:
            Type: AWS::SQS::Queue
            Properties:
              QueueName: !Sub '\${EnvironmentSuffix}-\${BucketPrefix}'
      `),
      errors: [
        {
          line: 4,
          column: 5,
          endColumn: 20,
          message: `Parameter EnvironmentSuffix's default "pr-123" does not match its AllowedPattern ^[a-zA-Z0-9]+$${tail('EnvironmentSuffix')}`,
        },
        { line: 8, column: 5, message: `Parameter CertificateArn's default "" does not match its AllowedPattern ^arn:aws:acm:.*${tail('CertificateArn')}` },
        {
          line: 12,
          column: 5,
          message: `Parameter BucketPrefix's default "ab" is shorter than its MinLength 3 and is longer than its MaxLength 1${tail('BucketPrefix')}`,
        },
        { line: 18, column: 5, message: `Parameter DBPassword's default is shorter than its MinLength 8${tail('DBPassword')}` },
      ],
    },
  ],
});
