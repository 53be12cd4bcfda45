/** Export formats: one spec as its own JSON file, or every project (and damaged record) in one file. */
import type { DamagedRecord, ProjectRecord } from './records';

export const specJson = (spec: unknown) => `${JSON.stringify(spec, null, 2)}\n`;

export interface ExportBundle {
  format: 'backsmith-projects';
  version: 1;
  exportedAt: string;
  projects: { name: string; spec: unknown; createdAt: number; updatedAt: number }[];
  /** Records the app could not read, exported raw so nothing is lost. */
  damaged: { key: string; reason: string; raw: unknown }[];
}

export function exportBundle(projects: ProjectRecord[], damaged: DamagedRecord[], now = new Date()): ExportBundle {
  return {
    format: 'backsmith-projects',
    version: 1,
    exportedAt: now.toISOString(),
    projects: projects.map(({ name, spec, createdAt, updatedAt }) => ({ name, spec, createdAt, updatedAt })),
    damaged: damaged.map(({ key, reason, raw }) => ({ key, reason, raw })),
  };
}

/** A file name made of safe characters: `Order desk` → `order-desk.json`. */
export function exportFileName(name: string, extension = 'json'): string {
  const base = name
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/[\s_]+/g, '-')
    .toLowerCase()
    .slice(0, 60);
  return `${base || 'backsmith-project'}.${extension}`;
}
