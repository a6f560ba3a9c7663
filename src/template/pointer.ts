/** RFC 6901 JSON Pointers. */

export function escapeToken(token: string | number): string {
  const s = String(token);
  return s.includes('~') || s.includes('/') ? s.replace(/~/g, '~0').replace(/\//g, '~1') : s;
}

export function unescapeToken(token: string): string {
  return token.includes('~') ? token.replace(/~1/g, '/').replace(/~0/g, '~') : token;
}

/** Builds a pointer from unescaped path segments: `pointer('Resources', 'a/b')` is `/Resources/a~1b`. */
export function pointer(...segments: (string | number)[]): string {
  let out = '';
  for (const s of segments) out += '/' + escapeToken(s);
  return out;
}

/** Appends segments to an existing pointer. */
export function childPointer(base: string, ...segments: (string | number)[]): string {
  return base + pointer(...segments);
}

export function parsePointer(ptr: string): string[] {
  if (ptr === '') return [];
  if (!ptr.startsWith('/')) throw new Error(`invalid JSON Pointer ${JSON.stringify(ptr)}: must be empty or start with "/"`);
  const segments = ptr.slice(1).split('/');
  return ptr.includes('~') ? segments.map(unescapeToken) : segments;
}

export function parentPointer(ptr: string): string {
  const i = ptr.lastIndexOf('/');
  return i <= 0 ? '' : ptr.slice(0, i);
}

/** The value at a pointer, or undefined when the path does not exist. */
export function getAt(data: unknown, ptr: string): unknown {
  let node = data;
  for (const seg of parsePointer(ptr)) {
    if (Array.isArray(node)) {
      if (!/^(0|[1-9]\d*)$/.test(seg)) return undefined;
      node = node[Number(seg)];
    } else if (node !== null && typeof node === 'object' && Object.hasOwn(node, seg)) {
      node = (node as Record<string, unknown>)[seg];
    } else {
      return undefined;
    }
  }
  return node;
}
