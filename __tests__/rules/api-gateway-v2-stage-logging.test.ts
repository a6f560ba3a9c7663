import rule from '../../rules/api-gateway-v2-stage-logging.js';
import { dedent, RuleTester } from '../../src/testing/rule-tester.js';

const FORMAT = '$context.requestId $context.requestTime $context.routeKey $context.status $context.error.message';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'an HTTP API stage with access logs',
      code: dedent(`
        {
          "Resources": {
            "HttpApiStage": {
              "Type": "AWS::ApiGatewayV2::Stage",
              "Properties": {
                "ApiId": { "Ref": "HttpApi" },
                "StageName": "$default",
                "AutoDeploy": true,
                "AccessLogSettings": {
                  "DestinationArn": { "Fn::GetAtt": ["HttpApiLogGroup", "Arn"] },
                  "Format": "$context.requestId $context.status"
                }
              }
            }
          }
        }
      `),
    },
    {
      name: 'destinations through !If with both branches set, and through an import (short tags, comments)',
      code: dedent(`
        Resources:
          Stage: # WebSocket stage
            Type: AWS::ApiGatewayV2::Stage
            Properties:
              ApiId: !Ref Api
              StageName: prod
              AccessLogSettings:
                DestinationArn: !If [IsProd, !GetAtt ProdLogs.Arn, !GetAtt DevLogs.Arn]
                Format: $context.requestId
          Other:
            Type: AWS::ApiGatewayV2::Stage
            Properties:
              ApiId: !Ref Api
              StageName: v2
              AccessLogSettings:
                DestinationArn: !ImportValue shared-logs-arn
      `),
    },
  ],
  invalid: [
    {
      name: 'an HTTP API stage without access logs: a safe fix (HTTP APIs need no account role)',
      code: dedent(`
        {
          "Resources": {
            "HttpApi": {
              "Type": "AWS::ApiGatewayV2::Api",
              "Properties": { "Name": "orders", "ProtocolType": "HTTP" }
            },
            "HttpApiStage": {
              "Type": "AWS::ApiGatewayV2::Stage",
              "Properties": { "ApiId": { "Ref": "HttpApi" }, "StageName": "$default", "AutoDeploy": true }
            }
          }
        }
      `),
      errors: [
        {
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 19,
          pointer: '/Resources/HttpApiStage',
          message:
            'Stage HttpApiStage has no AccessLogSettings: requests to it leave no access log for auditing or debugging. Add AccessLogSettings with a CloudWatch Logs DestinationArn and a Format.',
          fix: {
            title: 'Send access logs of HttpApiStage to a new log group HttpApiStageAccessLogs',
            safety: 'safe',
            ops: [
              { op: 'add', path: '/Resources/HttpApiStageAccessLogs', value: { Type: 'AWS::Logs::LogGroup', Properties: { RetentionInDays: 30 } } },
              {
                op: 'add',
                path: '/Resources/HttpApiStage/Properties/AccessLogSettings',
                value: { DestinationArn: { 'Fn::GetAtt': ['HttpApiStageAccessLogs', 'Arn'] }, Format: FORMAT },
              },
            ],
          },
        },
      ],
    },
    {
      name: 'WebSocket stages: no destination, a conditional one; the fix needs the account role',
      code: dedent(`
        Resources:
          Api:
            Type: AWS::ApiGatewayV2::Api
            Properties:
              Name: chat
              ProtocolType: WEBSOCKET
              RouteSelectionExpression: $request.body.action
          Stage:
            Type: AWS::ApiGatewayV2::Stage
            Properties:
              ApiId: !Ref Api
              StageName: prod
              AccessLogSettings:
                Format: $context.requestId   # no destination
          Conditional:
            Type: AWS::ApiGatewayV2::Stage
            Properties:
              ApiId: !Ref Api
              StageName: dev
              AccessLogSettings:
                DestinationArn: !If [IsProd, !GetAtt Logs.Arn, !Ref AWS::NoValue]
      `),
      errors: [
        {
          line: 13,
          column: 7,
          pointer: '/Resources/Stage/Properties/AccessLogSettings',
          message:
            'Stage Stage has AccessLogSettings without DestinationArn, so no access log is written. Set DestinationArn to a CloudWatch Logs group ARN.',
          fix: {
            safety: 'unsafe',
            ops: [
              { op: 'add', path: '/Resources/StageAccessLogs', value: { Type: 'AWS::Logs::LogGroup', Properties: { RetentionInDays: 30 } } },
              { op: 'add', path: '/Resources/Stage/Properties/AccessLogSettings/DestinationArn', value: { 'Fn::GetAtt': ['StageAccessLogs', 'Arn'] } },
            ],
          },
        },
        {
          line: 21,
          column: 9,
          pointer: '/Resources/Conditional/Properties/AccessLogSettings/DestinationArn',
          message:
            'Stage Conditional has no access log DestinationArn when condition IsProd is false, so no access log is written then. Give it a CloudWatch Logs group ARN in every case.',
          fix: null,
        },
      ],
    },
  ],
});
