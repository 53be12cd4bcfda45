/**
 * "Make verification available offline": puts every file a verification fetches (Pyodide,
 * the lock, the wheels) into the cache the service worker serves them from, ahead of time.
 */
import { resolveSource, sourceUrls, type PackageSourceSetting } from '../../packages/web';

/** The runtime cache of vite.config.ts (workbox runtimeCaching, CacheFirst). */
export const PYODIDE_CACHE = 'backsmith-pyodide';

export async function cacheForOffline(
  setting: PackageSourceSetting,
  onProgress: (done: number, total: number) => void,
): Promise<{ files: number; source: string }> {
  if (!('caches' in globalThis)) throw new Error('this browser has no Cache Storage');
  const source = await resolveSource(setting, new URL(import.meta.env.BASE_URL, location.href).href);
  const urls = await sourceUrls(source);
  const cache = await caches.open(PYODIDE_CACHE);
  let done = 0;
  onProgress(done, urls.length);
  await navigator.storage?.persist?.().catch(() => false);
  for (const url of urls) {
    if (!(await cache.match(url))) await cache.add(url);
    onProgress(++done, urls.length);
  }
  return { files: urls.length, source: source.kind };
}
