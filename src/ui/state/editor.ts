/**
 * One open project: the draft (a Solid store, so inputs keep their identity while typing),
 * its validation (the spec module's, recomputed on every edit), and saving: debounced,
 * flushed when the page is hidden, and safe against other tabs (see storage/repository).
 */
import { createMemo, createRoot, createSignal, type Accessor } from 'solid-js';
import { createStore, produce, reconcile, unwrap, type SetStoreFunction } from 'solid-js/store';
import { validateSpec, type Spec, type SpecError, type SpecResult } from '../../spec';
import {
  classifyStorageError,
  createAutosave,
  flushWhenLeaving,
  type ProjectRecord,
  type ProjectRepository,
  type StorageError,
} from '../../storage';
import { displayName, type Draft } from './draft';

export type SaveState = 'saved' | 'pending' | 'error';

export interface Editor {
  id: Accessor<string>;
  draft: Draft;
  setDraft: SetStoreFunction<Draft>;
  /** Changes the draft in place (Immer-like) and schedules a save. */
  edit(change: (draft: Draft) => void): void;
  /** A plain copy of the draft, safe to post to a worker or store. */
  snapshot(): Draft;
  validation: Accessor<SpecResult>;
  /** The normalized spec when the draft is valid. */
  spec: Accessor<Spec | undefined>;
  /** The last valid normalized spec, for views that stay useful while the user types. */
  lastValid: Accessor<Spec | undefined>;
  errors: Accessor<SpecError[]>;
  errorsAt(path: string): string[];
  saveState: Accessor<SaveState>;
  saveError: Accessor<StorageError | undefined>;
  hasUnsavedWork(): boolean;
  flush(): Promise<void>;
  /** Another tab saved this project: reload it unless this tab has unsaved edits. */
  otherTabSaved(revision: number): Promise<boolean>;
  dispose(): void;
}

export interface EditorEvents {
  /** Our edits were kept as a new project because another tab saved first. */
  onConflict(copy: ProjectRecord): void;
  onRestored(): void;
  onSaved(record: ProjectRecord): void;
}

/** The editor's memos live in their own root, disposed with the editor (it outlives no component). */
export function createEditor(record: ProjectRecord, repository: ProjectRepository, events: EditorEvents): Editor {
  return createRoot((disposeRoot) => editorIn(record, repository, events, disposeRoot));
}

function editorIn(
  record: ProjectRecord,
  repository: ProjectRepository,
  events: EditorEvents,
  disposeRoot: () => void,
): Editor {
  const [id, setId] = createSignal(record.id);
  const [draft, setDraft] = createStore<Draft>(structuredClone(record.spec) as Draft);
  const [version, setVersion] = createSignal(0);
  const [saveState, setSaveState] = createSignal<SaveState>('saved');
  const [saveError, setSaveError] = createSignal<StorageError>();
  let baseRevision = record.revision;
  let edits = 0;

  const snapshot = () => structuredClone(unwrap(draft)) as Draft;

  const save = async () => {
    const editsAtStart = edits;
    const spec = snapshot();
    const result = await repository.save(id(), displayName(spec), spec, baseRevision);
    setSaveError(undefined);
    if (result.kind === 'conflict') {
      setId(result.copy.id);
      baseRevision = result.copy.revision;
      // The copy is told apart by its title; the draft takes it too, so the next save keeps it.
      setDraft('project', 'title', (result.copy.spec as Draft).project?.title);
      setVersion((v) => v + 1);
      events.onConflict(result.copy);
      events.onSaved(result.copy);
    } else {
      baseRevision = result.record.revision;
      if (result.kind === 'restored') events.onRestored();
      events.onSaved(result.record);
    }
    setSaveState(edits === editsAtStart ? 'saved' : 'pending');
  };
  const autosave = createAutosave(save, {
    onError: (error) => {
      setSaveError(classifyStorageError(error));
      setSaveState('error');
    },
  });
  const stopLeaving = flushWhenLeaving(autosave);

  const validation = createMemo<SpecResult>(() => {
    version(); // the store is edited in place: this signal says when
    return validateSpec(unwrap(draft));
  });
  const spec = createMemo(() => {
    const result = validation();
    return result.ok ? result.spec : undefined;
  });
  let last: Spec | undefined;
  const lastValid = createMemo(() => (last = spec() ?? last));
  const errors = createMemo(() => {
    const result = validation();
    return result.ok ? [] : result.errors;
  });
  const index = createMemo(() => {
    const map = new Map<string, string[]>();
    for (const error of errors()) map.set(error.path, [...(map.get(error.path) ?? []), error.message]);
    return map;
  });

  return {
    id,
    draft,
    setDraft,
    edit(change) {
      setDraft(produce(change));
      setVersion((v) => v + 1);
      edits++;
      if (saveState() !== 'error') setSaveState('pending');
      autosave.schedule();
    },
    snapshot,
    validation,
    spec,
    lastValid,
    errors,
    errorsAt: (path) => index().get(path) ?? [],
    saveState,
    saveError,
    hasUnsavedWork: () => autosave.pending(),
    flush: () => autosave.flush(),
    async otherTabSaved(revision) {
      if (revision <= baseRevision || autosave.pending()) return false;
      const fresh = await repository.get(id());
      if (!fresh || autosave.pending()) return false;
      baseRevision = fresh.revision;
      setDraft(reconcile(structuredClone(fresh.spec) as Draft));
      setVersion((v) => v + 1);
      return true;
    },
    dispose() {
      stopLeaving();
      autosave.dispose();
      disposeRoot();
    },
  };
}
