import { visit, printParseErrorCode, type ParseErrorCode } from 'jsonc-parser';
import { type PosNode, SourceError } from './source.js';
import { MAX_DEPTH } from './limits.js';

interface Open {
  value: Record<string, unknown> | unknown[];
  node: PosNode;
  /** The member key waiting for its value (objects only). */
  key: string | null;
  keyStart: number;
  keyEnd: number;
}

const ERROR_TEXT: Partial<Record<string, string>> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected ":" after the property name',
  CommaExpected: 'expected "," or the end of the object or array',
  CloseBraceExpected: 'expected "}"',
  CloseBracketExpected: 'expected "]"',
  EndOfFileExpected: 'unexpected content after the end of the document',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unexpected end of number',
  InvalidUnicode: 'invalid unicode escape',
  InvalidEscapeCharacter: 'invalid escape character in string',
  InvalidCharacter: 'invalid character in string (control characters must be escaped)',
};

function setMember(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    target[key] = value;
  }
}

/**
 * Parses strict JSON (no comments, no trailing commas) into plain data and a tree of source
 * positions, in one pass. Duplicate keys and nesting deeper than MAX_DEPTH are errors.
 */
export function parseJson(text: string): { data: unknown; root: PosNode } {
  const stack: Open[] = [];
  let rootValue: unknown = undefined;
  let rootNode: PosNode | undefined;

  const attach = (value: unknown, node: PosNode): void => {
    const top = stack[stack.length - 1];
    if (!top) {
      rootValue = value;
      rootNode = node;
      return;
    }
    if (Array.isArray(top.value)) {
      top.value.push(value);
      top.node.items!.push(node);
    } else {
      const key = top.key!;
      node.keyStart = top.keyStart;
      node.keyEnd = top.keyEnd;
      setMember(top.value, key, value);
      top.node.props!.set(key, node);
      top.key = null;
    }
  };

  const open = (value: Record<string, unknown> | unknown[], offset: number): void => {
    if (stack.length >= MAX_DEPTH) {
      throw new SourceError(`nesting is deeper than ${MAX_DEPTH} levels`, offset);
    }
    const node: PosNode = Array.isArray(value)
      ? { start: offset, end: offset, items: [] }
      : { start: offset, end: offset, props: new Map() };
    stack.push({ value, node, key: null, keyStart: 0, keyEnd: 0 });
  };

  const close = (offset: number, length: number): void => {
    const top = stack.pop()!;
    top.node.end = offset + length;
    attach(top.value, top.node);
  };

  visit(
    text,
    {
      onObjectBegin: (offset) => open({}, offset),
      onObjectEnd: close,
      onArrayBegin: (offset) => open([], offset),
      onArrayEnd: close,
      onObjectProperty: (property, offset, length) => {
        const top = stack[stack.length - 1]!;
        if (top.node.props!.has(property)) {
          throw new SourceError(`duplicate key ${JSON.stringify(property)}`, offset);
        }
        top.key = property;
        top.keyStart = offset;
        top.keyEnd = offset + length;
      },
      onLiteralValue: (value, offset, length) => attach(value, { start: offset, end: offset + length }),
      onError: (error: ParseErrorCode, offset) => {
        const code = printParseErrorCode(error);
        throw new SourceError(ERROR_TEXT[code] ?? code, offset);
      },
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
  );

  if (!rootNode) throw new SourceError('the file holds no JSON value', 0);
  return { data: rootValue, root: rootNode };
}
