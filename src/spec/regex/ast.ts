/** The parse tree of a portable pattern (the subset both JavaScript and Python `re` read alike). */

export type ClassLetter = 'd' | 'D' | 'w' | 'W' | 's' | 'S';

/** One code point, written literally or as an escape. */
export interface CharNode {
  kind: 'char';
  cp: number;
}
export interface ClassEscapeNode {
  kind: 'class-escape';
  letter: ClassLetter;
}
export interface DotNode {
  kind: 'dot';
}
export interface AnchorNode {
  kind: 'anchor';
  which: '^' | '$' | 'b';
}
export type ClassItem = CharNode | ClassEscapeNode | { kind: 'range'; from: number; to: number };
export interface ClassNode {
  kind: 'class';
  negated: boolean;
  items: ClassItem[];
}
export interface GroupNode {
  kind: 'group';
  /** Capture number (1-based), or undefined for `(?:…)`. */
  capture: number | undefined;
  body: Alternation;
}
export interface LookNode {
  kind: 'look';
  behind: boolean;
  negative: boolean;
  body: Alternation;
}
export interface BackrefNode {
  kind: 'backref';
  group: number;
}
export interface RepeatNode {
  kind: 'repeat';
  node: Node;
  min: number;
  /** Infinity for `*`, `+`, `{n,}`. */
  max: number;
  lazy: boolean;
}

export type Node =
  CharNode | ClassEscapeNode | DotNode | AnchorNode | ClassNode | GroupNode | LookNode | BackrefNode | RepeatNode;

/** Alternatives (`a|b`), each a sequence of nodes. */
export type Alternation = Node[][];
