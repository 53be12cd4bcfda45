/** The application, its tests and project files. */
import type { FileRule } from './rule';

export const appFiles: FileRule[] = [{ template: 'README.md.hbs' }];
