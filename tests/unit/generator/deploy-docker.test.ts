import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { envPairs, parseDockerfile, type Instruction } from './deploy-dockerfile';
import { fileOf, specEntries, specs } from './deploy-support';

const run = promisify(execFile);
const dockerSpecs = specEntries.filter(([, spec]) => spec.deploy.docker);

const dockerfileOf = (name: string) => parseDockerfile(fileOf(specs[name]!, 'Dockerfile'));
const isDependencyInstall = (i: Instruction) =>
  i.keyword === 'RUN' && /pip install\b.*(-r|--requirement)\b/.test(i.args);
const copiesCode = (i: Instruction) =>
  i.keyword === 'COPY' && !i.flags.from && /(^|\s)(\.\/)?app\/?(\s|$)/.test(i.args);

describe('Dockerfile', () => {
  it.each(dockerSpecs)('%s: multi-stage on the spec’s Python, slim', (_name, spec) => {
    const stages = dockerfileOf(_name);
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const stage of stages) expect(stage.image).toBe(`python:${spec.project.pythonVersion}-slim`);
    const final = stages.at(-1)!;
    const builder = stages[0]!;
    expect(builder.name).toBeTruthy();
    const venvCopy = final.instructions.find((i) => i.keyword === 'COPY' && i.flags.from === builder.name);
    expect(venvCopy?.args).toMatch(/^\/opt\/venv\s+\/opt\/venv$/);
  });

  it.each(dockerSpecs)('%s: dependencies install before the code is copied', (name) => {
    const all = dockerfileOf(name).flatMap((stage) => stage.instructions);
    const install = all.find(isDependencyInstall);
    const pyprojectCopy = all.find((i) => i.keyword === 'COPY' && /^pyproject\.toml\s/.test(i.args));
    const codeCopy = all.find(copiesCode);
    expect(install, 'a pip install of the dependency list').toBeDefined();
    expect(pyprojectCopy!.index).toBeLessThan(install!.index);
    expect(codeCopy, 'COPY app').toBeDefined();
    expect(install!.index).toBeLessThan(codeCopy!.index);
    // Nothing but pyproject.toml reaches the image before the dependency layer.
    const copiesBefore = all.filter((i) => i.keyword === 'COPY' && i.index < install!.index);
    expect(copiesBefore).toEqual([pyprojectCopy]);
    expect(all.some((i) => i.keyword === 'COPY' && /^alembic\s/.test(i.args))).toBe(true);
    expect(all.some((i) => i.keyword === 'COPY' && /^alembic\.ini\s/.test(i.args))).toBe(true);
  });

  it.each(dockerSpecs)('%s: final stage runs as a non-root user and serves on 8000', (name) => {
    const final = dockerfileOf(name).at(-1)!.instructions;
    const users = final.filter((i) => i.keyword === 'USER');
    const user = users.at(-1)!.args.split(':')[0]!;
    expect(user).not.toMatch(/^(root|0)$/);
    const cmd = final.find((i) => i.keyword === 'CMD')!;
    expect(users.at(-1)!.index).toBeLessThan(cmd.index);
    expect(cmd.exec).toEqual(['uvicorn', 'app.main:app', '--host', '0.0.0.0', '--port', '8000', '--no-access-log']);
    expect(final.find((i) => i.keyword === 'EXPOSE')?.args).toBe('8000');
    const env = Object.assign({}, ...final.filter((i) => i.keyword === 'ENV').map(envPairs));
    expect(env).toMatchObject({ ENVIRONMENT: 'production', PYTHONDONTWRITEBYTECODE: '1', PYTHONUNBUFFERED: '1' });
    expect(env.PATH).toMatch(/^\/opt\/venv\/bin:/);
  });

  it.each(dockerSpecs)('%s: HEALTHCHECK probes /health with Python, not curl', (name) => {
    const final = dockerfileOf(name).at(-1)!.instructions;
    const healthcheck = final.find((i) => i.keyword === 'HEALTHCHECK')!;
    expect(healthcheck.exec?.slice(0, 2)).toEqual(['python', '-c']);
    expect(healthcheck.exec?.[2]).toMatch(/urllib\.request\.urlopen\('http:\/\/127\.0\.0\.1:8000\/health'/);
    expect(healthcheck.args).not.toMatch(/curl|wget/);
  });

  it('the HEALTHCHECK command succeeds on a 200 from /health and fails on a 503 or no answer', async () => {
    const probe = dockerfileOf('saas')
      .at(-1)!
      .instructions.find((i) => i.keyword === 'HEALTHCHECK')!.exec!;
    let status = 200;
    const paths: string[] = [];
    const server = createServer((request, response) => {
      paths.push(request.url ?? '');
      response.writeHead(status, { 'content-type': 'application/json' }).end('{"status": "ok"}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const code = probe[2]!.replace(':8000/', `:${port}/`);
    const exitCode = () =>
      run('python3', ['-c', code], { timeout: 10_000 }).then(
        () => 0,
        (error: { code?: number }) => error.code ?? -1,
      );
    try {
      expect(await exitCode()).toBe(0);
      status = 503;
      expect(await exitCode()).not.toBe(0);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    expect(await exitCode()).not.toBe(0);
    expect(paths).toEqual(['/health', '/health']);
  });

  it('the builder’s dependency list is what pyproject.toml declares', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'backsmith-deps-'));
    const dependencies = ['fastapi>=0.115', 'uvicorn[standard]>=0.30', "tomli>=2; python_version < '3.11'"];
    writeFileSync(
      join(dir, 'pyproject.toml'),
      `[project]\nname = "x"\nversion = "0.1.0"\ndependencies = ${JSON.stringify(dependencies)}\n`,
    );
    const builder = dockerfileOf('saas')[0]!.instructions;
    const extract = builder.find((i) => i.keyword === 'RUN' && i.args.includes('requirements.txt'))!;
    await run('sh', ['-c', extract.args], { cwd: dir });
    expect(readFileSync(join(dir, 'requirements.txt'), 'utf8').trim().split('\n')).toEqual(dependencies);
  });

  it('Python 3.10 images read pyproject.toml with tomli (tomllib is 3.11+)', () => {
    const builder = dockerfileOf('mysqlAllCi')[0]!.instructions;
    const extract = builder.find((i) => i.keyword === 'RUN' && i.args.includes('requirements.txt'))!;
    expect(extract.args).toMatch(/^pip install tomli && python -c "import tomli;/);
    expect(extract.args).not.toContain('tomllib');
  });

  it('SQLite images own a writable data directory for the database volume', () => {
    const final = dockerfileOf('minimal').at(-1)!.instructions;
    const mkdir = final.find((i) => i.keyword === 'RUN' && i.args.includes('/app/data'));
    expect(mkdir?.args).toMatch(/mkdir -p \/app\/data && chown app:app \/app\/data/);
    expect(mkdir!.index).toBeLessThan(final.find((i) => i.keyword === 'USER')!.index);
    expect(fileOf(specs.saas!, 'Dockerfile')).not.toContain('/app/data');
  });
});

/** Go's filepath.Match for a .dockerignore pattern, `**` included. */
function dockerignoreMatches(pattern: string, path: string): boolean {
  const source = pattern
    .replace(/^\//, '')
    .split(/(\*\*\/?|\*|\?|\[[^\]]*\])/)
    .map((part) => {
      if (part === '**/' || part === '**') return '(?:.*/)?';
      if (part === '*') return '[^/]*';
      if (part === '?') return '[^/]';
      if (part.startsWith('[')) return part;
      return part.replace(/[.+^${}()|\\]/g, '\\$&');
    })
    .join('');
  // A pattern naming a directory excludes everything under it.
  return new RegExp(`^${source}(/.*)?$`).test(path);
}

describe('.dockerignore', () => {
  it('is read the way Docker reads it (the matcher the next test relies on)', () => {
    expect(dockerignoreMatches('tests', 'tests/test_health.py')).toBe(true);
    expect(dockerignoreMatches('**/__pycache__', 'app/api/__pycache__')).toBe(true);
    expect(dockerignoreMatches('*.db', 'app.db')).toBe(true);
    expect(dockerignoreMatches('*.db', 'data/app.db')).toBe(false);
    expect(dockerignoreMatches('.env', '.env.example')).toBe(false);
  });

  it.each(dockerSpecs)('%s: keeps what the Dockerfile copies, drops secrets and local state', (name, spec) => {
    const patterns = fileOf(spec, '.dockerignore')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#'));
    const copied = parseDockerfile(fileOf(spec, 'Dockerfile'))
      .flatMap((stage) => stage.instructions)
      .filter((i) => i.keyword === 'COPY' && !i.flags.from)
      .flatMap((i) => i.args.split(/\s+/).slice(0, -1));
    expect(copied.length).toBeGreaterThan(0);
    for (const source of copied) {
      expect(
        patterns.filter((p) => dockerignoreMatches(p, source)),
        `${name}: ${source}`,
      ).toEqual([]);
    }
    for (const excluded of [
      '.env',
      '.git/config',
      'app.db',
      '.venv/bin/python',
      'app/__pycache__/main.cpython-312.pyc',
    ]) {
      expect(
        patterns.some((p) => dockerignoreMatches(p, excluded)),
        excluded,
      ).toBe(true);
    }
  });
});
