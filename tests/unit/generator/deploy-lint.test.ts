/**
 * Real linters over the deployment files: yamllint for every YAML file, shellcheck for every
 * shell script they run (Dockerfile RUN lines, CI steps). Both come from apt (`yamllint`,
 * `shellcheck`). Without them the tests are skipped locally but fail under CI=true.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDockerfile } from './deploy-dockerfile';
import { fileOf, filesOf, specEntries, yamlOf, type Doc } from './deploy-support';
import type { Spec } from '../../../src/spec';

const available = (tool: string) => spawnSync(tool, ['--version'], { encoding: 'utf8' }).status === 0;
const inCi = process.env.CI === 'true';

function describeTool(tool: string, body: () => void) {
  describe(tool, () => {
    if (inCi) {
      it(`is installed (CI=true requires it; apt-get install -y ${tool})`, () => {
        expect(available(tool)).toBe(true);
      });
    }
    describe.skipIf(!available(tool))(`${tool} checks`, body);
  });
}

/** The default rules, but no `---` required, lines up to 120, and GitHub's `on:` key allowed. */
const YAMLLINT_CONFIG = `extends: default
rules:
  document-start: disable
  line-length:
    max: 120
  truthy:
    check-keys: false
`;

const isYaml = (path: string) => /\.ya?ml$/.test(path);

describeTool('yamllint', () => {
  it.each(specEntries)('%s: every YAML file passes yamllint --strict', (name, spec) => {
    const dir = mkdtempSync(join(tmpdir(), `yamllint-${name}-`));
    const paths = [...filesOf(spec).keys()].filter(isYaml);
    for (const path of paths) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), fileOf(spec, path));
    }
    writeFileSync(join(dir, '.yamllint-test'), YAMLLINT_CONFIG);
    if (paths.length === 0) return;
    const result = spawnSync('yamllint', ['--strict', '-f', 'parsable', '-c', '.yamllint-test', ...paths], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

interface Script {
  origin: string;
  shell: 'sh' | 'bash';
  source: string;
}

/** Every shell script the generated deployment files would run, with the shell that runs it. */
function scriptsOf(spec: Spec): Script[] {
  const files = filesOf(spec);
  const scripts: Script[] = [];
  if (files.has('Dockerfile')) {
    for (const stage of parseDockerfile(fileOf(spec, 'Dockerfile'))) {
      for (const i of stage.instructions.filter((i) => i.keyword === 'RUN' && !i.exec)) {
        scripts.push({ origin: `Dockerfile RUN ${i.args.slice(0, 40)}`, shell: 'sh', source: i.args });
      }
    }
  }
  if (files.has('.github/workflows/ci.yml')) {
    for (const [jobName, job] of Object.entries<Doc>(yamlOf(spec, '.github/workflows/ci.yml').jobs)) {
      for (const step of job.steps.filter((s: Doc) => s.run)) {
        scripts.push({ origin: `GitHub ${jobName}`, shell: 'bash', source: step.run });
      }
    }
  }
  if (files.has('.gitlab-ci.yml')) {
    for (const [jobName, job] of Object.entries<Doc>(yamlOf(spec, '.gitlab-ci.yml'))) {
      for (const key of ['before_script', 'script']) {
        for (const line of job?.[key] ?? []) scripts.push({ origin: `GitLab ${jobName}`, shell: 'sh', source: line });
      }
    }
  }
  if (files.has('.circleci/config.yml')) {
    const config = yamlOf(spec, '.circleci/config.yml');
    const steps = [...config.commands.install.steps, ...Object.values<Doc>(config.jobs).flatMap((job) => job.steps)];
    for (const step of steps.filter((s: Doc) => s?.run)) {
      const source = typeof step.run === 'string' ? step.run : step.run.command;
      scripts.push({ origin: 'CircleCI', shell: 'bash', source });
    }
  }
  return scripts;
}

describeTool('shellcheck', () => {
  it.each(specEntries.filter(([, spec]) => scriptsOf(spec).length > 0))(
    '%s: every shell step passes shellcheck',
    (name, spec) => {
      const dir = mkdtempSync(join(tmpdir(), `shellcheck-${name}-`));
      const problems = scriptsOf(spec).flatMap((script, index) => {
        const path = join(dir, `${index}.${script.shell}`);
        writeFileSync(path, `#!/bin/${script.shell}\n${script.source}\n`);
        const result = spawnSync('shellcheck', ['--shell', script.shell, '--severity', 'style', path], {
          encoding: 'utf8',
        });
        return result.status === 0 ? [] : [`${script.origin}:\n${result.stdout}${result.stderr}`];
      });
      expect(problems).toEqual([]);
    },
  );

  it('finds the scripts it checks', () => {
    const scripts = scriptsOf(specEntries.find(([name]) => name === 'usersOrders')![1]);
    expect(scripts.map((s) => s.origin.split(' ')[0])).toEqual(
      expect.arrayContaining(['Dockerfile', 'GitHub', 'GitLab', 'CircleCI']),
    );
    expect(execFileSync('shellcheck', ['--shell', 'sh', '-'], { input: 'echo ok\n', encoding: 'utf8' })).toBe('');
  });
});
