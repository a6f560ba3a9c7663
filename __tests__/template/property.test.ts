import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stringify as yamlStringify } from 'yaml';
import { loadSource } from '../../src/template/load.js';
import { parseDocument } from '../../src/template/template.js';
import { pointer } from '../../src/template/pointer.js';

const key = fc.stringMatching(/^[A-Za-z][A-Za-z0-9:/~. -]{0,10}$/).filter((k) => k.trim() === k && !k.endsWith(':'));
const scalar = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -1000, max: 100000 }),
  fc.boolean(),
  fc.constantFrom('true', 'false', '2010-09-09', '10.0.0.0/16', 'Null', '*', '', '#x', '- a', 'a: b'),
);
const intrinsic = (inner: fc.Arbitrary<unknown>) =>
  fc.oneof(
    fc.record({ Ref: key }),
    fc.record({ 'Fn::Sub': fc.string({ maxLength: 20 }) }),
    fc.record({ 'Fn::GetAtt': fc.tuple(key, key) }),
    fc.record({ 'Fn::If': fc.tuple(key, inner, inner) }),
  );
const { value } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    scalar,
    intrinsic(tie('value')),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(key, tie('value'), { maxKeys: 4 }),
  ),
}));
const template = fc.record({
  AWSTemplateFormatVersion: fc.constant('2010-09-09'),
  Resources: fc.dictionary(
    key,
    fc.record({ Type: fc.constantFrom('AWS::S3::Bucket', 'AWS::Lambda::Function'), Properties: fc.dictionary(key, value, { maxKeys: 4 }) }),
    { minKeys: 1, maxKeys: 4 },
  ),
});

/** Every pointer in plain data. */
function* pointers(data: unknown, at: string[] = []): Generator<string[]> {
  yield at;
  if (Array.isArray(data)) for (let i = 0; i < data.length; i++) yield* pointers(data[i], [...at, String(i)]);
  else if (data !== null && typeof data === 'object') for (const [k, v] of Object.entries(data)) yield* pointers(v, [...at, k]);
}

describe('generated templates', () => {
  it.each(['json', 'yaml'] as const)('%s: data round-trips and every key is located where it is written', (format) => {
    fc.assert(
      fc.property(template, (t) => {
        const text = format === 'json' ? JSON.stringify(t, null, 2) : yamlStringify(t);
        const doc = parseDocument(text, format);
        expect(doc.data).toEqual(t);
        for (const segs of pointers(t)) {
          if (segs.length === 0) continue;
          const ptr = pointer(...segs);
          const loc = doc.locate(ptr);
          // Inside a value written as a YAML short-form tag there may be nothing to point at.
          if (!loc) continue;
          const node = doc.node(ptr)!;
          const last = segs[segs.length - 1]!;
          if (loc.key && node.keyEnd! > node.keyStart!) {
            const written = doc.text.slice(node.keyStart, node.keyEnd);
            expect([last, JSON.stringify(last), `'${last}'`], ptr).toContain(written);
          }
        }
        // Resources are always located.
        for (const id of Object.keys(t.Resources)) expect(doc.locate(pointer('Resources', id))?.key).toBeDefined();
      }),
      { numRuns: 150 },
    );
  });
});

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 20 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('{', '[', '"', ':', '\t', '\u0000', '&a', '*a', '---\n', '!Ref', '\r\n', '\uFEFF', '- ')),
  }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
);

function mutate(text: string, muts: { kind: string; at: number; length?: number; text?: string }[]): string {
  for (const m of muts) {
    const at = text.length === 0 ? 0 : m.at % text.length;
    if (m.kind === 'delete') text = text.slice(0, at) + text.slice(at + (m.length ?? 1));
    else if (m.kind === 'insert') text = text.slice(0, at) + m.text + text.slice(at);
    else {
      const start = text.lastIndexOf('\n', at) + 1;
      const end = text.indexOf('\n', at);
      const line = text.slice(start, end === -1 ? text.length : end + 1);
      text = text.slice(0, start) + line + text.slice(start);
    }
  }
  return text;
}

describe('mutated templates never crash the reader', () => {
  it.each(['json', 'yaml'] as const)('%s', (format) => {
    fc.assert(
      fc.property(template, fc.array(mutation, { minLength: 1, maxLength: 4 }), (t, muts) => {
        const text = mutate(format === 'json' ? JSON.stringify(t, null, 2) : yamlStringify(t), muts);
        const loaded = loadSource(`t.${format}`, Buffer.from(text, 'utf8'));
        if (loaded.kind === 'error') {
          expect(loaded.message).not.toBe('');
          if (loaded.position) {
            expect(loaded.position.line).toBeGreaterThanOrEqual(1);
            expect(loaded.position.line).toBeLessThanOrEqual(text.split('\n').length);
          }
        } else if (loaded.kind === 'template') {
          // Whatever parsed must be fully addressable.
          for (const p of loaded.template.pointers()) expect(loaded.template.locate(p)).toBeDefined();
        }
      }),
      { numRuns: 300 },
    );
  });
});
