/** The parser's position in a pattern, the groups seen so far, and its failure. */
import type { CharNode } from './ast';

export class PatternError extends Error {}

const isSurrogate = (cp: number): boolean => cp >= 0xd800 && cp <= 0xdfff;

export class Cursor {
  i = 0;
  /** Capturing groups opened so far (they are numbered by their opening parenthesis). */
  groups = 0;
  readonly closed = new Set<number>();
  lookbehindDepth = 0;

  constructor(readonly src: string) {}

  fail(message: string): never {
    throw new PatternError(message);
  }

  peek(offset = 0): string | undefined {
    return this.src[this.i + offset];
  }

  /** The code point at the cursor as a literal: only BMP characters, never a lone surrogate. */
  literal(): CharNode {
    const cp = this.src.codePointAt(this.i)!;
    if (cp > 0xffff) {
      this.fail(
        `"${String.fromCodePoint(cp)}" lies outside the Basic Multilingual Plane: JavaScript without the u flag reads it as two UTF-16 units`,
      );
    }
    if (isSurrogate(cp)) this.fail(`a lone UTF-16 surrogate at position ${this.i}`);
    this.i++;
    return { kind: 'char', cp };
  }

  /** `length` hex digits at the cursor, consumed; `message` when they are not there. */
  hex(length: number, message: string): number {
    const text = this.src.slice(this.i, this.i + length);
    if (!new RegExp(`^[0-9a-fA-F]{${length}}$`).test(text)) this.fail(message);
    this.i += length;
    const cp = parseInt(text, 16);
    if (isSurrogate(cp))
      this.fail(`\\u${text} is a UTF-16 surrogate; JavaScript and Python read surrogates differently`);
    return cp;
  }
}
