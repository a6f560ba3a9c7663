import rule from '../../rules/rds-log-exports.js';
import { dedent, RuleTester } from '../../src/testing/rule-tester.js';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'the seed corrected instance; MySQL with more than the error log; an Aurora cluster exports for its members',
      code: dedent(`
        {
          "Resources": {
            "Db": {
              "Type": "AWS::RDS::DBInstance",
              "Properties": { "Engine": "postgres", "EnableCloudwatchLogsExports": ["postgresql"] }
            },
            "MySql": {
              "Type": "AWS::RDS::DBInstance",
              "Properties": { "Engine": "MySQL", "EnableCloudwatchLogsExports": ["error", "general", "slowquery"] }
            },
            "Cluster": {
              "Type": "AWS::RDS::DBCluster",
              "Properties": { "Engine": "aurora-mysql", "EnableCloudwatchLogsExports": ["audit", "error"] }
            },
            "Member": {
              "Type": "AWS::RDS::DBInstance",
              "Properties": { "Engine": "aurora-mysql", "DBClusterIdentifier": { "Ref": "Cluster" } }
            }
          }
        }
      `),
    },
    {
      name: 'engine and exports chosen by the same condition or parameter; a list parameter; unknowable engine',
      code: dedent(`
        Parameters:
          RdsEngine:
            Type: String
            Default: postgres
            AllowedValues: [postgres, mysql]
          Logs:
            Type: CommaDelimitedList
            Default: 'error,slowquery'
          Engine2:
            Type: String # no default
        Conditions:
          EngineIsPg: !Equals [!Ref RdsEngine, postgres]
        Resources:
          Either:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: !Ref RdsEngine
              EnableCloudwatchLogsExports: !If [EngineIsPg, [postgresql], [error]]
          Listed:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: mariadb
              EnableCloudwatchLogsExports: !Ref Logs
          Unknown:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: !Ref Engine2
          Serverless:
            Type: AWS::RDS::DBCluster
            Properties:
              Engine: aurora-postgresql
              EngineMode: serverless # logs go through the parameter group
      `),
    },
    {
      name: 'slowquery required too, through the option',
      options: { required: { mysql: ['error', 'slowquery'] } },
      code: dedent(`
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: mysql
              EnableCloudwatchLogsExports: [slowquery, error]
      `),
    },
  ],
  invalid: [
    {
      name: 'the seed model instance: no exports',
      code: dedent(`
        {
          "Resources": {
            "RDSInstance": {
              "Type": "AWS::RDS::DBInstance",
              "Properties": { "Engine": "postgres", "EngineVersion": "13.7" }
            }
          }
        }
      `),
      errors: [
        {
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 18,
          pointer: '/Resources/RDSInstance',
          message:
            'DB instance RDSInstance does not set EnableCloudwatchLogsExports, so the postgresql log of its postgres engine never reaches CloudWatch Logs, where it could be kept, searched and alarmed on. Add EnableCloudwatchLogsExports: [postgresql].',
          fix: { safety: 'safe', ops: [{ op: 'add', path: '/Resources/RDSInstance/Properties/EnableCloudwatchLogsExports', value: ['postgresql'] }] },
        },
      ],
    },
    {
      name: 'a list without the main log; an emulator condition; an engine from a parameter default; an Aurora cluster',
      code: dedent(`
        Parameters:
          DBEngine:
            Type: String
            Default: mysql
        Conditions:
          IsLocalStack: !Equals [!Ref 'AWS::AccountId', '000000000000']
        Resources:
          General:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: mysql
              EnableCloudwatchLogsExports: [general, slowquery] # not the error log
          Local:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: postgres
              EnableCloudwatchLogsExports: !If
                - IsLocalStack
                - !Ref AWS::NoValue
                - [postgresql, upgrade]
          FromParam:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: !Ref DBEngine
          Aurora:
            Type: AWS::RDS::DBCluster
            Properties:
              Engine: aurora-postgresql
              EnableCloudwatchLogsExports: []
      `),
      errors: [
        {
          line: 12,
          column: 7,
          endColumn: 56,
          message:
            "DB instance General does not export the engine's main log to CloudWatch Logs: it lacks error for mysql. Add error to EnableCloudwatchLogsExports.",
          fix: {
            safety: 'safe',
            ops: [
              { op: 'test', path: '/Resources/General/Properties/EnableCloudwatchLogsExports', value: ['general', 'slowquery'] },
              { op: 'add', path: '/Resources/General/Properties/EnableCloudwatchLogsExports/-', value: 'error' },
            ],
          },
        },
        {
          line: 17,
          column: 7,
          message:
            "DB instance Local does not export the engine's main log to CloudWatch Logs: it lacks postgresql for postgres when condition IsLocalStack is true. Add postgresql to EnableCloudwatchLogsExports.",
          fix: null,
        },
        {
          line: 21,
          column: 3,
          message:
            "DB instance FromParam does not set EnableCloudwatchLogsExports, so the error log of its mysql (parameter DBEngine's default) engine never reaches CloudWatch Logs, where it could be kept, searched and alarmed on. Add EnableCloudwatchLogsExports: [error].",
          fix: { safety: 'safe', ops: [{ op: 'add', path: '/Resources/FromParam/Properties/EnableCloudwatchLogsExports', value: ['error'] }] },
        },
        {
          line: 29,
          column: 7,
          message:
            "DB cluster Aurora does not export the engine's main log to CloudWatch Logs: it lacks postgresql for aurora-postgresql. Add postgresql to EnableCloudwatchLogsExports.",
          fix: {
            safety: 'safe',
            ops: [
              { op: 'test', path: '/Resources/Aurora/Properties/EnableCloudwatchLogsExports', value: [] },
              { op: 'add', path: '/Resources/Aurora/Properties/EnableCloudwatchLogsExports/-', value: 'postgresql' },
            ],
          },
        },
      ],
    },
  ],
});
