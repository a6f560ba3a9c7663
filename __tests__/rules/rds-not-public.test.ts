import rule from '../../rules/rds-not-public.js';
import { dedent, RuleTester } from '../../src/testing/rule-tester.js';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'the seed corrected instance; a string "false"; an Aurora cluster (its instances carry the setting)',
      code: dedent(`
        {
          "Resources": {
            "Db": {
              "Type": "AWS::RDS::DBInstance",
              "Properties": { "Engine": "postgres", "DBSubnetGroupName": { "Ref": "Subnets" }, "PubliclyAccessible": false }
            },
            "Other": {
              "Type": "AWS::RDS::DBInstance",
              "Properties": { "Engine": "mysql", "PubliclyAccessible": "false" }
            },
            "Cluster": {
              "Type": "AWS::RDS::DBCluster",
              "Properties": { "Engine": "aurora-mysql", "DBSubnetGroupName": { "Ref": "Subnets" } }
            },
            "Subnets": {
              "Type": "AWS::RDS::DBSubnetGroup",
              "Properties": { "DBSubnetGroupDescription": "db", "SubnetIds": ["subnet-1", "subnet-2"] }
            }
          }
        }
      `),
    },
    {
      name: 'parameter default false, a conditional false both ways, a parameter without default',
      code: dedent(`
        Parameters:
          Public:
            Type: String
            Default: 'false'
          Exposure:
            Type: String # decided by the deployer
        Conditions:
          IsProd: !Equals [!Ref 'AWS::Region', us-east-1]
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: mysql
              PubliclyAccessible: !Ref Public
          Db2:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: mysql
              PubliclyAccessible: !If [IsProd, false, 'false']
          Db3:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: mysql
              PubliclyAccessible: !Ref Exposure
      `),
    },
  ],
  invalid: [
    {
      name: 'the seed model instance: not set, subnet group of subnets not in the template',
      code: dedent(`
        {
          "Resources": {
            "RDSInstance": {
              "Type": "AWS::RDS::DBInstance",
              "Properties": {
                "Engine": "postgres",
                "DBSubnetGroupName": { "Ref": "RDSSubnetGroup" },
                "MultiAZ": true
              }
            },
            "RDSSubnetGroup": {
              "Type": "AWS::RDS::DBSubnetGroup",
              "Properties": { "DBSubnetGroupDescription": "db", "SubnetIds": [{ "Fn::ImportValue": "private-a" }] }
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
          severity: 'medium',
          pointer: '/Resources/RDSInstance',
          message:
            "DB instance RDSInstance does not set PubliclyAccessible, so RDS makes it publicly accessible when its subnets' VPC has an internet gateway. Set PubliclyAccessible to false.",
          fix: { safety: 'unsafe', ops: [{ op: 'add', path: '/Resources/RDSInstance/Properties/PubliclyAccessible', value: false }] },
        },
      ],
    },
    {
      name: 'true, true under a condition, no subnet group at all, a subnet group with a public subnet, private subnets',
      code: dedent(`
        Conditions:
          IsDev: !Equals [!Ref 'AWS::Region', us-west-2]
        Resources:
          Vpc:
            Type: AWS::EC2::VPC
            Properties: { CidrBlock: 10.0.0.0/16 }
          Igw:
            Type: AWS::EC2::InternetGateway
          PublicRoutes:
            Type: AWS::EC2::RouteTable
            Properties: { VpcId: !Ref Vpc }
          ToInternet:
            Type: AWS::EC2::Route
            Properties:
              RouteTableId: !Ref PublicRoutes
              DestinationCidrBlock: 0.0.0.0/0
              GatewayId: !Ref Igw
          PublicA:
            Type: AWS::EC2::Subnet
            Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.0.0/24 }
          PublicAAssoc:
            Type: AWS::EC2::SubnetRouteTableAssociation
            Properties: { SubnetId: !Ref PublicA, RouteTableId: !Ref PublicRoutes }
          PrivateA:
            Type: AWS::EC2::Subnet # main route table: local only
            Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24 }
          MixedGroup:
            Type: AWS::RDS::DBSubnetGroup
            Properties:
              DBSubnetGroupDescription: mixed
              SubnetIds: [!Ref PrivateA, !Ref PublicA]
          PrivateGroup:
            Type: AWS::RDS::DBSubnetGroup
            Properties:
              DBSubnetGroupDescription: private
              SubnetIds: [!Ref PrivateA]
          Open:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: mysql
              DBSubnetGroupName: !Ref PrivateGroup
              PubliclyAccessible: true
          DevOpen:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: mysql
              PubliclyAccessible: !If [IsDev, 'true', false]
              DBSubnetGroupName: !Ref PrivateGroup
          DefaultVpc:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: mysql
          Mixed:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: mysql
              DBSubnetGroupName: !Ref MixedGroup
          Private:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: mysql
              DBSubnetGroupName: !Ref PrivateGroup
      `),
      errors: [
        {
          line: 42,
          column: 7,
          endColumn: 31,
          severity: 'high',
          pointer: '/Resources/Open/Properties/PubliclyAccessible',
          message:
            'DB instance Open has PubliclyAccessible true, so it gets a public IP address and is reachable from the internet wherever its security group allows. Set it to false and connect from inside the VPC.',
          fix: {
            safety: 'unsafe',
            ops: [
              { op: 'test', path: '/Resources/Open/Properties/PubliclyAccessible', value: true },
              { op: 'replace', path: '/Resources/Open/Properties/PubliclyAccessible', value: false },
            ],
          },
        },
        {
          line: 47,
          column: 7,
          message:
            'DB instance DevOpen has PubliclyAccessible "true" when condition IsDev is true, so in that case it gets a public IP address and is reachable from the internet wherever its security group allows. Set it to false in every case and connect from inside the VPC.',
          fix: null,
        },
        {
          line: 49,
          column: 3,
          severity: 'high',
          message:
            'DB instance DefaultVpc sets neither PubliclyAccessible nor a DB subnet group, so it is created in the default VPC, where RDS makes it publicly accessible. Set PubliclyAccessible to false and give it a DB subnet group of private subnets.',
        },
        {
          line: 53,
          column: 3,
          severity: 'high',
          message:
            'DB instance Mixed does not set PubliclyAccessible and its DB subnet group MixedGroup includes PublicA, a subnet routed to an internet gateway, so RDS makes it publicly accessible. Set PubliclyAccessible to false and use private subnets only.',
        },
        {
          line: 58,
          column: 3,
          severity: 'low',
          message:
            'DB instance Private does not set PubliclyAccessible; its subnets have no internet route today, but RDS still gives it a public address when the VPC has an internet gateway. Set PubliclyAccessible to false.',
          fix: { safety: 'unsafe', ops: [{ op: 'add', path: '/Resources/Private/Properties/PubliclyAccessible', value: false }] },
        },
      ],
    },
    {
      name: 'Aurora: each member instance carries the setting; a member of a cluster without subnet group is in the default VPC',
      code: dedent(`
        Resources:
          Cluster:
            Type: AWS::RDS::DBCluster
            Properties:
              Engine: aurora-postgresql
          Writer:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: aurora-postgresql
              DBClusterIdentifier: !Ref Cluster
              DBInstanceClass: db.r6g.large
      `),
      errors: [
        {
          line: 6,
          column: 3,
          severity: 'high',
          message:
            'DB instance Writer sets neither PubliclyAccessible nor a DB subnet group, so it is created in the default VPC, where RDS makes it publicly accessible. Set PubliclyAccessible to false and give it a DB subnet group of private subnets.',
        },
      ],
    },
  ],
});
