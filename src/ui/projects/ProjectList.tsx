/** The home page: every project, with create, open, rename, duplicate, delete, import and export. */
import { createSignal, For, Show } from 'solid-js';
import type { SpecError } from '../../spec';
import { exportBundle, exportFileName, specJson, type ProjectRecord } from '../../storage';
import { Dialog } from '../components/Dialog';
import { namesFromTyped, typedName, type Draft } from '../state/draft';
import type { AppState } from '../state/app-state';
import { downloadText } from '../state/downloads';
import { readImport } from '../state/import';
import { DamagedRecords } from './DamagedRecords';

const timeFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

function ProjectCard(props: { app: AppState; project: ProjectRecord; onRename: () => void }) {
  const spec = () => props.project.spec as Partial<Draft>;
  const entities = () => (Array.isArray(spec().entities) ? spec().entities!.length : 0);
  return (
    <li class="project-card">
      <h3>
        <button type="button" class="link-button project-open" onClick={() => void props.app.open(props.project.id)}>
          {props.project.name}
        </button>
      </h3>
      <p class="hint">
        <code>{spec().project?.name}</code> · {entities()} {entities() === 1 ? 'entity' : 'entities'} · edited{' '}
        {timeFormat.format(props.project.updatedAt)}
      </p>
      <div class="actions">
        <button
          type="button"
          class="button button-quiet"
          onClick={props.onRename}
          aria-label={`Rename ${props.project.name}`}
        >
          Rename
        </button>
        <button
          type="button"
          class="button button-quiet"
          onClick={() => void props.app.duplicate(props.project)}
          aria-label={`Duplicate ${props.project.name}`}
        >
          Duplicate
        </button>
        <button
          type="button"
          class="button button-quiet"
          aria-label={`Export ${props.project.name} as JSON`}
          onClick={() => downloadText(exportFileName(props.project.name), specJson(props.project.spec))}
        >
          Export
        </button>
        <button
          type="button"
          class="button button-quiet danger"
          onClick={() => void props.app.remove(props.project)}
          aria-label={`Delete ${props.project.name}`}
        >
          Delete
        </button>
      </div>
    </li>
  );
}

export function ProjectList(props: { app: AppState }) {
  const [renaming, setRenaming] = createSignal<ProjectRecord>();
  const [newName, setNewName] = createSignal('');
  const [importErrors, setImportErrors] = createSignal<{ file: string; errors: SpecError[] }>();
  let fileInput!: HTMLInputElement;

  const importFile = async (file: File) => {
    const result = readImport(await file.text());
    if (result.kind === 'invalid') {
      setImportErrors({ file: file.name, errors: result.errors });
      return;
    }
    for (const spec of result.specs) await props.app.createFrom(spec);
    if (result.specs.length > 1) await props.app.close();
    if (result.rejected.length > 0) {
      setImportErrors({
        file: file.name,
        errors: result.rejected.flatMap((r) =>
          r.errors.map((e) => ({ path: `${r.name}: ${e.path}`, message: e.message })),
        ),
      });
    }
  };
  const exportAll = () =>
    downloadText(
      'backsmith-projects.json',
      `${JSON.stringify(exportBundle(props.app.projects(), props.app.damaged()), null, 2)}\n`,
    );
  const startRename = (project: ProjectRecord) => {
    setNewName(typedName((project.spec as Partial<Draft>).project) || project.name);
    setRenaming(project);
  };

  return (
    <div class="project-list">
      <div class="list-header">
        <h2>Your projects</h2>
        <div class="actions">
          <button type="button" class="button button-primary" onClick={() => void props.app.createNew()}>
            New project
          </button>
          <button type="button" class="button" onClick={() => fileInput.click()}>
            Import JSON
          </button>
          <input
            ref={fileInput}
            type="file"
            accept="application/json,.json"
            class="visually-hidden"
            tabindex="-1"
            aria-label="Spec JSON file to import"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) void importFile(file);
            }}
          />
          <button
            type="button"
            class="button"
            disabled={props.app.projects().length === 0 && props.app.damaged().length === 0}
            onClick={exportAll}
          >
            Export all
          </button>
        </div>
      </div>
      <DamagedRecords app={props.app} />
      <Show
        when={props.app.projects().length > 0}
        fallback={
          <div class="panel empty">
            <p>No projects yet. Start one, or import a spec JSON file.</p>
            <p class="hint">Everything stays in this browser: nothing is sent anywhere.</p>
          </div>
        }
      >
        <ul class="project-grid">
          <For each={props.app.projects()}>
            {(project) => <ProjectCard app={props.app} project={project} onRename={() => startRename(project)} />}
          </For>
        </ul>
      </Show>

      <Dialog open={Boolean(renaming())} title="Rename project" onClose={() => setRenaming(undefined)}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const project = renaming();
            setRenaming(undefined);
            if (project) void props.app.rename(project, newName());
          }}
        >
          <label for="rename-input">Project name</label>
          <input id="rename-input" value={newName()} onInput={(e) => setNewName(e.currentTarget.value)} autofocus />
          <p class="hint">
            Python package: <code>{namesFromTyped(newName()).name || '—'}</code>
          </p>
          <div class="actions">
            <button type="submit" class="button button-primary">
              Rename
            </button>
            <button type="button" class="button" onClick={() => setRenaming(undefined)}>
              Cancel
            </button>
          </div>
        </form>
      </Dialog>

      <Dialog
        open={Boolean(importErrors())}
        title="This file cannot be imported"
        onClose={() => setImportErrors(undefined)}
      >
        <p>
          <code>{importErrors()?.file}</code> is not a valid Backsmith spec. Nothing was imported
          {importErrors()?.errors.some((e) => e.path.includes(': ')) ? ' for the projects below' : ''}:
        </p>
        <ul class="error-list">
          <For each={importErrors()?.errors.slice(0, 100)}>
            {(error) => (
              <li>
                <code>{error.path}</code>: {error.message}
              </li>
            )}
          </For>
        </ul>
      </Dialog>
    </div>
  );
}
