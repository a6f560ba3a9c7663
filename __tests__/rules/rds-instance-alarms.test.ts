import rule from '../../rules/rds-instance-alarms.js';
import { dedent, RuleTester } from '../../src/testing/rule-tester.js';

const cpuAlarm = (id: string, extra: Record<string, unknown> = {}, threshold = 80) => ({
  Type: 'AWS::CloudWatch::Alarm',
  ...extra,
  Properties: {
    AlarmName: { 'Fn::Sub': `\${AWS::StackName}-${id}-CPUUtilization` },
    AlarmDescription: `${id} CPU above ${threshold}%`,
    Namespace: 'AWS/RDS',
    MetricName: 'CPUUtilization',
    Dimensions: [{ Name: 'DBInstanceIdentifier', Value: { Ref: id } }],
    Statistic: 'Average',
    Period: 300,
    EvaluationPeriods: 2,
    Threshold: threshold,
    ComparisonOperator: 'GreaterThanThreshold',
  },
});

const storageAlarm = (id: string, metric: 'FreeStorageSpace' | 'FreeLocalStorage', extra: Record<string, unknown> = {}) => ({
  Type: 'AWS::CloudWatch::Alarm',
  ...extra,
  Properties: {
    AlarmName: { 'Fn::Sub': `\${AWS::StackName}-${id}-${metric}` },
    AlarmDescription: `${id} ${metric === 'FreeLocalStorage' ? 'local storage' : 'free storage space'} below 2 GB`,
    Namespace: 'AWS/RDS',
    MetricName: metric,
    Dimensions: [{ Name: 'DBInstanceIdentifier', Value: { Ref: id } }],
    Statistic: 'Average',
    Period: 300,
    EvaluationPeriods: 1,
    Threshold: 2000000000,
    ComparisonOperator: 'LessThanThreshold',
  },
});

new RuleTester().run(rule, {
  valid: [
    {
      name: "the seed's corrected alarms: CPUUtilization and FreeStorageSpace on the instance",
      code: dedent(`
        {
          "Resources": {
            "projXRDSInstance": {
              "Type": "AWS::RDS::DBInstance",
              "Properties": { "Engine": "postgres", "DBInstanceClass": "db.t3.micro", "AllocatedStorage": "20" }
            },
            "projXRDSCPUAlarm": {
              "Type": "AWS::CloudWatch::Alarm",
              "Properties": {
                "MetricName": "CPUUtilization",
                "Namespace": "AWS/RDS",
                "Statistic": "Average",
                "Period": 300,
                "EvaluationPeriods": 2,
                "Threshold": 80,
                "ComparisonOperator": "GreaterThanThreshold",
                "Dimensions": [{ "Name": "DBInstanceIdentifier", "Value": { "Ref": "projXRDSInstance" } }]
              }
            },
            "projXRDSStorageAlarm": {
              "Type": "AWS::CloudWatch::Alarm",
              "Properties": {
                "MetricName": "FreeStorageSpace",
                "Namespace": "AWS/RDS",
                "Statistic": "Average",
                "Period": 300,
                "EvaluationPeriods": 1,
                "Threshold": 2000000000,
                "ComparisonOperator": "LessThanThreshold",
                "Dimensions": [{ "Name": "DBInstanceIdentifier", "Value": { "Ref": "projXRDSInstance" } }]
              }
            }
          }
        }
      `),
    },
    {
      name: 'Aurora members covered by cluster alarms (Ref and the literal cluster name)',
      code: dedent(`
        Resources:
          Cluster:
            Type: AWS::RDS::DBCluster
            Properties:
              Engine: aurora-postgresql
              DBClusterIdentifier: orders-cluster
          Writer:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: aurora-postgresql
              DBClusterIdentifier: !Ref Cluster
              DBInstanceClass: db.r6g.large
          Reader: # same cluster, named literally
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: aurora-postgresql
              DBClusterIdentifier: orders-cluster
              DBInstanceClass: db.r6g.large
          ClusterCpu:
            Type: AWS::CloudWatch::Alarm
            Properties:
              Namespace: AWS/RDS
              MetricName: CPUUtilization
              Dimensions:
                - Name: DBClusterIdentifier
                  Value: !Ref Cluster
          ClusterLocalStorage:
            Type: AWS::CloudWatch::Alarm
            Properties:
              Namespace: AWS/RDS
              MetricName: FreeLocalStorage
              Dimensions:
                - Name: DBClusterIdentifier
                  Value: ORDERS-CLUSTER # RDS stores identifiers in lower case
      `),
    },
    {
      name: 'alarms over all databases (no dimension, or only EngineName) cover every instance',
      code: dedent(`
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: mysql
          AnyCpu:
            Type: AWS::CloudWatch::Alarm
            Properties:
              Namespace: AWS/RDS
              MetricName: CPUUtilization
          MysqlStorage:
            Type: AWS::CloudWatch::Alarm
            Properties:
              Namespace: AWS/RDS
              MetricName: FreeStorageSpace
              Dimensions: [{ Name: EngineName, Value: mysql }]
      `),
    },
    {
      name: 'a literal identifier, a GetAtt of the instance, an alarm inside a condition',
      code: dedent(`
        {
          "Conditions": { "IsProd": { "Fn::Equals": [{ "Ref": "AWS::AccountId" }, "123456789012"] } },
          "Resources": {
            "Db": {
              "Type": "AWS::RDS::DBInstance",
              "Properties": { "DBInstanceIdentifier": "Billing-DB" }
            },
            "Cpu": {
              "Type": "AWS::CloudWatch::Alarm",
              "Condition": "IsProd",
              "Properties": {
                "Namespace": "AWS/RDS",
                "MetricName": "CPUUtilization",
                "Dimensions": [{ "Name": "DBInstanceIdentifier", "Value": "billing-db" }]
              }
            },
            "Storage": {
              "Type": "AWS::CloudWatch::Alarm",
              "Properties": {
                "Namespace": "AWS/RDS",
                "MetricName": "FreeStorageSpace",
                "Dimensions": [{ "Name": "DBInstanceIdentifier", "Value": { "Fn::GetAtt": ["Db", "DBInstanceIdentifier"] } }]
              }
            }
          }
        }
      `),
    },
  ],
  invalid: [
    {
      name: "the seed's model database: no alarm at all",
      code: dedent(`
        {
          "Resources": {
            "RDSInstance": {
              "Type": "AWS::RDS::DBInstance",
              "Properties": { "Engine": "postgres", "DBInstanceClass": "db.t3.micro", "AllocatedStorage": "20" }
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
            'DB instance RDSInstance has no CloudWatch alarm on CPUUtilization or FreeStorageSpace, so CPU saturation and a filling disk go unnoticed. Add one AWS/RDS alarm for each with dimension DBInstanceIdentifier.',
          fix: {
            title: 'Add CloudWatch alarms on CPUUtilization and FreeStorageSpace for RDSInstance',
            safety: 'safe',
            ops: [
              { op: 'add', path: '/Resources/RDSInstanceCPUAlarm', value: cpuAlarm('RDSInstance') },
              { op: 'add', path: '/Resources/RDSInstanceFreeStorageAlarm', value: storageAlarm('RDSInstance', 'FreeStorageSpace') },
            ],
          },
        },
      ],
    },
    {
      name: "an Aurora reader: the writer's alarm does not cover it",
      code: dedent(`
        Conditions:
          HasReader: !Equals [!Ref AWS::Region, us-east-1]
        Resources:
          Cluster:
            Type: AWS::RDS::DBCluster
            Properties:
              Engine: aurora-mysql
          Writer:
            Type: AWS::RDS::DBInstance
            Properties:
              DBClusterIdentifier: !Ref Cluster
          Reader:
            Type: AWS::RDS::DBInstance
            Condition: HasReader
            Properties:
              DBClusterIdentifier: !Ref Cluster
          WriterCpu:
            Type: AWS::CloudWatch::Alarm
            Properties:
              Namespace: AWS/RDS
              MetricName: CPUUtilization
              Dimensions: [{ Name: DBInstanceIdentifier, Value: !Ref Writer }]
          WriterStorage:
            Type: AWS::CloudWatch::Alarm
            Properties:
              Namespace: AWS/RDS
              MetricName: FreeLocalStorage
              Dimensions: [{ Name: DBInstanceIdentifier, Value: !Ref Writer }]
      `),
      errors: [
        {
          line: 12,
          column: 3,
          message:
            'Aurora DB instance Reader has no CloudWatch alarm on CPUUtilization or FreeLocalStorage, so CPU saturation and local storage for temporary tables and logs running out go unnoticed. Add one AWS/RDS alarm for each with dimension DBInstanceIdentifier (or DBClusterIdentifier).',
          fix: {
            safety: 'safe',
            ops: [
              { op: 'add', path: '/Resources/ReaderCPUAlarm', value: cpuAlarm('Reader', { Condition: 'HasReader' }) },
              {
                op: 'add',
                path: '/Resources/ReaderFreeLocalStorageAlarm',
                value: storageAlarm('Reader', 'FreeLocalStorage', { Condition: 'HasReader' }),
              },
            ],
          },
        },
      ],
    },
    {
      name: 'a misspelled storage metric; CPU threshold from options',
      code: dedent(`
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: !If [UseMaria, mariadb, mysql]
          DbStorage:
            Type: AWS::CloudWatch::Alarm
            Properties:
              Namespace: AWS/RDS
              MetricName: FreeStorage
              Dimensions: [{ Name: DBInstanceIdentifier, Value: !Ref Db }]
        Conditions:
          UseMaria: !Equals [!Ref AWS::Region, eu-north-1]
      `),
      options: { cpuThresholdPercent: 70 },
      errors: [
        {
          line: 2,
          column: 3,
          endColumn: 5,
          message:
            'DB instance Db has no CloudWatch alarm on CPUUtilization or FreeStorageSpace, so CPU saturation and a filling disk go unnoticed. Add one AWS/RDS alarm for each with dimension DBInstanceIdentifier. Note: alarm DbStorage watches "FreeStorage", which AWS/RDS does not publish (the metric is FreeStorageSpace).',
          fix: {
            safety: 'safe',
            ops: [
              { op: 'add', path: '/Resources/DbCPUAlarm', value: cpuAlarm('Db', {}, 70) },
              { op: 'add', path: '/Resources/DbFreeStorageAlarm', value: storageAlarm('Db', 'FreeStorageSpace') },
            ],
          },
        },
      ],
    },
    {
      name: 'an alarm on another database only covers that one',
      code: dedent(`
        {
          "Resources": {
            "Primary": { "Type": "AWS::RDS::DBInstance", "Properties": { "DBInstanceIdentifier": "primary" } },
            "Replica": {
              "Type": "AWS::RDS::DBInstance",
              "Properties": { "SourceDBInstanceIdentifier": { "Ref": "Primary" } }
            },
            "PrimaryCpu": {
              "Type": "AWS::CloudWatch::Alarm",
              "Properties": {
                "Namespace": "AWS/RDS",
                "MetricName": "CPUUtilization",
                "Dimensions": [{ "Name": "DBInstanceIdentifier", "Value": "primary" }]
              }
            },
            "PrimaryStorage": {
              "Type": "AWS::CloudWatch::Alarm",
              "Properties": {
                "Namespace": "AWS/RDS",
                "MetricName": "FreeStorageSpace",
                "Dimensions": [{ "Name": "DBInstanceIdentifier", "Value": { "Ref": "Primary" } }]
              }
            }
          }
        }
      `),
      errors: [{ line: 4, column: 5, message: /^DB instance Replica has no CloudWatch alarm on CPUUtilization or FreeStorageSpace/ }],
    },
  ],
});
