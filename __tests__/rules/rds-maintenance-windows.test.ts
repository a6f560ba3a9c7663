import rule from '../../rules/rds-maintenance-windows.js';
import { dedent, RuleTester } from '../../src/testing/rule-tester.js';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'the seed corrected windows; an Aurora member follows its cluster',
      code: dedent(`
        {
          "Resources": {
            "Db": {
              "Type": "AWS::RDS::DBInstance",
              "Properties": {
                "Engine": "postgres",
                "PreferredBackupWindow": "03:00-04:00",
                "PreferredMaintenanceWindow": "mon:04:00-mon:05:00"
              }
            },
            "Cluster": {
              "Type": "AWS::RDS::DBCluster",
              "Properties": {
                "Engine": "aurora-mysql",
                "PreferredBackupWindow": { "Ref": "BackupWindow" },
                "PreferredMaintenanceWindow": "sun:04:00-sun:05:00"
              }
            },
            "Member": {
              "Type": "AWS::RDS::DBInstance",
              "Properties": { "Engine": "aurora-mysql", "DBClusterIdentifier": { "Ref": "Cluster" } }
            }
          },
          "Parameters": { "BackupWindow": { "Type": "String" } }
        }
      `),
    },
    {
      name: 'a replica and an instance without backups need only the maintenance window',
      code: dedent(`
        Resources:
          Primary:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: mysql
              BackupRetentionPeriod: 0 # no backups to schedule
              PreferredMaintenanceWindow: !Sub 'sun:0\${Hour}:00-sun:0\${Hour}:30'
          Replica:
            Type: AWS::RDS::DBInstance
            Properties:
              SourceDBInstanceIdentifier: !Ref Primary
              PreferredMaintenanceWindow: tue:04:00-tue:05:00
      `),
    },
  ],
  invalid: [
    {
      name: 'the seed model instance: neither window',
      code: dedent(`
        {
          "Resources": {
            "RDSInstance": {
              "Type": "AWS::RDS::DBInstance",
              "Properties": { "Engine": "postgres", "MultiAZ": true }
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
            'DB instance RDSInstance has no PreferredBackupWindow or PreferredMaintenanceWindow, so RDS picks random backup and maintenance windows that may fall in business hours. Set them to quiet hours, e.g. PreferredBackupWindow: 03:00-04:00 and PreferredMaintenanceWindow: mon:04:00-mon:05:00 (UTC).',
          fix: {
            safety: 'safe',
            ops: [
              { op: 'add', path: '/Resources/RDSInstance/Properties/PreferredBackupWindow', value: '03:00-04:00' },
              { op: 'add', path: '/Resources/RDSInstance/Properties/PreferredMaintenanceWindow', value: 'mon:04:00-mon:05:00' },
            ],
          },
        },
      ],
    },
    {
      name: 'added windows avoid the existing one; an unreadable existing window gets no fix; a replica',
      code: dedent(`
        Parameters:
          Window:
            Type: String # no default
        Resources:
          MaintenanceAtThree:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: mysql
              PreferredMaintenanceWindow: mon:03:00-mon:04:00
          BackupAtHalfFour:
            Type: AWS::RDS::DBCluster
            Properties:
              Engine: aurora-postgresql
              PreferredBackupWindow: '04:30-05:30'
          Unreadable:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: mysql
              PreferredBackupWindow: !Ref Window
          Replica:
            Type: AWS::RDS::DBInstance
            Properties:
              SourceDBInstanceIdentifier: !Ref Unreadable
      `),
      errors: [
        {
          line: 5,
          column: 3,
          message:
            'DB instance MaintenanceAtThree has no PreferredBackupWindow, so RDS picks a random daily backup window that may fall in business hours. Set it to quiet hours, e.g. PreferredBackupWindow: 05:00-06:00 (UTC).',
          fix: { safety: 'safe', ops: [{ op: 'add', path: '/Resources/MaintenanceAtThree/Properties/PreferredBackupWindow', value: '05:00-06:00' }] },
        },
        {
          line: 10,
          column: 3,
          message:
            'DB cluster BackupAtHalfFour has no PreferredMaintenanceWindow, so RDS picks a random weekly maintenance window that may fall in business hours. Set it to quiet hours, e.g. PreferredMaintenanceWindow: mon:06:00-mon:07:00 (UTC).',
          fix: {
            safety: 'safe',
            ops: [{ op: 'add', path: '/Resources/BackupAtHalfFour/Properties/PreferredMaintenanceWindow', value: 'mon:06:00-mon:07:00' }],
          },
        },
        {
          line: 15,
          column: 3,
          message:
            'DB instance Unreadable has no PreferredMaintenanceWindow, so RDS picks a random weekly maintenance window that may fall in business hours. Set it to quiet hours.',
          fix: null,
        },
        {
          line: 20,
          column: 3,
          message:
            'DB instance Replica has no PreferredMaintenanceWindow, so RDS picks a random weekly maintenance window that may fall in business hours. Set it to quiet hours, e.g. PreferredMaintenanceWindow: mon:04:00-mon:05:00 (UTC).',
          fix: { safety: 'safe', ops: [{ op: 'add', path: '/Resources/Replica/Properties/PreferredMaintenanceWindow', value: 'mon:04:00-mon:05:00' }] },
        },
      ],
    },
  ],
});
