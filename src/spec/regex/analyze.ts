/**
 * Checks on a parsed pattern that need the whole tree: Python's fixed-width lookbehind,
 * and backreferences only to groups that always take part in a match (JavaScript matches an
 * empty string for a group that did not participate, Python fails the match).
 */
import type { Alternation, Node } from './ast';
import { PatternError, type ParsedPattern } from './parse';

type Width = [min: number, max: number];

function sequenceWidth(nodes: Node[]): Width {
  return nodes.reduce<Width>(
    ([lo, hi], node) => {
      const [a, b] = nodeWidth(node);
      return [lo + a, hi + b];
    },
    [0, 0],
  );
}

function alternationWidth(alternatives: Alternation): Width {
  const widths = alternatives.map(sequenceWidth);
  return [Math.min(...widths.map((w) => w[0])), Math.max(...widths.map((w) => w[1]))];
}

function nodeWidth(node: Node): Width {
  switch (node.kind) {
    case 'anchor':
    case 'look':
      return [0, 0];
    case 'group':
      return alternationWidth(node.body);
    case 'repeat': {
      const [lo, hi] = nodeWidth(node.node);
      return [lo * node.min, hi === 0 ? 0 : hi * node.max];
    }
    case 'backref':
      return [0, Infinity];
    default:
      return [1, 1];
  }
}

/** Where a node sits: the alternatives it is inside, and whether a repeat or lookaround encloses it. */
interface Place {
  branches: string[];
  repeated: boolean;
  inLook: boolean;
}

function walk(
  alternation: Alternation,
  place: Place,
  visit: (node: Node, place: Place) => void,
  ids: { next: number },
): void {
  const id = ids.next++;
  alternation.forEach((sequence, index) => {
    const branches = alternation.length > 1 ? [...place.branches, `${id}:${index}`] : place.branches;
    for (const node of sequence) visitNode(node, { ...place, branches }, visit, ids);
  });
}

function visitNode(node: Node, place: Place, visit: (node: Node, place: Place) => void, ids: { next: number }): void {
  visit(node, place);
  if (node.kind === 'group') walk(node.body, place, visit, ids);
  if (node.kind === 'look') walk(node.body, { ...place, inLook: true }, visit, ids);
  if (node.kind === 'repeat') visitNode(node.node, { ...place, repeated: true }, visit, ids);
}

export function checkStructure(pattern: ParsedPattern): void {
  const groups = new Map<number, Place>();
  const backrefs: { group: number; place: Place }[] = [];
  walk(
    pattern.root,
    { branches: [], repeated: false, inLook: false },
    (node, place) => {
      if (node.kind === 'group' && node.capture !== undefined) groups.set(node.capture, place);
      if (node.kind === 'backref') backrefs.push({ group: node.group, place });
      if (node.kind === 'look' && node.behind) {
        const [lo, hi] = alternationWidth(node.body);
        if (lo !== hi) {
          const span = hi === Infinity ? `${lo} or more` : `${lo} to ${hi}`;
          throw new PatternError(
            `a lookbehind must match a fixed number of characters in Python; this one matches ${span}`,
          );
        }
      }
    },
    { next: 0 },
  );
  for (const { group, place } of backrefs) {
    const target = groups.get(group)!;
    const certain = !target.repeated && !target.inLook && target.branches.every((b) => place.branches.includes(b));
    if (!certain) {
      throw new PatternError(
        `\\${group} refers to group ${group}, which may not take part in a match (it is optional, repeated, in another alternative or in a lookaround); JavaScript then matches an empty string where Python fails`,
      );
    }
  }
}
