import { describe, expect, it } from 'vitest';
import table from '../../rules/data/rds-engine-versions.json' with { type: 'json' };
import rule, { majorOf } from '../../rules/rds-engine-version.js';
import { dedent, RuleTester } from '../../src/testing/rule-tester.js';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'the seed corrected version; current MySQL, Aurora MySQL 3, SQL Server 2019, Oracle 19; no version at all',
      code: dedent(`
        {
          "Resources": {
            "Db": { "Type": "AWS::RDS::DBInstance", "Properties": { "Engine": "postgres", "EngineVersion": "15.7" } },
            "My": { "Type": "AWS::RDS::DBInstance", "Properties": { "Engine": "mysql", "EngineVersion": "8.4.6" } },
            "Aurora": { "Type": "AWS::RDS::DBCluster", "Properties": { "Engine": "aurora-mysql", "EngineVersion": "8.0.mysql_aurora.3.04.0" } },
            "Sql": { "Type": "AWS::RDS::DBInstance", "Properties": { "Engine": "sqlserver-se", "EngineVersion": "15.00.4345.5.v1" } },
            "Ora": { "Type": "AWS::RDS::DBInstance", "Properties": { "Engine": "oracle-ee", "EngineVersion": "19.0.0.0.ru-2024-01.rur-2024-01.r1" } },
            "Latest": { "Type": "AWS::RDS::DBInstance", "Properties": { "Engine": "mariadb" } }
          }
        }
      `),
    },
    {
      name: 'a version per engine through the same condition; a member instance; an unparsable version; no default',
      code: dedent(`
        Parameters:
          RdsEngine:
            Type: String
            Default: postgres
          PgVersion:
            Type: String
            Default: '16.4'
          Chosen:
            Type: String # no default
        Conditions:
          EngineIsPg: !Equals [!Ref RdsEngine, postgres]
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: !Ref RdsEngine
              EngineVersion: !If [EngineIsPg, !Ref PgVersion, '8.0.35']
          Cluster:
            Type: AWS::RDS::DBCluster
            Properties:
              Engine: aurora-postgresql
              EngineVersion: !Ref Chosen
          Member:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: aurora-postgresql
              EngineVersion: '13.7' # ignored: the cluster's version applies
              DBClusterIdentifier: !Ref Cluster
          Odd:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: postgres
              EngineVersion: latest
      `),
    },
  ],
  invalid: [
    {
      name: 'the seed model instance: PostgreSQL 13.7',
      code: dedent(`
        {
          "Resources": {
            "RDSInstance": {
              "Type": "AWS::RDS::DBInstance",
              "Properties": {
                "Engine": "postgres",
                "EngineVersion": "13.7",
                "DBInstanceClass": "db.t3.micro"
              }
            }
          }
        }
      `),
      errors: [
        {
          line: 7,
          column: 9,
          endColumn: 32,
          pointer: '/Resources/RDSInstance/Properties/EngineVersion',
          message:
            'DB instance RDSInstance runs PostgreSQL 13 (EngineVersion "13.7"), out of RDS standard support since 2026-02-28, so RDS bills it for Extended Support or upgrades it on its own schedule. Plan a major version upgrade to PostgreSQL 14 or later (tested first, with AllowMajorVersionUpgrade on an existing database).',
          fix: null,
        },
      ],
    },
    {
      name: 'MySQL 8.0 from a parameter default, Aurora MySQL 2 on a cluster and a global cluster, a conditional version',
      code: dedent(`
        Parameters:
          DBEngineVersion:
            Type: String
            Default: 8.0.35
        Conditions:
          IsLegacy: !Equals [!Ref 'AWS::Region', eu-west-1]
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: mysql
              EngineVersion: !Ref DBEngineVersion
          Global:
            Type: AWS::RDS::GlobalCluster
            Properties:
              Engine: aurora-mysql
              EngineVersion: 5.7.mysql_aurora.2.11.2
          Cluster:
            Type: AWS::RDS::DBCluster
            Properties:
              Engine: aurora-postgresql
              EngineVersion: !If [IsLegacy, '12.9', '16.4'] # old Region pinned
      `),
      errors: [
        {
          line: 12,
          column: 7,
          message:
            'DB instance Db runs MySQL 8.0 (EngineVersion "8.0.35", parameter DBEngineVersion\'s default), out of RDS standard support since 2026-07-31, so RDS bills it for Extended Support or upgrades it on its own schedule. Plan a major version upgrade to MySQL 8.4 or later (tested first, with AllowMajorVersionUpgrade on an existing database).',
        },
        {
          line: 17,
          column: 7,
          message:
            'global cluster Global runs Aurora MySQL 5.7 (EngineVersion "5.7.mysql_aurora.2.11.2"), out of RDS standard support since 2024-10-31, so RDS bills it for Extended Support or upgrades it on its own schedule. Plan a major version upgrade to Aurora MySQL 8.0 or later (tested first, with AllowMajorVersionUpgrade on an existing database).',
        },
        {
          line: 22,
          column: 7,
          message:
            'DB cluster Cluster runs Aurora PostgreSQL 12 (EngineVersion "12.9") when condition IsLegacy is true, out of RDS standard support since 2025-02-28, so RDS bills it for Extended Support or upgrades it on its own schedule. Plan a major version upgrade to Aurora PostgreSQL 14 or later (tested first, with AllowMajorVersionUpgrade on an existing database).',
        },
      ],
    },
  ],
});

describe('rds-engine-version table', () => {
  it('is dated and parses the version styles RDS uses', () => {
    expect(table.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(majorOf('postgres', '13.7')).toBe('13');
    expect(majorOf('postgres', '9.6.22')).toBe('9.6');
    expect(majorOf('mysql', '5.7.44-rds.20250508')).toBe('5.7');
    expect(majorOf('aurora-mysql', '8.0.mysql_aurora.3.04.0')).toBe('8.0');
    expect(majorOf('sqlserver', '13.00.6435.1.v1')).toBe('13.00');
    expect(majorOf('oracle', '12.1.0.2.v28')).toBe('12.1');
    expect(majorOf('oracle', '19.0.0.0.ru-2024-01.rur-2024-01.r1')).toBe('19');
    expect(majorOf('mariadb', '10.11.8')).toBe('10.11');
  });
});
