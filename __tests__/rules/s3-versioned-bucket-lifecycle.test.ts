import rule from '../../rules/s3-versioned-bucket-lifecycle.js';
import { dedent, RuleTester } from '../../src/testing/rule-tester.js';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'the seed rule: NoncurrentVersionExpirationInDays 90',
      code: dedent(`
        {
          "Resources": {
            "Data": {
              "Type": "AWS::S3::Bucket",
              "Properties": {
                "VersioningConfiguration": { "Status": "Enabled" },
                "LifecycleConfiguration": {
                  "Rules": [{ "Id": "DeleteOldVersions", "Status": "Enabled", "NoncurrentVersionExpirationInDays": 90 }]
                }
              }
            }
          }
        }
      `),
    },
    {
      name: 'NoncurrentVersionExpiration form; unversioned, suspended, Object Lock and parameter-driven buckets',
      code: dedent(`
        Parameters:
          Versioning: { Type: String }
        Resources:
          Data:
            Type: AWS::S3::Bucket
            Properties:
              VersioningConfiguration: { Status: Enabled }
              LifecycleConfiguration:
                Rules:
                  - Status: Enabled
                    NoncurrentVersionExpiration: { NoncurrentDays: 30 }
          Plain:
            Type: AWS::S3::Bucket
          Paused:
            Type: AWS::S3::Bucket
            Properties:
              VersioningConfiguration: { Status: Suspended }
          Audit: # retention on purpose
            Type: AWS::S3::Bucket
            Properties:
              ObjectLockEnabled: true
              VersioningConfiguration: { Status: Enabled }
          Chosen:
            Type: AWS::S3::Bucket
            Properties:
              VersioningConfiguration: { Status: !Ref Versioning }
      `),
    },
  ],
  invalid: [
    {
      name: 'the seed model bucket: versioned, no lifecycle',
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
          message:
            'Bucket AppS3Bucket keeps every old version (versioning is Enabled) but no enabled lifecycle rule expires noncurrent versions, so they pile up and are billed for ever. Add a rule with NoncurrentVersionExpirationInDays (90).',
          fix: {
            title: "Expire AppS3Bucket's noncurrent versions after 90 days",
            safety: 'unsafe',
            ops: [
              {
                op: 'add',
                path: '/Resources/AppS3Bucket/Properties/LifecycleConfiguration',
                value: { Rules: [{ Id: 'DeleteOldVersions', Status: 'Enabled', NoncurrentVersionExpirationInDays: 90 }] },
              },
            ],
          },
        },
      ],
    },
    {
      name: 'rules that do not expire noncurrent versions; versioning under a condition; option days',
      options: { noncurrentDays: 30 },
      code: dedent(`
        Conditions:
          IsProd: !Equals [!Ref 'AWS::Region', us-east-1]
        Resources:
          Logs:
            Type: AWS::S3::Bucket
            Properties:
              VersioningConfiguration:
                Status: !If [IsProd, Enabled, Suspended]
              LifecycleConfiguration:
                Rules:
                  - Id: DeleteOldVersions
                    Status: Disabled
                    NoncurrentVersionExpirationInDays: 30
                  - Id: ExpireLogs
                    Status: Enabled
                    ExpirationInDays: 365
                  - Id: Archive
                    Status: Enabled
                    NoncurrentVersionTransitions:
                      - { StorageClass: GLACIER, TransitionInDays: 30 }
      `),
      errors: [
        {
          line: 10,
          column: 9,
          pointer: '/Resources/Logs/Properties/LifecycleConfiguration/Rules',
          message:
            'Bucket Logs keeps every old version (versioning is Enabled when condition IsProd is true) but no enabled lifecycle rule expires noncurrent versions (rule DeleteOldVersions is not Enabled; rule ExpireLogs expires current objects, which in a versioned bucket only turns them into noncurrent versions; rule Archive only moves them to another storage class), so they pile up and are billed for ever. Add a rule with NoncurrentVersionExpirationInDays (30).',
          fix: {
            safety: 'unsafe',
            ops: [
              {
                op: 'add',
                path: '/Resources/Logs/Properties/LifecycleConfiguration/Rules/-',
                value: { Id: 'DeleteOldVersions2', Status: 'Enabled', NoncurrentVersionExpirationInDays: 30 },
              },
            ],
          },
        },
      ],
    },
  ],
});
