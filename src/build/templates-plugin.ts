/**
 * Precompiles every Handlebars template under `templates/` into the virtual module
 * `virtual:backsmith-templates`, so neither the browser nor the CLI ever compiles a
 * template at run time (no `eval`, no `new Function`). Used by the app build, vitest and
 * the CLI bundle alike, so all three render from the same precompiled specs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import Handlebars from 'handlebars';
import type { Plugin } from 'vite';

export const TEMPLATES_MODULE = 'virtual:backsmith-templates';
const RESOLVED = `\0${TEMPLATES_MODULE}`;

/** Options every template is compiled with: output is code, not HTML, and typos fail loudly. */
export const COMPILE_OPTIONS = { noEscape: true, strict: true } as const;

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)]))
    .sort();
}

/** Source of a module exporting `{ [relativePath]: precompiledSpec }` for every `.hbs` file. */
export function precompiledTemplatesModule(root: string): string {
  const entries = listFiles(root)
    .filter((file) => file.endsWith('.hbs'))
    .map((file) => {
      const key = relative(root, file).split(sep).join('/');
      const spec = Handlebars.precompile(readFileSync(file, 'utf8'), COMPILE_OPTIONS);
      return `  ${JSON.stringify(key)}: ${spec}`;
    });
  return `export const templateSpecs = {\n${entries.join(',\n')}\n};\n`;
}

export function backsmithTemplates(root: string): Plugin {
  return {
    name: 'backsmith-templates',
    resolveId: (id) => (id === TEMPLATES_MODULE ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      for (const file of listFiles(root)) this.addWatchFile(file);
      return precompiledTemplatesModule(root);
    },
    handleHotUpdate({ file, server }) {
      if (!file.startsWith(root)) return;
      const mod = server.moduleGraph.getModuleById(RESOLVED);
      if (mod) server.moduleGraph.invalidateModule(mod);
    },
  };
}
