import rule from '../../rules/secret-from-parameters.js';
import { dedent, RuleTester } from '../../src/testing/rule-tester.js';

const GENERATE = { GenerateStringKey: 'password', PasswordLength: 32, ExcludeCharacters: '"@/\\', RequireEachIncludedType: true };

new RuleTester().run(rule, {
  valid: [
    {
      name: 'the seed corrected secret: GenerateSecretString, resolved by the database',
      code: dedent(`
        {
          "Resources": {
            "DBSecret": {
              "Type": "AWS::SecretsManager::Secret",
              "Properties": {
                "GenerateSecretString": {
                  "SecretStringTemplate": "{\\"username\\": \\"projxadmin\\"}",
                  "GenerateStringKey": "password",
                  "PasswordLength": 32,
                  "ExcludeCharacters": "\\"@/\\\\"
                }
              }
            },
            "Db": {
              "Type": "AWS::RDS::DBInstance",
              "Properties": {
                "MasterUsername": { "Fn::Sub": "{{resolve:secretsmanager:\${DBSecret}:SecretString:username}}" },
                "MasterUserPassword": { "Fn::Sub": "{{resolve:secretsmanager:\${DBSecret}:SecretString:password}}" }
              }
            }
          }
        }
      `),
    },
    {
      name: 'placeholders, a username from a parameter, a host from an attribute, a dynamic reference',
      code: dedent(`
        Parameters:
          DBUsername:
            Type: String
            NoEcho: true   # NoEcho on a username does not make it a secret
        Resources:
          Token:
            Type: AWS::SecretsManager::Secret
            Properties:
              SecretString: '{"token": "CHANGE_ME"}'
          Keys:
            Type: AWS::SecretsManager::Secret
            Properties:
              SecretString: |
                {"api_key": "your-api-key-here", "encryption_key_id": "alias/app"}
          Connection:
            Type: AWS::SecretsManager::Secret
            Properties:
              SecretString: !Sub '{"username": "\${DBUsername}", "host": "\${Db.Endpoint.Address}", "password": "{{resolve:ssm-secure:/db/password}}"}'
          Db:
            Type: AWS::RDS::DBInstance
      `),
    },
  ],
  invalid: [
    {
      name: 'the seed model: SecretString joined from DBUsername and DBPassword',
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
                "Description": "RDS database credentials",
                "SecretString": {
                  "Fn::Join": ["", ["{\\"username\\":\\"", { "Ref": "DBUsername" }, "\\",\\"password\\":\\"", { "Ref": "DBPassword" }, "\\"}"]]
                }
              }
            }
          }
        }
      `),
      errors: [
        {
          line: 11,
          column: 9,
          endLine: 11,
          endColumn: 23,
          pointer: '/Resources/DBSecret/Properties/SecretString',
          severity: 'high',
          message:
            'Secret DBSecret takes "password" of its SecretString from parameter DBPassword: the value is typed in at deploy time and kept with the stack\'s parameters. Use GenerateSecretString so that Secrets Manager generates it.',
          fix: {
            safety: 'unsafe',
            ops: [
              {
                op: 'test',
                path: '/Resources/DBSecret/Properties/SecretString',
                value: { 'Fn::Join': ['', ['{"username":"', { Ref: 'DBUsername' }, '","password":"', { Ref: 'DBPassword' }, '"}']] },
              },
              { op: 'remove', path: '/Resources/DBSecret/Properties/SecretString' },
              {
                op: 'add',
                path: '/Resources/DBSecret/Properties/GenerateSecretString',
                value: { SecretStringTemplate: { 'Fn::Sub': '{"username":"${DBUsername}"}' }, ...GENERATE },
              },
            ],
          },
        },
      ],
    },
    {
      name: 'a literal password (critical), a number left bare, a literal ${} escaped in the template',
      code: dedent(`
        Resources:
          AppSecret: # written by hand
            Type: AWS::SecretsManager::Secret
            Properties:
              SecretString: !Sub |
                {
                  "user": "app-\${AWS::Region}",
                  "port": \${Port},
                  "note": "\${!NotAVar}",
                  "password": "SuperSecret123!"
                }
        Parameters:
          Port:
            Type: Number
            Default: 5432
      `),
      errors: [
        {
          line: 5,
          column: 7,
          severity: 'critical',
          message:
            'Secret AppSecret has a literal "password" in its SecretString: anyone who reads the template knows the secret. Use GenerateSecretString so that Secrets Manager generates it.',
          fix: {
            safety: 'unsafe',
            ops: [
              {
                op: 'test',
                path: '/Resources/AppSecret/Properties/SecretString',
                value: { 'Fn::Sub': '{\n  "user": "app-${AWS::Region}",\n  "port": ${Port},\n  "note": "${!NotAVar}",\n  "password": "SuperSecret123!"\n}\n' },
              },
              { op: 'remove', path: '/Resources/AppSecret/Properties/SecretString' },
              {
                op: 'add',
                path: '/Resources/AppSecret/Properties/GenerateSecretString',
                value: { SecretStringTemplate: { 'Fn::Sub': '{"user":"app-${AWS::Region}","port":${Port},"note":"${!NotAVar}"}' }, ...GENERATE },
              },
            ],
          },
        },
      ],
    },
    {
      name: 'under a condition, from a parameter that is not NoEcho; a whole SecretString from a parameter',
      options: { passwordLength: 40 },
      code: dedent(`
        Parameters:
          DbPass:
            Type: String
          ApiToken:
            Type: String
            NoEcho: true
        Conditions:
          UseGenerated: !Equals [!Ref AWS::Region, eu-west-1]
        Resources:
          DbSecret:
            Type: AWS::SecretsManager::Secret
            Properties:
              SecretString: !If
                - UseGenerated
                - !Ref AWS::NoValue
                - !Sub '{"password": "\${DbPass}"}'
          TokenSecret:
            Type: AWS::SecretsManager::Secret
            Properties:
              SecretString: !Ref ApiToken
      `),
      errors: [
        {
          line: 13,
          column: 7,
          message:
            'Secret DbSecret takes "password" of its SecretString from parameter DbPass when condition UseGenerated is false: the value is typed in at deploy time and kept with the stack\'s parameters, in plain text because DbPass is not NoEcho. Use GenerateSecretString so that Secrets Manager generates it.',
          fix: null,
        },
        {
          line: 20,
          column: 7,
          message:
            "Secret TokenSecret takes the whole value of its SecretString from parameter ApiToken: the value is typed in at deploy time and kept with the stack's parameters. Use GenerateSecretString so that Secrets Manager generates it.",
          fix: null,
        },
      ],
    },
  ],
});
