/**
 * The app's state: the project list, the open project (an Editor), storage problems and
 * the actions of the project list. Components call these; none touches storage directly.
 */
import { batch, createSignal } from 'solid-js';
import type { ChangeChannel, DamagedRecord, OpenedStorage, ProjectRecord, StorageError } from '../../storage';
import { classifyStorageError } from '../../storage';
import { displayName, namesFromTyped, newDraft, type Draft } from './draft';
import { notEditable } from './editable';
import { createEditor, type Editor } from './editor';
import { lastOpen, rememberOpen } from './last-open';
import { createToasts } from './toasts';

export function createAppState(opened: OpenedStorage) {
  const { repository } = opened;
  const toasts = createToasts();
  const [projects, setProjects] = createSignal<ProjectRecord[]>([]);
  const [damaged, setDamaged] = createSignal<DamagedRecord[]>([]);
  const [storageProblem, setStorageProblem] = createSignal<StorageError | undefined>(opened.unavailable);
  const [editor, setEditor] = createSignal<Editor>();

  const failed = (error: unknown) => {
    const problem = classifyStorageError(error);
    setStorageProblem(problem);
    toasts.show({ message: problem.message, tone: 'error' });
  };

  async function refresh() {
    try {
      const list = await repository.list();
      batch(() => {
        setProjects(list.projects);
        setDamaged(list.damaged);
      });
    } catch (error) {
      failed(error);
    }
  }

  function openRecord(record: ProjectRecord) {
    const problem = notEditable(record.spec);
    if (problem) {
      toasts.show({
        message: `“${record.name}” cannot be opened in the form: ${problem}. Export it to fix it.`,
        tone: 'error',
      });
      return;
    }
    editor()?.dispose();
    const next = createEditor(record, repository, {
      onConflict: (copy) =>
        toasts.show(
          {
            message: `Another tab saved this project meanwhile. Both versions are kept: yours is now “${copy.name}”.`,
            action: { label: 'Show projects', run: () => void close() },
          },
          15_000,
        ),
      onRestored: () => toasts.show({ message: 'Another tab had deleted this project; your edits brought it back.' }),
      onSaved: () => {
        if (storageProblem()?.kind === 'quota') setStorageProblem(opened.unavailable);
        void refresh();
      },
    });
    setEditor(next);
    rememberOpen(record.id);
  }

  async function open(id: string) {
    await editor()?.flush();
    try {
      const record = await repository.get(id);
      if (record) openRecord(record);
      else toasts.show({ message: 'That project no longer exists.', tone: 'error' });
    } catch (error) {
      failed(error);
    }
  }

  async function close() {
    const current = editor();
    if (current) await current.flush();
    current?.dispose();
    setEditor(undefined);
    rememberOpen(undefined);
    await refresh();
  }

  /** Stores a spec as a new project and opens it. */
  async function createFrom(spec: Draft): Promise<boolean> {
    await editor()?.flush();
    try {
      const record = await repository.create(displayName(spec), spec);
      openRecord(record);
      await refresh();
      return true;
    } catch (error) {
      failed(error);
      return false;
    }
  }

  async function rename(record: ProjectRecord, typed: string) {
    const current = editor();
    const change = (draft: Draft) => {
      const names = namesFromTyped(typed);
      draft.project.name = names.name;
      if (names.title === undefined) delete draft.project.title;
      else draft.project.title = names.title;
    };
    if (current?.id() === record.id) {
      current.edit(change);
      await current.flush();
      return;
    }
    const spec = structuredClone(record.spec) as Draft;
    spec.project ??= { name: '' };
    change(spec);
    try {
      await repository.save(record.id, displayName(spec), spec, record.revision);
      await refresh();
    } catch (error) {
      failed(error);
    }
  }

  async function duplicate(record: ProjectRecord) {
    try {
      await repository.duplicate(record);
      await refresh();
    } catch (error) {
      failed(error);
    }
  }

  async function remove(record: ProjectRecord) {
    try {
      if (editor()?.id() === record.id) await close();
      const removed = await repository.remove(record.id);
      await refresh();
      if (!removed) return;
      toasts.show(
        {
          message: `Deleted “${removed.name}”.`,
          action: {
            label: 'Undo',
            run: () => void repository.restore(removed).then(refresh, failed),
          },
        },
        12_000,
      );
    } catch (error) {
      failed(error);
    }
  }

  async function removeDamaged(record: DamagedRecord) {
    try {
      await repository.removeKey(record.key);
      await refresh();
    } catch (error) {
      failed(error);
    }
  }

  /** Other tabs: refresh the list; reload the open project when it changed there. */
  function listen(channel: ChangeChannel | undefined) {
    return channel?.subscribe(async (message) => {
      if (message.tab === repository.tab) return;
      const current = editor();
      if (current && message.id === current.id()) {
        if (message.kind === 'saved' && (await current.otherTabSaved(message.revision))) {
          toasts.show({ message: 'This project was updated in another tab.' });
        } else if (message.kind === 'deleted') {
          toasts.show({ message: 'Another tab deleted this project. Your next edit will bring it back.' });
        }
      }
      await refresh();
    });
  }

  async function start() {
    listen(opened.channel);
    await refresh();
    const id = lastOpen();
    if (id && projects().some((p) => p.id === id)) await open(id);
  }

  return {
    repository,
    toasts,
    projects,
    damaged,
    storageProblem,
    editor,
    refresh,
    open,
    close,
    createFrom,
    createNew: () => createFrom(newDraft(freshProjectName(projects()))),
    rename,
    duplicate,
    remove,
    removeDamaged,
    start,
  };
}

function freshProjectName(existing: ProjectRecord[]): string {
  const taken = new Set(existing.map((p) => p.name));
  for (let i = 1; ; i++) {
    const name = i === 1 ? 'my_project' : `my_project_${i}`;
    if (!taken.has(name)) return name;
  }
}

export type AppState = ReturnType<typeof createAppState>;
