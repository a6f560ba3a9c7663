import rule from '../../rules/s3-bucket-retain.js';
import { dedent, RuleTester } from '../../src/testing/rule-tester.js';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'both policies Retain',
      code: dedent(`
        {
          "Resources": {
            "Data": {
              "Type": "AWS::S3::Bucket",
              "DeletionPolicy": "Retain",
              "UpdateReplacePolicy": "Retain"
            }
          }
        }
      `),
    },
    {
      name: 'short tags and comments; policy through a parameter whose default is Retain',
      code: dedent(`
        Parameters:
          Policy:
            Type: String
            Default: Retain
        Resources:
          Data: # the app's data
            Type: AWS::S3::Bucket
            DeletionPolicy: !Ref Policy
            UpdateReplacePolicy: Retain
          Queue:
            Type: AWS::SQS::Queue
      `),
    },
    {
      name: 'Snapshot accepted through the option',
      options: { accepted: ['Retain', 'RetainExceptOnCreate'] },
      code: dedent(`
        Resources:
          Data:
            Type: AWS::S3::Bucket
            DeletionPolicy: RetainExceptOnCreate
            UpdateReplacePolicy: Retain
      `),
    },
  ],
  invalid: [
    {
      name: 'the seed model bucket: neither policy',
      code: dedent(`
        {
          "Resources": {
            "AppS3Bucket": {
              "Type": "AWS::S3::Bucket",
              "Properties": {
                "VersioningConfiguration": { "Status": "Enabled" }
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
          pointer: '/Resources/AppS3Bucket',
          message:
            'Bucket AppS3Bucket has no DeletionPolicy or UpdateReplacePolicy: deleting the stack or replacing the bucket deletes the bucket and its data. Set DeletionPolicy and UpdateReplacePolicy to Retain.',
          fix: {
            safety: 'safe',
            ops: [
              { op: 'add', path: '/Resources/AppS3Bucket/DeletionPolicy', value: 'Retain' },
              { op: 'add', path: '/Resources/AppS3Bucket/UpdateReplacePolicy', value: 'Retain' },
            ],
          },
        },
      ],
    },
    {
      name: 'Delete written explicitly, and a conditional policy',
      code: dedent(`
        Conditions:
          IsProd: !Equals [!Ref Env, prod]
        Parameters:
          Env:
            Type: String
            AllowedValues: [dev, prod]
        Resources:
          Logs:
            Type: AWS::S3::Bucket
            DeletionPolicy: Delete
            UpdateReplacePolicy: !If [IsProd, Retain, Delete]
      `),
      errors: [
        {
          line: 10,
          column: 5,
          endColumn: 27,
          pointer: '/Resources/Logs/DeletionPolicy',
          message: 'Bucket Logs has DeletionPolicy "Delete"; use Retain so its data survives stack deletion.',
          fix: {
            safety: 'unsafe',
            ops: [
              { op: 'test', path: '/Resources/Logs/DeletionPolicy', value: 'Delete' },
              { op: 'replace', path: '/Resources/Logs/DeletionPolicy', value: 'Retain' },
            ],
          },
        },
        {
          line: 11,
          column: 5,
          pointer: '/Resources/Logs/UpdateReplacePolicy',
          message:
            'Bucket Logs has UpdateReplacePolicy "Delete" when condition IsProd is false; use Retain so its data survives replacement.',
        },
      ],
    },
    {
      name: 'only UpdateReplacePolicy missing',
      code: dedent(`
        Resources:
          Data:
            Type: AWS::S3::Bucket
            DeletionPolicy: Retain
      `),
      errors: [
        {
          line: 2,
          column: 3,
          message:
            'Bucket Data has no UpdateReplacePolicy: replacing the bucket in an update deletes the bucket and its data. Set UpdateReplacePolicy to Retain.',
          fix: { safety: 'safe', ops: [{ op: 'add', path: '/Resources/Data/UpdateReplacePolicy', value: 'Retain' }] },
        },
      ],
    },
  ],
});
