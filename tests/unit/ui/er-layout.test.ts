import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validateSpec } from '../../../src/spec';
import { erInput } from '../../../src/ui/derived/er-input';
import { layoutEr, type Box, type ErEntity, type ErRelation } from '../../../src/ui/derived/er-layout';

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const onBorder = (box: Box, x: number, y: number) => {
  const eps = 1e-6;
  const inside = x >= box.x - eps && x <= box.x + box.width + eps && y >= box.y - eps && y <= box.y + box.height + eps;
  const edge =
    Math.abs(x - box.x) < eps ||
    Math.abs(x - box.x - box.width) < eps ||
    Math.abs(y - box.y) < eps ||
    Math.abs(y - box.y - box.height) < eps;
  return inside && edge;
};

const arbitraryDiagram = fc
  .uniqueArray(fc.stringMatching(/^[A-Z][a-z]{0,12}$/), { minLength: 1, maxLength: 25 })
  .chain((names) =>
    fc.record({
      entities: fc.constant(
        names.map((name, i) => ({ name, rows: Array.from({ length: i % 14 }, (_, j) => `field_${j}: string`) })),
      ),
      relations: fc.array(
        fc.record({
          kind: fc.constantFrom('one-to-many' as const, 'one-to-one' as const, 'many-to-many' as const),
          from: fc.constantFrom(...names),
          to: fc.constantFrom(...names),
          label: fc.constant('x'),
        }),
        { maxLength: 30 },
      ),
    }),
  );

describe('ER diagram layout', () => {
  it('never overlaps boxes, keeps them in the canvas and starts and ends edges on their boxes', () => {
    fc.assert(
      fc.property(arbitraryDiagram, ({ entities, relations }: { entities: ErEntity[]; relations: ErRelation[] }) => {
        const layout = layoutEr(entities, relations);
        expect(layout.boxes.map((b) => b.name).sort()).toEqual(entities.map((e) => e.name).sort());
        for (const [i, a] of layout.boxes.entries()) {
          expect(a.x).toBeGreaterThanOrEqual(0);
          expect(a.y).toBeGreaterThanOrEqual(0);
          expect(a.x + a.width).toBeLessThanOrEqual(layout.width);
          expect(a.y + a.height).toBeLessThanOrEqual(layout.height);
          for (const b of layout.boxes.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
        }
        expect(layout.edges).toHaveLength(relations.length);
        const box = new Map(layout.boxes.map((b) => [b.name, b]));
        for (const edge of layout.edges) {
          expect(onBorder(box.get(edge.from)!, edge.x1, edge.y1)).toBe(true);
          expect(onBorder(box.get(edge.to)!, edge.x2, edge.y2)).toBe(true);
          if (edge.via) expect(edge.via.x).toBeLessThanOrEqual(layout.width);
        }
      }),
    );
  });

  it('is deterministic and puts related entities next to each other', () => {
    const entities = ['A', 'B', 'C', 'D'].map((name) => ({ name, rows: [] }));
    const relations: ErRelation[] = [
      { kind: 'one-to-many', from: 'A', to: 'D', label: '' },
      { kind: 'one-to-many', from: 'D', to: 'B', label: '' },
    ];
    const first = layoutEr(entities, relations);
    expect(layoutEr(entities, relations)).toEqual(first);
    // D is the most connected: it comes first, then its neighbours, then the unrelated C.
    expect(first.boxes.map((b) => b.name)).toEqual(['D', 'A', 'B', 'C']);
    expect(first.edges.map((e) => `${e.fromEnd}-${e.toEnd}`)).toEqual(['1-N', '1-N']);
  });

  it('hides rows past the limit and loops self-relations beside the box', () => {
    const entities = [{ name: 'Employee', rows: Array.from({ length: 30 }, (_, i) => `f${i}: integer`) }];
    const layout = layoutEr(entities, [{ kind: 'one-to-many', from: 'Employee', to: 'Employee', label: 'reports' }]);
    expect(layout.boxes[0]!.hidden).toBe(21);
    expect(layout.boxes[0]!.rows).toHaveLength(9);
    expect(layout.edges[0]!.via!.x).toBeGreaterThan(layout.boxes[0]!.x + layout.boxes[0]!.width);
  });

  it('reads a spec: field types, foreign keys and the built-in User', () => {
    const result = validateSpec(JSON.parse(readFileSync('tests/fixtures/specs/examples/users-orders.json', 'utf8')));
    if (!result.ok) throw new Error('example is invalid');
    const { entities, relations } = erInput(result.spec);
    expect(entities.find((e) => e.name === 'Order')!.rows).toEqual(
      expect.arrayContaining(['reference: string', 'notes: text?', 'customer_id → Customer', 'handler_id → User']),
    );
    expect(relations.map((r) => `${r.from}->${r.to}`)).toEqual(['Customer->Order', 'User->Order']);
  });
});
