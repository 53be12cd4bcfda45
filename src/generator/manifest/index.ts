/**
 * Which template produces which file, and when. Conditions live here, not in templates,
 * so the output tree of any spec can be read off one list (as JHipster's files.ts).
 * Output paths are the template paths without `.hbs`; `__entity__` becomes each entity's module.
 */
import { appFiles } from './app';
import { deployFiles } from './deploy';
export type { FileRule } from './rule';

export const manifest = [...appFiles, ...deployFiles];
