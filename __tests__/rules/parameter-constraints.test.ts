import rule from '../../rules/parameter-constraints.js';
import { dedent, RuleTester } from '../../src/testing/rule-tester.js';

const STRING_MESSAGE = (name: string, hint = '') =>
  `String parameter ${name} has neither AllowedValues nor AllowedPattern, so any value is accepted and a wrong one fails only when a resource uses it. Add AllowedValues or an AllowedPattern${hint}.`;

new RuleTester().run(rule, {
  valid: [
    {
      name: 'the seed corrected parameters',
      code: dedent(`
        {
          "Parameters": {
            "EnvironmentSuffix": {
              "Type": "String",
              "Default": "dev",
              "AllowedPattern": "^[a-zA-Z0-9]+$",
              "ConstraintDescription": "Must contain only alphanumeric characters"
            },
            "VpcCIDR": { "Type": "String", "Default": "10.0.0.0/16", "AllowedPattern": "^(10\\\\.\\\\d{1,3}\\\\.\\\\d{1,3}\\\\.\\\\d{1,3}/16)$" },
            "LambdaRuntime": { "Type": "String", "Default": "python3.11", "AllowedValues": ["python3.11", "python3.10"] },
            "LambdaMemorySize": { "Type": "Number", "Default": 128, "AllowedValues": [128, 256, 512, 1024] },
            "DBName": { "Type": "String", "Default": "projxdb", "MinLength": "1", "MaxLength": "64", "AllowedPattern": "^[a-zA-Z][a-zA-Z0-9]*$" }
          },
          "Resources": {
            "Queue": { "Type": "AWS::SQS::Queue", "Properties": { "QueueName": { "Fn::Sub": "\${DBName}-\${EnvironmentSuffix}" } } }
          }
        }
      `),
    },
    {
      name: 'exempt types, tag-only and output-only strings, a CIDR left to parameter-cidr-pattern, a one-sided bound',
      code: dedent(`
        Parameters:
          KeyName:
            Type: AWS::EC2::KeyPair::KeyName   # validated by CloudFormation
          VpcId:
            Type: AWS::EC2::VPC::Id
          Subnets:
            Type: List<AWS::EC2::Subnet::Id>
          LatestAmi:
            Type: AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>
            Default: /aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64
          Domains:
            Type: CommaDelimitedList
          Owner:
            Type: String
            Default: platform-team
          CostCenter:
            Type: String
          VpcCidr:
            Type: String
            Default: 10.0.0.0/16
          Retries:
            Type: Number
            MinValue: 0
        Resources:
          Instance:
            Type: AWS::EC2::Instance
            Properties:
              ImageId: !Ref LatestAmi
              KeyName: !Ref KeyName
              SubnetId: !Select [0, !Ref Subnets]
              Tags:
                - Key: Owner
                  Value: !Ref Owner
                - Key: CostCenter
                  Value: !Sub 'cc-\${CostCenter}'
          Sg:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: !Select [0, !Ref Domains]
              VpcId: !Ref VpcId
              SecurityGroupIngress:
                - CidrIp: !Ref VpcCidr
                  IpProtocol: tcp
                  FromPort: 443
                  ToPort: 443
          Queue:
            Type: AWS::SQS::Queue
            Properties:
              MessageRetentionPeriod: !Ref Retries
        Outputs:
          Owner:
            Value: !Ref Owner
      `),
    },
    {
      name: 'a pattern without ConstraintDescription is fine by default',
      code: dedent(`
        Parameters:
          Env:
            Type: String
            AllowedPattern: '^[a-z]+$'
        Resources:
          Queue:
            Type: AWS::SQS::Queue
            Properties:
              QueueName: !Ref Env
      `),
    },
  ],
  invalid: [
    {
      name: 'the seed model parameters',
      code: dedent(`
        {
          "Parameters": {
            "ProjectName": { "Type": "String", "Default": "projX", "Description": "Project name prefix" },
            "DBUsername": { "Type": "String", "NoEcho": "true", "MinLength": 1 },
            "MemorySize": { "Type": "Number", "Default": 128 }
          },
          "Resources": {
            "Db": {
              "Type": "AWS::RDS::DBInstance",
              "Properties": {
                "MasterUsername": { "Ref": "DBUsername" },
                "DBInstanceIdentifier": { "Fn::Sub": "\${ProjectName}-db" },
                "Tags": [{ "Key": "Project", "Value": { "Ref": "ProjectName" } }]
              }
            },
            "Fn": { "Type": "AWS::Lambda::Function", "Properties": { "MemorySize": { "Ref": "MemorySize" } } }
          }
        }
      `),
      errors: [
        { line: 3, column: 5, pointer: '/Parameters/ProjectName', message: STRING_MESSAGE('ProjectName'), fix: null },
        { line: 4, column: 5, endLine: 4, endColumn: 73, pointer: '/Parameters/DBUsername', message: STRING_MESSAGE('DBUsername') },
        {
          line: 5,
          column: 5,
          pointer: '/Parameters/MemorySize',
          message:
            'Number parameter MemorySize has no MinValue, MaxValue or AllowedValues, so any number is accepted. Add the bounds the resources using it allow.',
        },
      ],
    },
    {
      name: 'a key pair name as a String, and conditions on a free-text flag',
      code: dedent(`
        Parameters:
          KeyPairName:
            Type: String
            Default: ''   # optional
          EnableLogs:
            Type: String
            Default: 'true'
        Conditions:
          HasKey: !Not [!Equals [!Ref KeyPairName, '']]
          Logs: !Equals [!Ref EnableLogs, 'true']
        Resources:
          Instance:
            Type: AWS::EC2::Instance
            Properties:
              ImageId: ami-12345678
              KeyName: !If [HasKey, !Ref KeyPairName, !Ref AWS::NoValue]
      `),
      errors: [
        { line: 2, column: 3, message: STRING_MESSAGE('KeyPairName', ' (or use the type AWS::EC2::KeyPair::KeyName, which checks the value exists)') },
        { line: 5, column: 3, message: STRING_MESSAGE('EnableLogs') },
      ],
    },
    {
      name: 'options: requireBothBounds and requireConstraintDescription',
      options: { requireBothBounds: true, requireConstraintDescription: true },
      code: dedent(`
        Parameters:
          Retries:
            Type: Number
            MinValue: 0
          Env:
            Type: String
            AllowedPattern: '^[a-z]+$'
        Resources:
          Queue:
            Type: AWS::SQS::Queue
            Properties:
              QueueName: !Ref Env
              DelaySeconds: !Ref Retries
      `),
      errors: [
        { line: 2, column: 3, message: 'Number parameter Retries has MinValue but no MaxValue. Add the missing bound.' },
        {
          line: 7,
          column: 5,
          endColumn: 31,
          pointer: '/Parameters/Env/AllowedPattern',
          message:
            'Parameter Env has an AllowedPattern but no ConstraintDescription, so a rejected value is explained only by the raw pattern. Add a ConstraintDescription saying what is allowed.',
        },
      ],
    },
  ],
});
