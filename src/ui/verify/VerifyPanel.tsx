/**
 * Verification before download: a badge next to the download button saying whether
 * this exact spec was verified, the Verify/Cancel buttons, the progress by stage (starting
 * Python, loading packages with bytes, each check) and the results. Python runs in the
 * worker (src/workers/python.worker.ts), never on the page.
 */
import { createSignal, Match, Show, Switch } from 'solid-js';
import { generateFiles } from '../generator';
import type { Editor } from '../state/editor';
import type { PackageSourceSetting } from '../../packages/web';
import type { CheckName } from '../../verify/types';
import { CheckList } from './CheckList';
import { cacheForOffline } from './offline';
import {
  cancelVerification,
  packageSource,
  setPackageSource,
  startVerification,
  statusFor,
  verifyState,
  type Stage,
} from './store';
import './verify.css';

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const BADGES = {
  verified: 'Verified: the generated code passed every check',
  failed: 'Verification failed: the download works, but the code has problems',
  running: 'Verifying…',
  unverified: 'Not verified: the download works, but the code has not been checked',
} as const;

function StageLine(props: { stage: Stage }) {
  return (
    <Switch>
      <Match when={props.stage.kind === 'python'}>Starting Python…</Match>
      <Match when={props.stage.kind === 'packages' && props.stage}>
        {(stage) => (
          <>
            Loading Pydantic, SQLAlchemy and FastAPI: {megabytes(stage().loadedBytes)}
            {stage().totalBytes ? ` of ${megabytes(stage().totalBytes!)}` : ''}{' '}
            <progress value={stage().loadedBytes} max={stage().totalBytes ?? undefined} aria-label="Packages loaded" />
          </>
        )}
      </Match>
      <Match when={props.stage.kind === 'check' && props.stage}>
        {(stage) => <>Running the {stage().name} check…</>}
      </Match>
    </Switch>
  );
}

export function VerifyPanel(props: { editor: Editor }) {
  const key = () => {
    const spec = props.editor.spec();
    return spec ? JSON.stringify(spec) : undefined;
  };
  const status = () => statusFor(key());
  const [offline, setOffline] = createSignal('');
  const [problem, setProblem] = createSignal('');
  const current = () => {
    const state = verifyState();
    return state.phase !== 'idle' && state.key === key() ? state : undefined;
  };
  const running = () => {
    const state = current();
    return state?.phase === 'running' ? state : undefined;
  };
  const failure = () => {
    const state = current();
    return state?.phase === 'error' ? state.message : undefined;
  };
  const report = () => {
    const state = current();
    return state?.phase === 'done' ? state.report : undefined;
  };
  const verify = async () => {
    const specKey = key();
    if (!specKey) return;
    setProblem('');
    const draft = props.editor.snapshot();
    const generated = await generateFiles(draft);
    if (!generated.ok) setProblem(generated.message);
    else await startVerification(specKey, draft, generated.files);
  };
  const makeOffline = async () => {
    setOffline('Caching Python and its packages…');
    try {
      const result = await cacheForOffline(packageSource(), (done, total) =>
        setOffline(`Cached ${done} of ${total} files…`),
      );
      setOffline(`Verification works offline now (${result.files} files from the ${result.source} source cached).`);
    } catch (error) {
      setOffline(`Could not cache for offline use: ${(error as Error).message}`);
    }
  };
  return (
    <>
      <span class={`verify-badge verify-badge-${status()}`} data-verification={status()}>
        {BADGES[status()]}
      </span>
      <Show
        when={status() === 'running'}
        fallback={
          <button type="button" class="button" disabled={!key()} onClick={verify}>
            {status() === 'unverified' ? 'Verify' : 'Verify again'}
          </button>
        }
      >
        <button type="button" class="button" onClick={cancelVerification}>
          Cancel verification
        </button>
      </Show>
      <section class="verify-panel" aria-labelledby="verify-title">
        <h4 id="verify-title">Verification</h4>
        <p class="hint">
          Runs the generated code before you download it: ruff, compile, imports, then Pydantic schemas, SQLAlchemy
          models and the FastAPI app, in Python in your browser.
        </p>
        <div role="status" aria-live="polite" class="verify-progress">
          <Switch>
            <Match when={running()}>{(state) => <StageLine stage={state().stage} />}</Match>
            <Match when={current()?.phase === 'cancelled'}>Verification cancelled.</Match>
            <Match when={failure()}>
              {(message) => <span class="error-text">Verification failed to run: {message()}</span>}
            </Match>
            <Match when={problem()}>
              <span class="error-text">{problem()}</span>
            </Match>
          </Switch>
        </div>
        <Show when={running()}>
          {(state) => (
            <CheckList
              results={state().results}
              running={state().stage.kind === 'check' ? (state().stage as { name: CheckName }).name : undefined}
            />
          )}
        </Show>
        <Show when={report()}>{(done) => <CheckList results={done().checks} />}</Show>
        <div class="actions verify-settings">
          <label>
            Packages from{' '}
            <select
              value={packageSource()}
              onChange={(event) => setPackageSource(event.currentTarget.value as PackageSourceSetting)}
            >
              <option value="auto">this app if it hosts them, else the CDN</option>
              <option value="self-hosted">this app (pyodide-packages/)</option>
              <option value="cdn">Pyodide's CDN and PyPI</option>
            </select>
          </label>
          <button type="button" class="button" onClick={makeOffline}>
            Make verification available offline
          </button>
          <span class="hint">{offline()}</span>
        </div>
      </section>
    </>
  );
}
