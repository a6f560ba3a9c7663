import { describe, expect, it } from 'vitest';
import { parseTemplate } from '../../src/testing/rule-tester.js';
import { subVariables } from '../../src/template/refs.js';
import { dedent } from '../helpers.js';

const t = parseTemplate(
  dedent(`
    Parameters:
      Env: { Type: String }
    Conditions:
      IsProd: !Equals [!Ref Env, prod]
      NotProd: !Not [!Condition IsProd]
    Resources:
      Bucket:
        Type: AWS::S3::Bucket
        Condition: IsProd
      Policy:
        Type: AWS::S3::BucketPolicy
        DependsOn: [Fn]
        Properties:
          Bucket: !Ref Bucket
          PolicyDocument:
            Statement:
              - Resource:
                  - !GetAtt Bucket.Arn
                  - !Sub '\${Bucket.Arn}/*'
                  - !Sub ['arn:\${P}:\${Env}:\${!Literal}', { P: !Ref AWS::Partition }]
      Fn:
        Type: AWS::Lambda::Function
        Properties:
          Role: !If [IsProd, !GetAtt [Role, Arn], !Ref AWS::NoValue]
    Outputs:
      Name:
        Value: !Ref Bucket
  `),
);

describe('reference graph', () => {
  it('lists who refers to a resource, with kind, attribute and where', () => {
    // As JSON: references compute their pointer lazily.
    expect(JSON.parse(JSON.stringify(t.refs.refsTo('Bucket')))).toEqual([
      { kind: 'Ref', from: 'Policy', section: 'Resources', to: 'Bucket', at: '/Resources/Policy/Properties/Bucket' },
      {
        kind: 'GetAtt',
        from: 'Policy',
        section: 'Resources',
        to: 'Bucket',
        attribute: 'Arn',
        at: '/Resources/Policy/Properties/PolicyDocument/Statement/0/Resource/0',
      },
      {
        kind: 'Sub',
        from: 'Policy',
        section: 'Resources',
        to: 'Bucket',
        attribute: 'Arn',
        at: '/Resources/Policy/Properties/PolicyDocument/Statement/0/Resource/1',
      },
      { kind: 'Ref', from: 'Name', section: 'Outputs', to: 'Bucket', at: '/Outputs/Name/Value' },
    ]);
  });

  it('lists what a definition refers to: DependsOn, conditions, Sub variables (not its own), pseudo parameters', () => {
    expect(t.refs.refsFrom('Policy').map((r) => `${r.kind} ${r.to}`)).toEqual([
      'Ref Bucket',
      'GetAtt Bucket',
      'Sub Bucket',
      'Sub Env',
      'Ref AWS::Partition',
      'DependsOn Fn',
    ]);
    expect(t.refs.refsFrom('Fn').map((r) => `${r.kind} ${r.to}`)).toEqual(['Condition IsProd', 'GetAtt Role', 'Ref AWS::NoValue']);
    expect(t.refs.refsTo('IsProd').map((r) => `${r.section} ${r.from}`)).toEqual(['Resources Bucket', 'Resources Fn', 'Conditions NotProd']);
    expect(t.refs.refsTo('Env').map((r) => `${r.kind} ${r.from}`)).toEqual(['Sub Policy', 'Ref IsProd']);
  });

  it('parses Fn::Sub variables', () => {
    expect(subVariables('${A}-${B.Arn}-${!Literal}-${ C }')).toEqual([{ name: 'A' }, { name: 'B', attribute: 'Arn' }, { name: 'C' }]);
  });
});
