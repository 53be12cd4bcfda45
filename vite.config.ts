import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';
import solid from 'vite-plugin-solid';
import { backsmithTemplates } from './src/build/templates-plugin.ts';

const templatesRoot = fileURLToPath(new URL('./templates', import.meta.url));
const templates = () => backsmithTemplates(templatesRoot);

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
        plugins: [templates(), solid()],
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
