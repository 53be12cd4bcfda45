/**
 * Service worker registration (vite-plugin-pwa, registerType "prompt"): tells the user once
 * the app works offline, and asks before switching to a new version.
 */
import { createEffect, onCleanup, Show } from 'solid-js';
import { useRegisterSW } from 'virtual:pwa-register/solid';

export function UpdatePrompt() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({ immediate: true });
  // "Works offline" is news once; an update waits for the user's answer.
  createEffect(() => {
    if (!offlineReady()) return;
    const timer = setTimeout(() => setOfflineReady(false), 6000);
    onCleanup(() => clearTimeout(timer));
  });
  return (
    <Show when={needRefresh() || offlineReady()}>
      <div class="update-prompt" role="status">
        <Show when={needRefresh()} fallback={<span>Backsmith now works offline.</span>}>
          <span>A new version of Backsmith is ready.</span>
          <button type="button" class="button button-primary" onClick={() => void updateServiceWorker(true)}>
            Reload to update
          </button>
        </Show>
        <button
          type="button"
          class="icon-button"
          aria-label="Dismiss"
          onClick={() => {
            setNeedRefresh(false);
            setOfflineReady(false);
          }}
        >
          ×
        </button>
      </div>
    </Show>
  );
}
