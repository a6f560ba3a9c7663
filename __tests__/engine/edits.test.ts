import { applyPatch } from 'fast-json-patch';
import { describe, expect, it } from 'vitest';
import { addPropertiesOps, addPropertyOp, freeLogicalId } from '../../src/engine/edits.js';
import { listResources } from '../../src/engine/lint.js';
import { parseTemplate } from '../../src/testing/rule-tester.js';

const t = parseTemplate('Parameters:\n  TopicPolicy: { Type: String }\nResources:\n  Topic:\n    Type: AWS::SNS::Topic\n  Queue:\n    Type: AWS::SQS::Queue\n    Properties: { DelaySeconds: 5 }\n');
const [topic, queue] = listResources(t);

describe('fix building blocks', () => {
  it('add properties one by one, or as a whole Properties mapping when there is none', () => {
    expect(addPropertiesOps(queue!, { A: 1, B: 2 })).toEqual([
      { op: 'add', path: '/Resources/Queue/Properties/A', value: 1 },
      { op: 'add', path: '/Resources/Queue/Properties/B', value: 2 },
    ]);
    const ops = addPropertiesOps(topic!, { A: 1, B: 2 });
    expect(ops).toEqual([{ op: 'add', path: '/Resources/Topic/Properties', value: { A: 1, B: 2 } }]);
    // Applied, nothing is lost (two separate adds of Properties would keep only the last).
    const patched = applyPatch(structuredClone(t.data), ops).newDocument as { Resources: { Topic: unknown } };
    expect(patched.Resources.Topic).toEqual({ Type: 'AWS::SNS::Topic', Properties: { A: 1, B: 2 } });
    expect(addPropertyOp(queue!, 'C', 3)).toEqual({ op: 'add', path: '/Resources/Queue/Properties/C', value: 3 });
  });

  it('hand out logical ids that name no resource or parameter, cleaned to letters and digits', () => {
    const taken = new Set<string>();
    expect(freeLogicalId(t, 'Topic', taken)).toBe('Topic2');
    expect(freeLogicalId(t, 'Topic', taken)).toBe('Topic3');
    expect(freeLogicalId(t, 'TopicPolicy')).toBe('TopicPolicy2');
    expect(freeLogicalId(t, 'prod-db Alarm')).toBe('proddbAlarm');
    expect([...taken]).toEqual(['Topic2', 'Topic3']);
    // A malformed entry still holds its id.
    expect(freeLogicalId(parseTemplate('Resources:\n  Broken: []\n  T:\n    Type: AWS::SNS::Topic\n'), 'Broken')).toBe('Broken2');
  });
});
