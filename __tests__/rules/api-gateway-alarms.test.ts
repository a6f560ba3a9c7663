import rule from '../../rules/api-gateway-alarms.js';
import { dedent, RuleTester } from '../../src/testing/rule-tester.js';

const alarm = (id: string, metric: '4XXError' | '5XXError', apiName: unknown, extra: Record<string, unknown> = {}) => {
  const client = metric === '4XXError';
  const threshold = client ? 10 : 5;
  return {
    Type: 'AWS::CloudWatch::Alarm',
    ...extra,
    Properties: {
      AlarmName: { 'Fn::Sub': `\${AWS::StackName}-${id}-${metric}` },
      AlarmDescription: `${id} returned more than ${threshold} ${client ? 'client (4XX)' : 'server (5XX)'} errors in 5 minutes`,
      Namespace: 'AWS/ApiGateway',
      MetricName: metric,
      Dimensions: [{ Name: 'ApiName', Value: apiName }],
      Statistic: 'Sum',
      Period: 300,
      EvaluationPeriods: 1,
      Threshold: threshold,
      ComparisonOperator: 'GreaterThanThreshold',
      TreatMissingData: 'notBreaching',
    },
  };
};

new RuleTester().run(rule, {
  valid: [
    {
      name: "the seed's corrected template: ApiName is the same Fn::Sub as the API's Name",
      code: dedent(`
        {
          "Parameters": { "EnvironmentSuffix": { "Type": "String", "Default": "dev" } },
          "Resources": {
            "projXAPIGatewayRestAPI": {
              "Type": "AWS::ApiGateway::RestApi",
              "Properties": { "Name": { "Fn::Sub": "projX-API-\${EnvironmentSuffix}" } }
            },
            "projXAPIGatewayDeployment": {
              "Type": "AWS::ApiGateway::Deployment",
              "Properties": { "RestApiId": { "Ref": "projXAPIGatewayRestAPI" } }
            },
            "projXAPIGatewayStage": {
              "Type": "AWS::ApiGateway::Stage",
              "Properties": {
                "StageName": "prod",
                "RestApiId": { "Ref": "projXAPIGatewayRestAPI" },
                "DeploymentId": { "Ref": "projXAPIGatewayDeployment" }
              }
            },
            "projXAPIGateway4XXErrorAlarm": {
              "Type": "AWS::CloudWatch::Alarm",
              "Properties": {
                "MetricName": "4XXError",
                "Namespace": "AWS/ApiGateway",
                "Statistic": "Sum",
                "Period": 300,
                "EvaluationPeriods": 1,
                "Threshold": 10,
                "ComparisonOperator": "GreaterThanThreshold",
                "Dimensions": [{ "Name": "ApiName", "Value": { "Fn::Sub": "projX-API-\${EnvironmentSuffix}" } }]
              }
            },
            "projXAPIGateway5XXErrorAlarm": {
              "Type": "AWS::CloudWatch::Alarm",
              "Properties": {
                "MetricName": "5XXError",
                "Namespace": "AWS/ApiGateway",
                "Statistic": "Sum",
                "Period": 300,
                "EvaluationPeriods": 1,
                "Threshold": 5,
                "ComparisonOperator": "GreaterThanThreshold",
                "Dimensions": [{ "Name": "ApiName", "Value": "projX-API-dev" }]
              }
            }
          }
        }
      `),
    },
    {
      name: 'an API never deployed to a stage is not checked',
      code: dedent(`
        Resources:
          Draft: # work in progress, no stage yet
            Type: AWS::ApiGateway::RestApi
            Properties:
              Name: draft
          DraftDeployment:
            Type: AWS::ApiGateway::Deployment
            Properties:
              RestApiId: !Ref Draft
              StageName: !Ref AWS::NoValue
      `),
    },
    {
      name: 'a Deployment with StageName; a Ref to the API and a metric-math alarm with ApiName and Stage',
      code: dedent(`
        Resources:
          Api:
            Type: AWS::ApiGateway::RestApi
            Properties:
              Name: orders-api
          Deployment:
            Type: AWS::ApiGateway::Deployment
            Properties:
              RestApiId: !Ref Api
              StageName: v1
          ClientErrors:
            Type: AWS::CloudWatch::Alarm
            Properties:
              Namespace: AWS/ApiGateway
              MetricName: 4XXError
              Dimensions:
                - Name: ApiName
                  Value: !Ref Api
          ServerErrorRate:
            Type: AWS::CloudWatch::Alarm
            Properties:
              EvaluationPeriods: 1
              Threshold: 1
              ComparisonOperator: GreaterThanThreshold
              Metrics:
                - Id: rate
                  Expression: errors / requests * 100
                - Id: errors
                  ReturnData: false
                  MetricStat:
                    Stat: Sum
                    Period: 300
                    Metric:
                      Namespace: AWS/ApiGateway
                      MetricName: 5XXError
                      Dimensions:
                        - { Name: ApiName, Value: orders-api }
                        - { Name: Stage, Value: v1 }
      `),
    },
    {
      name: 'an API named by its OpenAPI body',
      code: dedent(`
        Resources:
          Api:
            Type: AWS::ApiGateway::RestApi
            Properties:
              Body:
                openapi: 3.0.1
                info: { title: petstore, version: "1" }
                paths: {}
          Stage:
            Type: AWS::ApiGateway::Stage
            Properties:
              RestApiId: !Ref Api
              StageName: prod
          Errors4:
            Type: AWS::CloudWatch::Alarm
            Properties:
              Namespace: AWS/ApiGateway
              MetricName: 4XXError
              Dimensions: [{ Name: ApiName, Value: petstore }]
          Errors5:
            Type: AWS::CloudWatch::Alarm
            Properties:
              Namespace: AWS/ApiGateway
              MetricName: 5XXError
              Dimensions: [{ Name: ApiName, Value: petstore }]
      `),
    },
  ],
  invalid: [
    {
      name: "the seed's model API: a stage and no alarms",
      code: dedent(`
        {
          "Parameters": { "ProjectName": { "Type": "String", "Default": "projX" } },
          "Resources": {
            "ApiGateway": {
              "Type": "AWS::ApiGateway::RestApi",
              "Properties": { "Name": { "Fn::Sub": "\${ProjectName}-api" } }
            },
            "ApiStage": {
              "Type": "AWS::ApiGateway::Stage",
              "Properties": { "StageName": "prod", "RestApiId": { "Ref": "ApiGateway" }, "DeploymentId": "abc123" }
            }
          }
        }
      `),
      errors: [
        {
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 17,
          pointer: '/Resources/ApiGateway',
          message:
            "REST API ApiGateway has a stage but no CloudWatch alarm on 4XXError or 5XXError, so failing requests go unnoticed. Add one AWS/ApiGateway alarm for each with dimension ApiName set to the API's name.",
          fix: {
            title: 'Add CloudWatch alarms on 4XXError and 5XXError for ApiGateway',
            safety: 'safe',
            ops: [
              { op: 'add', path: '/Resources/ApiGateway4XXErrorAlarm', value: alarm('ApiGateway', '4XXError', { 'Fn::Sub': '${ProjectName}-api' }) },
              { op: 'add', path: '/Resources/ApiGateway5XXErrorAlarm', value: alarm('ApiGateway', '5XXError', { 'Fn::Sub': '${ProjectName}-api' }) },
            ],
          },
        },
      ],
    },
    {
      name: 'a conditional API with a misspelled 5xx metric',
      code: dedent(`
        Conditions:
          HasApi: !Equals [!Ref AWS::Region, eu-west-1]
        Resources:
          Api:
            Type: AWS::ApiGateway::RestApi
            Condition: HasApi
            Properties:
              Name: !Sub "\${AWS::StackName}-api"
          Stage:
            Type: AWS::ApiGateway::Stage
            Condition: HasApi
            Properties:
              RestApiId: !Ref Api
              StageName: prod
          ClientErrors:
            Type: AWS::CloudWatch::Alarm
            Condition: HasApi
            Properties:
              Namespace: AWS/ApiGateway
              MetricName: 4XXError
              Dimensions: [{ Name: ApiName, Value: !Sub "\${AWS::StackName}-api" }]
          ServerErrors: # the HTTP API spelling
            Type: AWS::CloudWatch::Alarm
            Condition: HasApi
            Properties:
              Namespace: AWS/ApiGateway
              MetricName: 5xx
              Dimensions: [{ Name: ApiName, Value: !Sub "\${AWS::StackName}-api" }]
      `),
      errors: [
        {
          line: 4,
          column: 3,
          message:
            'REST API Api has a stage but no CloudWatch alarm on 5XXError, so server-side failures go unnoticed. Add an AWS/ApiGateway alarm with dimension ApiName set to the API\'s name. Note: alarm ServerErrors watches "5xx", which AWS/ApiGateway does not publish (the metric is 5XXError).',
          fix: {
            title: 'Add CloudWatch alarm on 5XXError for Api',
            safety: 'safe',
            ops: [
              {
                op: 'add',
                path: '/Resources/Api5XXErrorAlarm',
                value: alarm('Api', '5XXError', { 'Fn::Sub': '${AWS::StackName}-api' }, { Condition: 'HasApi' }),
              },
            ],
          },
        },
      ],
    },
    {
      name: 'alarms without an ApiName dimension never get data',
      code: dedent(`
        Resources:
          Api:
            Type: AWS::ApiGateway::RestApi
            Properties:
              Name: shop
          Deployment:
            Type: AWS::ApiGateway::Deployment
            Properties:
              RestApiId: !Ref Api
              StageName: prod
          All4xx:
            Type: AWS::CloudWatch::Alarm
            Properties:
              Namespace: AWS/ApiGateway
              MetricName: 4XXError
          All5xx:
            Type: AWS::CloudWatch::Alarm
            Properties:
              Namespace: AWS/ApiGateway
              MetricName: 5XXError
              Dimensions: [{ Name: Stage, Value: prod }]
      `),
      errors: [
        {
          line: 2,
          column: 3,
          message:
            "REST API Api has a stage but no CloudWatch alarm on 4XXError or 5XXError, so failing requests go unnoticed. Add one AWS/ApiGateway alarm for each with dimension ApiName set to the API's name. Note: alarm All4xx on 4XXError has no dimension naming an API, so it never gets data; alarm All5xx on 5XXError has no dimension naming an API, so it never gets data.",
          fix: {
            safety: 'safe',
            ops: [
              { op: 'add', path: '/Resources/Api4XXErrorAlarm', value: alarm('Api', '4XXError', 'shop') },
              { op: 'add', path: '/Resources/Api5XXErrorAlarm', value: alarm('Api', '5XXError', 'shop') },
            ],
          },
        },
      ],
    },
    {
      name: 'an API defined in S3 has no name to put in ApiName: no fix; thresholds from options',
      code: dedent(`
        {
          "Resources": {
            "Api": {
              "Type": "AWS::ApiGateway::RestApi",
              "Properties": { "BodyS3Location": { "Bucket": "specs", "Key": "api.yaml" } }
            },
            "Stage": {
              "Type": "AWS::ApiGateway::Stage",
              "Properties": { "RestApiId": { "Ref": "Api" }, "StageName": "prod" }
            },
            "Named": {
              "Type": "AWS::ApiGateway::RestApi",
              "Properties": { "Name": "named" }
            },
            "NamedStage": {
              "Type": "AWS::ApiGateway::Stage",
              "Properties": { "RestApiId": { "Ref": "Named" }, "StageName": "prod" }
            },
            "Named5xx": {
              "Type": "AWS::CloudWatch::Alarm",
              "Properties": {
                "Namespace": "AWS/ApiGateway",
                "MetricName": "5XXError",
                "Dimensions": [{ "Name": "ApiName", "Value": "named" }]
              }
            }
          }
        }
      `),
      options: { clientErrorThreshold: 50 },
      errors: [
        { line: 3, column: 5, message: /^REST API Api has a stage but no CloudWatch alarm on 4XXError or 5XXError/, fix: null },
        {
          line: 11,
          column: 5,
          message:
            "REST API Named has a stage but no CloudWatch alarm on 4XXError, so client errors (bad requests, auth failures, throttling) go unnoticed. Add an AWS/ApiGateway alarm with dimension ApiName set to the API's name.",
          fix: {
            safety: 'safe',
            ops: [
              {
                op: 'add',
                path: '/Resources/Named4XXErrorAlarm',
                value: (() => {
                  const a = alarm('Named', '4XXError', 'named');
                  return {
                    ...a,
                    Properties: { ...a.Properties, AlarmDescription: 'Named returned more than 50 client (4XX) errors in 5 minutes', Threshold: 50 },
                  };
                })(),
              },
            ],
          },
        },
      ],
    },
  ],
});
