import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';
import solid from 'vite-plugin-solid';
import { VitePWA } from 'vite-plugin-pwa';
import { backsmithTemplates } from './src/build/templates-plugin.ts';

const templatesRoot = fileURLToPath(new URL('./templates', import.meta.url));
const templates = () => backsmithTemplates(templatesRoot);

/**
 * The installable, offline app (docs/app.md): the service worker precaches the whole build,
 * the generator worker and ruff's WebAssembly (~11 MB) included, and waits for the user
 * to accept an update (registerType "prompt").
 */
const pwa = () =>
  VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    includeAssets: ['icons/*.svg', 'icons/*.png', 'backsmith-spec-v1.schema.json'],
    manifest: {
      name: 'Backsmith',
      short_name: 'Backsmith',
      description: 'Turns a three-step form into a production-grade FastAPI backend, in your browser.',
      theme_color: '#1e3a5f',
      background_color: '#f6f7f9',
      display: 'standalone',
      start_url: './',
      scope: './',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
      ],
    },
    workbox: {
      // whl and zip: a self-hosted public/pyodide-packages/ folder, when the build has one.
      globPatterns: ['**/*.{js,css,html,svg,png,wasm,json,whl,zip}'],
      maximumFileSizeToCacheInBytes: 24 * 1024 * 1024,
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      // Verification's Python (docs/verification.md): Pyodide and the wheels it loads, from
      // the app's own folder, the CDN or PyPI, kept once fetched. The cache name is the one
      // src/ui/verify/offline.ts fills ahead of time.
      runtimeCaching: [
        {
          urlPattern: ({ url }) =>
            url.pathname.includes('/pyodide-packages/') ||
            ['cdn.jsdelivr.net', 'pypi.org', 'files.pythonhosted.org'].includes(url.hostname),
          handler: 'CacheFirst',
          options: { cacheName: 'backsmith-pyodide', cacheableResponse: { statuses: [0, 200] } },
        },
      ],
    },
  });

/** `--mode cli` bundles the headless CLI for Node (see src/cli/run.mjs). */
const cliConfig: UserConfig = {
  plugins: [templates()],
  logLevel: 'silent',
  build: {
    ssr: 'src/cli/main.ts',
    outDir: '.cache/cli',
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: { output: { entryFileNames: 'backsmith.mjs' } },
  },
};

export default defineConfig(({ mode }) =>
  mode === 'cli'
    ? cliConfig
    : {
        plugins: [templates(), solid(), pwa()],
        worker: { format: 'es', plugins: () => [templates()] },
        build: { target: 'es2022', sourcemap: true },
        test: {
          projects: [
            {
              extends: true,
              test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
            },
            {
              extends: true,
              test: {
                name: 'generated',
                include: ['tests/generated/**/*.test.ts'],
                environment: 'node',
                testTimeout: 30 * 60_000,
                hookTimeout: 30 * 60_000,
                fileParallelism: false,
              },
            },
            {
              extends: true,
              test: {
                name: 'e2e',
                include: ['tests/e2e/**/*.test.ts'],
                environment: 'node',
                testTimeout: 120_000,
                hookTimeout: 300_000,
                fileParallelism: false,
              },
            },
          ],
        },
      },
);
