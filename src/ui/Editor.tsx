/** The open project: top bar, the three steps and the review, shortcuts and dialogs. */
import { createMemo, createSignal, For, Match, onCleanup, onMount, Show, Switch } from 'solid-js';
import { Dialog } from './components/Dialog';
import { ErrorsContext } from './components/errors';
import { ShareDialog } from './components/ShareDialog';
import { StepSummary } from './components/StepSummary';
import { downloadZip } from './state/actions';
import type { AppState } from './state/app-state';
import type { Editor as EditorState } from './state/editor';
import { setStep, step, STEPS, stepOf } from './state/view';
import { ApiStep } from './steps/ApiStep';
import { BasicsStep } from './steps/BasicsStep';
import { EntitiesStep } from './steps/EntitiesStep';
import { Preview } from './steps/Preview';
import { ReviewStep } from './steps/ReviewStep';

const SAVE_LABELS = { saved: 'Saved', pending: 'Saving…', error: 'Not saved' } as const;

export function Editor(props: { app: AppState; editor: EditorState }) {
  const editor = () => props.editor;
  const [sharing, setSharing] = createSignal(false);
  const [previewing, setPreviewing] = createSignal(false);
  const errorsOf = createMemo(() => {
    const by = new Map<string, ReturnType<EditorState['errors']>>();
    for (const error of editor().errors()) {
      const id = stepOf(error.path);
      by.set(id, [...(by.get(id) ?? []), error]);
    }
    return by;
  });
  const current = () => STEPS.find((s) => s.id === step())!;

  const onKey = (event: KeyboardEvent) => {
    const mod = event.ctrlKey || event.metaKey;
    if (mod && event.key === 'Enter') {
      event.preventDefault();
      void downloadZip(editor()).then((message) => props.app.toasts.show({ message }));
    } else if (event.ctrlKey && (event.key === ' ' || event.code === 'Space')) {
      event.preventDefault();
      setPreviewing(true);
    }
  };
  onMount(() => document.addEventListener('keydown', onKey));
  onCleanup(() => document.removeEventListener('keydown', onKey));

  return (
    <ErrorsContext.Provider value={(path) => editor().errorsAt(path)}>
      <div class="editor">
        <div class="editor-bar">
          <button type="button" class="button button-quiet" onClick={() => void props.app.close()}>
            ← Projects
          </button>
          <h2 class="editor-title">
            {editor().draft.project.title || editor().draft.project.name || 'Untitled project'}
          </h2>
          <span class={`save-state save-${editor().saveState()}`} role="status" title={editor().saveError()?.message}>
            {SAVE_LABELS[editor().saveState()]}
          </span>
          <div class="editor-actions">
            <button type="button" class="button" disabled={!editor().spec()} onClick={() => setSharing(true)}>
              Share link
            </button>
            <button type="button" class="button" aria-keyshortcuts="Control+Space" onClick={() => setPreviewing(true)}>
              Preview
            </button>
          </div>
        </div>
        <nav class="steps" aria-label="Steps">
          <ol>
            <For each={STEPS}>
              {(s) => (
                <li>
                  <button
                    type="button"
                    class="step-button"
                    aria-current={step() === s.id ? 'step' : undefined}
                    onClick={() => setStep(s.id)}
                  >
                    <span class="step-long">{s.title}</span>
                    <span class="step-short">{s.short}</span>
                    <Show when={(errorsOf().get(s.id)?.length ?? 0) > 0}>
                      <span class="badge-error" aria-label={`${errorsOf().get(s.id)?.length} problems`}>
                        {errorsOf().get(s.id)?.length}
                      </span>
                    </Show>
                  </button>
                </li>
              )}
            </For>
          </ol>
        </nav>
        <section class="step" aria-labelledby="step-title">
          <h2 id="step-title" class="step-title">
            {current().title}
          </h2>
          <Show when={step() !== 'review'}>
            <StepSummary errors={errorsOf().get(step()) ?? []} title="This step" id="step-problems" />
          </Show>
          <Switch>
            <Match when={step() === 'basics'}>
              <BasicsStep editor={editor()} />
            </Match>
            <Match when={step() === 'entities'}>
              <EntitiesStep editor={editor()} />
            </Match>
            <Match when={step() === 'api'}>
              <ApiStep editor={editor()} />
            </Match>
            <Match when={step() === 'review'}>
              <ReviewStep editor={editor()} onShare={() => setSharing(true)} />
            </Match>
          </Switch>
          <div class="step-nav">
            <Show when={STEPS.findIndex((s) => s.id === step()) > 0}>
              <button
                type="button"
                class="button"
                onClick={() => setStep(STEPS[STEPS.findIndex((s) => s.id === step()) - 1]!.id)}
              >
                Back
              </button>
            </Show>
            <Show when={step() !== 'review'}>
              <button
                type="button"
                class="button button-primary"
                onClick={() => setStep(STEPS[STEPS.findIndex((s) => s.id === step()) + 1]!.id)}
              >
                Next: {STEPS[STEPS.findIndex((s) => s.id === step()) + 1]?.short}
              </button>
            </Show>
          </div>
        </section>
      </div>
      <ShareDialog editor={editor()} open={sharing()} onClose={() => setSharing(false)} />
      <Dialog open={previewing()} title="Preview of the generated project" wide onClose={() => setPreviewing(false)}>
        <Show when={previewing()}>
          <Preview editor={editor()} />
        </Show>
      </Dialog>
    </ErrorsContext.Provider>
  );
}
