import rule from '../../rules/s3-bucket-https-only.js';
import { dedent, RuleTester } from '../../src/testing/rule-tester.js';

const DENY = (id: string, sid = 'DenyInsecureTransport') => ({
  Sid: sid,
  Effect: 'Deny',
  Principal: '*',
  Action: 's3:*',
  Resource: [{ 'Fn::GetAtt': [id, 'Arn'] }, { 'Fn::Sub': '${' + id + '.Arn}/*' }],
  Condition: { Bool: { 'aws:SecureTransport': 'false' } },
});

new RuleTester().run(rule, {
  valid: [
    {
      name: 'the seed corrected bucket and policy',
      code: dedent(`
        {
          "Resources": {
            "projXS3Bucket": { "Type": "AWS::S3::Bucket" },
            "projXS3BucketPolicy": {
              "Type": "AWS::S3::BucketPolicy",
              "Properties": {
                "Bucket": { "Ref": "projXS3Bucket" },
                "PolicyDocument": {
                  "Version": "2012-10-17",
                  "Statement": [
                    {
                      "Sid": "DenyInsecureTransport",
                      "Effect": "Deny",
                      "Principal": "*",
                      "Action": "s3:*",
                      "Resource": [
                        { "Fn::GetAtt": ["projXS3Bucket", "Arn"] },
                        { "Fn::Sub": "\${projXS3Bucket.Arn}/*" }
                      ],
                      "Condition": { "Bool": { "aws:SecureTransport": "false" } }
                    }
                  ]
                }
              }
            }
          }
        }
      `),
    },
    {
      name: 'literal bucket name, Fn::Sub ARNs with the partition, boolean false, {AWS: "*"}, two statements',
      code: dedent(`
        Parameters:
          Env:
            Type: String
        Resources:
          Data: # app data
            Type: AWS::S3::Bucket
            Properties:
              BucketName: !Sub 'app-\${Env}-data'
          DataPolicy:
            Type: AWS::S3::BucketPolicy
            Properties:
              Bucket: !Sub 'app-\${Env}-data'
              PolicyDocument:
                Statement:
                  - Effect: Deny
                    Principal: { AWS: '*' }
                    Action: ['s3:*']
                    Resource: !Sub 'arn:\${AWS::Partition}:s3:::app-\${Env}-data'
                    Condition: { Bool: { 'aws:SecureTransport': false } }
                  - Effect: Deny
                    Principal: '*'
                    Action: '*'
                    Resource: !Join ['', ['arn:aws:s3:::', !Ref Data, '/*']]
                    Condition: { Bool: { 'aws:SecureTransport': false } }
      `),
    },
    {
      name: 'bucket named by a parameter, policy on the same parameter, wildcard resource',
      code: dedent(`
        Parameters:
          BucketName: { Type: String }
        Resources:
          Logs:
            Type: AWS::S3::Bucket
            Properties:
              BucketName: !Ref BucketName
          LogsPolicy:
            Type: AWS::S3::BucketPolicy
            Properties:
              Bucket: !Ref BucketName
              PolicyDocument:
                Statement:
                  Effect: Deny
                  Principal: '*'
                  Action: s3:*
                  Resource: !Sub 'arn:aws:s3:::\${BucketName}*'
                  Condition: { Bool: { aws:SecureTransport: 'false' } }
      `),
    },
    {
      name: 'a policy whose bucket cannot be told (GetAtt of a custom resource) might be this bucket: quiet',
      code: dedent(`
        Resources:
          Data:
            Type: AWS::S3::Bucket
          Names:
            Type: Custom::Names
            Properties: { ServiceToken: arn:aws:lambda:us-east-1:123456789012:function:names }
          SomePolicy:
            Type: AWS::S3::BucketPolicy
            Properties:
              Bucket: !GetAtt Names.Bucket
              PolicyDocument: { Statement: [] }
      `),
    },
    {
      name: 'a public static website (HTTP-only endpoint) is left alone',
      code: dedent(`
        Resources:
          Site:
            Type: AWS::S3::Bucket
            Properties:
              WebsiteConfiguration: { IndexDocument: index.html }
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
    {
      name: 'Fn::If on the policy bucket: the branch for the bucket that exists only under that condition',
      code: dedent(`
        Parameters:
          Existing: { Type: String, Default: '' }
        Conditions:
          Create: !Equals [!Ref Existing, '']
        Resources:
          Trail:
            Type: AWS::S3::Bucket
            Condition: Create
          TrailPolicy:
            Type: AWS::S3::BucketPolicy
            Properties:
              Bucket: !If [Create, !Ref Trail, !Ref Existing]
              PolicyDocument:
                Statement:
                  - Effect: Deny
                    Principal: '*'
                    Action: s3:*
                    Resource: ['*']
                    Condition: { BoolIfExists: { aws:SecureTransport: 'false' } }
      `),
    },
  ],
  invalid: [
    {
      name: 'the seed model bucket: no policy at all',
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
            'Bucket AppS3Bucket has no bucket policy denying requests that do not use HTTPS, so its data can be read and written in clear text. Add an AWS::S3::BucketPolicy that denies s3:* to everyone on the bucket and its objects when aws:SecureTransport is false.',
          fix: {
            title: 'Add bucket policy AppS3BucketPolicy denying requests to AppS3Bucket that do not use HTTPS',
            safety: 'unsafe',
            ops: [
              {
                op: 'add',
                path: '/Resources/AppS3BucketPolicy',
                value: {
                  Type: 'AWS::S3::BucketPolicy',
                  Properties: {
                    Bucket: { Ref: 'AppS3Bucket' },
                    PolicyDocument: { Version: '2012-10-17', Statement: [DENY('AppS3Bucket')] },
                  },
                },
              },
            ],
          },
        },
      ],
    },
    {
      name: 'conditional bucket, the id Policy taken: new policy gets the condition and a free id',
      code: dedent(`
        Conditions:
          IsProd: !Equals [!Ref 'AWS::Region', us-east-1]
        Parameters:
          DataPolicy: { Type: String, Default: x }
        Resources:
          Data:
            Type: AWS::S3::Bucket
            Condition: IsProd
          # unrelated policy for another stack's bucket
          Other:
            Type: AWS::S3::BucketPolicy
            Properties:
              Bucket: !ImportValue shared-bucket
              PolicyDocument: { Statement: [] }
      `),
      errors: [
        {
          line: 6,
          column: 3,
          message: /^Bucket Data has no bucket policy/,
          fix: {
            safety: 'unsafe',
            ops: [
              {
                op: 'add',
                path: '/Resources/DataPolicy2',
                value: {
                  Type: 'AWS::S3::BucketPolicy',
                  Condition: 'IsProd',
                  Properties: { Bucket: { Ref: 'Data' }, PolicyDocument: { Version: '2012-10-17', Statement: [DENY('Data')] } },
                },
              },
            ],
          },
        },
      ],
    },
    {
      name: 'a policy without the deny (an Allow on SecureTransport true does not count): add the statement',
      code: dedent(`
        {
          "Resources": {
            "Data": { "Type": "AWS::S3::Bucket", "Properties": { "BucketName": "acme-data" } },
            "DataPolicy": {
              "Type": "AWS::S3::BucketPolicy",
              "Properties": {
                "Bucket": "acme-data",
                "PolicyDocument": {
                  "Statement": [
                    {
                      "Sid": "DenyInsecureTransport",
                      "Effect": "Allow",
                      "Principal": { "AWS": "arn:aws:iam::123456789012:root" },
                      "Action": "s3:GetObject",
                      "Resource": "arn:aws:s3:::acme-data/*",
                      "Condition": { "Bool": { "aws:SecureTransport": "true" } }
                    }
                  ]
                }
              }
            }
          }
        }
      `),
      errors: [
        {
          line: 9,
          column: 11,
          pointer: '/Resources/DataPolicy/Properties/PolicyDocument/Statement',
          message:
            'Bucket policy DataPolicy on bucket Data has no statement denying requests that do not use HTTPS (an Allow conditioned on aws:SecureTransport true does not stop HTTP requests that other policies allow). Add a Deny of s3:* to everyone on the bucket and its objects when aws:SecureTransport is false.',
          fix: {
            safety: 'unsafe',
            ops: [{ op: 'add', path: '/Resources/DataPolicy/Properties/PolicyDocument/Statement/-', value: DENY('Data', 'DenyInsecureTransport2') }],
          },
        },
      ],
    },
    {
      name: 'a deny covering only the objects, with Ref giving a name instead of an ARN',
      code: dedent(`
        Resources:
          Data:
            Type: AWS::S3::Bucket
          DataPolicy:
            Type: AWS::S3::BucketPolicy
            Properties:
              Bucket: !Ref Data
              PolicyDocument:
                Statement:
                  - Sid: DenyHttp # only objects
                    Effect: Deny
                    Principal: '*'
                    Action: s3:*
                    Resource: !Sub '\${Data.Arn}/*'
                    Condition:
                      Bool:
                        aws:SecureTransport: 'false'
          Logs:
            Type: AWS::S3::Bucket
          LogsPolicy:
            Type: AWS::S3::BucketPolicy
            Properties:
              Bucket: !Ref Logs
              PolicyDocument:
                Statement:
                  - Effect: Deny
                    Principal: { AWS: arn:aws:iam::123456789012:root }
                    Action: [s3:GetObject]
                    Resource: [!Ref Logs, !Sub '\${Logs}/*']
                    Condition: { Bool: { aws:SecureTransport: false } }
      `),
      errors: [
        {
          line: 10,
          column: 13,
          pointer: '/Resources/DataPolicy/Properties/PolicyDocument/Statement/0',
          message:
            'The HTTPS-only statement in bucket policy DataPolicy does not fully protect bucket Data: it covers the objects but not the bucket itself (add Fn::GetAtt Data.Arn to Resource).',
          fix: {
            safety: 'unsafe',
            ops: [
              { op: 'test', path: '/Resources/DataPolicy/Properties/PolicyDocument/Statement/0/Resource', value: { 'Fn::Sub': '${Data.Arn}/*' } },
              {
                op: 'replace',
                path: '/Resources/DataPolicy/Properties/PolicyDocument/Statement/0/Resource',
                value: [{ 'Fn::GetAtt': ['Data', 'Arn'] }, { 'Fn::Sub': '${Data.Arn}/*' }],
              },
            ],
          },
        },
        {
          line: 26,
          column: 13,
          message:
            'The HTTPS-only statement in bucket policy LogsPolicy does not fully protect bucket Logs: its Resource covers neither the bucket (Fn::GetAtt Logs.Arn) nor its objects (${Logs.Arn}/*); "${Logs}" and "${Logs}/*" are the bucket\'s name, not an ARN (Ref gives the name); it applies only to Principal {"AWS":"arn:aws:iam::123456789012:root"}, not to everyone ("*"); it denies only ["s3:GetObject"], not "s3:*".',
          fix: {
            safety: 'unsafe',
            ops: [
              { op: 'test', path: '/Resources/LogsPolicy/Properties/PolicyDocument/Statement/0/Principal', value: { AWS: 'arn:aws:iam::123456789012:root' } },
              { op: 'replace', path: '/Resources/LogsPolicy/Properties/PolicyDocument/Statement/0/Principal', value: '*' },
              { op: 'test', path: '/Resources/LogsPolicy/Properties/PolicyDocument/Statement/0/Action', value: ['s3:GetObject'] },
              { op: 'replace', path: '/Resources/LogsPolicy/Properties/PolicyDocument/Statement/0/Action', value: 's3:*' },
              { op: 'test', path: '/Resources/LogsPolicy/Properties/PolicyDocument/Statement/0/Resource', value: [{ Ref: 'Logs' }, { 'Fn::Sub': '${Logs}/*' }] },
              {
                op: 'replace',
                path: '/Resources/LogsPolicy/Properties/PolicyDocument/Statement/0/Resource',
                value: [{ 'Fn::GetAtt': ['Logs', 'Arn'] }, { 'Fn::Sub': '${Logs.Arn}/*' }],
              },
            ],
          },
        },
      ],
    },
    {
      name: 'NumericLessThan s3:TlsVersion does not stop plain HTTP; a single Statement object',
      code: dedent(`
        Resources:
          Data:
            Type: AWS::S3::Bucket
          DataPolicy:
            Type: AWS::S3::BucketPolicy
            Properties:
              Bucket: !Ref Data
              PolicyDocument:
                Statement:
                  Effect: Deny
                  Principal: '*'
                  Action: s3:*
                  Resource: ['*']
                  Condition: { NumericLessThan: { s3:TlsVersion: 1.2 } }
      `),
      errors: [
        {
          line: 9,
          column: 9,
          message: /^Bucket policy DataPolicy on bucket Data has no statement denying/,
          fix: {
            safety: 'unsafe',
            ops: [
              {
                op: 'test',
                path: '/Resources/DataPolicy/Properties/PolicyDocument/Statement',
                value: { Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: ['*'], Condition: { NumericLessThan: { 's3:TlsVersion': 1.2 } } },
              },
              {
                op: 'replace',
                path: '/Resources/DataPolicy/Properties/PolicyDocument/Statement',
                value: [
                  { Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: ['*'], Condition: { NumericLessThan: { 's3:TlsVersion': 1.2 } } },
                  DENY('Data'),
                ],
              },
            ],
          },
        },
      ],
    },
    {
      name: 'the deny exists only under a condition (statement in !If, and a conditional policy)',
      code: dedent(`
        Conditions:
          Strict: !Equals [!Ref 'AWS::Region', eu-west-1]
        Resources:
          Data:
            Type: AWS::S3::Bucket
          DataPolicy:
            Type: AWS::S3::BucketPolicy
            Properties:
              Bucket: !Ref Data
              PolicyDocument:
                Statement:
                  - !If
                    - Strict
                    - Effect: Deny
                      Principal: '*'
                      Action: s3:*
                      Resource: [!GetAtt Data.Arn, !Sub '\${Data.Arn}/*']
                      Condition: { Bool: { aws:SecureTransport: 'false' } }
                    - !Ref AWS::NoValue
          Logs:
            Type: AWS::S3::Bucket
          LogsPolicy:
            Type: AWS::S3::BucketPolicy
            Condition: Strict
            Properties:
              Bucket: !Ref Logs
              PolicyDocument:
                Statement:
                  - Effect: Deny
                    Principal: '*'
                    Action: s3:*
                    Resource: [!GetAtt Logs.Arn, !Sub '\${Logs.Arn}/*']
                    Condition: { Bool: { aws:SecureTransport: 'false' } }
      `),
      errors: [
        {
          line: 14,
          column: 15,
          pointer: '/Resources/DataPolicy/Properties/PolicyDocument/Statement/0/Fn::If/1',
          message:
            'Bucket Data denies requests that do not use HTTPS only when condition Strict is true (bucket policy DataPolicy); otherwise its data can be read and written in clear text. Make the deny unconditional.',
          fix: null,
        },
        {
          line: 22,
          column: 3,
          pointer: '/Resources/LogsPolicy',
          message:
            'Bucket Logs denies requests that do not use HTTPS only when condition Strict is true (bucket policy LogsPolicy); otherwise its data can be read and written in clear text. Make the deny unconditional.',
        },
      ],
    },
  ],
});
