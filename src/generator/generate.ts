/**
 * Spec in, files out. `renderProject` is pure and synchronous; `generateProject` adds the
 * embedded spec and passes Python through ruff (sort imports, format), which is what the
 * CLI, the app and the tests all call.
 */
import type { Spec } from '../spec';
import { manifest } from './manifest/index';
import { renderTemplate } from './render';
import type { GeneratedFile, PythonFormatter } from './types';
import { buildViewModel } from './view-model';

export const SPEC_FILE = 'backsmith.json';

const byPath = (a: GeneratedFile, b: GeneratedFile) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/** Ends every text file with exactly one newline; an empty render means "no file". */
const tidy = (content: string) => content.replace(/\s+$/, '') + '\n';

export function renderProject(spec: Spec): GeneratedFile[] {
  const vm = buildViewModel(spec);
  const files: GeneratedFile[] = [];
  for (const rule of manifest) {
    if (rule.when && !rule.when(vm)) continue;
    const output = rule.template.replace(/\.hbs$/, '');
    if (rule.perEntity) {
      for (const entity of vm.entities) {
        if (rule.forEntity && !rule.forEntity(entity)) continue;
        files.push({
          path: output.replace('__entity__', entity.module),
          content: tidy(renderTemplate(rule.template, { ...vm, entity })),
        });
      }
    } else {
      files.push({ path: output, content: tidy(renderTemplate(rule.template, vm)) });
    }
  }
  files.push({ path: SPEC_FILE, content: `${JSON.stringify(spec, null, 2)}\n` });
  return files.sort(byPath);
}

export function generateProject(spec: Spec, formatter: PythonFormatter): GeneratedFile[] {
  return renderProject(spec).map((file) =>
    file.path.endsWith('.py') ? { path: file.path, content: formatter.format(file.path, file.content) } : file,
  );
}
