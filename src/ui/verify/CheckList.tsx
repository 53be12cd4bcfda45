/** The six checks as a list: status, time, summary, problems, and per-check extras. */
import { For, Show } from 'solid-js';
import { downloadText } from '../state/downloads';
import { CHECK_NAMES, formatProblem, type CheckName, type CheckResult } from '../../verify/types';

const TITLES: Record<CheckName, string> = {
  lint: 'Lint (ruff)',
  compile: 'Compile',
  imports: 'Imports',
  schemas: 'Schemas (Pydantic)',
  models: 'Models (SQLAlchemy)',
  app: 'App (FastAPI)',
};
const MARKS = { passed: '✓', failed: '✗', skipped: '–', running: '…', pending: ' ' } as const;
const MAX_PROBLEMS = 20;

function Extras(props: { result: CheckResult }) {
  const ddl = () => props.result.details.ddl as Record<string, string> | undefined;
  const openapi = () => props.result.details.openapi as object | undefined;
  return (
    <>
      <Show when={ddl()}>
        {(statements) => (
          <For each={Object.entries(statements())}>
            {([dialect, sql]) => (
              <details class="verify-extra">
                <summary>CREATE TABLE for {dialect}</summary>
                <pre>{sql}</pre>
              </details>
            )}
          </For>
        )}
      </Show>
      <Show when={openapi()}>
        {(document) => (
          <button
            type="button"
            class="link-button"
            onClick={() => downloadText('openapi.json', `${JSON.stringify(document(), null, 2)}\n`)}
          >
            Download openapi.json
          </button>
        )}
      </Show>
    </>
  );
}

export function CheckList(props: { results: CheckResult[]; running?: CheckName }) {
  const resultOf = (name: CheckName) => props.results.find((r) => r.name === name);
  const statusOf = (name: CheckName) => resultOf(name)?.status ?? (props.running === name ? 'running' : 'pending');
  return (
    <ol class="verify-checks">
      <For each={CHECK_NAMES}>
        {(name) => (
          <li class={`verify-check verify-${statusOf(name)}`} data-check={name}>
            <span class="verify-mark" aria-hidden="true">
              {MARKS[statusOf(name)]}
            </span>
            <strong>{TITLES[name]}</strong> <span class="verify-status">{statusOf(name)}</span>
            <Show when={resultOf(name)}>
              {(result) => (
                <>
                  <span class="hint"> · {result().durationMs} ms</span>
                  <p class="verify-summary">{result().details.summary}</p>
                  <Show when={result().details.problems.length > 0}>
                    <ul class="verify-problems">
                      <For each={result().details.problems.slice(0, MAX_PROBLEMS)}>
                        {(problem) => <li>{formatProblem(problem)}</li>}
                      </For>
                      <Show when={result().details.problems.length > MAX_PROBLEMS}>
                        <li>… and {result().details.problems.length - MAX_PROBLEMS} more</li>
                      </Show>
                    </ul>
                  </Show>
                  <Extras result={result()} />
                </>
              )}
            </Show>
          </li>
        )}
      </For>
    </ol>
  );
}
