/** Offsets into a source text, and the 1-based line/column positions users see. */

export interface Position {
  /** 1-based line. */
  line: number;
  /** 1-based column, in UTF-16 code units (what editors, GitHub and SARIF count by default). */
  column: number;
  /** 0-based offset into the text (after a BOM, if the file had one). */
  offset: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/**
 * Where one node of a parsed document is written. Offsets are 0-based and end-exclusive.
 * Mapping members carry the range of their key too.
 */
export interface PosNode {
  start: number;
  end: number;
  keyStart?: number;
  keyEnd?: number;
  props?: Map<string, PosNode>;
  items?: (PosNode | undefined)[];
}

/** Maps offsets to lines and columns; the line table is built on first use. */
export class LineIndex {
  private starts: number[] | null = null;

  constructor(private readonly text: string) {}

  private lineStarts(): number[] {
    if (this.starts) return this.starts;
    const starts = [0];
    const text = this.text;
    let i = text.indexOf('\n');
    while (i !== -1) {
      starts.push(i + 1);
      i = text.indexOf('\n', i + 1);
    }
    this.starts = starts;
    return starts;
  }

  get lineCount(): number {
    return this.lineStarts().length;
  }

  position(offset: number): Position {
    const starts = this.lineStarts();
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: clamped - starts[lo]! + 1, offset: clamped };
  }

  /** Offset of the first character of a 1-based line. */
  lineStart(line: number): number {
    const starts = this.lineStarts();
    return starts[Math.max(0, Math.min(line - 1, starts.length - 1))]!;
  }
}

/** A problem with the input itself, located at an offset when there is one. */
export class SourceError extends Error {
  constructor(
    message: string,
    readonly offset?: number,
  ) {
    super(message);
    this.name = 'SourceError';
  }
}
