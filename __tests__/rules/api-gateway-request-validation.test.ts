import rule from '../../rules/api-gateway-request-validation.js';
import { dedent, RuleTester } from '../../src/testing/rule-tester.js';

new RuleTester().run(rule, {
  valid: [
    {
      name: "the seed's corrected method and validator",
      code: dedent(`
        {
          "Resources": {
            "Validator": {
              "Type": "AWS::ApiGateway::RequestValidator",
              "Properties": { "RestApiId": { "Ref": "Api" }, "ValidateRequestBody": true, "ValidateRequestParameters": true }
            },
            "Method": {
              "Type": "AWS::ApiGateway::Method",
              "Properties": {
                "RestApiId": { "Ref": "Api" },
                "ResourceId": { "Ref": "Resource" },
                "HttpMethod": "GET",
                "AuthorizationType": "NONE",
                "RequestValidatorId": { "Ref": "Validator" },
                "Integration": { "Type": "AWS_PROXY", "IntegrationHttpMethod": "POST" }
              }
            }
          }
        }
      `),
    },
    {
      name: 'CORS preflight, MOCK health checks, validators through !If and imports (short tags, comments)',
      code: dedent(`
        Resources:
          Options: # CORS preflight
            Type: AWS::ApiGateway::Method
            Properties:
              RestApiId: !Ref Api
              HttpMethod: OPTIONS
              Integration:
                Type: MOCK
          ProxiedOptions:
            Type: AWS::ApiGateway::Method
            Properties:
              RestApiId: !Ref Api
              HttpMethod: options
              Integration:
                Type: AWS_PROXY
          Health:
            Type: AWS::ApiGateway::Method
            Properties:
              RestApiId: !Ref Api
              HttpMethod: GET
              Integration:
                Type: MOCK
          Post:
            Type: AWS::ApiGateway::Method
            Properties:
              RestApiId: !Ref Api
              HttpMethod: POST
              RequestValidatorId: !If [IsProd, !Ref StrictValidator, !Ref BodyValidator]
          Put:
            Type: AWS::ApiGateway::Method
            Properties:
              RestApiId: !Ref Api
              HttpMethod: PUT
              RequestValidatorId: !ImportValue shared-validator-id
          BodyValidator:
            Type: AWS::ApiGateway::RequestValidator
            Properties:
              RestApiId: !Ref Api
              ValidateRequestBody: "true"
      `),
    },
  ],
  invalid: [
    {
      name: "the seed's model method: the fix adds one validator for the API",
      code: dedent(`
        {
          "Resources": {
            "ApiGatewayRootMethod": {
              "Type": "AWS::ApiGateway::Method",
              "Properties": {
                "RestApiId": { "Ref": "ApiGateway" },
                "ResourceId": { "Fn::GetAtt": ["ApiGateway", "RootResourceId"] },
                "HttpMethod": "ANY",
                "AuthorizationType": "NONE",
                "Integration": { "Type": "AWS_PROXY", "IntegrationHttpMethod": "POST" }
              }
            },
            "ApiGateway": {
              "Type": "AWS::ApiGateway::RestApi",
              "Properties": { "Name": "app" }
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
          pointer: '/Resources/ApiGatewayRootMethod',
          message:
            'Method ApiGatewayRootMethod (ANY) has no RequestValidatorId, so malformed requests reach its integration. Attach an AWS::ApiGateway::RequestValidator and declare the RequestModels or required RequestParameters it should check.',
          fix: {
            title: "Validate ApiGatewayRootMethod's requests with a new RequestValidator ApiGatewayRequestValidator",
            safety: 'unsafe',
            ops: [
              {
                op: 'add',
                path: '/Resources/ApiGatewayRequestValidator',
                value: {
                  Type: 'AWS::ApiGateway::RequestValidator',
                  Properties: { RestApiId: { Ref: 'ApiGateway' }, ValidateRequestBody: true, ValidateRequestParameters: true },
                },
              },
              { op: 'add', path: '/Resources/ApiGatewayRootMethod/Properties/RequestValidatorId', value: { Ref: 'ApiGatewayRequestValidator' } },
            ],
          },
        },
      ],
    },
    {
      name: 'declared models and parameters not enforced; an existing validator is reused; one that checks nothing; a conditional one',
      code: dedent(`
        Resources:
          Validator:
            Type: AWS::ApiGateway::RequestValidator
            Properties:
              RestApiId: !Ref Api
              ValidateRequestParameters: true
          Lazy:
            Type: AWS::ApiGateway::RequestValidator
            Properties:
              RestApiId: !Ref Api
              ValidateRequestBody: false
          Create:
            Type: AWS::ApiGateway::Method
            Properties:
              RestApiId: !Ref Api
              HttpMethod: POST
              RequestModels:
                application/json: !Ref OrderModel
              RequestParameters:
                method.request.path.id: true          # always present
                method.request.header.X-Api-Key: true
          Read:
            Type: AWS::ApiGateway::Method
            Properties:
              RestApiId: !Ref Api
              HttpMethod: GET
              RequestValidatorId: !Ref Lazy
          Maybe:
            Type: AWS::ApiGateway::Method
            Properties:
              RestApiId: !Ref Api
              HttpMethod: DELETE
              RequestValidatorId: !If [IsProd, !Ref Validator, !Ref AWS::NoValue]
      `),
      errors: [
        {
          line: 12,
          column: 3,
          message:
            'Method Create (POST) declares RequestModels and required RequestParameters but has no RequestValidatorId, so they are never enforced and malformed requests reach its integration. Attach an AWS::ApiGateway::RequestValidator.',
          fix: {
            title: "Validate Create's requests with Validator",
            safety: 'unsafe',
            ops: [{ op: 'add', path: '/Resources/Create/Properties/RequestValidatorId', value: { Ref: 'Validator' } }],
          },
        },
        {
          line: 27,
          column: 7,
          pointer: '/Resources/Read/Properties/RequestValidatorId',
          message:
            'Method Read (GET) uses RequestValidator Lazy, which validates neither the body nor the parameters, so malformed requests still reach its integration. Set ValidateRequestBody or ValidateRequestParameters to true on Lazy.',
          fix: null,
        },
        {
          line: 33,
          column: 7,
          message:
            'Method Maybe (DELETE) has no request validator when condition IsProd is false, so malformed requests then reach its integration. Attach a RequestValidator in every case.',
          fix: null,
        },
      ],
    },
  ],
});
