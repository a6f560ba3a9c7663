import rule from '../../rules/api-gateway-stage-logging.js';
import { dedent, RuleTester } from '../../src/testing/rule-tester.js';

const FORMAT =
  '$context.requestId $context.requestTime $context.httpMethod $context.resourcePath $context.status $context.error.message';

new RuleTester().run(rule, {
  valid: [
    {
      name: "the seed's corrected stage",
      code: dedent(`
        {
          "Resources": {
            "Stage": {
              "Type": "AWS::ApiGateway::Stage",
              "Properties": {
                "StageName": "prod",
                "RestApiId": { "Ref": "Api" },
                "DeploymentId": { "Ref": "Deployment" },
                "AccessLogSetting": {
                  "DestinationArn": { "Fn::GetAtt": ["Logs", "Arn"] },
                  "Format": "$context.requestId $context.status"
                },
                "MethodSettings": [
                  { "ResourcePath": "/*", "HttpMethod": "*", "LoggingLevel": "INFO", "DataTraceEnabled": true, "MetricsEnabled": true }
                ]
              }
            }
          }
        }
      `),
    },
    {
      name: 'short tags and comments; level through !If, metrics through a parameter whose default is "true"',
      code: dedent(`
        Parameters:
          Metrics:
            Type: String
            Default: "true"
        Conditions:
          IsProd: !Equals [!Ref AWS::StackName, prod]
        Resources:
          Stage: # the public stage
            Type: AWS::ApiGateway::Stage
            Properties:
              StageName: !Sub "\${AWS::StackName}-v1"
              RestApiId: !Ref Api
              AccessLogSetting:
                DestinationArn: !GetAtt Logs.Arn
                Format: $context.requestId
              MethodSettings:
                - ResourcePath: /users
                  HttpMethod: GET
                  CachingEnabled: true
                - ResourcePath: "/*"
                  HttpMethod: "*"
                  LoggingLevel: !If [IsProd, ERROR, INFO]
                  MetricsEnabled: !Ref Metrics
      `),
    },
    {
      name: 'values that cannot be known statically stay quiet',
      code: dedent(`
        Parameters:
          Level:
            Type: String
        Resources:
          Stage:
            Type: AWS::ApiGateway::Stage
            Properties:
              RestApiId: !Ref Api
              AccessLogSetting:
                DestinationArn: !ImportValue shared-api-logs-arn
              MethodSettings:
                - ResourcePath: /*
                  HttpMethod: "*"
                  LoggingLevel: !Ref Level
                  MetricsEnabled: "True"
          Other:
            Type: AWS::ApiGateway::Stage
            Properties:
              RestApiId: !Ref Api
              AccessLogSetting:
                DestinationArn: !GetAtt Logs.Arn
              MethodSettings:
                - !If [IsProd, { ResourcePath: /*, HttpMethod: "*", LoggingLevel: INFO, MetricsEnabled: true }, !Ref AWS::NoValue]
      `),
    },
    {
      name: 'execution logging not required through the options',
      options: { requireExecutionLogging: false },
      code: dedent(`
        Resources:
          Stage:
            Type: AWS::ApiGateway::Stage
            Properties:
              RestApiId: !Ref Api
              AccessLogSetting:
                DestinationArn: !GetAtt Logs.Arn
              MethodSettings:
                - ResourcePath: /*
                  HttpMethod: "*"
                  MetricsEnabled: true
      `),
    },
  ],
  invalid: [
    {
      name: "the seed's model stage: no access log, no method settings, no account role in the template",
      code: dedent(`
        {
          "Resources": {
            "ApiGatewayStage": {
              "Type": "AWS::ApiGateway::Stage",
              "Properties": {
                "RestApiId": { "Ref": "ApiGateway" },
                "DeploymentId": { "Ref": "ApiGatewayDeployment" },
                "StageName": "prod"
              }
            }
          }
        }
      `),
      errors: [
        {
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 22,
          pointer: '/Resources/ApiGatewayStage',
          message:
            'Stage ApiGatewayStage has no AccessLogSetting: requests to it leave no access log for auditing or debugging. Add AccessLogSetting with a CloudWatch Logs DestinationArn and a Format.',
          fix: {
            title: 'Send access logs of ApiGatewayStage to a new log group ApiGatewayStageAccessLogs (needs the account-level API Gateway CloudWatch role, AWS::ApiGateway::Account)',
            safety: 'unsafe',
            ops: [
              {
                op: 'add',
                path: '/Resources/ApiGatewayStageAccessLogs',
                value: { Type: 'AWS::Logs::LogGroup', Properties: { RetentionInDays: 30 } },
              },
              {
                op: 'add',
                path: '/Resources/ApiGatewayStage/Properties/AccessLogSetting',
                value: { DestinationArn: { 'Fn::GetAtt': ['ApiGatewayStageAccessLogs', 'Arn'] }, Format: FORMAT },
              },
            ],
          },
        },
        {
          line: 3,
          column: 5,
          pointer: '/Resources/ApiGatewayStage',
          message:
            'Stage ApiGatewayStage has no MethodSettings, so CloudWatch metrics and execution logs are off for all its methods. Add a MethodSettings entry with ResourcePath "/*", HttpMethod "*", MetricsEnabled true and LoggingLevel INFO or ERROR.',
          fix: {
            safety: 'unsafe',
            ops: [
              {
                op: 'add',
                path: '/Resources/ApiGatewayStage/Properties/MethodSettings',
                value: [{ ResourcePath: '/*', HttpMethod: '*', LoggingLevel: 'INFO', MetricsEnabled: true }],
              },
            ],
          },
        },
      ],
    },
    {
      name: 'the template sets the account role: safe fixes that wait for it; LoggingLevel OFF; MetricsEnabled missing',
      code: dedent(`
        Resources:
          Account:
            Type: AWS::ApiGateway::Account
            Properties:
              CloudWatchRoleArn: !GetAtt ApiLogsRole.Arn
          StageAccessLogs:
            Type: AWS::SQS::Queue   # takes the id the fix would use
          Stage:
            Type: AWS::ApiGateway::Stage
            DependsOn: Deployment
            Properties:
              RestApiId: !Ref Api
              MethodSettings:
                - ResourcePath: /*
                  HttpMethod: "*"
                  LoggingLevel: "OFF"   # someone turned it off
      `),
      errors: [
        {
          line: 8,
          column: 3,
          message: /^Stage Stage has no AccessLogSetting/,
          fix: {
            safety: 'safe',
            ops: [
              { op: 'add', path: '/Resources/StageAccessLogs2', value: { Type: 'AWS::Logs::LogGroup', Properties: { RetentionInDays: 30 } } },
              {
                op: 'add',
                path: '/Resources/Stage/Properties/AccessLogSetting',
                value: { DestinationArn: { 'Fn::GetAtt': ['StageAccessLogs2', 'Arn'] }, Format: FORMAT },
              },
              { op: 'test', path: '/Resources/Stage/DependsOn', value: 'Deployment' },
              { op: 'replace', path: '/Resources/Stage/DependsOn', value: ['Deployment', 'Account'] },
            ],
          },
        },
        {
          line: 14,
          column: 11,
          pointer: '/Resources/Stage/Properties/MethodSettings/0',
          message:
            "Stage Stage's MethodSettings entry for all methods has no MetricsEnabled, so metrics are off. Add MetricsEnabled true and LoggingLevel INFO or ERROR.",
          fix: { safety: 'safe', ops: [{ op: 'add', path: '/Resources/Stage/Properties/MethodSettings/0/MetricsEnabled', value: true }] },
        },
        {
          line: 16,
          column: 11,
          endColumn: 30,
          pointer: '/Resources/Stage/Properties/MethodSettings/0/LoggingLevel',
          message:
            'Stage Stage\'s LoggingLevel for all methods is "OFF", so it writes no execution logs. Set LoggingLevel to INFO or ERROR.',
          fix: {
            safety: 'unsafe',
            ops: [
              { op: 'test', path: '/Resources/Stage/Properties/MethodSettings/0/LoggingLevel', value: 'OFF' },
              { op: 'replace', path: '/Resources/Stage/Properties/MethodSettings/0/LoggingLevel', value: 'INFO' },
              { op: 'test', path: '/Resources/Stage/DependsOn', value: 'Deployment' },
              { op: 'replace', path: '/Resources/Stage/DependsOn', value: ['Deployment', 'Account'] },
            ],
          },
        },
      ],
    },
    {
      name: 'conditional access log and level; metrics false through a parameter default',
      code: dedent(`
        Parameters:
          Metrics:
            Type: String
            Default: "false"
        Conditions:
          IsProd: !Equals [!Ref AWS::AccountId, "123456789012"]
        Resources:
          Stage:
            Type: AWS::ApiGateway::Stage
            Properties:
              RestApiId: !Ref Api
              AccessLogSetting: !If
                - IsProd
                - DestinationArn: !GetAtt Logs.Arn
                  Format: $context.requestId
                - !Ref AWS::NoValue
              MethodSettings:
                - ResourcePath: /*
                  HttpMethod: "*"
                  LoggingLevel: !If [IsProd, INFO, "OFF"]
                  MetricsEnabled: !Ref Metrics
      `),
      errors: [
        {
          line: 12,
          column: 7,
          pointer: '/Resources/Stage/Properties/AccessLogSetting',
          message:
            'Stage Stage has no access log destination when condition IsProd is false: requests to it then leave no access log. Set AccessLogSetting with a DestinationArn in every case.',
          fix: null,
        },
        {
          line: 20,
          column: 11,
          message:
            'Stage Stage\'s LoggingLevel for all methods is "OFF" when condition IsProd is false, so it writes no execution logs. Set LoggingLevel to INFO or ERROR.',
          fix: null,
        },
        {
          line: 21,
          column: 11,
          message:
            'Stage Stage\'s MetricsEnabled for all methods is "false" when parameter Metrics\'s default, so CloudWatch has no latency, count or error metrics for it. Set MetricsEnabled to true.',
          fix: null,
        },
      ],
    },
    {
      name: 'an access log setting without destination; settings only for one method',
      code: dedent(`
        {
          "Resources": {
            "Stage": {
              "Type": "AWS::ApiGateway::Stage",
              "Properties": {
                "RestApiId": { "Ref": "Api" },
                "AccessLogSetting": { "Format": "$context.requestId" },
                "MethodSettings": [
                  { "ResourcePath": "/score", "HttpMethod": "POST", "MetricsEnabled": true }
                ]
              }
            }
          }
        }
      `),
      errors: [
        {
          line: 7,
          column: 9,
          pointer: '/Resources/Stage/Properties/AccessLogSetting',
          message:
            'Stage Stage has an AccessLogSetting without DestinationArn, so no access log is written. Set DestinationArn to a CloudWatch Logs group ARN.',
          fix: {
            safety: 'unsafe',
            ops: [
              { op: 'add', path: '/Resources/StageAccessLogs', value: { Type: 'AWS::Logs::LogGroup', Properties: { RetentionInDays: 30 } } },
              {
                op: 'add',
                path: '/Resources/Stage/Properties/AccessLogSetting/DestinationArn',
                value: { 'Fn::GetAtt': ['StageAccessLogs', 'Arn'] },
              },
            ],
          },
        },
        {
          line: 8,
          column: 9,
          pointer: '/Resources/Stage/Properties/MethodSettings',
          message:
            'Stage Stage has no MethodSettings entry for all methods (ResourcePath "/*", HttpMethod "*"), so methods without their own entry get no CloudWatch metrics and execution logs. Add one with MetricsEnabled true and LoggingLevel INFO or ERROR.',
          fix: {
            safety: 'unsafe',
            ops: [
              {
                op: 'add',
                path: '/Resources/Stage/Properties/MethodSettings/-',
                value: { ResourcePath: '/*', HttpMethod: '*', LoggingLevel: 'INFO', MetricsEnabled: true },
              },
            ],
          },
        },
      ],
    },
    {
      name: 'metrics only (options); a conditional stage gets a conditional log group; settings through !If',
      options: { requireExecutionLogging: false },
      code: dedent(`
        Resources:
          Stage:
            Type: AWS::ApiGateway::Stage
            Condition: HasApi
            Properties:
              RestApiId: !Ref Api
              MethodSettings: !If
                - IsProd
                - - ResourcePath: /*
                    HttpMethod: "*"
                    MetricsEnabled: true
                - !Ref AWS::NoValue
      `),
      errors: [
        {
          line: 2,
          column: 3,
          message: /^Stage Stage has no AccessLogSetting/,
          fix: {
            safety: 'unsafe',
            ops: [
              {
                op: 'add',
                path: '/Resources/StageAccessLogs',
                value: { Type: 'AWS::Logs::LogGroup', Condition: 'HasApi', Properties: { RetentionInDays: 30 } },
              },
              {
                op: 'add',
                path: '/Resources/Stage/Properties/AccessLogSetting',
                value: { DestinationArn: { 'Fn::GetAtt': ['StageAccessLogs', 'Arn'] }, Format: FORMAT },
              },
            ],
          },
        },
        {
          line: 7,
          column: 7,
          message:
            'Stage Stage has no MethodSettings entry for all methods with MetricsEnabled true when condition IsProd is false, so CloudWatch metrics are then off. Turn them on in every case.',
        },
      ],
    },
  ],
});
