/** The entity-relationship diagram: an SVG drawn from the computed layout (derived/er-layout). */
import { createMemo, For, Show } from 'solid-js';
import type { Spec } from '../../spec';
import { erInput } from '../derived/er-input';
import { layoutEr, METRICS, type Edge } from '../derived/er-layout';

function EdgePath(props: { edge: Edge }) {
  const d = () => {
    const e = props.edge;
    return e.via ? `M${e.x1},${e.y1} Q${e.via.x},${e.via.y} ${e.x2},${e.y2}` : `M${e.x1},${e.y1} L${e.x2},${e.y2}`;
  };
  const at = (x: number, y: number, towardsX: number, towardsY: number) => {
    const length = Math.hypot(towardsX - x, towardsY - y) || 1;
    return { x: x + ((towardsX - x) / length) * 12, y: y + ((towardsY - y) / length) * 12 };
  };
  const fromLabel = () => {
    const e = props.edge;
    return at(e.x1, e.y1, e.via?.x ?? e.x2, e.via?.y ?? e.y2);
  };
  const toLabel = () => {
    const e = props.edge;
    return at(e.x2, e.y2, e.via?.x ?? e.x1, e.via?.y ?? e.y1);
  };
  return (
    <g class="er-edge">
      <path d={d()} fill="none" />
      <text x={fromLabel().x} y={fromLabel().y} class="er-cardinality">
        {props.edge.fromEnd}
      </text>
      <text x={toLabel().x} y={toLabel().y} class="er-cardinality">
        {props.edge.toEnd}
      </text>
    </g>
  );
}

export function ErDiagram(props: { spec: Spec | undefined }) {
  const layout = createMemo(() => {
    if (!props.spec) return undefined;
    const input = erInput(props.spec);
    // Narrow screens: fewer columns, so less of the diagram needs sideways scrolling.
    const columns = window.matchMedia('(max-width: 720px)').matches ? 2 : 4;
    return layoutEr(input.entities, input.relations, columns);
  });
  const summary = () =>
    props.spec
      ? `${props.spec.entities.length} entities and ${props.spec.relations.length} relations: ${props.spec.relations
          .map((r) => `${r.from} ${r.kind} ${r.to}`)
          .join('; ')}`
      : '';
  return (
    <section class="panel" aria-labelledby="er-title">
      <h3 id="er-title">Diagram</h3>
      <Show when={layout()} fallback={<p class="hint">The diagram appears when the spec is valid.</p>}>
        {(l) => (
          <div class="er-scroll" tabindex="0" role="group" aria-label="Diagram (scrolls when wider than the page)">
            <svg
              class="er"
              viewBox={`0 0 ${l().width} ${l().height}`}
              width={l().width}
              height={l().height}
              role="img"
              aria-label={summary()}
            >
              <For each={l().edges}>{(edge) => <EdgePath edge={edge} />}</For>
              <For each={l().boxes}>
                {(box) => (
                  <g class="er-box" transform={`translate(${box.x},${box.y})`}>
                    <rect width={box.width} height={box.height} rx="6" />
                    <rect width={box.width} height={METRICS.header} rx="6" class="er-head" />
                    <text x={METRICS.padding} y={19} class="er-name">
                      {box.name}
                    </text>
                    <For each={box.rows}>
                      {(row, i) => (
                        <text x={METRICS.padding} y={METRICS.header + 14 + i() * METRICS.rowHeight} class="er-row">
                          {row}
                        </text>
                      )}
                    </For>
                    <Show when={box.hidden > 0}>
                      <text
                        x={METRICS.padding}
                        y={METRICS.header + 14 + box.rows.length * METRICS.rowHeight}
                        class="er-row er-more"
                      >
                        +{box.hidden} more
                      </text>
                    </Show>
                  </g>
                )}
              </For>
            </svg>
          </div>
        )}
      </Show>
    </section>
  );
}
