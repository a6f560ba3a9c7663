import rule from '../../rules/lambda-function-alarms.js';
import { dedent, RuleTester } from '../../src/testing/rule-tester.js';

const errorsAlarm = (id: string, threshold = 5) => ({
  Type: 'AWS::CloudWatch::Alarm',
  Properties: {
    AlarmName: { 'Fn::Sub': `\${AWS::StackName}-${id}-Errors` },
    AlarmDescription: `${id} reported more than ${threshold} errors in 5 minutes`,
    Namespace: 'AWS/Lambda',
    MetricName: 'Errors',
    Dimensions: [{ Name: 'FunctionName', Value: { Ref: id } }],
    Statistic: 'Sum',
    Period: 300,
    EvaluationPeriods: 1,
    Threshold: threshold,
    ComparisonOperator: 'GreaterThanThreshold',
    TreatMissingData: 'notBreaching',
  },
});

const durationAlarm = (id: string, thresholdMs: number, description: string) => ({
  Type: 'AWS::CloudWatch::Alarm',
  Properties: {
    AlarmName: { 'Fn::Sub': `\${AWS::StackName}-${id}-Duration` },
    AlarmDescription: description,
    Namespace: 'AWS/Lambda',
    MetricName: 'Duration',
    Dimensions: [{ Name: 'FunctionName', Value: { Ref: id } }],
    Statistic: 'Average',
    Period: 300,
    EvaluationPeriods: 2,
    Threshold: thresholdMs,
    ComparisonOperator: 'GreaterThanThreshold',
  },
});

new RuleTester().run(rule, {
  valid: [
    {
      name: "the seed's corrected alarms: Errors and Duration with FunctionName Ref",
      code: dedent(`
        {
          "Resources": {
            "projXLambdaFunction": {
              "Type": "AWS::Lambda::Function",
              "Properties": { "Timeout": 30 }
            },
            "projXLambdaDurationAlarm": {
              "Type": "AWS::CloudWatch::Alarm",
              "Properties": {
                "MetricName": "Duration",
                "Namespace": "AWS/Lambda",
                "Statistic": "Average",
                "Period": 300,
                "EvaluationPeriods": 2,
                "Threshold": 25000,
                "ComparisonOperator": "GreaterThanThreshold",
                "Dimensions": [{ "Name": "FunctionName", "Value": { "Ref": "projXLambdaFunction" } }]
              }
            },
            "projXLambdaErrorAlarm": {
              "Type": "AWS::CloudWatch::Alarm",
              "Properties": {
                "MetricName": "Errors",
                "Namespace": "AWS/Lambda",
                "Statistic": "Sum",
                "Period": 300,
                "EvaluationPeriods": 1,
                "Threshold": 5,
                "ComparisonOperator": "GreaterThanThreshold",
                "Dimensions": [{ "Name": "FunctionName", "Value": { "Ref": "projXLambdaFunction" } }]
              }
            }
          }
        }
      `),
    },
    {
      name: 'the same Fn::Sub name on both sides, a metric-math alarm, an alarm inside a condition',
      code: dedent(`
        Conditions:
          IsProd: !Equals [!Ref Env, prod]
        Parameters:
          Env:
            Type: String
        Resources:
          Processor: # the worker
            Type: AWS::Lambda::Function
            Properties:
              FunctionName: !Sub "\${AWS::StackName}-processor"
          ProcessorErrors:
            Type: AWS::CloudWatch::Alarm
            Condition: IsProd # only paged in prod
            Properties:
              Namespace: AWS/Lambda
              MetricName: Errors
              Dimensions:
                - Name: FunctionName
                  Value: !Sub "\${AWS::StackName}-processor"
              Statistic: Sum
              Period: 60
              EvaluationPeriods: 1
              Threshold: 0
              ComparisonOperator: GreaterThanThreshold
          ProcessorSlow:
            Type: AWS::CloudWatch::Alarm
            Properties:
              EvaluationPeriods: 1
              Threshold: 1000
              ComparisonOperator: GreaterThanThreshold
              Metrics:
                - Id: p90
                  Expression: duration * 1
                  ReturnData: true
                - Id: duration
                  ReturnData: false
                  MetricStat:
                    Stat: p90
                    Period: 300
                    Metric:
                      Namespace: AWS/Lambda
                      MetricName: Duration
                      Dimensions:
                        - Name: FunctionName
                          Value: !Ref Processor
      `),
    },
    {
      name: 'a literal name, a parameter default, Fn::Sub of the id and Fn::Join',
      code: dedent(`
        {
          "Parameters": { "Env": { "Type": "String", "Default": "dev" } },
          "Resources": {
            "Orders": {
              "Type": "AWS::Lambda::Function",
              "Properties": { "FunctionName": "orders-dev" }
            },
            "OrdersErrors": {
              "Type": "AWS::CloudWatch::Alarm",
              "Properties": {
                "Namespace": "AWS/Lambda",
                "MetricName": "Errors",
                "Dimensions": [{ "Name": "FunctionName", "Value": { "Fn::Sub": "orders-\${Env}" } }]
              }
            },
            "OrdersDuration": {
              "Type": "AWS::CloudWatch::Alarm",
              "Properties": {
                "Namespace": "AWS/Lambda",
                "MetricName": "Duration",
                "Dimensions": [{ "Name": "FunctionName", "Value": { "Fn::Sub": "\${Orders}" } }]
              }
            },
            "Billing": {
              "Type": "AWS::Lambda::Function",
              "Properties": { "FunctionName": { "Fn::Join": ["-", [{ "Ref": "Env" }, "billing"]] } }
            },
            "BillingAlarms": {
              "Type": "AWS::CloudWatch::Alarm",
              "Properties": {
                "Namespace": "AWS/Lambda",
                "MetricName": "Errors",
                "Dimensions": [{ "Name": "FunctionName", "Value": { "Fn::Sub": "\${Env}-billing" } }]
              }
            },
            "BillingDuration": {
              "Type": "AWS::CloudWatch::Alarm",
              "Properties": {
                "Namespace": "AWS/Lambda",
                "MetricName": "Duration",
                "Dimensions": [{ "Name": "FunctionName", "Value": "dev-billing" }]
              }
            }
          }
        }
      `),
    },
    {
      name: 'account-wide alarms without dimensions cover every function',
      code: dedent(`
        Resources:
          A:
            Type: AWS::Lambda::Function
          B:
            Type: AWS::Lambda::Function
          AllErrors: # AWS/Lambda publishes an aggregate over all functions
            Type: AWS::CloudWatch::Alarm
            Properties:
              Namespace: AWS/Lambda
              MetricName: Errors
              Statistic: Sum
              Period: 300
              EvaluationPeriods: 1
              Threshold: 5
              ComparisonOperator: GreaterThanThreshold
          AllDuration:
            Type: AWS::CloudWatch::Alarm
            Properties:
              Namespace: AWS/Lambda
              MetricName: Duration
              Dimensions: []
      `),
    },
    {
      name: 'a custom-resource handler (only its ServiceToken and its log group refer to it) is skipped',
      code: dedent(`
        Resources:
          EmptyBucketFunction:
            Type: AWS::Lambda::Function
            Properties:
              Timeout: 300
          EmptyBucketLogs:
            Type: AWS::Logs::LogGroup
            Properties:
              LogGroupName: !Sub /aws/lambda/\${EmptyBucketFunction}
          EmptyBucket:
            Type: Custom::EmptyBucket
            DependsOn: EmptyBucketFunction
            Properties:
              ServiceToken: !GetAtt EmptyBucketFunction.Arn
      `),
    },
    {
      name: 'a name from a parameter without default on both sides; a dimension inside Fn::If',
      code: dedent(`
        Parameters:
          FunctionNameParam:
            Type: String
        Conditions:
          UseAlias: !Equals [!Ref FunctionNameParam, x]
        Resources:
          Fn:
            Type: AWS::Lambda::Function
            Properties:
              FunctionName: !Ref FunctionNameParam
          FnErrors:
            Type: AWS::CloudWatch::Alarm
            Properties:
              Namespace: AWS/Lambda
              MetricName: Errors
              Dimensions:
                - Name: FunctionName
                  Value: !Ref FunctionNameParam
          FnDuration:
            Type: AWS::CloudWatch::Alarm
            Properties:
              Namespace: AWS/Lambda
              MetricName: Duration
              Dimensions:
                - Name: Resource
                  Value: !If [UseAlias, !Sub "\${Fn}:live", !Ref Fn]
      `),
    },
  ],
  invalid: [
    {
      name: "the seed's model function: no alarm at all",
      code: dedent(`
        {
          "Resources": {
            "LambdaFunction": {
              "Type": "AWS::Lambda::Function",
              "Properties": { "Runtime": "python3.11", "Handler": "index.handler", "Timeout": 30 }
            },
            "LambdaLogGroup": {
              "Type": "AWS::Logs::LogGroup",
              "Properties": { "LogGroupName": { "Fn::Sub": "/aws/lambda/\${LambdaFunction}" }, "RetentionInDays": 14 }
            }
          }
        }
      `),
      errors: [
        {
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 21,
          pointer: '/Resources/LambdaFunction',
          message:
            'Lambda function LambdaFunction has no CloudWatch alarm on Errors or Duration, so its failures and runs nearing the timeout go unnoticed. Add one AWS/Lambda alarm for each with dimension FunctionName.',
          fix: {
            title: 'Add CloudWatch alarms on Errors and Duration for LambdaFunction',
            safety: 'safe',
            ops: [
              { op: 'add', path: '/Resources/LambdaFunctionErrorsAlarm', value: errorsAlarm('LambdaFunction') },
              {
                op: 'add',
                path: '/Resources/LambdaFunctionDurationAlarm',
                value: durationAlarm('LambdaFunction', 24000, 'LambdaFunction runs take more than 80% of its 30 s timeout on average'),
              },
            ],
          },
        },
      ],
    },
    {
      name: 'an Errors alarm for another function only; a conditional function whose timeout is a parameter',
      code: dedent(`
        Parameters:
          LambdaTimeout:
            Type: Number
            Default: 10
        Conditions:
          HasWorker: !Equals [!Ref AWS::Region, us-east-1]
        Resources:
          Api:
            Type: AWS::Lambda::Function
          ApiErrors:
            Type: AWS::CloudWatch::Alarm
            Properties:
              Namespace: AWS/Lambda
              MetricName: Errors
              Dimensions: [{ Name: FunctionName, Value: !Ref Api }]
          ApiDuration:
            Type: AWS::CloudWatch::Alarm
            Properties:
              Namespace: AWS/Lambda
              MetricName: Duration
              Dimensions: [{ Name: FunctionName, Value: !Ref Api }]
          Worker: # only in us-east-1
            Type: AWS::Lambda::Function
            Condition: HasWorker
            Properties:
              Timeout: !Ref LambdaTimeout
          WorkerDuration:
            Type: AWS::CloudWatch::Alarm
            Condition: HasWorker
            Properties:
              Namespace: AWS/Lambda
              MetricName: Duration
              Dimensions: [{ Name: FunctionName, Value: !Ref Api }]
      `),
      errors: [
        {
          line: 22,
          column: 3,
          pointer: '/Resources/Worker',
          message:
            'Lambda function Worker has no CloudWatch alarm on Errors or Duration, so its failures and runs nearing the timeout go unnoticed. Add one AWS/Lambda alarm for each with dimension FunctionName.',
          fix: {
            safety: 'safe',
            ops: [
              { op: 'add', path: '/Resources/WorkerErrorsAlarm', value: { ...errorsAlarm('Worker'), Condition: 'HasWorker' } },
              {
                op: 'add',
                path: '/Resources/WorkerDurationAlarm',
                value: {
                  ...durationAlarm('Worker', 8000, 'Worker runs take more than 80% of its 10 s timeout on average'),
                  Condition: 'HasWorker',
                },
              },
            ],
          },
        },
      ],
    },
    {
      name: 'a misspelled metric, a taken id, shared alarm actions, the default 3 s timeout',
      code: dedent(`
        Resources:
          Alerts:
            Type: AWS::SNS::Topic
          Fn:
            Type: AWS::Lambda::Function
          FnErrorsAlarm: # watches "Error", which Lambda does not publish
            Type: AWS::CloudWatch::Alarm
            Properties:
              Namespace: AWS/Lambda
              MetricName: Error
              Dimensions:
                - Name: FunctionName
                  Value: !Ref Fn
              AlarmActions: [!Ref Alerts]
          FnDurationAlarm:
            Type: AWS::CloudWatch::Alarm
            Properties:
              Namespace: AWS/Lambda
              MetricName: Duration
              Dimensions:
                - Name: FunctionName
                  Value: !Ref Fn
              AlarmActions: [!Ref Alerts]
      `),
      errors: [
        {
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 5,
          message:
            'Lambda function Fn has no CloudWatch alarm on Errors, so its failures go unnoticed. Add an AWS/Lambda alarm with dimension FunctionName. Note: alarm FnErrorsAlarm watches "Error", which AWS/Lambda does not publish (the metric is Errors).',
          fix: {
            title: 'Add CloudWatch alarm on Errors for Fn',
            safety: 'safe',
            ops: [
              {
                op: 'add',
                path: '/Resources/FnErrorsAlarm2',
                value: {
                  ...errorsAlarm('Fn'),
                  Properties: { ...errorsAlarm('Fn').Properties, AlarmActions: [{ Ref: 'Alerts' }] },
                },
              },
            ],
          },
        },
      ],
    },
    {
      name: 'a timeout that cannot be known falls back to durationThresholdMs; another literal name does not count',
      code: dedent(`
        {
          "Parameters": { "Timeout": { "Type": "Number" } },
          "Resources": {
            "Fn": {
              "Type": "AWS::Lambda::Function",
              "Properties": { "FunctionName": "orders", "Timeout": { "Ref": "Timeout" } }
            },
            "Errors": {
              "Type": "AWS::CloudWatch::Alarm",
              "Properties": {
                "Namespace": "AWS/Lambda",
                "MetricName": "Errors",
                "Dimensions": [{ "Name": "FunctionName", "Value": "orders" }]
              }
            },
            "Duration": {
              "Type": "AWS::CloudWatch::Alarm",
              "Properties": {
                "Namespace": "AWS/Lambda",
                "MetricName": "Duration",
                "Dimensions": [{ "Name": "FunctionName", "Value": "orders-v2" }]
              }
            }
          }
        }
      `),
      options: { durationThresholdMs: 12000 },
      errors: [
        {
          line: 4,
          column: 5,
          message:
            'Lambda function Fn has no CloudWatch alarm on Duration, so runs nearing the timeout go unnoticed. Add an AWS/Lambda alarm with dimension FunctionName.',
          fix: {
            safety: 'safe',
            ops: [{ op: 'add', path: '/Resources/FnDurationAlarm', value: durationAlarm('Fn', 12000, 'Fn runs take more than 12000 ms on average') }],
          },
        },
      ],
    },
    {
      name: 'a custom-resource handler that an EventBridge rule also invokes; handlers included by option',
      code: dedent(`
        Resources:
          Setup:
            Type: AWS::Lambda::Function
          SetupRun:
            Type: AWS::CloudFormation::CustomResource
            Properties:
              ServiceToken: !GetAtt Setup.Arn
          Nightly:
            Type: AWS::Lambda::Function
          NightlyInit:
            Type: Custom::Init
            Properties:
              ServiceToken: !GetAtt Nightly.Arn
          NightlyRule:
            Type: AWS::Events::Rule
            Properties:
              ScheduleExpression: rate(1 day)
              Targets:
                - Id: nightly
                  Arn: !GetAtt Nightly.Arn
      `),
      options: { customResourceHandlers: true, errorsThreshold: 0 },
      errors: [
        {
          line: 2,
          column: 3,
          message: /^Lambda function Setup has no CloudWatch alarm on Errors or Duration/,
          fix: {
            safety: 'safe',
            ops: [
              { op: 'add', path: '/Resources/SetupErrorsAlarm', value: errorsAlarm('Setup', 0) },
              {
                op: 'add',
                path: '/Resources/SetupDurationAlarm',
                value: durationAlarm('Setup', 2400, 'Setup runs take more than 80% of its 3 s timeout on average'),
              },
            ],
          },
        },
        { line: 8, column: 3, message: /^Lambda function Nightly has no CloudWatch alarm on Errors or Duration/ },
      ],
    },
    {
      name: 'without the option, only the handler that also runs on a schedule is reported',
      code: dedent(`
        Resources:
          Setup:
            Type: AWS::Lambda::Function
          SetupRun:
            Type: AWS::CloudFormation::CustomResource
            Properties:
              ServiceToken: !GetAtt Setup.Arn
          Nightly:
            Type: AWS::Lambda::Function
          NightlyInit:
            Type: Custom::Init
            Properties:
              ServiceToken: !GetAtt Nightly.Arn
          NightlyPermission:
            Type: AWS::Lambda::Permission
            Properties:
              FunctionName: !Ref Nightly
              Action: lambda:InvokeFunction
              Principal: events.amazonaws.com
      `),
      errors: [{ line: 8, column: 3, message: /^Lambda function Nightly has no CloudWatch alarm on Errors or Duration/ }],
    },
  ],
});
