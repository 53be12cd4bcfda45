/**
 * The app shell: opens storage, then shows the project list or the open project, handles
 * share links (on load and when the fragment changes), storage problems and notices.
 */
import { createSignal, onCleanup, onMount, Show } from 'solid-js';
import { clearFragment, readSharedSpec, type SharedSpec } from '../share/fragment';
import { openStorage, type ProjectRecord } from '../storage';
import { OfflineBadge } from './components/OfflineBadge';
import { SharedLinkDialog } from './components/SharedLinkDialog';
import { StorageBanner } from './components/StorageBanner';
import { Toasts } from './components/Toasts';
import { UpdatePrompt } from './components/UpdatePrompt';
import { Editor } from './Editor';
import { ProjectList } from './projects/ProjectList';
import { createAppState, type AppState } from './state/app-state';
import { copyOf, displayName, type Draft } from './state/draft';
import { setStep } from './state/view';

function Shell(props: { app: AppState }) {
  const [shared, setShared] = createSignal<SharedSpec>();
  const checkFragment = () => {
    const result = readSharedSpec(location.hash);
    if (result.kind === 'none') return;
    clearFragment();
    setShared(result);
  };
  const accept = async () => {
    const current = shared();
    setShared(undefined);
    if (current?.kind !== 'spec') return;
    if (await props.app.createFrom(current.raw as Draft)) {
      setStep('basics');
      props.app.toasts.show({
        message: `Opened “${displayName(current.raw)}” from the link and saved it as a project.`,
      });
    }
  };
  onMount(() => {
    checkFragment();
    window.addEventListener('hashchange', checkFragment);
  });
  onCleanup(() => window.removeEventListener('hashchange', checkFragment));
  const unsavedName = () => {
    const editor = props.app.editor();
    return editor && (editor.hasUnsavedWork() || editor.saveState() === 'error' || props.app.storageProblem())
      ? displayName(editor.snapshot())
      : undefined;
  };
  return (
    <>
      <StorageBanner app={props.app} />
      <Show when={props.app.editor()} keyed fallback={<ProjectList app={props.app} />}>
        {(editor) => <Editor app={props.app} editor={editor} />}
      </Show>
      <SharedLinkDialog
        shared={shared()}
        unsavedName={unsavedName()}
        onAccept={() => void accept()}
        onCancel={() => setShared(undefined)}
      />
      <Toasts toasts={props.app.toasts} />
    </>
  );
}

export function App() {
  const [app, setApp] = createSignal<AppState>();
  onMount(async () => {
    const state = createAppState(await openStorage(undefined, { copy: copyOf }));
    await state.start();
    setApp(state);
  });
  return (
    <>
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <header class="app-header">
        <h1 class="brand">
          <img src={`${import.meta.env.BASE_URL}icons/icon.svg`} alt="" width="28" height="28" />
          Backsmith
        </h1>
        <p class="tagline">FastAPI backends from a form, generated in your browser</p>
        <OfflineBadge />
      </header>
      <main id="main" tabindex="-1">
        <Show when={app()} fallback={<p class="hint loading">Opening your projects…</p>}>
          {(state) => <Shell app={state()} />}
        </Show>
      </main>
      <UpdatePrompt />
    </>
  );
}

export type { ProjectRecord };
