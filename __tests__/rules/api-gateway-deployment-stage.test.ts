import rule from '../../rules/api-gateway-deployment-stage.js';
import { dedent, RuleTester } from '../../src/testing/rule-tester.js';

new RuleTester().run(rule, {
  valid: [
    {
      name: "the seed's corrected shape: a deployment without StageName, a Stage resource",
      code: dedent(`
        {
          "Resources": {
            "Deployment": {
              "Type": "AWS::ApiGateway::Deployment",
              "DependsOn": "Method",
              "Properties": { "RestApiId": { "Ref": "Api" }, "Description": "Production deployment" }
            },
            "Stage": {
              "Type": "AWS::ApiGateway::Stage",
              "Properties": {
                "StageName": "prod",
                "RestApiId": { "Ref": "Api" },
                "DeploymentId": { "Ref": "Deployment" }
              }
            }
          }
        }
      `),
    },
    {
      name: 'an implicit stage that logs through StageDescription (short tags, comments)',
      code: dedent(`
        Parameters:
          Env:
            Type: String
            Default: dev
        Conditions:
          IsProd: !Equals [!Ref Env, prod]
        Resources:
          Deployment:
            Type: AWS::ApiGateway::Deployment
            Properties:
              RestApiId: !Ref Api
              StageName: !Ref Env # one stage per environment
              StageDescription:
                AccessLogSetting:
                  DestinationArn: !GetAtt Logs.Arn
                  Format: $context.requestId
                LoggingLevel: !If [IsProd, ERROR, INFO]
                MetricsEnabled: true
          Other:
            Type: AWS::ApiGateway::Deployment
            Properties:
              RestApiId: !Ref Api
              StageName: v2
              StageDescription:
                AccessLogSetting:
                  DestinationArn: !ImportValue shared-logs
                MethodSettings:
                  - ResourcePath: /*
                    HttpMethod: "*"
                    LoggingLevel: INFO
                    MetricsEnabled: "true"
      `),
    },
    {
      name: 'StageName removed by AWS::NoValue or empty; a Stage of another API with the same name',
      code: dedent(`
        Resources:
          Deployment:
            Type: AWS::ApiGateway::Deployment
            Properties:
              RestApiId: !Ref Api
              StageName: !Ref AWS::NoValue
          Empty:
            Type: AWS::ApiGateway::Deployment
            Properties:
              RestApiId: !Ref Api
              StageName: ""
          OtherApiStage:
            Type: AWS::ApiGateway::Stage
            Properties:
              RestApiId: !Ref OtherApi
              StageName: prod
      `),
    },
    {
      name: 'settings through an unknown StageDescription stay quiet',
      code: dedent(`
        {
          "Resources": {
            "Deployment": {
              "Type": "AWS::ApiGateway::Deployment",
              "Properties": {
                "RestApiId": { "Ref": "Api" },
                "StageName": "prod",
                "StageDescription": { "Fn::If": ["IsProd", { "MetricsEnabled": true }, { "Ref": "AWS::NoValue" }] }
              }
            }
          }
        }
      `),
    },
  ],
  invalid: [
    {
      name: 'a deployment that creates its stage with nothing configured',
      code: dedent(`
        {
          "Resources": {
            "ApiGatewayDeployment": {
              "Type": "AWS::ApiGateway::Deployment",
              "Properties": {
                "RestApiId": { "Ref": "ApiGateway" },
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
          endColumn: 27,
          pointer: '/Resources/ApiGatewayDeployment',
          message:
            'Deployment ApiGatewayDeployment creates stage "prod" through StageName with no access log, execution logging or metrics. Declare the stage as an AWS::ApiGateway::Stage with AccessLogSetting and MethodSettings (and remove StageName), or set them in StageDescription.',
          fix: null,
        },
      ],
    },
    {
      name: 'StageDescription with metrics and logging but no access log; name through a parameter default',
      code: dedent(`
        Parameters:
          EnvironmentSuffix:
            Type: String
            Default: dev
        Resources:
          ApiDeployment:
            Type: AWS::ApiGateway::Deployment
            Properties:
              RestApiId: !Ref Api
              StageName: !Ref EnvironmentSuffix
              StageDescription:   # throttling and logs
                ThrottlingBurstLimit: 100
                LoggingLevel: INFO
                MetricsEnabled: true
      `),
      errors: [
        {
          line: 11,
          column: 7,
          pointer: '/Resources/ApiDeployment/Properties/StageDescription',
          message:
            'Deployment ApiDeployment creates stage "dev" (parameter EnvironmentSuffix) through StageName with no access log. Declare the stage as an AWS::ApiGateway::Stage with AccessLogSetting and MethodSettings (and remove StageName), or set them in StageDescription.',
        },
      ],
    },
    {
      name: 'the same stage declared by the deployment and by a Stage resource fails the stack',
      code: dedent(`
        Resources:
          ApiDeployment:
            Type: AWS::ApiGateway::Deployment
            Properties:
              RestApiId: !Ref Api
              StageName: prod
              StageDescription:
                MetricsEnabled: true
          ApiStage:
            Type: AWS::ApiGateway::Stage
            Properties:
              RestApiId: !Ref Api
              DeploymentId: !Ref ApiDeployment
              StageName: prod
      `),
      errors: [
        {
          line: 6,
          column: 7,
          endColumn: 22,
          pointer: '/Resources/ApiDeployment/Properties/StageName',
          severity: 'critical',
          message:
            'Deployment ApiDeployment creates stage "prod" through StageName, and Stage ApiStage creates the same stage, so the stack fails with "already exists". Remove StageName and StageDescription from ApiDeployment and let ApiStage configure the stage.',
          fix: {
            title: 'Remove StageName and StageDescription from ApiDeployment; ApiStage creates the stage',
            safety: 'unsafe',
            ops: [
              { op: 'test', path: '/Resources/ApiDeployment/Properties/StageName', value: 'prod' },
              { op: 'remove', path: '/Resources/ApiDeployment/Properties/StageName' },
              { op: 'test', path: '/Resources/ApiDeployment/Properties/StageDescription', value: { MetricsEnabled: true } },
              { op: 'remove', path: '/Resources/ApiDeployment/Properties/StageDescription' },
            ],
          },
        },
      ],
    },
    {
      name: 'a deployment that adds a second, unlogged stage besides the Stage that uses it; a twin named by the same parameter',
      code: dedent(`
        {
          "Parameters": { "Env": { "Type": "String" } },
          "Resources": {
            "Deployment": {
              "Type": "AWS::ApiGateway::Deployment",
              "Properties": { "RestApiId": { "Ref": "Api" }, "StageName": "dummy" }
            },
            "Stage": {
              "Type": "AWS::ApiGateway::Stage",
              "Properties": { "RestApiId": { "Ref": "Api" }, "DeploymentId": { "Ref": "Deployment" }, "StageName": "live" }
            },
            "EnvDeployment": {
              "Type": "AWS::ApiGateway::Deployment",
              "Properties": { "RestApiId": { "Ref": "Api" }, "StageName": { "Ref": "Env" } }
            },
            "EnvStage": {
              "Type": "AWS::ApiGateway::Stage",
              "Properties": { "RestApiId": { "Ref": "Api" }, "DeploymentId": { "Ref": "EnvDeployment" }, "StageName": { "Ref": "Env" } }
            }
          }
        }
      `),
      errors: [
        {
          line: 4,
          column: 5,
          message:
            'Deployment Deployment also creates stage "dummy" through StageName, besides Stage Stage; that extra stage serves the API with no access log, execution logging or metrics. Remove StageName from Deployment.',
          fix: null,
        },
        {
          line: 14,
          column: 54,
          severity: 'critical',
          message:
            'Deployment EnvDeployment creates stage named by parameter Env through StageName, and Stage EnvStage creates the same stage, so the stack fails with "already exists". Remove StageName from EnvDeployment and let EnvStage configure the stage.',
          fix: {
            safety: 'unsafe',
            ops: [
              { op: 'test', path: '/Resources/EnvDeployment/Properties/StageName', value: { Ref: 'Env' } },
              { op: 'remove', path: '/Resources/EnvDeployment/Properties/StageName' },
            ],
          },
        },
      ],
    },
  ],
});
