/** Step 3: API settings (prefix, pagination, websockets, rate limit, CORS), deployment, and the endpoint table. */
import { For, Show } from 'solid-js';
import { CheckControl, NumberControl, ParsedControl, SelectControl, TextControl } from '../components/controls';
import { ErrorText } from '../components/errors';
import { BROKERS, CI_PROVIDERS, PAGINATIONS, label, optionsOf } from '../options';
import { setOrDelete, type Draft } from '../state/draft';
import type { Editor } from '../state/editor';
import { EndpointTable } from './EndpointTable';

type Api = NonNullable<Draft['api']>;
type Deploy = NonNullable<Draft['deploy']>;

const lines = (text: string) =>
  text
    .split(/[\s,]+/)
    .map((l) => l.trim())
    .filter(Boolean);

export function ApiStep(props: { editor: Editor }) {
  const api = (): Api => props.editor.draft.api ?? {};
  const deploy = (): Deploy => props.editor.draft.deploy ?? {};
  const editApi = (change: (api: Api) => void) => props.editor.edit((d) => change((d.api ??= {})));
  const editDeploy = (change: (deploy: Deploy) => void) => props.editor.edit((d) => change((d.deploy ??= {})));
  const ci = () => deploy().ci ?? ['github'];
  const setCi = (provider: (typeof CI_PROVIDERS)[number], on: boolean) =>
    editDeploy((d) => {
      const current = (d.ci ?? ['github']).filter((p) => p !== provider);
      d.ci = on ? CI_PROVIDERS.filter((p) => p === provider || current.includes(p)) : current;
    });
  return (
    <div class="step-grid">
      <section class="panel" aria-labelledby="api-routes">
        <h3 id="api-routes">Routes and pages</h3>
        <div class="row">
          <TextControl
            path="api.prefix"
            label="Route prefix"
            value={api().prefix}
            placeholder="/api/v1"
            hint="Leave empty for /api/v1."
            onInput={(text) => editApi((a) => setOrDelete(a, 'prefix', text || undefined))}
          />
          <SelectControl
            path="api.pagination"
            label="Pagination"
            value={api().pagination ?? 'offset'}
            options={optionsOf(PAGINATIONS)}
            onChange={(v) => editApi((a) => (a.pagination = v as Api['pagination']))}
          />
        </div>
        <div class="row">
          <NumberControl
            path="api.defaultPageSize"
            label="Default page size"
            value={api().defaultPageSize}
            placeholder="20"
            onValue={(v) => editApi((a) => setOrDelete(a, 'defaultPageSize', v))}
          />
          <NumberControl
            path="api.maxPageSize"
            label="Largest page size"
            value={api().maxPageSize}
            placeholder="100"
            onValue={(v) => editApi((a) => setOrDelete(a, 'maxPageSize', v))}
          />
        </div>
        <ParsedControl<string[]>
          path="api.corsOrigins"
          label="CORS origins (one per line)"
          multiline
          value={api().corsOrigins}
          format={(v) => (v ?? []).join('\n')}
          parse={lines}
          placeholder="https://app.example.com"
          onValue={(v) => editApi((a) => setOrDelete(a, 'corsOrigins', v && v.length ? v : undefined))}
        />
        <ErrorText path="api.corsOrigins" within={(api().corsOrigins ?? []).map((_, i) => `api.corsOrigins[${i}]`)} />
      </section>

      <section class="panel" aria-labelledby="api-realtime">
        <h3 id="api-realtime">Real time and limits</h3>
        <CheckControl
          path="api.websockets"
          label="WebSocket events on every change"
          checked={api().websockets ?? false}
          onChange={(on) => editApi((a) => (a.websockets = on))}
        />
        <Show when={api().websockets}>
          <SelectControl
            path="api.websocketBroker"
            label="Event broker"
            value={api().websocketBroker ?? 'memory'}
            options={optionsOf(BROKERS)}
            onChange={(v) => editApi((a) => (a.websocketBroker = v as Api['websocketBroker']))}
          />
        </Show>
        <CheckControl
          path="api.rateLimit"
          label="Rate limit per client"
          checked={Boolean(api().rateLimit)}
          onChange={(on) => editApi((a) => setOrDelete(a, 'rateLimit', on ? { requestsPerMinute: 600 } : undefined))}
        />
        <Show when={api().rateLimit}>
          <NumberControl
            path="api.rateLimit.requestsPerMinute"
            label="Requests per minute"
            value={api().rateLimit?.requestsPerMinute}
            onValue={(v) => editApi((a) => (a.rateLimit = { requestsPerMinute: v as number }))}
          />
        </Show>
      </section>

      <section class="panel" aria-labelledby="api-deploy">
        <h3 id="api-deploy">Deployment</h3>
        <CheckControl
          path="deploy.docker"
          label="Docker (Dockerfile and docker-compose.yml)"
          checked={deploy().docker ?? true}
          onChange={(on) => editDeploy((d) => (d.docker = on))}
        />
        <fieldset class="checks" data-path="deploy.ci" tabindex="-1">
          <legend>Continuous integration</legend>
          <For each={CI_PROVIDERS}>
            {(provider) => (
              <CheckControl
                path={`deploy.ci.${provider}`}
                label={provider === 'github' ? 'GitHub Actions' : label(provider)}
                checked={ci().includes(provider)}
                onChange={(on) => setCi(provider, on)}
              />
            )}
          </For>
          <ErrorText path="deploy.ci" />
        </fieldset>
        <CheckControl
          path="deploy.kubernetes"
          label="Kubernetes manifests"
          checked={deploy().kubernetes ?? false}
          onChange={(on) => editDeploy((d) => (d.kubernetes = on))}
        />
      </section>

      <div class="span-all">
        <EndpointTable spec={props.editor.lastValid()} stale={!props.editor.spec()} />
      </div>
    </div>
  );
}
