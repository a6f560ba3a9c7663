import rule from '../../rules/s3-bucket-encryption.js';
import { dedent, RuleTester } from '../../src/testing/rule-tester.js';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'AES256 as in the seed',
      code: dedent(`
        {
          "Resources": {
            "Data": {
              "Type": "AWS::S3::Bucket",
              "Properties": {
                "BucketEncryption": {
                  "ServerSideEncryptionConfiguration": [
                    { "ServerSideEncryptionByDefault": { "SSEAlgorithm": "AES256" } }
                  ]
                }
              }
            }
          }
        }
      `),
    },
    {
      name: 'KMS through a parameter, or a choice between two encryptions under a condition',
      code: dedent(`
        Parameters:
          KeyArn: { Type: String }
        Conditions:
          HasKey: !Not [!Equals [!Ref KeyArn, '']]
        Resources:
          Data: # KMS
            Type: AWS::S3::Bucket
            Properties:
              BucketEncryption:
                ServerSideEncryptionConfiguration:
                  - ServerSideEncryptionByDefault:
                      SSEAlgorithm: aws:kms
                      KMSMasterKeyID: !Ref KeyArn
          Logs:
            Type: AWS::S3::Bucket
            Properties:
              BucketEncryption: !If
                - HasKey
                - ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: aws:kms, KMSMasterKeyID: !Ref KeyArn } }]
                - ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: AES256 } }]
      `),
    },
  ],
  invalid: [
    {
      name: 'the seed model bucket: no BucketEncryption',
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
            'Bucket AppS3Bucket declares no BucketEncryption. S3 applies SSE-S3 to new objects by default, but state it: add BucketEncryption with SSEAlgorithm AES256 (or aws:kms with your key).',
          fix: {
            title: 'Add BucketEncryption (AES256) to AppS3Bucket',
            safety: 'safe',
            ops: [
              {
                op: 'add',
                path: '/Resources/AppS3Bucket/Properties/BucketEncryption',
                value: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
              },
            ],
          },
        },
      ],
    },
    {
      name: 'a log bucket without Properties, and encryption dropped under a condition',
      code: dedent(`
        Conditions:
          Encrypt: !Equals [!Ref 'AWS::Region', us-east-1]
        Resources:
          AccessLogs: # LogDeliveryWrite target
            Type: AWS::S3::Bucket
          Data:
            Type: AWS::S3::Bucket
            Properties:
              BucketEncryption: !If
                - Encrypt
                - ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: AES256 } }]
                - !Ref AWS::NoValue
      `),
      errors: [
        {
          line: 4,
          column: 3,
          message: /^Bucket AccessLogs declares no BucketEncryption/,
          fix: {
            safety: 'safe',
            ops: [
              {
                op: 'add',
                path: '/Resources/AccessLogs/Properties',
                value: { BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] } },
              },
            ],
          },
        },
        {
          line: 9,
          column: 7,
          pointer: '/Resources/Data/Properties/BucketEncryption',
          message:
            'Bucket Data declares no BucketEncryption when condition Encrypt is false. Declare the default encryption in every case (AES256 or aws:kms).',
          fix: null,
        },
      ],
    },
  ],
});
