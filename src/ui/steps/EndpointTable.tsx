/** The endpoint table of step 3, computed by derived/endpoints from the valid spec. */
import { createMemo, For, Show } from 'solid-js';
import type { Spec } from '../../spec';
import { deriveEndpoints } from '../derived/endpoints';
import { label } from '../options';

export function EndpointTable(props: { spec: Spec | undefined; stale: boolean }) {
  const groups = createMemo(() => (props.spec ? deriveEndpoints(props.spec) : []));
  return (
    <section class="panel" aria-labelledby="endpoints-title">
      <h3 id="endpoints-title">Endpoints</h3>
      <Show when={props.stale}>
        <p class="hint">Showing the last valid version: fix the problems listed above to update it.</p>
      </Show>
      <Show when={props.spec} fallback={<p class="hint">The endpoints appear when the spec is valid.</p>}>
        <div class="table-scroll">
          <table class="endpoints">
            <caption class="visually-hidden">Endpoints of the generated API</caption>
            <thead>
              <tr>
                <th scope="col">Method</th>
                <th scope="col">Path</th>
                <th scope="col">What</th>
                <th scope="col">Who</th>
                <th scope="col">Query parameters</th>
              </tr>
            </thead>
            <For each={groups()}>
              {(group) => (
                <tbody>
                  <tr class="group-row">
                    <th scope="rowgroup" colSpan={5}>
                      {group.title}
                    </th>
                  </tr>
                  <For each={group.endpoints}>
                    {(endpoint) => (
                      <tr>
                        <td>
                          <span class={`method method-${endpoint.method.toLowerCase()}`}>{endpoint.method}</span>
                        </td>
                        <td>
                          <code>{endpoint.path}</code>
                        </td>
                        <td>{endpoint.summary}</td>
                        <td>{label(endpoint.access)}</td>
                        <td>
                          <Show when={endpoint.query.length > 0} fallback="—">
                            <details>
                              <summary>{endpoint.query.length} parameters</summary>
                              <ul class="params">
                                <For each={endpoint.query}>
                                  {(param) => (
                                    <li>
                                      <code>{param.name}</code> {param.meaning}
                                    </li>
                                  )}
                                </For>
                              </ul>
                            </details>
                          </Show>
                        </td>
                      </tr>
                    )}
                  </For>
                </tbody>
              )}
            </For>
          </table>
        </div>
      </Show>
    </section>
  );
}
