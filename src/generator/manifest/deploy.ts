/** Docker, CI pipelines and Kubernetes manifests (spec `deploy`). */
import type { FileRule } from './rule';

export const deployFiles: FileRule[] = [];
