import { LineIndex, type Position, SourceError } from './source.js';
import { MAX_FILE_BYTES } from './limits.js';
import { asTemplate, formatOf, parseDocument, type Template } from './template.js';

export type Loaded =
  | { kind: 'template'; template: Template }
  | { kind: 'other' }
  | {
      kind: 'error';
      message: string;
      position?: Position;
      /** The text looks like CloudFormation (so the error matters even in a directory walk). */
      likelyTemplate: boolean;
    };

const CFN_HINT = /AWSTemplateFormatVersion|"?Type"?\s*:\s*["']?(AWS|Custom)::/;

/**
 * Reads one file's bytes into a Template, or says why it is not one. Never throws for bad
 * input: oversized, binary, invalid UTF-8, unparsable or hostile files come back as errors.
 */
export function loadSource(file: string, bytes: Uint8Array): Loaded {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 64 * 1024));
  const likelyTemplate = CFN_HINT.test(head);
  if (bytes.length > MAX_FILE_BYTES) {
    const mb = (bytes.length / 1024 / 1024).toFixed(1);
    return {
      kind: 'error',
      likelyTemplate,
      message: `the file is ${mb} MB, over the ${MAX_FILE_BYTES / 1024 / 1024} MB limit (CloudFormation accepts at most 1 MB); not read`,
    };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return { kind: 'error', likelyTemplate, message: `the file is binary (a NUL byte at offset ${nul}), not a template` };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = invalidUtf8At(bytes);
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset; i++) {
      if (bytes[i] === 0x0a) {
        line++;
        lineStart = i + 1;
      }
    }
    return {
      kind: 'error',
      likelyTemplate,
      message: `the file is not valid UTF-8 text (byte 0x${bytes[offset]!.toString(16)} at offset ${offset})`,
      position: { line, column: offset - lineStart + 1, offset },
    };
  }
  const format = formatOf(file, text);
  try {
    const doc = parseDocument(text, format);
    const template = asTemplate(doc);
    return template ? { kind: 'template', template } : { kind: 'other' };
  } catch (err) {
    if (!(err instanceof SourceError)) throw err;
    const stripped = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const position = err.offset === undefined ? undefined : new LineIndex(stripped).position(err.offset);
    const what = format === 'json' ? 'JSON' : 'YAML';
    return { kind: 'error', likelyTemplate, message: `invalid ${what}: ${err.message}`, ...(position ? { position } : {}) };
  }
}

/** Offset of the first byte of the first invalid UTF-8 sequence. */
function invalidUtf8At(bytes: Uint8Array): number {
  // The shortest prefix that fails to decode (streaming allows a cut multi-byte sequence)
  // ends where the error is detected; the sequence starts at the lead byte before it.
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid + 1), { stream: true });
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  for (let i = lo - 1; i >= Math.max(0, lo - 3); i--) {
    if ((bytes[i]! & 0xc0) === 0x80) continue;
    return bytes[i]! >= 0xc0 ? i : lo;
  }
  return lo;
}
