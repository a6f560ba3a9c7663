import rule from '../../rules/api-gateway-any-method.js';
import { dedent, RuleTester } from '../../src/testing/rule-tester.js';

new RuleTester().run(rule, {
  valid: [
    {
      name: "the seed's corrected method: GET",
      code: dedent(`
        {
          "Resources": {
            "Method": {
              "Type": "AWS::ApiGateway::Method",
              "Properties": { "RestApiId": { "Ref": "Api" }, "ResourceId": { "Ref": "Resource" }, "HttpMethod": "GET", "AuthorizationType": "NONE" }
            }
          }
        }
      `),
    },
    {
      name: 'verbs through parameters and !If, HTTP API routes with a verb and $default (short tags, comments)',
      code: dedent(`
        Parameters:
          Verb:
            Type: String
            AllowedValues: [GET, POST]
          Unknown:
            Type: String
        Resources:
          Method: # read or write
            Type: AWS::ApiGateway::Method
            Properties:
              RestApiId: !Ref Api
              HttpMethod: !Ref Verb
          Other:
            Type: AWS::ApiGateway::Method
            Properties:
              RestApiId: !Ref Api
              HttpMethod: !Ref Unknown
          Route:
            Type: AWS::ApiGatewayV2::Route
            Properties:
              ApiId: !Ref HttpApi
              RouteKey: GET /orders
          Fallback:
            Type: AWS::ApiGatewayV2::Route
            Properties:
              ApiId: !Ref HttpApi
              RouteKey: $default
      `),
    },
  ],
  invalid: [
    {
      name: "the seed's model root method",
      code: dedent(`
        {
          "Resources": {
            "ApiGatewayRootMethod": {
              "Type": "AWS::ApiGateway::Method",
              "Properties": {
                "RestApiId": { "Ref": "ApiGateway" },
                "ResourceId": { "Fn::GetAtt": ["ApiGateway", "RootResourceId"] },
                "HttpMethod": "ANY",
                "AuthorizationType": "NONE"
              }
            }
          }
        }
      `),
      errors: [
        {
          line: 8,
          column: 9,
          endLine: 8,
          endColumn: 28,
          pointer: '/Resources/ApiGatewayRootMethod/Properties/HttpMethod',
          message:
            'Method ApiGatewayRootMethod has HttpMethod ANY, so every HTTP method, DELETE and PUT included, reaches its integration. Declare one method per verb the backend serves.',
          fix: null,
        },
      ],
    },
    {
      name: 'ANY under a condition, lower case, and an HTTP API route',
      code: dedent(`
        Conditions:
          Open: !Equals [!Ref AWS::Region, us-east-1]
        Resources:
          Method:
            Type: AWS::ApiGateway::Method
            Properties:
              RestApiId: !Ref Api
              HttpMethod: !If [Open, any, GET]
          ProxyRoute:
            Type: AWS::ApiGatewayV2::Route
            Properties:
              ApiId: !Ref HttpApi
              RouteKey: "ANY /{proxy+}"   # everything to the Lambda
      `),
      errors: [
        {
          line: 8,
          column: 7,
          message:
            'Method Method has HttpMethod ANY when condition Open is true, so every HTTP method, DELETE and PUT included, reaches its integration. Declare one method per verb the backend serves.',
        },
        {
          line: 13,
          column: 7,
          pointer: '/Resources/ProxyRoute/Properties/RouteKey',
          message:
            'Route ProxyRoute has RouteKey "ANY /{proxy+}", so every HTTP method, DELETE and PUT included, reaches its integration. Declare one route per verb the backend serves.',
        },
      ],
    },
  ],
});
