/**
 * A parser for the simple regex subset spec patterns are written in (literals, escapes,
 * classes, groups with alternation, quantifiers, anchors); anything else throws
 * `Unsupported`. Character sets come out sorted, so samples count up predictably.
 */

export type Node =
  | { kind: 'chars'; chars: string[] }
  | { kind: 'seq'; items: Node[] }
  | { kind: 'alt'; options: Node[] }
  | { kind: 'repeat'; node: Node; min: number; max: number }
  | { kind: 'anchor' };

export class Unsupported extends Error {}

export const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCharCode(from + i));
const DIGITS = range(48, 57);
const UPPER = range(65, 90);
const LOWER = range(97, 122);
const WORD = [...DIGITS, ...UPPER, '_', ...LOWER];
/** What `.` and negated classes choose from: alphanumerics first, then other printable ASCII. */
const UNIVERSE = [
  ...LOWER,
  ...DIGITS,
  ...UPPER,
  ...range(33, 47),
  ...range(58, 64),
  ...range(91, 96),
  ...range(123, 126),
];

const sortChars = (chars: Iterable<string>) => [...new Set(chars)].sort();
const complement = (chars: string[]) => UNIVERSE.filter((c) => !chars.includes(c));

export class Parser {
  private pos = 0;
  constructor(private readonly source: string) {}

  parse(): Node {
    const node = this.alternation();
    if (this.pos < this.source.length) throw new Unsupported(`unexpected ${this.source[this.pos]}`);
    return node;
  }

  private peek = () => this.source[this.pos];

  private alternation(): Node {
    const options = [this.sequence()];
    while (this.peek() === '|') {
      this.pos++;
      options.push(this.sequence());
    }
    return options.length === 1 ? options[0]! : { kind: 'alt', options };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.pos < this.source.length && this.peek() !== '|' && this.peek() !== ')') {
      items.push(this.quantified(this.atom()));
    }
    return { kind: 'seq', items };
  }

  private atom(): Node {
    const c = this.source[this.pos++]!;
    if (c === '^' || c === '$') return { kind: 'anchor' };
    if (c === '.') return { kind: 'chars', chars: UNIVERSE };
    if (c === '[') return { kind: 'chars', chars: this.charClass() };
    if (c === '\\') return { kind: 'chars', chars: this.escape(false) };
    if (c === '(') {
      if (this.peek() === '?') {
        if (this.source.slice(this.pos, this.pos + 2) !== '?:') throw new Unsupported('group kind');
        this.pos += 2;
      }
      const inner = this.alternation();
      if (this.source[this.pos++] !== ')') throw new Unsupported('unclosed group');
      return inner;
    }
    if ('*+?{)|'.includes(c)) throw new Unsupported(`dangling ${c}`);
    return { kind: 'chars', chars: [c] };
  }

  private quantified(node: Node): Node {
    const c = this.peek();
    let min: number;
    let max: number;
    if (c === '*' || c === '+' || c === '?') {
      this.pos++;
      [min, max] = c === '*' ? [0, Infinity] : c === '+' ? [1, Infinity] : [0, 1];
    } else if (c === '{') {
      const match = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.pos));
      if (!match) return node;
      this.pos += match[0].length;
      min = Number(match[1]);
      max = match[2] === undefined ? min : match[3] ? Number(match[3]) : Infinity;
    } else {
      return node;
    }
    if (this.peek() === '?') this.pos++; // lazy: same strings
    if (node.kind === 'anchor') throw new Unsupported('quantified anchor');
    return { kind: 'repeat', node, min, max };
  }

  private escape(inClass: boolean): string[] {
    const c = this.source[this.pos++];
    if (c === undefined) throw new Unsupported('trailing backslash');
    switch (c) {
      case 'd':
        return DIGITS;
      case 'D':
        return complement(DIGITS);
      case 'w':
        return WORD;
      case 'W':
        return complement(WORD);
      case 's':
        return [' '];
      case 'S':
        return complement([' ']);
      case 't':
        return ['\t'];
      case 'n':
        return ['\n'];
      case 'u':
      case 'x': {
        const length = c === 'u' ? 4 : 2;
        const hex = this.source.slice(this.pos, this.pos + length);
        if (!new RegExp(`^[0-9a-fA-F]{${length}}$`).test(hex)) throw new Unsupported('escape');
        this.pos += length;
        return [String.fromCharCode(parseInt(hex, 16))];
      }
    }
    if (/[A-Za-z0-9]/.test(c) && !(inClass && c === 'b')) throw new Unsupported(`\\${c}`);
    return [c];
  }

  private charClass(): string[] {
    const negated = this.peek() === '^';
    if (negated) this.pos++;
    const chars: string[] = [];
    let first = true;
    while (this.peek() !== ']' || first) {
      if (this.pos >= this.source.length) throw new Unsupported('unclosed class');
      first = false;
      const start = this.classAtom();
      if (this.peek() === '-' && this.source[this.pos + 1] !== ']' && start.length === 1) {
        this.pos++;
        const end = this.classAtom();
        if (end.length !== 1 || end[0]! < start[0]!) throw new Unsupported('range');
        chars.push(...range(start[0]!.charCodeAt(0), end[0]!.charCodeAt(0)));
      } else {
        chars.push(...start);
      }
    }
    this.pos++;
    return negated ? complement(chars) : sortChars(chars);
  }

  private classAtom(): string[] {
    const c = this.source[this.pos++]!;
    return c === '\\' ? this.escape(true) : [c];
  }
}
