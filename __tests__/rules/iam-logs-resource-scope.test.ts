import rule from '../../rules/iam-logs-resource-scope.js';
import { dedent, RuleTester } from '../../src/testing/rule-tester.js';

const LAMBDA_GROUPS = { 'Fn::Sub': 'arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:/aws/lambda/*' };

new RuleTester().run(rule, {
  valid: [
    {
      name: 'the seed corrected role: logs scoped to /aws/lambda/*',
      code: dedent(`
        {
          "Resources": {
            "Role": {
              "Type": "AWS::IAM::Role",
              "Properties": {
                "AssumeRolePolicyDocument": {
                  "Statement": [{ "Effect": "Allow", "Principal": { "Service": "lambda.amazonaws.com" }, "Action": "sts:AssumeRole" }]
                },
                "Policies": [
                  {
                    "PolicyName": "Logs",
                    "PolicyDocument": {
                      "Statement": [
                        {
                          "Effect": "Allow",
                          "Action": ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"],
                          "Resource": { "Fn::Sub": "arn:aws:logs:\${AWS::Region}:\${AWS::AccountId}:log-group:/aws/lambda/*" }
                        }
                      ]
                    }
                  }
                ]
              }
            }
          }
        }
      `),
    },
    {
      name: 'AWS-managed AWSLambdaBasicExecutionRole, star-only describe actions, a Deny, other services on "*"',
      code: dedent(`
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal: { Service: lambda.amazonaws.com }
                    Action: sts:AssumeRole
              ManagedPolicyArns:
                - !Sub arn:\${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole
              Policies:
                - PolicyName: Describe
                  PolicyDocument:
                    Statement:
                      # these only work on "*"
                      - Effect: Allow
                        Action: [logs:DescribeLogGroups, logs:DescribeQueryDefinitions, 'logs:DescribeLogGroup*']
                        Resource: '*'
                      - Effect: Deny
                        Action: logs:*
                        Resource: '*'
                      - Effect: Allow
                        Action: [xray:PutTraceSegments, cloudwatch:PutMetricData]
                        Resource: '*'
                      - Effect: Allow
                        NotAction: iam:*
                        Resource: '*'
      `),
    },
    {
      name: 'account-wide ARNs are not "*" by default; a permissions boundary grants nothing',
      code: dedent(`
        Resources:
          Boundary:
            Type: AWS::IAM::ManagedPolicy
            Properties:
              PolicyDocument:
                Statement:
                  - Effect: Allow
                    Action: logs:*
                    Resource: '*'
          Role:
            Type: AWS::IAM::Role
            Properties:
              PermissionsBoundary: !Ref Boundary
              AssumeRolePolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal: { Service: ec2.amazonaws.com }
                    Action: sts:AssumeRole
              Policies:
                - PolicyName: Logs
                  PolicyDocument:
                    Statement:
                      - Effect: Allow
                        Action: logs:PutLogEvents
                        Resource: !Sub arn:aws:logs:\${AWS::Region}:\${AWS::AccountId}:*
      `),
    },
  ],
  invalid: [
    {
      name: 'the seed model: a Lambda role writing logs on "*" (fix to the Lambda log groups)',
      code: dedent(`
        {
          "Resources": {
            "LambdaExecutionRole": {
              "Type": "AWS::IAM::Role",
              "Properties": {
                "AssumeRolePolicyDocument": {
                  "Statement": [{ "Effect": "Allow", "Principal": { "Service": ["lambda.amazonaws.com"] }, "Action": "sts:AssumeRole" }]
                },
                "Policies": [
                  {
                    "PolicyName": "LambdaLogs",
                    "PolicyDocument": {
                      "Statement": [
                        {
                          "Effect": "Allow",
                          "Action": ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"],
                          "Resource": "*"
                        }
                      ]
                    }
                  }
                ]
              }
            },
            "Fn": {
              "Type": "AWS::Lambda::Function",
              "Properties": { "Role": { "Fn::GetAtt": ["LambdaExecutionRole", "Arn"] } }
            }
          }
        }
      `),
      errors: [
        {
          line: 17,
          column: 19,
          endLine: 17,
          endColumn: 34,
          pointer: '/Resources/LambdaExecutionRole/Properties/Policies/0/PolicyDocument/Statement/0/Resource',
          message:
            'Role LambdaExecutionRole (policy LambdaLogs) allows logs:CreateLogGroup, logs:CreateLogStream and logs:PutLogEvents on every resource ("*"): it can reach every log group in the account, not just its own. Scope Resource to the log groups it uses (arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:/aws/lambda/* for a Lambda function).',
          fix: {
            safety: 'unsafe',
            ops: [
              { op: 'test', path: '/Resources/LambdaExecutionRole/Properties/Policies/0/PolicyDocument/Statement/0/Resource', value: '*' },
              { op: 'replace', path: '/Resources/LambdaExecutionRole/Properties/Policies/0/PolicyDocument/Statement/0/Resource', value: LAMBDA_GROUPS },
            ],
          },
        },
      ],
    },
    {
      name: 'a flow-logs role: list with "*", a star-only action mixed in, no fix',
      code: dedent(`
        Resources:
          FlowLogsRole: # VPC flow logs delivery
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal: { Service: vpc-flow-logs.amazonaws.com }
                    Action: sts:AssumeRole
              Policies:
                - PolicyName: FlowLogs
                  PolicyDocument:
                    Statement:
                      - Effect: Allow
                        Action:
                          - logs:CreateLogStream
                          - logs:PutLogEvents
                          - logs:DescribeLogGroups
                        Resource:
                          - !GetAtt FlowLogGroup.Arn
                          - '*'
          FlowLogGroup:
            Type: AWS::Logs::LogGroup
      `),
      errors: [
        {
          line: 19,
          column: 17,
          endLine: 19,
          endColumn: 25,
          message:
            'Role FlowLogsRole (policy FlowLogs) allows logs:CreateLogStream and logs:PutLogEvents on every resource ("*"): it can reach every log group in the account, not just its own. Scope Resource to the log groups it uses. Keep logs:DescribeLogGroups, which only work on "*", in a statement of their own.',
          fix: null,
        },
      ],
    },
    {
      name: 'wildcard actions in a managed policy and a policy resource; NotResource; a conditional statement',
      code: dedent(`
        Conditions:
          IsProd: !Equals [!Ref Env, prod]
        Parameters:
          Env:
            Type: String
            Default: dev
        Resources:
          Readers:
            Type: AWS::IAM::ManagedPolicy
            Properties:
              Users: [alice]
              PolicyDocument:
                Statement:
                  Effect: Allow
                  Action: ['LOGS:Get*', 'logs:Describe*']
                  Resource: '*'
          Writer:
            Type: AWS::IAM::Policy
            Properties:
              PolicyName: writer
              Roles: [!Ref AppRole]
              PolicyDocument:
                Statement:
                  - Effect: Allow
                    Action: logs:Put*
                    NotResource: !Sub arn:aws:logs:\${AWS::Region}:\${AWS::AccountId}:log-group:secret:*
                  - !If
                    - IsProd
                    - Effect: Allow
                      Action: logs:*
                      Resource: '*'
                    - !Ref AWS::NoValue
          AppRole:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal: { Service: lambda.amazonaws.com }
                    Action: sts:AssumeRole
      `),
      errors: [
        {
          line: 16,
          column: 11,
          message:
            'Managed policy Readers allows LOGS:Get* and logs:Describe* on every resource ("*"): it can reach every log group in the account, not just its own. Scope Resource to the log groups it uses.',
          fix: null,
        },
        {
          line: 26,
          column: 13,
          pointer: '/Resources/Writer/Properties/PolicyDocument/Statement/0/NotResource',
          message:
            'Policy Writer allows logs:Put* on every resource except those in NotResource: it can reach every log group in the account, not just its own. Scope the statement with Resource to the log groups it uses (arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:/aws/lambda/* for a Lambda function).',
          fix: null,
        },
        {
          line: 31,
          column: 15,
          endLine: 31,
          endColumn: 28,
          pointer: '/Resources/Writer/Properties/PolicyDocument/Statement/1/Fn::If/1/Resource',
          message:
            'Policy Writer allows logs:* on every resource ("*") when condition IsProd is true: it can reach every log group in the account, not just its own. Scope Resource to the log groups it uses (arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:/aws/lambda/* for a Lambda function).',
          fix: null,
        },
      ],
    },
    {
      name: 'accountWideArns option: arn:aws:logs:*:*:* counts as "*"; a custom log group blocks the fix',
      options: { accountWideArns: true },
      code: dedent(`
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal: { Service: lambda.amazonaws.com }
                    Action: sts:AssumeRole
              Policies:
                - PolicyName: Logs
                  PolicyDocument:
                    Statement:
                      - Effect: Allow
                        Action: [logs:CreateLogStream, logs:PutLogEvents]
                        Resource: arn:aws:logs:*:*:*
                      - Effect: Allow
                        Action: logs:GetLogEvents
                        Resource:
                          - !Sub arn:\${AWS::Partition}:logs:\${AWS::Region}:\${AWS::AccountId}:log-group:*
                          - !Sub arn:aws:logs:\${AWS::Region}:\${AWS::AccountId}:log-group:/aws/lambda/app:*
          Fn:
            Type: AWS::Lambda::Function
            Properties:
              Role: !GetAtt Role.Arn
              LoggingConfig:
                LogGroup: /custom/app
      `),
      errors: [
        {
          line: 16,
          column: 17,
          message:
            'Role Role (policy Logs) allows logs:CreateLogStream and logs:PutLogEvents on every log group in the account (arn:aws:logs:*:*:*): it can reach every log group in the account, not just its own. Scope Resource to the log groups it uses (arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:/aws/lambda/* for a Lambda function).',
          fix: null,
        },
        {
          line: 19,
          column: 17,
          pointer: '/Resources/Role/Properties/Policies/0/PolicyDocument/Statement/1/Resource',
          message:
            'Role Role (policy Logs) allows logs:GetLogEvents on every log group in the account (arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:*): it can reach every log group in the account, not just its own. Scope Resource to the log groups it uses (arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:/aws/lambda/* for a Lambda function).',
          fix: null,
        },
      ],
    },
  ],
});
