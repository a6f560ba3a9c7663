import rule from '../../rules/db-password-from-parameter.js';
import { dedent, RuleTester } from '../../src/testing/rule-tester.js';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'the seed corrected database: password resolved from a generated secret; a managed password',
      code: dedent(`
        {
          "Resources": {
            "Secret": {
              "Type": "AWS::SecretsManager::Secret",
              "Properties": { "GenerateSecretString": { "SecretStringTemplate": "{\\"username\\": \\"admin\\"}", "GenerateStringKey": "password" } }
            },
            "Db": {
              "Type": "AWS::RDS::DBInstance",
              "Properties": {
                "MasterUsername": "admin",
                "MasterUserPassword": { "Fn::Sub": "{{resolve:secretsmanager:\${Secret}:SecretString:password}}" }
              }
            },
            "Cluster": {
              "Type": "AWS::RDS::DBCluster",
              "Properties": { "MasterUsername": "admin", "ManageMasterUserPassword": true }
            },
            "Other": {
              "Type": "AWS::RDS::DBInstance",
              "Properties": {
                "MasterUserPassword": { "Fn::Join": ["", ["{{resolve:secretsmanager:", { "Ref": "Secret" }, ":SecretString:password}}"]] }
              }
            }
          }
        }
      `),
    },
    {
      name: 'ssm-secure, a secret name from a parameter, an attribute, a literal (another rule), NoValue under a condition',
      code: dedent(`
        Parameters:
          SecretName:
            Type: String
          Env:
            Type: String
        Conditions:
          IsProd: !Equals [!Ref Env, prod]
        Resources:
          Endpoint:
            Type: AWS::DMS::Endpoint
            Properties:
              Password: !Sub '{{resolve:secretsmanager:\${SecretName}:SecretString:password}}'
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              MasterUserPassword: '{{resolve:ssm-secure:/prod/db/password:3}}'
          FromSsm:
            Type: AWS::RDS::DBInstance
            Properties:
              MasterUserPassword: !GetAtt PasswordParam.Value
          Literal:
            Type: AWS::RDS::DBCluster
            Properties:
              MasterUserPassword: NotAParameter123
          Redis:
            Type: AWS::ElastiCache::ReplicationGroup
            Properties:
              AuthToken: !If [IsProd, !Sub '{{resolve:secretsmanager:redis-\${Env}}}', !Ref AWS::NoValue]
          PasswordParam:
            Type: AWS::SSM::Parameter
      `),
    },
  ],
  invalid: [
    {
      name: 'the seed model: the database and the secret both take DBPassword (fix: resolve from the secret)',
      code: dedent(`
        {
          "Parameters": {
            "DBUsername": { "Type": "String" },
            "DBPassword": { "Type": "String", "NoEcho": true }
          },
          "Resources": {
            "DBSecret": {
              "Type": "AWS::SecretsManager::Secret",
              "Properties": {
                "SecretString": { "Fn::Sub": "{\\"username\\":\\"\${DBUsername}\\",\\"password\\":\\"\${DBPassword}\\"}" }
              }
            },
            "RDSInstance": {
              "Type": "AWS::RDS::DBInstance",
              "Properties": {
                "Engine": "postgres",
                "MasterUsername": { "Ref": "DBUsername" },
                "MasterUserPassword": { "Ref": "DBPassword" }
              }
            }
          }
        }
      `),
      errors: [
        {
          line: 18,
          column: 9,
          endLine: 18,
          endColumn: 54,
          pointer: '/Resources/RDSInstance/Properties/MasterUserPassword',
          message:
            "DB instance RDSInstance takes MasterUserPassword from parameter DBPassword: the password is chosen by hand, typed in at deploy time and kept with the stack's parameters. Set ManageMasterUserPassword: true, or resolve it from a generated secret ({{resolve:secretsmanager:...}}).",
          fix: {
            safety: 'unsafe',
            ops: [
              { op: 'test', path: '/Resources/RDSInstance/Properties/MasterUserPassword', value: { Ref: 'DBPassword' } },
              {
                op: 'replace',
                path: '/Resources/RDSInstance/Properties/MasterUserPassword',
                value: { 'Fn::Sub': '{{resolve:secretsmanager:${DBSecret}:SecretString:password}}' },
              },
            ],
          },
        },
      ],
    },
    {
      name: 'no secret in the template: RDS manages the password; not offered where the parameter has other readers',
      code: dedent(`
        Parameters:
          DBPassword:
            Type: String
            NoEcho: true
          AppPassword:
            Type: String
            NoEcho: true
        Resources:
          Database: # the application database
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: mysql
              MasterUsername: admin
              MasterUserPassword: !Ref DBPassword
          Reporting:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: mysql
              MasterUserPassword: !Ref AppPassword
          Fn:
            Type: AWS::Lambda::Function
            Properties:
              Environment:
                Variables:
                  DB_PASSWORD: !Ref AppPassword
      `),
      errors: [
        {
          line: 14,
          column: 7,
          endLine: 14,
          endColumn: 42,
          message:
            "DB instance Database takes MasterUserPassword from parameter DBPassword: the password is chosen by hand, typed in at deploy time and kept with the stack's parameters. Set ManageMasterUserPassword: true, or resolve it from a generated secret ({{resolve:secretsmanager:...}}).",
          fix: {
            safety: 'unsafe',
            ops: [
              { op: 'test', path: '/Resources/Database/Properties/MasterUserPassword', value: { Ref: 'DBPassword' } },
              { op: 'remove', path: '/Resources/Database/Properties/MasterUserPassword' },
              { op: 'add', path: '/Resources/Database/Properties/ManageMasterUserPassword', value: true },
            ],
          },
        },
        { line: 19, column: 7, fix: null },
      ],
    },
    {
      name: 'conditional, not NoEcho, SSM parameter types, Serverless v1 and Redshift (no fix)',
      code: dedent(`
        Parameters:
          LocalPassword:
            Type: String
          SsmPassword:
            Type: AWS::SSM::Parameter::Value<String>
            Default: /app/db/password
          RedshiftPassword:
            Type: String
            NoEcho: true
        Conditions:
          IsLocalStack: !Equals [!Ref AWS::AccountId, '000000000000']
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              MasterUserPassword: !If
                - IsLocalStack
                - !Ref LocalPassword
                - !Sub '{{resolve:secretsmanager:\${Secret}:SecretString:password}}'
          Serverless:
            Type: AWS::RDS::DBCluster
            Properties:
              EngineMode: serverless
              MasterUserPassword: !Ref SsmPassword
          Warehouse:
            Type: AWS::Redshift::Cluster
            Properties:
              MasterUserPassword: !Sub '\${RedshiftPassword}'
          Secret:
            Type: AWS::SecretsManager::Secret
      `),
      errors: [
        {
          line: 16,
          column: 7,
          message:
            "DB instance Db takes MasterUserPassword from parameter LocalPassword when condition IsLocalStack is true: the password is chosen by hand, typed in at deploy time and kept with the stack's parameters, in plain text because LocalPassword is not NoEcho. Set ManageMasterUserPassword: true, or resolve it from a generated secret ({{resolve:secretsmanager:...}}).",
          fix: null,
        },
        {
          line: 24,
          column: 7,
          message:
            'DB cluster Serverless takes MasterUserPassword from parameter SsmPassword: SsmPassword reads it from an SSM String parameter, stored unencrypted. Set ManageMasterUserPassword: true, or resolve it from a generated secret ({{resolve:secretsmanager:...}}).',
          fix: null,
        },
        {
          line: 28,
          column: 7,
          message:
            "Redshift cluster Warehouse takes MasterUserPassword from parameter RedshiftPassword: the password is chosen by hand, typed in at deploy time and kept with the stack's parameters. Set ManageMasterPassword: true, or resolve it from a generated secret ({{resolve:secretsmanager:...}}).",
          fix: null,
        },
      ],
    },
  ],
});
