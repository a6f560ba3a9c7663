import rule from '../../rules/rds-backup-retention.js';
import { dedent, RuleTester } from '../../src/testing/rule-tester.js';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'the seed corrected instance (7); a string "14"; an Aurora cluster holds the backups, not its member',
      code: dedent(`
        {
          "Resources": {
            "Db": {
              "Type": "AWS::RDS::DBInstance",
              "Properties": { "Engine": "postgres", "BackupRetentionPeriod": 7 }
            },
            "Other": {
              "Type": "AWS::RDS::DBInstance",
              "Properties": { "Engine": "mysql", "BackupRetentionPeriod": "14" }
            },
            "Cluster": {
              "Type": "AWS::RDS::DBCluster",
              "Properties": { "Engine": "aurora-mysql", "BackupRetentionPeriod": 35 }
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
      name: 'parameter default, both branches long enough, a mapping, a replica, unknowable values',
      code: dedent(`
        Parameters:
          Days:
            Type: Number
            Default: 10
          Env:
            Type: String
            Default: prod
          Free:
            Type: Number # no default
        Mappings:
          Config:
            prod: { Backups: 30 }
        Conditions:
          IsProd: !Equals [!Ref Env, prod]
        Resources:
          A:
            Type: AWS::RDS::DBInstance
            Properties: { Engine: mysql, BackupRetentionPeriod: !Ref Days }
          B:
            Type: AWS::RDS::DBInstance
            Properties: { Engine: mysql, BackupRetentionPeriod: !If [IsProd, 30, 7] }
          C:
            Type: AWS::RDS::DBInstance
            Properties: { Engine: mysql, BackupRetentionPeriod: !FindInMap [Config, !Ref Env, Backups] }
          Replica:
            Type: AWS::RDS::DBInstance
            Properties: { SourceDBInstanceIdentifier: !Ref A }
          D:
            Type: AWS::RDS::DBInstance
            Properties: { Engine: mysql, BackupRetentionPeriod: !Ref Free }
      `),
    },
    {
      name: 'a lower minimum through the option',
      options: { minDays: 1 },
      code: dedent(`
        Resources:
          Db:
            Type: AWS::RDS::DBCluster
            Properties:
              Engine: aurora-postgresql
              BackupRetentionPeriod: 1
      `),
    },
  ],
  invalid: [
    {
      name: 'the seed model instance: not set (1 day); a literal 3',
      code: dedent(`
        {
          "Resources": {
            "RDSInstance": {
              "Type": "AWS::RDS::DBInstance",
              "Properties": { "Engine": "postgres", "MultiAZ": true }
            },
            "Short": {
              "Type": "AWS::RDS::DBInstance",
              "Properties": { "Engine": "postgres", "BackupRetentionPeriod": "3" }
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
            'DB instance RDSInstance does not set BackupRetentionPeriod, so CloudFormation keeps its automated backups for 1 day only. Set BackupRetentionPeriod to 7 or more.',
          fix: { safety: 'safe', ops: [{ op: 'add', path: '/Resources/RDSInstance/Properties/BackupRetentionPeriod', value: 7 }] },
        },
        {
          line: 9,
          column: 45,
          endColumn: 73,
          pointer: '/Resources/Short/Properties/BackupRetentionPeriod',
          message: 'DB instance Short has BackupRetentionPeriod "3", fewer than the 7 days required. Set it to 7 or more.',
          fix: {
            safety: 'safe',
            ops: [
              { op: 'test', path: '/Resources/Short/Properties/BackupRetentionPeriod', value: '3' },
              { op: 'replace', path: '/Resources/Short/Properties/BackupRetentionPeriod', value: '7' },
            ],
          },
        },
      ],
    },
    {
      name: '0 turns backups off; conditions; a mapping row from a parameter default; an Aurora cluster not set',
      code: dedent(`
        Parameters:
          Environment:
            Type: String
            Default: dev
            AllowedValues: [dev, prod]
        Mappings:
          EnvironmentConfig:
            dev: { DBBackupRetention: 1 }
            prod: { DBBackupRetention: 7 }
        Conditions:
          IsProd: !Equals [!Ref Environment, prod]
          IsLocalStack: !Equals [!Ref 'AWS::AccountId', '000000000000']
        Resources:
          Off:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: mysql
              BackupRetentionPeriod: 0 # disables backups
          Local:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: mysql
              BackupRetentionPeriod: !If [IsLocalStack, 0, 7]
          ByEnv:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: mysql
              BackupRetentionPeriod: !If [IsProd, 7, 1]
          Mapped:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: mysql
              BackupRetentionPeriod: !FindInMap [EnvironmentConfig, !Ref Environment, DBBackupRetention]
          Cluster:
            Type: AWS::RDS::DBCluster
            Properties:
              Engine: aurora-postgresql
      `),
      errors: [
        {
          line: 18,
          column: 7,
          endColumn: 31,
          message:
            'DB instance Off has BackupRetentionPeriod 0, which turns automated backups and point-in-time recovery off. Set it to 7 or more.',
          fix: {
            safety: 'unsafe',
            ops: [
              { op: 'test', path: '/Resources/Off/Properties/BackupRetentionPeriod', value: 0 },
              { op: 'replace', path: '/Resources/Off/Properties/BackupRetentionPeriod', value: 7 },
            ],
          },
        },
        {
          line: 23,
          column: 7,
          message:
            'DB instance Local has BackupRetentionPeriod 0 when condition IsLocalStack is true, which turns automated backups and point-in-time recovery off. Set it to 7 or more in every case.',
          fix: null,
        },
        {
          line: 28,
          column: 7,
          message:
            'DB instance ByEnv has BackupRetentionPeriod 1 when condition IsProd is false, fewer than the 7 days required. Set it to 7 or more in every case.',
          fix: null,
        },
        {
          line: 33,
          column: 7,
          message:
            "DB instance Mapped has BackupRetentionPeriod 1 (mapping EnvironmentConfig.dev.DBBackupRetention, parameter Environment's default), fewer than the 7 days required. Set it to 7 or more in every case.",
          fix: null,
        },
        {
          line: 34,
          column: 3,
          pointer: '/Resources/Cluster',
          message:
            'DB cluster Cluster does not set BackupRetentionPeriod, so CloudFormation keeps its automated backups for 1 day only. Set BackupRetentionPeriod to 7 or more.',
        },
      ],
    },
    {
      name: 'JSON long-form intrinsics: AWS::NoValue in one branch falls back to 1 day',
      code: dedent(`
        {
          "Conditions": { "IsProd": { "Fn::Equals": [{ "Ref": "AWS::Region" }, "us-east-1"] } },
          "Resources": {
            "Db": {
              "Type": "AWS::RDS::DBInstance",
              "Properties": {
                "Engine": "postgres",
                "BackupRetentionPeriod": { "Fn::If": ["IsProd", 14, { "Ref": "AWS::NoValue" }] }
              }
            }
          }
        }
      `),
      errors: [
        {
          line: 8,
          column: 9,
          message:
            'DB instance Db has BackupRetentionPeriod unset (1 day) when condition IsProd is false, fewer than the 7 days required. Set it to 7 or more in every case.',
          fix: null,
        },
      ],
    },
  ],
});
