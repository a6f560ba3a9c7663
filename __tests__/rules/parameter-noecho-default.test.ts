import rule from '../../rules/parameter-noecho-default.js';
import { dedent, RuleTester } from '../../src/testing/rule-tester.js';

const message = (name: string) =>
  `Parameter ${name} is NoEcho but has a Default, so the secret is committed with the template and used by every stack deployed without the parameter. Remove the Default and pass the value at deploy time (or generate it in Secrets Manager), and rotate the committed value.`;

new RuleTester().run(rule, {
  valid: [
    {
      name: 'NoEcho without a Default; a Default without NoEcho',
      code: dedent(`
        {
          "Parameters": {
            "DBPassword": { "Type": "String", "NoEcho": "true", "MinLength": 8 },
            "DBName": { "Type": "String", "Default": "appdb" },
            "ApiKey": { "Type": "String", "NoEcho": false, "Default": "not-a-secret" }
          },
          "Resources": {
            "Db": {
              "Type": "AWS::RDS::DBInstance",
              "Properties": { "MasterUserPassword": { "Ref": "DBPassword" }, "DBName": { "Ref": "DBName" } }
            }
          }
        }
      `),
    },
    {
      name: 'empty defaults, references to where the secret lives, user names',
      code: dedent(`
        Parameters:
          GitHubToken:
            Type: String
            NoEcho: true
            Default: ''            # optional
          DbSecretArn:
            Type: String
            NoEcho: true
            Default: arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf
          TokenParameterName:
            Type: String
            NoEcho: true
            Default: /cicd/github-token
          TokenValue:
            Type: AWS::SSM::Parameter::Value<String>
            NoEcho: true
            Default: cicd-token
          DBMasterUsername:
            Type: String
            NoEcho: true
            Default: dbadmin       # a user name is not a secret
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              MasterUsername: !Ref DBMasterUsername
              MasterUserPassword: !Sub '{{resolve:secretsmanager:\${DbSecretArn}:SecretString:password}}'
          Hook:
            Type: AWS::SSM::Parameter
            Properties:
              Type: String
              Value: !Sub '\${GitHubToken}\${TokenParameterName}\${TokenValue}'
      `),
    },
  ],
  invalid: [
    {
      name: 'a committed database password (NoEcho written as a string)',
      code: dedent(`
        {
          "Parameters": {
            "DBPassword": {
              "Type": "String",
              "NoEcho": "true",
              "Default": "TempPassword123!"
            }
          },
          "Resources": {
            "Db": { "Type": "AWS::RDS::DBInstance", "Properties": { "MasterUserPassword": { "Ref": "DBPassword" } } }
          }
        }
      `),
      errors: [
        {
          line: 6,
          column: 7,
          endLine: 6,
          endColumn: 36,
          pointer: '/Parameters/DBPassword/Default',
          severity: 'critical',
          message: message('DBPassword'),
          fix: {
            title: 'Remove the Default of DBPassword',
            safety: 'unsafe',
            ops: [
              { op: 'test', path: '/Parameters/DBPassword/Default', value: 'TempPassword123!' },
              { op: 'remove', path: '/Parameters/DBPassword/Default' },
            ],
          },
        },
      ],
    },
    {
      name: 'an external id and a numeric PIN; user names included by option',
      options: { includeUsernames: true },
      code: dedent(`
        Parameters:
          ExternalId:
            Type: String
            NoEcho: True
            Default: secure-infra-external-id   # shared with the partner
          Pin:
            Type: Number
            NoEcho: true
            Default: 1234
          DBUsername:
            Type: String
            NoEcho: true
            Default: admin
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal: { AWS: arn:aws:iam::123456789012:root }
                    Action: sts:AssumeRole
                    Condition:
                      StringEquals: { sts:ExternalId: !Ref ExternalId }
              Tags:
                - Key: pin
                  Value: !Sub '\${Pin}-\${DBUsername}'
      `),
      errors: [
        {
          line: 5,
          column: 5,
          message: message('ExternalId'),
          fix: {
            safety: 'unsafe',
            ops: [
              { op: 'test', path: '/Parameters/ExternalId/Default', value: 'secure-infra-external-id' },
              { op: 'remove', path: '/Parameters/ExternalId/Default' },
            ],
          },
        },
        {
          line: 9,
          column: 5,
          message: message('Pin'),
          fix: {
            safety: 'unsafe',
            ops: [
              { op: 'test', path: '/Parameters/Pin/Default', value: 1234 },
              { op: 'remove', path: '/Parameters/Pin/Default' },
            ],
          },
        },
        { line: 13, column: 5, pointer: '/Parameters/DBUsername/Default', message: message('DBUsername') },
      ],
    },
  ],
});
