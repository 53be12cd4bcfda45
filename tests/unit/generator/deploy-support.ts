/**
 * Shared by the deploy*.test.ts files: the specs they generate, rendering, YAML parsing and
 * a small Dockerfile parser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml, parseAllDocuments } from 'yaml';
import { renderProject } from '../../../src/generator/generate';
import { validateSpec, type Spec } from '../../../src/spec';

const EXAMPLES_DIR = join(__dirname, '../../fixtures/specs/examples');

function validated(input: unknown): Spec {
  const result = validateSpec(input);
  if (!result.ok)
    throw new Error(`invalid test spec: ${result.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  return result.spec;
}

export const exampleSpec = (name: string): Spec =>
  validated(JSON.parse(readFileSync(`${EXAMPLES_DIR}/${name}.json`, 'utf8')));

interface Variation {
  project?: Record<string, unknown>;
  api?: Record<string, unknown>;
  deploy?: Record<string, unknown>;
}

/** A one-entity spec with the given project, api and deploy keys. */
export function variantSpec(name: string, variation: Variation): Spec {
  return validated({
    specVersion: 1,
    project: { name, auth: 'none', ...variation.project },
    entities: [{ name: 'Item', fields: [{ name: 'label', type: 'string', required: true }] }],
    api: variation.api ?? {},
    deploy: variation.deploy ?? {},
  });
}

/** Every spec the deploy tests run over, by a short name. */
export const specs: Record<string, Spec> = {
  minimal: exampleSpec('minimal'),
  saas: exampleSpec('saas'),
  usersOrders: exampleSpec('users-orders'),
  mysqlRateLimit: variantSpec('stock_room', {
    project: { database: 'mysql', pythonVersion: '3.11' },
    api: { rateLimit: { requestsPerMinute: 60 } },
    deploy: { ci: ['gitlab'], kubernetes: true },
  }),
  sqliteRedis: variantSpec('chat__room_', {
    project: { database: 'sqlite', pythonVersion: '3.13' },
    api: { websockets: true, websocketBroker: 'redis' },
    deploy: { ci: ['circleci'], kubernetes: true },
  }),
  postgresNoDocker: variantSpec('ledger', {
    project: { pythonVersion: '3.10' },
    deploy: { docker: false, ci: ['github', 'circleci'] },
  }),
  mysqlAllCi: variantSpec('shop_floor', {
    project: { database: 'mysql', pythonVersion: '3.10' },
    api: { websockets: true },
    deploy: { ci: ['circleci', 'gitlab', 'github'] },
  }),
  nothing: variantSpec('bare', { project: { database: 'sqlite' }, deploy: { docker: false, ci: [] } }),
};

export const specEntries = Object.entries(specs);

export function render(spec: Spec): Map<string, string> {
  return new Map(renderProject(spec).map((file) => [file.path, file.content]));
}

const rendered = new Map<Spec, Map<string, string>>();

/** Rendered once per spec and file set, shared by every test of a file. */
export function filesOf(spec: Spec): Map<string, string> {
  let files = rendered.get(spec);
  if (!files) rendered.set(spec, (files = render(spec)));
  return files;
}

export function fileOf(spec: Spec, path: string): string {
  const content = filesOf(spec).get(path);
  if (content === undefined) throw new Error(`${spec.project.name}: ${path} was not generated`);
  return content;
}

/** Parsed YAML: the tests check it field by field, so a static type would only restate them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Doc = any;

/** Parses one YAML document strictly: any error or warning fails, merge keys (`<<`) resolved. */
export function yamlOf(spec: Spec, path: string): Doc {
  const text = fileOf(spec, path);
  const documents = parseAllDocuments(text, { merge: true, uniqueKeys: true, prettyErrors: true });
  if (!Array.isArray(documents) || documents.length !== 1) throw new Error(`${path}: expected one YAML document`);
  const [document] = documents;
  const problems = [...document!.errors, ...document!.warnings];
  if (problems.length) throw new Error(`${path}: ${problems.map((p) => p.message).join('\n')}`);
  return parseYaml(text, { merge: true, uniqueKeys: true });
}

/** Whether a Redis container belongs next to the app for this spec (the contract's rule). */
export const needsRedis = (spec: Spec) =>
  (spec.api.websockets && spec.api.websocketBroker === 'redis') || spec.api.rateLimit !== null;

export const dbImages = { postgresql: 'postgres:16-alpine', mysql: 'mariadb:11' } as const;
export const dbSchemes = { postgresql: 'postgresql+asyncpg:', mysql: 'mysql+aiomysql:', sqlite: 'sqlite+aiosqlite:' };
export const dbPorts = { postgresql: '5432', mysql: '3306' } as const;
