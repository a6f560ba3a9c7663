import rule from '../../rules/literal-password.js';
import { dedent, RuleTester } from '../../src/testing/rule-tester.js';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'dynamic references, a managed password, a parameter without Default',
      code: dedent(`
        {
          "Parameters": { "DBPassword": { "Type": "String", "NoEcho": true } },
          "Resources": {
            "Db": {
              "Type": "AWS::RDS::DBInstance",
              "Properties": { "MasterUserPassword": { "Fn::Sub": "{{resolve:secretsmanager:\${Secret}:SecretString:password}}" } }
            },
            "Cluster": { "Type": "AWS::RDS::DBCluster", "Properties": { "ManageMasterUserPassword": true } },
            "Endpoint": { "Type": "AWS::DMS::Endpoint", "Properties": { "Password": { "Ref": "DBPassword" } } },
            "User": {
              "Type": "AWS::IAM::User",
              "Properties": { "LoginProfile": { "Password": "{{resolve:ssm-secure:/users/initial:1}}", "PasswordResetRequired": true } }
            },
            "Secret": { "Type": "AWS::SecretsManager::Secret", "Properties": { "GenerateSecretString": {} } }
          }
        }
      `),
    },
    {
      name: 'an SSM parameter type (its Default is a parameter name), an empty Default, an attribute',
      code: dedent(`
        Parameters:
          Pw:
            Type: AWS::SSM::Parameter::Value<String>
            Default: /app/db/password   # a Parameter Store name, not a password
          Empty:
            Type: String
            Default: ''
          Hidden:   # NoEcho with a Default: parameter-noecho-default reports it
            Type: String
            NoEcho: true
            Default: Hunter2Hunter2
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              MasterUserPassword: !Ref Pw
          Other:
            Type: AWS::RDS::DBInstance
            Properties:
              MasterUserPassword: !Ref Hidden
          Broker:
            Type: AWS::AmazonMQ::Broker
            Properties:
              Users:
                - Username: admin
                  Password: !Ref Empty
                - Username: app
                  Password: !GetAtt Generated.Value
          Generated:
            Type: AWS::SSM::Parameter
      `),
    },
  ],
  invalid: [
    {
      name: 'a literal MasterUserPassword (fix: ManageMasterUserPassword)',
      code: dedent(`
        {
          "Resources": {
            "RDSInstance": {
              "Type": "AWS::RDS::DBInstance",
              "Properties": {
                "Engine": "mysql",
                "MasterUsername": "admin",
                "MasterUserPassword": "TempPassword123!"
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
          endColumn: 49,
          severity: 'critical',
          pointer: '/Resources/RDSInstance/Properties/MasterUserPassword',
          message:
            'DB instance RDSInstance has a literal MasterUserPassword: anyone who reads the template knows the password. Set ManageMasterUserPassword: true, or resolve it from a generated secret ({{resolve:secretsmanager:...}}).',
          fix: {
            safety: 'unsafe',
            ops: [
              { op: 'test', path: '/Resources/RDSInstance/Properties/MasterUserPassword', value: 'TempPassword123!' },
              { op: 'remove', path: '/Resources/RDSInstance/Properties/MasterUserPassword' },
              { op: 'add', path: '/Resources/RDSInstance/Properties/ManageMasterUserPassword', value: true },
            ],
          },
        },
      ],
    },
    {
      name: 'a parameter Default used by two resources, a conditional literal, a derived password, an IAM login',
      code: dedent(`
        Parameters:
          DBPassword:
            Type: String
            Default: 'ChangeMe123!'   # "for testing"
            MinLength: 8
          Team:
            Type: String
            Default: web
        Conditions:
          IsDev: !Equals [!Ref Team, web]
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              DBClusterIdentifier: !Ref Cluster
              MasterUserPassword: !If [IsDev, DevPass1234, !Ref DBPassword]
          Endpoint:
            Type: AWS::DMS::Endpoint
            Properties:
              Password: !Ref DBPassword
          Aurora:
            Type: AWS::RDS::DBCluster
            Properties:
              MasterUserPassword: !Sub '\${Team}-\${AWS::AccountId}-Secure1!'
          Person:
            Type: AWS::IAM::User
            Properties:
              LoginProfile:
                Password: 'Welcome1!'
                PasswordResetRequired: true
          Cluster:
            Type: AWS::RDS::DBCluster
      `),
      errors: [
        {
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 28,
          pointer: '/Parameters/DBPassword/Default',
          message:
            "Parameter DBPassword has a literal Default that becomes DB instance Db's MasterUserPassword when condition IsDev is false and DMS endpoint Endpoint's Password whenever the stack is deployed without a value for it: anyone who reads the template knows that password. Remove the Default and let the password be generated (ManageMasterUserPassword, or GenerateSecretString resolved with {{resolve:secretsmanager:...}}).",
          fix: null,
        },
        {
          line: 16,
          column: 7,
          message:
            'DB instance Db has a literal MasterUserPassword when condition IsDev is true: anyone who reads the template knows the password. Set ManageMasterUserPassword: true, or resolve it from a generated secret ({{resolve:secretsmanager:...}}).',
          fix: null,
        },
        {
          line: 24,
          column: 7,
          message:
            'DB cluster Aurora builds MasterUserPassword from literal text and Team and AWS::AccountId: anyone who reads the template can work the password out. Set ManageMasterUserPassword: true, or resolve it from a generated secret ({{resolve:secretsmanager:...}}).',
          fix: {
            safety: 'unsafe',
            ops: [
              { op: 'test', path: '/Resources/Aurora/Properties/MasterUserPassword', value: { 'Fn::Sub': '${Team}-${AWS::AccountId}-Secure1!' } },
              { op: 'remove', path: '/Resources/Aurora/Properties/MasterUserPassword' },
              { op: 'add', path: '/Resources/Aurora/Properties/ManageMasterUserPassword', value: true },
            ],
          },
        },
        {
          line: 29,
          column: 9,
          message:
            'IAM user Person has a literal LoginProfile.Password: anyone who reads the template knows the password. Resolve it from a Secrets Manager secret with GenerateSecretString ({{resolve:secretsmanager:...}}).',
          fix: null,
        },
      ],
    },
  ],
});
