/**
 * Layout of the entity-relationship diagram: boxes on a grid, ordered so related entities
 * sit near each other (breadth-first from the most connected one), and straight edges
 * clipped to the boxes' borders. Pure and deterministic; the SVG component only draws it.
 */

export interface ErEntity {
  name: string;
  /** Lines inside the box: `name: type`, foreign keys included. */
  rows: string[];
}

export interface ErRelation {
  kind: 'one-to-many' | 'one-to-one' | 'many-to-many';
  from: string;
  to: string;
  label: string;
}

export interface Box {
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
  rows: string[];
  /** Rows left out to keep boxes small. */
  hidden: number;
}

export interface Edge {
  from: string;
  to: string;
  kind: ErRelation['kind'];
  label: string;
  /** Start (on `from`'s border) and end (on `to`'s border); a self-relation loops through `via`. */
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  via?: { x: number; y: number };
  /** Cardinality at each end: `1` or `N`. */
  fromEnd: '1' | 'N';
  toEnd: '1' | 'N';
}

export interface ErLayout {
  width: number;
  height: number;
  boxes: Box[];
  edges: Edge[];
}

export const METRICS = {
  charWidth: 7.2,
  rowHeight: 18,
  header: 28,
  padding: 10,
  gapX: 70,
  gapY: 60,
  maxRows: 10,
  minWidth: 140,
};

/** Related entities first and together: BFS per connected component, most connected first. */
function order(entities: ErEntity[], relations: ErRelation[]): ErEntity[] {
  const neighbours = new Map(entities.map((e) => [e.name, [] as string[]]));
  for (const r of relations) {
    if (r.from === r.to) continue;
    neighbours.get(r.from)?.push(r.to);
    neighbours.get(r.to)?.push(r.from);
  }
  const byName = new Map(entities.map((e) => [e.name, e]));
  const degree = (name: string) => neighbours.get(name)?.length ?? 0;
  const seeds = [...entities].sort((a, b) => degree(b.name) - degree(a.name));
  const seen = new Set<string>();
  const out: ErEntity[] = [];
  for (const seed of seeds) {
    if (seen.has(seed.name)) continue;
    const queue = [seed.name];
    seen.add(seed.name);
    while (queue.length > 0) {
      const name = queue.shift()!;
      out.push(byName.get(name)!);
      for (const next of neighbours.get(name) ?? []) {
        if (!seen.has(next) && byName.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
  }
  return out;
}

function sizeOf(entity: ErEntity): Omit<Box, 'x' | 'y'> {
  const { charWidth, rowHeight, header, padding, maxRows, minWidth } = METRICS;
  const rows = entity.rows.length > maxRows ? entity.rows.slice(0, maxRows - 1) : entity.rows;
  const hidden = entity.rows.length - rows.length;
  const lines = [entity.name, ...rows, ...(hidden ? [`+${hidden} more`] : [])];
  const width = Math.max(minWidth, Math.ceil(Math.max(...lines.map((l) => l.length)) * charWidth + 2 * padding));
  const height = header + (rows.length + (hidden ? 1 : 0)) * rowHeight + padding;
  return { name: entity.name, width, height, rows, hidden };
}

/** Where the segment from the box's centre towards (tx, ty) leaves the box. */
function border(box: Box, tx: number, ty: number): { x: number; y: number } {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const dx = tx - cx;
  const dy = ty - cy;
  if (dx === 0 && dy === 0) return { x: cx, y: cy };
  const scale = Math.min(
    dx === 0 ? Infinity : box.width / 2 / Math.abs(dx),
    dy === 0 ? Infinity : box.height / 2 / Math.abs(dy),
  );
  return { x: cx + dx * scale, y: cy + dy * scale };
}

export function layoutEr(entities: ErEntity[], relations: ErRelation[], maxColumns = 4): ErLayout {
  const { gapX, gapY } = METRICS;
  const ordered = order(entities, relations).map(sizeOf);
  const columns = Math.max(1, Math.min(maxColumns, Math.ceil(Math.sqrt(ordered.length))));
  const columnWidths = Array.from({ length: columns }, (_, c) =>
    Math.max(0, ...ordered.filter((_, i) => i % columns === c).map((b) => b.width)),
  );
  const boxes: Box[] = [];
  let y = gapY / 2;
  for (let start = 0; start < ordered.length; start += columns) {
    const row = ordered.slice(start, start + columns);
    let x = gapX / 2;
    row.forEach((box, c) => {
      boxes.push({ ...box, x, y });
      x += columnWidths[c]! + gapX;
    });
    y += Math.max(...row.map((b) => b.height)) + gapY;
  }
  const byName = new Map(boxes.map((b) => [b.name, b]));
  const edges: Edge[] = [];
  for (const r of relations) {
    const a = byName.get(r.from);
    const b = byName.get(r.to);
    if (!a || !b) continue;
    const ends = {
      fromEnd: r.kind === 'many-to-many' ? 'N' : '1',
      toEnd: r.kind === 'one-to-one' ? '1' : 'N',
    } as const;
    if (a === b) {
      const right = a.x + a.width;
      edges.push({
        ...r,
        ...ends,
        x1: right,
        y1: a.y + 14,
        x2: right,
        y2: a.y + a.height - 6,
        via: { x: right + gapX / 2.5, y: a.y + a.height / 2 },
      });
      continue;
    }
    const start = border(a, b.x + b.width / 2, b.y + b.height / 2);
    const end = border(b, a.x + a.width / 2, a.y + a.height / 2);
    edges.push({ ...r, ...ends, x1: start.x, y1: start.y, x2: end.x, y2: end.y });
  }
  const width = Math.max(gapX, ...boxes.map((b) => b.x + b.width + gapX / 2));
  return { width, height: Math.max(gapY, y - gapY / 2), boxes, edges };
}
