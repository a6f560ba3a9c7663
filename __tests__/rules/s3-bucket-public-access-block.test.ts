import rule from '../../rules/s3-bucket-public-access-block.js';
import { dedent, RuleTester } from '../../src/testing/rule-tester.js';

const ALL = { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true };

new RuleTester().run(rule, {
  valid: [
    {
      name: 'all four flags true, as in the seed',
      code: dedent(`
        {
          "Resources": {
            "Data": {
              "Type": "AWS::S3::Bucket",
              "Properties": {
                "PublicAccessBlockConfiguration": {
                  "BlockPublicAcls": true,
                  "BlockPublicPolicy": true,
                  "IgnorePublicAcls": true,
                  "RestrictPublicBuckets": true
                }
              }
            }
          }
        }
      `),
    },
    {
      name: 'strings "true", a flag from a parameter without default, a public website keeping the policy flags off',
      code: dedent(`
        Parameters:
          Restrict: { Type: String, AllowedValues: ['true', 'false'] }
          Block: { Type: String }
        Resources:
          Data:
            Type: AWS::S3::Bucket
            Properties:
              PublicAccessBlockConfiguration:
                BlockPublicAcls: 'true'
                BlockPublicPolicy: !Ref Block # decided at deploy time
                IgnorePublicAcls: 'True'
                RestrictPublicBuckets: true
          Site:
            Type: AWS::S3::Bucket
            Properties:
              WebsiteConfiguration: { IndexDocument: index.html }
              PublicAccessBlockConfiguration:
                BlockPublicAcls: true
                IgnorePublicAcls: true
                BlockPublicPolicy: false
                RestrictPublicBuckets: false
          SitePolicy:
            Type: AWS::S3::BucketPolicy
            Properties:
              Bucket: !Ref Site
              PolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal: '*'
                    Action: s3:GetObject
                    Resource: !Sub '\${Site.Arn}/*'
      `),
    },
  ],
  invalid: [
    {
      name: 'the seed model bucket: no configuration at all',
      code: dedent(`
        {
          "Resources": {
            "AppS3Bucket": {
              "Type": "AWS::S3::Bucket",
              "Properties": { "VersioningConfiguration": { "Status": "Enabled" } }
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
          pointer: '/Resources/AppS3Bucket',
          severity: 'low',
          message:
            'Bucket AppS3Bucket has no PublicAccessBlockConfiguration. S3 blocks public access on new buckets by default, but state it: set BlockPublicAcls, BlockPublicPolicy, IgnorePublicAcls and RestrictPublicBuckets to true.',
          fix: {
            title: 'Add a PublicAccessBlockConfiguration to AppS3Bucket',
            safety: 'safe',
            ops: [{ op: 'add', path: '/Resources/AppS3Bucket/Properties/PublicAccessBlockConfiguration', value: ALL }],
          },
        },
      ],
    },
    {
      name: 'a flag false, a flag under !If, two flags left out, a log bucket turning ACL flags off',
      code: dedent(`
        Conditions:
          IsDev: !Equals [!Ref 'AWS::Region', us-west-2]
        Resources:
          Data:
            Type: AWS::S3::Bucket
            Properties:
              PublicAccessBlockConfiguration:
                BlockPublicAcls: true
                BlockPublicPolicy: !If [IsDev, false, true]
          Logs:
            Type: AWS::S3::Bucket
            Properties:
              AccessControl: LogDeliveryWrite
              PublicAccessBlockConfiguration:
                BlockPublicAcls: false   # "needed for log delivery"
                BlockPublicPolicy: true
                IgnorePublicAcls: true
                RestrictPublicBuckets: true
          Site:
            Type: AWS::S3::Bucket
            Properties:
              WebsiteConfiguration: { IndexDocument: index.html }
      `),
      errors: [
        {
          line: 7,
          column: 7,
          pointer: '/Resources/Data/Properties/PublicAccessBlockConfiguration',
          severity: 'medium',
          message:
            "Bucket Data's PublicAccessBlockConfiguration leaves out IgnorePublicAcls and RestrictPublicBuckets, which then default to false; set them to true.",
          fix: {
            safety: 'unsafe',
            ops: [
              { op: 'add', path: '/Resources/Data/Properties/PublicAccessBlockConfiguration/IgnorePublicAcls', value: true },
              { op: 'add', path: '/Resources/Data/Properties/PublicAccessBlockConfiguration/RestrictPublicBuckets', value: true },
            ],
          },
        },
        {
          line: 9,
          column: 9,
          endLine: 9,
          endColumn: 52,
          message: 'Bucket Data has BlockPublicPolicy false when condition IsDev is true; set it to true.',
          fix: {
            safety: 'unsafe',
            ops: [
              { op: 'test', path: '/Resources/Data/Properties/PublicAccessBlockConfiguration/BlockPublicPolicy', value: { 'Fn::If': ['IsDev', false, true] } },
              { op: 'replace', path: '/Resources/Data/Properties/PublicAccessBlockConfiguration/BlockPublicPolicy', value: true },
            ],
          },
        },
        {
          line: 15,
          column: 9,
          pointer: '/Resources/Logs/Properties/PublicAccessBlockConfiguration/BlockPublicAcls',
          message:
            "Bucket Logs has BlockPublicAcls false; set it to true. Log delivery ACLs (LogDeliveryWrite, CloudFront's awslogsdelivery grant) are not public, so this does not stop log delivery.",
        },
        {
          line: 19,
          column: 3,
          severity: 'low',
          message: /^Bucket Site has no PublicAccessBlockConfiguration\. /,
          fix: {
            safety: 'unsafe',
            ops: [{ op: 'add', path: '/Resources/Site/Properties/PublicAccessBlockConfiguration', value: ALL }],
          },
        },
      ],
    },
    {
      name: 'a public-read bucket without configuration: only the policy flags are asked for',
      code: dedent(`
        Resources:
          Assets:
            Type: AWS::S3::Bucket
            Properties:
              AccessControl: PublicRead
      `),
      errors: [
        {
          line: 2,
          column: 3,
          message:
            'Bucket Assets has no PublicAccessBlockConfiguration (AccessControl PublicRead makes it public, so the ACL flags are left to you). S3 blocks public access on new buckets by default, but state it: set BlockPublicPolicy and RestrictPublicBuckets to true.',
          fix: {
            safety: 'unsafe',
            ops: [
              {
                op: 'add',
                path: '/Resources/Assets/Properties/PublicAccessBlockConfiguration',
                value: { BlockPublicPolicy: true, RestrictPublicBuckets: true },
              },
            ],
          },
        },
      ],
    },
  ],
});
