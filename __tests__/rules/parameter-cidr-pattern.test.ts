import rule, { IPV4_CIDR_PATTERN, OPTIONAL_IPV4_CIDR_PATTERN } from '../../rules/parameter-cidr-pattern.js';
import { compileAllowedPattern } from '../../rules/lib/params-common.js';
import { dedent, RuleTester } from '../../src/testing/rule-tester.js';
import { describe, expect, it } from 'vitest';

const message = (name: string, why: string) =>
  `Parameter ${name} ${why} but has no AllowedPattern, so any text is accepted and a malformed block fails only when the resource using it is created. Add an AllowedPattern for CIDR blocks.`;

describe('the CIDR patterns the fix adds', () => {
  it('accept CIDR blocks and nothing else, read as CloudFormation reads them', () => {
    const strict = compileAllowedPattern(IPV4_CIDR_PATTERN)!;
    const optional = compileAllowedPattern(OPTIONAL_IPV4_CIDR_PATTERN)!;
    for (const ok of ['10.0.0.0/16', '0.0.0.0/0', '192.168.255.255/32', '172.16.0.0/12']) expect(strict.test(ok), ok).toBe(true);
    for (const bad of ['10.0.0.0', '256.0.0.0/8', '10.0.0.0/33', '10.0.0/16', ' 10.0.0.0/16', '::/0', '']) expect(strict.test(bad), bad).toBe(false);
    expect(optional.test('')).toBe(true);
    expect(optional.test('10.1.0.0/16')).toBe(true);
    expect(optional.test('10.1.0.0')).toBe(false);
  });
});

new RuleTester().run(rule, {
  valid: [
    {
      name: 'the seed corrected template: CIDR parameters with patterns',
      code: dedent(`
        {
          "Parameters": {
            "VpcCIDR": {
              "Type": "String",
              "Default": "10.0.0.0/16",
              "AllowedPattern": "^(10\\\\.\\\\d{1,3}\\\\.\\\\d{1,3}\\\\.\\\\d{1,3}/16)$"
            }
          },
          "Resources": {
            "Vpc": { "Type": "AWS::EC2::VPC", "Properties": { "CidrBlock": { "Ref": "VpcCIDR" } } }
          }
        }
      `),
    },
    {
      name: 'CIDRs from AllowedValues, a list type, a Number named for a CIDR, other strings',
      code: dedent(`
        Parameters:
          SshCidr:
            Type: String
            Default: 10.0.0.0/8
            AllowedValues: [10.0.0.0/8, 192.168.0.0/16]   # a closed list is a constraint too
          AllowedCidrs:
            Type: CommaDelimitedList
            Default: 10.0.0.0/8,172.16.0.0/12
          CidrMaskBits:
            Type: Number
            Default: 8
            MinValue: 4
            MaxValue: 16
          Env:
            Type: String
            Default: dev
        Resources:
          Sg:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: !Sub 'web \${Env}'
              SecurityGroupIngress:
                - CidrIp: !Ref SshCidr
                  IpProtocol: tcp
                  FromPort: 22
                  ToPort: 22
                - CidrIp: !Select [0, !Ref AllowedCidrs]
                  IpProtocol: tcp
                  FromPort: 443
                  ToPort: 443
          Vpc:
            Type: AWS::EC2::VPC
            Properties:
              CidrBlock: 10.0.0.0/16
          Subnets:
            Type: AWS::EC2::Subnet
            Properties:
              VpcId: !Ref Vpc
              CidrBlock: !Select [0, !Cidr [!GetAtt Vpc.CidrBlock, 4, !Ref CidrMaskBits]]
      `),
    },
  ],
  invalid: [
    {
      name: 'the seed model shape: a VPC CIDR default without a pattern',
      code: dedent(`
        {
          "Parameters": {
            "VpcCIDR": { "Type": "String", "Default": "10.0.0.0/16", "Description": "CIDR block for VPC" }
          },
          "Resources": {
            "Vpc": { "Type": "AWS::EC2::VPC", "Properties": { "CidrBlock": { "Ref": "VpcCIDR" } } }
          }
        }
      `),
      errors: [
        {
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 99,
          pointer: '/Parameters/VpcCIDR',
          message: message('VpcCIDR', 'defaults to the CIDR block "10.0.0.0/16"'),
          fix: {
            title: 'Allow only IPv4 CIDR blocks in VpcCIDR',
            safety: 'unsafe',
            ops: [
              { op: 'add', path: '/Parameters/VpcCIDR/AllowedPattern', value: IPV4_CIDR_PATTERN },
              { op: 'add', path: '/Parameters/VpcCIDR/ConstraintDescription', value: 'Must be an IPv4 CIDR block such as 10.0.0.0/16.' },
            ],
          },
        },
      ],
    },
    {
      name: 'named CIDRs: optional (empty default), no default, IPv6 default; a CIDR default under another name',
      code: dedent(`
        Parameters:
          AllowedSshCidr:
            Type: String
            Default: ''   # empty: no SSH rule
            ConstraintDescription: an IPv4 block, or empty
          AdminCidr:
            Type: String
          Ipv6Cidr:
            Type: String
            Default: ::/0
          SSHLocation:
            Type: String
            Default: 0.0.0.0/0
        Conditions:
          HasSsh: !Not [!Equals [!Ref AllowedSshCidr, '']]
        Resources:
          Sg:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: web
              SecurityGroupIngress:
                - !If
                  - HasSsh
                  - { CidrIp: !Ref AllowedSshCidr, IpProtocol: tcp, FromPort: 22, ToPort: 22 }
                  - !Ref AWS::NoValue
                - { CidrIp: !Ref AdminCidr, IpProtocol: tcp, FromPort: 443, ToPort: 443 }
                - { CidrIpv6: !Ref Ipv6Cidr, IpProtocol: tcp, FromPort: 443, ToPort: 443 }
                - { CidrIp: !Ref SSHLocation, IpProtocol: tcp, FromPort: 22, ToPort: 22 }
      `),
      errors: [
        {
          line: 2,
          column: 3,
          message: message('AllowedSshCidr', 'is named as a CIDR block'),
          fix: {
            safety: 'unsafe',
            ops: [{ op: 'add', path: '/Parameters/AllowedSshCidr/AllowedPattern', value: OPTIONAL_IPV4_CIDR_PATTERN }],
          },
        },
        {
          line: 6,
          column: 3,
          message: message('AdminCidr', 'is named as a CIDR block'),
          fix: {
            safety: 'unsafe',
            ops: [
              { op: 'add', path: '/Parameters/AdminCidr/AllowedPattern', value: IPV4_CIDR_PATTERN },
              { op: 'add', path: '/Parameters/AdminCidr/ConstraintDescription', value: 'Must be an IPv4 CIDR block such as 10.0.0.0/16.' },
            ],
          },
        },
        { line: 8, column: 3, message: message('Ipv6Cidr', 'defaults to the CIDR block "::/0"'), fix: null },
        { line: 11, column: 3, pointer: '/Parameters/SSHLocation', message: message('SSHLocation', 'defaults to the CIDR block "0.0.0.0/0"') },
      ],
    },
  ],
});
