import rule from '../../rules/parameter-groups.js';
import { dedent, RuleTester } from '../../src/testing/rule-tester.js';

const IFACE = '/Metadata/AWS::CloudFormation::Interface';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'the seed corrected template: every parameter in a group',
      code: dedent(`
        {
          "Metadata": {
            "AWS::CloudFormation::Interface": {
              "ParameterGroups": [
                { "Label": { "default": "Environment Configuration" }, "Parameters": ["EnvironmentSuffix"] },
                { "Label": { "default": "Network Configuration" }, "Parameters": ["VpcCIDR"] }
              ]
            }
          },
          "Parameters": {
            "EnvironmentSuffix": { "Type": "String", "Default": "dev", "AllowedPattern": "^[a-zA-Z0-9]+$" },
            "VpcCIDR": { "Type": "String", "Default": "10.0.0.0/16" }
          },
          "Resources": {
            "Vpc": { "Type": "AWS::EC2::VPC", "Properties": { "CidrBlock": { "Ref": "VpcCIDR" } } }
          }
        }
      `),
    },
    {
      name: 'no Parameters at all: nothing to group',
      code: dedent(`
        # a stack without inputs
        Resources:
          Queue:
            Type: AWS::SQS::Queue
            Properties:
              QueueName: !Sub '\${AWS::StackName}-jobs'
      `),
    },
    {
      name: 'an empty Parameters section',
      code: dedent(`
        Parameters: {}
        Resources:
          Queue:
            Type: AWS::SQS::Queue
      `),
    },
    {
      name: 'short tags, a label written as a plain string, a parameter in two groups',
      code: dedent(`
        Metadata:
          AWS::CloudFormation::Interface:
            ParameterGroups:
              - Label: Environment # not the documented shape, but a label all the same
                Parameters: [Env]
              - Label: { default: Sizing }
                Parameters:
                  - Size
                  - Env
        Parameters:
          Env:
            Type: String
            AllowedValues: [dev, prod]
          Size:
            Type: Number
            MinValue: 1
            MaxValue: 4
        Conditions:
          IsProd: !Equals [!Ref Env, prod]
        Resources:
          Queue:
            Type: AWS::SQS::Queue
            Properties:
              DelaySeconds: !If [IsProd, 0, !Ref Size]
      `),
    },
    {
      name: 'fewer parameters than minParameters',
      options: { minParameters: 2 },
      code: dedent(`
        Parameters:
          EnvironmentSuffix:
            Type: String
            AllowedPattern: '^[a-z0-9]+$'
        Resources:
          Queue:
            Type: AWS::SQS::Queue
            Properties:
              QueueName: !Sub 'jobs-\${EnvironmentSuffix}'
      `),
    },
  ],
  invalid: [
    {
      name: 'the seed model template: parameters and no Metadata',
      code: dedent(`
        {
          "Parameters": {
            "ProjectName": { "Type": "String", "Default": "projX" },
            "DBUsername": { "Type": "String", "NoEcho": "true" }
          },
          "Resources": {
            "Bucket": { "Type": "AWS::S3::Bucket", "Properties": { "BucketName": { "Fn::Sub": "\${ProjectName}-data" } } }
          }
        }
      `),
      errors: [
        {
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 15,
          pointer: '/Parameters',
          message:
            'The template has 2 parameters but no AWS::CloudFormation::Interface metadata, so the console lists them ungrouped in alphabetical order. Add ParameterGroups that group them by purpose.',
          fix: {
            title: 'Add AWS::CloudFormation::Interface with one parameter group',
            safety: 'safe',
            ops: [
              {
                op: 'add',
                path: '/Metadata',
                value: {
                  'AWS::CloudFormation::Interface': {
                    ParameterGroups: [{ Label: { default: 'Parameters' }, Parameters: ['ProjectName', 'DBUsername'] }],
                  },
                },
              },
            ],
          },
        },
      ],
    },
    {
      name: 'Metadata without the Interface; one parameter',
      code: dedent(`
        Metadata:
          cfn-lint:
            config:
              ignore_checks: [W3011]
        Parameters:
          EnvironmentSuffix:
            Type: String
            AllowedPattern: '^[a-z0-9]+$'
        Resources:
          Queue:
            Type: AWS::SQS::Queue
            Properties:
              QueueName: !Sub 'jobs-\${EnvironmentSuffix}'
      `),
      errors: [
        {
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 11,
          pointer: '/Parameters',
          message:
            'The template has a parameter but no AWS::CloudFormation::Interface metadata, so the console shows it without a group. Add ParameterGroups that group the parameters by purpose.',
          fix: {
            safety: 'safe',
            ops: [
              {
                op: 'add',
                path: IFACE,
                value: { ParameterGroups: [{ Label: { default: 'Parameters' }, Parameters: ['EnvironmentSuffix'] }] },
              },
            ],
          },
        },
      ],
    },
    {
      name: 'an Interface with labels but no ParameterGroups',
      code: dedent(`
        {
          "Metadata": {
            "AWS::CloudFormation::Interface": {
              "ParameterLabels": { "Env": { "default": "Environment" } }
            }
          },
          "Parameters": {
            "Env": { "Type": "String", "AllowedValues": ["dev", "prod"] }
          },
          "Resources": {
            "Queue": { "Type": "AWS::SQS::Queue" }
          }
        }
      `),
      errors: [
        {
          line: 3,
          column: 5,
          pointer: IFACE,
          message:
            "AWS::CloudFormation::Interface has no ParameterGroups, so the console lists the template's parameter without groups. Add ParameterGroups that group them by purpose.",
          fix: {
            safety: 'safe',
            ops: [{ op: 'add', path: `${IFACE}/ParameterGroups`, value: [{ Label: { default: 'Parameters' }, Parameters: ['Env'] }] }],
          },
        },
      ],
    },
    {
      name: 'a typo, an unknown entry and two ungrouped parameters (one new group for both)',
      code: dedent(`
        Metadata:
          AWS::CloudFormation::Interface:
            ParameterGroups:
              - Label:
                  default: Network Configuration
                Parameters:
                  - VpcCidr # typo of VpcCIDR
                  - PrivateSubnet3CIDR
        Parameters:
          VpcCIDR:
            Type: String
            Default: 10.0.0.0/16
            AllowedPattern: '^10\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}/16$'
          Env:
            Type: String
            AllowedValues: [dev, prod]
        Resources:
          Vpc:
            Type: AWS::EC2::VPC
            Properties:
              CidrBlock: !Ref VpcCIDR
              Tags:
                - Key: env
                  Value: !Ref Env
      `),
      errors: [
        {
          line: 7,
          column: 13,
          endLine: 7,
          endColumn: 20,
          pointer: `${IFACE}/ParameterGroups/0/Parameters/0`,
          message:
            'Parameter group "Network Configuration" lists VpcCidr, which is not a parameter of this template (did you mean VpcCIDR?); the entry groups nothing. Rename it to VpcCIDR.',
          fix: {
            title: 'Rename VpcCidr to VpcCIDR',
            safety: 'safe',
            ops: [
              { op: 'test', path: `${IFACE}/ParameterGroups/0/Parameters/0`, value: 'VpcCidr' },
              { op: 'replace', path: `${IFACE}/ParameterGroups/0/Parameters/0`, value: 'VpcCIDR' },
            ],
          },
        },
        {
          line: 8,
          column: 13,
          message:
            'Parameter group "Network Configuration" lists PrivateSubnet3CIDR, which is not a parameter of this template; the entry groups nothing. Remove it or fix the name.',
          fix: {
            safety: 'safe',
            ops: [
              { op: 'test', path: `${IFACE}/ParameterGroups/0/Parameters/1`, value: 'PrivateSubnet3CIDR' },
              { op: 'remove', path: `${IFACE}/ParameterGroups/0/Parameters/1` },
            ],
          },
        },
        {
          line: 10,
          column: 3,
          pointer: '/Parameters/VpcCIDR',
          message:
            'Parameter VpcCIDR is in no parameter group of AWS::CloudFormation::Interface, so the console shows it apart from the others under "Other parameters". Add it to the group it belongs to.',
          fix: {
            title: 'Group VpcCIDR and Env under "Other parameters"',
            safety: 'safe',
            ops: [
              {
                op: 'test',
                path: `${IFACE}/ParameterGroups`,
                value: [{ Label: { default: 'Network Configuration' }, Parameters: ['VpcCidr', 'PrivateSubnet3CIDR'] }],
              },
              { op: 'add', path: `${IFACE}/ParameterGroups/-`, value: { Label: { default: 'Other parameters' }, Parameters: ['VpcCIDR', 'Env'] } },
            ],
          },
        },
        {
          line: 14,
          column: 3,
          pointer: '/Parameters/Env',
          fix: {
            safety: 'safe',
            ops: [
              {
                op: 'test',
                path: `${IFACE}/ParameterGroups`,
                value: [{ Label: { default: 'Network Configuration' }, Parameters: ['VpcCidr', 'PrivateSubnet3CIDR'] }],
              },
              { op: 'add', path: `${IFACE}/ParameterGroups/-`, value: { Label: { default: 'Other parameters' }, Parameters: ['VpcCIDR', 'Env'] } },
            ],
          },
        },
      ],
    },
    {
      name: 'an existing "Other parameters" group is appended to',
      code: dedent(`
        {
          "Metadata": {
            "AWS::CloudFormation::Interface": {
              "ParameterGroups": [
                { "Label": { "default": "Other parameters" }, "Parameters": ["Env"] }
              ]
            }
          },
          "Parameters": {
            "Env": { "Type": "String", "AllowedValues": ["dev", "prod"] },
            "Size": { "Type": "Number", "MinValue": 1, "MaxValue": 4 }
          },
          "Resources": {
            "Queue": { "Type": "AWS::SQS::Queue", "Properties": { "DelaySeconds": { "Ref": "Size" } } }
          }
        }
      `),
      errors: [
        {
          line: 11,
          column: 5,
          endLine: 11,
          endColumn: 63,
          pointer: '/Parameters/Size',
          fix: {
            title: 'Add Size to the "Other parameters" group',
            safety: 'safe',
            ops: [
              { op: 'test', path: `${IFACE}/ParameterGroups/0/Parameters`, value: ['Env'] },
              { op: 'add', path: `${IFACE}/ParameterGroups/0/Parameters/-`, value: 'Size' },
            ],
          },
        },
      ],
    },
  ],
});
