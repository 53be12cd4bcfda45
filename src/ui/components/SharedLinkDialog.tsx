/**
 * Opening a share link: what it holds, a warning when unsaved work is open, then "open as a
 * new project" or cancel. A broken link only explains itself; nothing saved is touched.
 */
import { Match, Show, Switch } from 'solid-js';
import type { SharedSpec } from '../../share/fragment';
import { label } from '../options';
import { Dialog } from './Dialog';

export function SharedLinkDialog(props: {
  shared: SharedSpec | undefined;
  unsavedName?: string;
  onAccept: () => void;
  onCancel: () => void;
}) {
  const open = () => props.shared !== undefined && props.shared.kind !== 'none';
  return (
    <Dialog
      open={open()}
      title={props.shared?.kind === 'broken' ? 'This link cannot be opened' : 'Open a shared project?'}
      onClose={props.onCancel}
    >
      <Switch>
        <Match when={props.shared?.kind === 'broken' && props.shared}>
          {(broken) => (
            <>
              <p role="alert">{broken().kind === 'broken' && (broken() as { message: string }).message}</p>
              <p class="hint">Nothing was saved or changed. Ask for a new link, or for the spec as a JSON file.</p>
              <div class="actions">
                <button type="button" class="button button-primary" onClick={props.onCancel}>
                  OK
                </button>
              </div>
            </>
          )}
        </Match>
        <Match when={props.shared?.kind === 'spec' && props.shared}>
          {(shared) => {
            const spec = () => (shared() as Extract<SharedSpec, { kind: 'spec' }>).spec;
            return (
              <>
                <p>
                  The link holds <strong>{spec().project.title}</strong> (<code>{spec().project.name}</code>):
                </p>
                <ul class="facts">
                  <li>
                    {label(spec().project.database)}, auth {spec().project.auth}, Python {spec().project.pythonVersion}
                    {spec().project.multiTenant ? ', multi-tenant' : ''}
                  </li>
                  <li>
                    {spec().entities.length} entities
                    <Show when={spec().entities.length > 0}>
                      :{' '}
                      {spec()
                        .entities.map((e) => e.name)
                        .join(', ')}
                    </Show>
                  </li>
                  <li>{spec().relations.length} relations</li>
                  <Show when={spec().project.description}>
                    <li class="hint">{spec().project.description.slice(0, 200)}</li>
                  </Show>
                </ul>
                <Show when={props.unsavedName}>
                  <p class="warning-text" role="alert">
                    “{props.unsavedName}” has changes that are not saved yet. Opening the link switches to a new
                    project; those changes may be lost.
                  </p>
                </Show>
                <p class="hint">It will be saved as a new project; your other projects stay as they are.</p>
                <div class="actions">
                  <button type="button" class="button button-primary" onClick={props.onAccept}>
                    Open as a new project
                  </button>
                  <button type="button" class="button" onClick={props.onCancel}>
                    Cancel
                  </button>
                </div>
              </>
            );
          }}
        </Match>
      </Switch>
    </Dialog>
  );
}
