import rule from '../../rules/rds-storage-encrypted.js';
import { dedent, RuleTester } from '../../src/testing/rule-tester.js';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'the seed corrected instance; a string "true"; an encrypted Aurora cluster whose member does not repeat it',
      code: dedent(`
        {
          "Resources": {
            "Db": {
              "Type": "AWS::RDS::DBInstance",
              "Properties": { "Engine": "postgres", "EngineVersion": "15.7", "AllocatedStorage": "20", "StorageEncrypted": true }
            },
            "Other": {
              "Type": "AWS::RDS::DBInstance",
              "Properties": { "Engine": "mysql", "StorageEncrypted": "true" }
            },
            "Cluster": {
              "Type": "AWS::RDS::DBCluster",
              "Properties": { "Engine": "aurora-postgresql", "StorageEncrypted": true }
            },
            "Member": {
              "Type": "AWS::RDS::DBInstance",
              "Properties": { "Engine": "aurora-postgresql", "DBClusterIdentifier": { "Ref": "Cluster" }, "DBInstanceClass": "db.r6g.large" }
            }
          }
        }
      `),
    },
    {
      name: 'parameter default true, inherited encryption (snapshot, replica), Serverless v1, unknowable values',
      code: dedent(`
        Parameters:
          Encrypt:
            Type: String
            Default: 'true'
            AllowedValues: ['true', 'false']
          Secret:
            Type: String # no default: decided at deploy time
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: mysql
              StorageEncrypted: !Ref Encrypt
          Restored:
            Type: AWS::RDS::DBInstance
            Properties:
              DBSnapshotIdentifier: arn:aws:rds:us-east-1:123456789012:snapshot:db-snap
          Replica:
            Type: AWS::RDS::DBInstance
            Properties:
              SourceDBInstanceIdentifier: !Ref Db
          Serverless:
            Type: AWS::RDS::DBCluster
            Properties:
              Engine: aurora-mysql
              EngineMode: serverless
          Unknown:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: postgres
              StorageEncrypted: !Ref Secret
          ExternalMember:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: aurora-mysql
              DBClusterIdentifier: !ImportValue shared-cluster
      `),
    },
  ],
  invalid: [
    {
      name: 'the seed model instance: no StorageEncrypted',
      code: dedent(`
        {
          "Resources": {
            "RDSInstance": {
              "Type": "AWS::RDS::DBInstance",
              "Properties": {
                "Engine": "postgres",
                "EngineVersion": "13.7",
                "DBInstanceClass": "db.t3.micro",
                "AllocatedStorage": 20,
                "MultiAZ": true
              }
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
            'DB instance RDSInstance does not set StorageEncrypted, so its storage, automated backups and snapshots are unencrypted at rest. Set StorageEncrypted to true (on an existing database this forces a replacement, so migrate through an encrypted snapshot).',
          fix: { safety: 'unsafe', ops: [{ op: 'add', path: '/Resources/RDSInstance/Properties/StorageEncrypted', value: true }] },
        },
      ],
    },
    {
      name: 'LocalStack condition, a literal "false", an Aurora cluster reported once (not per member)',
      code: dedent(`
        Conditions:
          IsLocalStack: !Equals [!Ref 'AWS::AccountId', '000000000000']
        Resources:
          Db: # adapted for the emulator
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: postgres
              StorageEncrypted: !If [IsLocalStack, false, true]
          Legacy:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: mysql
              StorageEncrypted: 'false'
          Cluster:
            Type: AWS::RDS::DBCluster
            Properties:
              Engine: aurora-mysql
              KmsKeyId: !GetAtt Key.Arn
          Writer:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: aurora-mysql
              DBClusterIdentifier: !Ref Cluster
          Key:
            Type: AWS::KMS::Key
      `),
      errors: [
        {
          line: 8,
          column: 7,
          endColumn: 56,
          pointer: '/Resources/Db/Properties/StorageEncrypted',
          message:
            'DB instance Db has StorageEncrypted false when condition IsLocalStack is true, so in that case its storage, automated backups and snapshots are unencrypted at rest. Set it to true in every case (on an existing database this forces a replacement, so migrate through an encrypted snapshot).',
          fix: null,
        },
        {
          line: 13,
          column: 7,
          message:
            'DB instance Legacy has StorageEncrypted "false", so its storage, automated backups and snapshots are unencrypted at rest. Set it to true (on an existing database this forces a replacement, so migrate through an encrypted snapshot).',
          fix: {
            safety: 'unsafe',
            ops: [
              { op: 'test', path: '/Resources/Legacy/Properties/StorageEncrypted', value: 'false' },
              { op: 'replace', path: '/Resources/Legacy/Properties/StorageEncrypted', value: true },
            ],
          },
        },
        {
          line: 14,
          column: 3,
          pointer: '/Resources/Cluster',
          message:
            'DB cluster Cluster sets KmsKeyId but does not set StorageEncrypted, so its storage, automated backups and snapshots are unencrypted at rest. Set StorageEncrypted to true (on an existing database this forces a replacement, so migrate through an encrypted snapshot).',
        },
      ],
    },
    {
      name: 'AWS::NoValue in one branch leaves it unset; a snapshot only under a condition still creates a fresh database otherwise',
      code: dedent(`
        Parameters:
          SnapshotArn:
            Type: String
            Default: ''
        Conditions:
          IsDev: !Equals [!Ref 'AWS::Region', us-west-2]
          HasSnapshot: !Not [!Equals [!Ref SnapshotArn, '']]
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: mariadb
              DBSnapshotIdentifier: !If [HasSnapshot, !Ref SnapshotArn, !Ref 'AWS::NoValue']
              StorageEncrypted: !If [IsDev, !Ref 'AWS::NoValue', true]
      `),
      errors: [
        {
          line: 14,
          column: 7,
          message:
            'DB instance Db has StorageEncrypted unset when condition IsDev is true, so in that case its storage, automated backups and snapshots are unencrypted at rest. Set it to true in every case (on an existing database this forces a replacement, so migrate through an encrypted snapshot).',
          fix: null,
        },
      ],
    },
  ],
});
