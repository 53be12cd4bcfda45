/** Says when the browser is offline (everything keeps working once the app is cached). */
import { createSignal, onCleanup, Show } from 'solid-js';

export function OfflineBadge() {
  const [online, setOnline] = createSignal(navigator.onLine);
  const update = () => setOnline(navigator.onLine);
  window.addEventListener('online', update);
  window.addEventListener('offline', update);
  onCleanup(() => {
    window.removeEventListener('online', update);
    window.removeEventListener('offline', update);
  });
  return (
    <Show when={!online()}>
      <span class="offline-badge" role="status" title="Backsmith works offline: generation runs in your browser.">
        Offline
      </span>
    </Show>
  );
}
