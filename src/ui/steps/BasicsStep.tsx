/** Step 1: the project's name, description and the settings every file depends on. */
import { For, Show } from 'solid-js';
import { naming } from '../../spec';
import { CheckControl, ParsedControl, SelectControl, TextControl } from '../components/controls';
import { ErrorText } from '../components/errors';
import { AUTH_KINDS, DATABASES, OAUTH2_PROVIDERS, PRIMARY_KEYS, PYTHON_VERSIONS, label, optionsOf } from '../options';
import { namesFromTyped, setOrDelete, typedName } from '../state/draft';
import type { Editor } from '../state/editor';
import { Suggestions } from './Suggestions';

export function BasicsStep(props: { editor: Editor }) {
  const draft = () => props.editor.draft;
  const project = () => draft().project;
  const edit = props.editor.edit;
  const auth = () => project().auth ?? 'jwt';
  const providers = () => project().oauth2Providers ?? [];
  const setProvider = (provider: (typeof OAUTH2_PROVIDERS)[number], on: boolean) =>
    edit((d) => {
      const list = (d.project.oauth2Providers ?? []).filter((p) => p !== provider);
      d.project.oauth2Providers = on ? OAUTH2_PROVIDERS.filter((p) => p === provider || list.includes(p)) : list;
    });
  return (
    <div class="step-grid">
      <section class="panel" aria-labelledby="basics-project">
        <h3 id="basics-project">Project</h3>
        <ParsedControl<{ name: string; title?: string }>
          path="project.name"
          label="Project name"
          value={{ name: project().name, title: project().title }}
          format={(v) => typedName(v)}
          parse={(text) => namesFromTyped(text)}
          onValue={(names) =>
            edit((d) => {
              d.project.name = names?.name ?? '';
              setOrDelete(d.project, 'title', names?.title);
            })
          }
          hint={
            <>
              Python package: <code>{project().name || '—'}</code>
              <Show when={project().name}> · title “{project().title ?? naming.titleCase(project().name)}”</Show>
            </>
          }
        />
        <ErrorText path="project.title" />
        <TextControl
          path="project.description"
          label="What does the business do?"
          multiline
          value={project().description}
          placeholder="Customers order products from our shop; staff ship the orders…"
          hint="Goes into the README and the OpenAPI description."
          onInput={(text) => edit((d) => setOrDelete(d.project, 'description', text || undefined))}
        />
      </section>

      <Suggestions editor={props.editor} />

      <section class="panel" aria-labelledby="basics-runtime">
        <h3 id="basics-runtime">Runtime</h3>
        <div class="row">
          <SelectControl
            path="project.pythonVersion"
            label="Python version"
            value={project().pythonVersion ?? '3.12'}
            options={PYTHON_VERSIONS.map((v) => ({ value: v, label: `Python ${v}` }))}
            onChange={(v) => edit((d) => (d.project.pythonVersion = v as (typeof PYTHON_VERSIONS)[number]))}
          />
          <SelectControl
            path="project.database"
            label="Database"
            value={project().database ?? 'postgresql'}
            options={optionsOf(DATABASES)}
            onChange={(v) => edit((d) => (d.project.database = v as (typeof DATABASES)[number]))}
          />
          <SelectControl
            path="project.primaryKey"
            label="Key type"
            value={project().primaryKey ?? 'int'}
            options={optionsOf(PRIMARY_KEYS)}
            onChange={(v) => edit((d) => (d.project.primaryKey = v as (typeof PRIMARY_KEYS)[number]))}
          />
        </div>
        <CheckControl
          path="project.auditFields"
          label="Audit fields (created_at, updated_at on every table)"
          checked={project().auditFields ?? true}
          onChange={(on) => edit((d) => (d.project.auditFields = on))}
        />
      </section>

      <section class="panel" aria-labelledby="basics-auth">
        <h3 id="basics-auth">Users and tenants</h3>
        <SelectControl
          path="project.auth"
          label="Authentication"
          value={auth()}
          options={optionsOf(AUTH_KINDS)}
          onChange={(v) => edit((d) => (d.project.auth = v as (typeof AUTH_KINDS)[number]))}
        />
        <Show when={auth() === 'oauth2' || providers().length > 0}>
          <fieldset class="checks" data-path="project.oauth2Providers" tabindex="-1">
            <legend>OAuth2 providers</legend>
            <For each={OAUTH2_PROVIDERS}>
              {(provider) => (
                <CheckControl
                  path={`project.oauth2Providers.${provider}`}
                  label={label(provider)}
                  checked={providers().includes(provider)}
                  onChange={(on) => setProvider(provider, on)}
                />
              )}
            </For>
            <ErrorText path="project.oauth2Providers" />
          </fieldset>
        </Show>
        <CheckControl
          path="project.multiTenant"
          label="Multi-tenant (each company sees only its own rows)"
          checked={project().multiTenant ?? false}
          onChange={(on) => edit((d) => (d.project.multiTenant = on))}
          hint="Needs authentication."
        />
      </section>
    </div>
  );
}
