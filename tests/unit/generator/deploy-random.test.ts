/**
 * Property: for any valid spec, hostile titles included, every deployment file parses, the
 * Kubernetes objects are valid, and free text changes comments only, never data.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { renderProject } from '../../../src/generator/generate';
import { validateSpec, type Spec } from '../../../src/spec';
import { specInput } from '../../support/arbitrary-spec';
import { parseDockerfile } from './deploy-dockerfile';
import { validateManifest } from './deploy-k8s-schema';

const SAMPLES = Number(process.env.BACKSMITH_PROPERTY_RUNS ?? 40);
const DEPLOY_FILE = /^(Dockerfile|\.dockerignore|docker-compose\.yml|\.github\/|\.gitlab-ci\.yml|\.circleci\/|k8s\/)/;

/** The arbitrary leaves api and deploy plain; vary what the deployment files depend on. */
const apiVariation = fc.record({
  websockets: fc.boolean(),
  websocketBroker: fc.constantFrom('memory', 'redis'),
  rateLimit: fc.option(fc.record({ requestsPerMinute: fc.integer({ min: 1, max: 100000 }) }), { nil: null }),
});
const ciVariation = fc.subarray(['github', 'gitlab', 'circleci'] as const);

function validSpecs(count: number, seed: number): Spec[] {
  const specs: Spec[] = [];
  const inputs = fc.sample(fc.tuple(specInput, apiVariation, ciVariation), { numRuns: count * 20, seed });
  for (const [input, api, ci] of inputs) {
    const result = validateSpec({ ...input, api: { ...input.api, ...api }, deploy: { ...input.deploy, ci } });
    if (result.ok) specs.push(result.spec);
    if (specs.length === count) break;
  }
  return specs;
}

const deployFiles = (spec: Spec) => renderProject(spec).filter((file) => DEPLOY_FILE.test(file.path));

/** What a file means, comments aside. */
function meaning(path: string, content: string): unknown {
  if (path === 'Dockerfile') return parseDockerfile(content);
  if (/\.ya?ml$/.test(path)) return parseYaml(content, { merge: true, uniqueKeys: true });
  return content.split('\n').filter((line) => line.trim() && !line.startsWith('#'));
}

describe('deployment files of random valid specs', () => {
  const specs = validSpecs(SAMPLES, 20261121);

  it('the samples reach hostile titles and every deploy switch', () => {
    expect(specs).toHaveLength(SAMPLES);
    expect(specs.some((s) => /[\n"'#:{}]/.test(s.project.title))).toBe(true);
    expect(specs.some((s) => s.deploy.kubernetes) && specs.some((s) => s.deploy.docker)).toBe(true);
  });

  it('parse, and their Kubernetes objects are valid', () => {
    for (const spec of specs) {
      for (const file of deployFiles(spec)) {
        const parsed = meaning(file.path, file.content);
        expect(parsed, `${spec.project.name}: ${file.path}`).toBeTruthy();
        if (file.path.startsWith('k8s/')) expect(validateManifest(parsed), file.path).toEqual([]);
      }
    }
  });

  it('mean the same whatever the title and description say', () => {
    for (const spec of specs) {
      const plain: Spec = { ...spec, project: { ...spec.project, title: 'Plain', description: '' } };
      const expected = new Map(deployFiles(plain).map((f) => [f.path, meaning(f.path, f.content)]));
      for (const file of deployFiles(spec)) {
        expect(
          meaning(file.path, file.content),
          `${file.path} with title ${JSON.stringify(spec.project.title)}`,
        ).toEqual(expected.get(file.path));
      }
    }
  });
});
