/**
 * Which template produces which file, and when. Conditions live here, not in templates,
 * so the output tree of any spec can be read off one list (as JHipster's files.ts).
 * Output paths are the template paths without `.hbs`; `__entity__` becomes each entity's module.
 */
import type { ViewModel } from './view-model';

export interface FileRule {
  /** Path under templates/fastapi/. */
  template: string;
  /** Rendered once per entity, with `entity` in the context. */
  perEntity?: boolean;
  when?: (vm: ViewModel) => boolean;
}

export const manifest: FileRule[] = [
  { template: 'README.md.hbs' },
];
