import { describe, expect, it } from 'vitest';
import { dnsLabel } from '../../../src/generator/view-model/deploy';
import { SECRET_KEY_PLACEHOLDER } from '../../../src/generator/view-model/deploy-k8s';
import { filesOf, specEntries, yamlOf, type Doc } from './deploy-support';
import { validateManifest } from './deploy-k8s-schema';
import type { Spec } from '../../../src/spec';

const k8sSpecs = specEntries.filter(([, spec]) => spec.deploy.kubernetes);

function manifests(spec: Spec): Map<string, Doc> {
  const paths = [...filesOf(spec).keys()].filter((path) => path.startsWith('k8s/'));
  return new Map(paths.map((path) => [path.slice('k8s/'.length), yamlOf(spec, path)]));
}

const byKind = (spec: Spec, kind: string): Doc => {
  const found = [...manifests(spec).values()].filter((m) => m.kind === kind);
  expect(found, kind).toHaveLength(1);
  return found[0];
};

const isSubset = (subset: Record<string, string>, of: Record<string, string>) =>
  Object.entries(subset).every(([key, value]) => of[key] === value);

describe('Kubernetes manifests', () => {
  it.each(k8sSpecs)('%s: each file one valid object of the expected kind', (_name, spec) => {
    const kinds = Object.fromEntries([...manifests(spec)].map(([file, m]) => [file, m.kind]));
    expect(kinds).toEqual({
      'configmap.yaml': 'ConfigMap',
      'deployment.yaml': 'Deployment',
      'hpa.yaml': 'HorizontalPodAutoscaler',
      'kustomization.yaml': 'Kustomization',
      'secret.example.yaml': 'Secret',
      'service.yaml': 'Service',
      ...(spec.project.database === 'sqlite' ? { 'pvc.yaml': 'PersistentVolumeClaim' } : {}),
    });
    for (const [file, manifest] of manifests(spec)) expect(validateManifest(manifest), file).toEqual([]);
  });

  it.each(k8sSpecs)('%s: names and labels consistent across objects', (_name, spec) => {
    const name = dnsLabel(spec.project.name);
    const deployment = byKind(spec, 'Deployment');
    expect(deployment.metadata.name).toBe(name);
    const labels = deployment.metadata.labels;
    expect(labels['app.kubernetes.io/name']).toBe(name);
    for (const [file, manifest] of manifests(spec)) {
      if (manifest.kind !== 'Kustomization') expect(manifest.metadata.labels, file).toEqual(labels);
    }
    const podLabels = deployment.spec.template.metadata.labels;
    expect(isSubset(deployment.spec.selector.matchLabels, podLabels)).toBe(true);
    const service = byKind(spec, 'Service');
    expect(service.spec.selector).toEqual(deployment.spec.selector.matchLabels);
    expect(isSubset(service.spec.selector, podLabels)).toBe(true);
  });

  it.each(k8sSpecs)('%s: probes, ports and the Service target the app on 8000', (_name, spec) => {
    const pod = byKind(spec, 'Deployment').spec.template.spec;
    const [api] = pod.containers;
    const http = api.ports.find((p: Doc) => p.name === 'http');
    expect(http.containerPort).toBe(8000);
    const probePort = (probe: Doc) =>
      typeof probe.httpGet.port === 'string'
        ? api.ports.find((p: Doc) => p.name === probe.httpGet.port)?.containerPort
        : probe.httpGet.port;
    expect([api.livenessProbe.httpGet.path, probePort(api.livenessProbe)]).toEqual(['/health', 8000]);
    expect([api.readinessProbe.httpGet.path, probePort(api.readinessProbe)]).toEqual(['/health/ready', 8000]);
    expect([api.startupProbe.httpGet.path, probePort(api.startupProbe)]).toEqual(['/health', 8000]);
    const servicePort = byKind(spec, 'Service').spec.ports[0];
    expect(api.ports.some((p: Doc) => p.name === servicePort.targetPort)).toBe(true);
  });

  it.each(k8sSpecs)(
    '%s: hardened Pod, a migration init container, env from the ConfigMap and Secret',
    (_name, spec) => {
      const pod = byKind(spec, 'Deployment').spec.template.spec;
      expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: expect.any(Number) });
      expect(pod.securityContext.runAsUser).toBeGreaterThan(0);
      const [migrate] = pod.initContainers;
      const [api] = pod.containers;
      expect(migrate.command).toEqual(['alembic', 'upgrade', 'head']);
      expect(migrate.image).toBe(api.image);
      const volumes = new Map(pod.volumes.map((v: Doc) => [v.name, v]));
      for (const container of [migrate, api]) {
        expect(container.securityContext).toEqual({
          allowPrivilegeEscalation: false,
          readOnlyRootFilesystem: true,
          runAsNonRoot: true,
          capabilities: { drop: ['ALL'] },
        });
        expect(container.resources.requests).toMatchObject({ cpu: expect.any(String), memory: expect.any(String) });
        expect(container.resources.limits).toMatchObject({ cpu: expect.any(String), memory: expect.any(String) });
        const tmp = container.volumeMounts.find((m: Doc) => m.mountPath === '/tmp');
        expect((volumes.get(tmp.name) as Doc).emptyDir).toBeDefined();
        for (const mount of container.volumeMounts) expect(volumes.has(mount.name), mount.name).toBe(true);
        expect(container.envFrom).toEqual([
          { configMapRef: { name: byKind(spec, 'ConfigMap').metadata.name } },
          { secretRef: { name: byKind(spec, 'Secret').metadata.name } },
        ]);
      }
    },
  );

  it.each(k8sSpecs)('%s: the HPA scales this Deployment on CPU', (_name, spec) => {
    const hpa = byKind(spec, 'HorizontalPodAutoscaler');
    const deployment = byKind(spec, 'Deployment');
    expect(hpa.apiVersion).toBe('autoscaling/v2');
    expect(hpa.spec.scaleTargetRef).toEqual({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      name: deployment.metadata.name,
    });
    expect(hpa.spec.metrics).toEqual([
      { type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } },
    ]);
    expect(hpa.spec.minReplicas).toBeLessThanOrEqual(hpa.spec.maxReplicas);
    expect(deployment.spec.replicas).toBeGreaterThanOrEqual(hpa.spec.minReplicas);
    expect(deployment.spec.replicas).toBeLessThanOrEqual(hpa.spec.maxReplicas);
  });

  it.each(k8sSpecs)('%s: settings cover the database and Redis; the Secret holds only placeholders', (_name, spec) => {
    const config = byKind(spec, 'ConfigMap').data;
    const secret = byKind(spec, 'Secret').stringData;
    expect(config.ENVIRONMENT).toBe('production');
    const settings = { ...config, ...secret };
    expect(Object.keys(config).filter((key) => key in secret)).toEqual([]);
    expect(
      settings.DATABASE_URL.startsWith(
        `${{ postgresql: 'postgresql+asyncpg', mysql: 'mysql+aiomysql', sqlite: 'sqlite+aiosqlite' }[spec.project.database]}://`,
      ),
    ).toBe(true);
    const redis = (spec.api.websockets && spec.api.websocketBroker === 'redis') || spec.api.rateLimit !== null;
    expect('REDIS_URL' in settings).toBe(redis);
    // The app's placeholder, which it refuses in production; every other value names itself a placeholder.
    const { SECRET_KEY, ...others } = secret;
    expect(SECRET_KEY).toBe(SECRET_KEY_PLACEHOLDER);
    for (const value of Object.values(others)) expect(value).toMatch(/REPLACE_WITH_/);
    expect(filesOf(spec).get('k8s/secret.example.yaml')).toMatch(/^# EXAMPLE ONLY/m);
  });

  it.each(k8sSpecs)('%s: kustomization lists every manifest but the Secret example', (_name, spec) => {
    const kustomization = manifests(spec).get('kustomization.yaml');
    const listed = [...kustomization.resources].sort();
    const expected = [...manifests(spec).keys()].filter(
      (f) => !['kustomization.yaml', 'secret.example.yaml'].includes(f),
    );
    expect(listed).toEqual(expected.sort());
    const image = byKind(spec, 'Deployment').spec.template.spec.containers[0].image.split(':')[0];
    expect(kustomization.images.map((i: Doc) => i.name)).toEqual([image]);
  });

  it.each(k8sSpecs)('%s: SQLite runs one replica on a claimed volume; servers scale out', (_name, spec) => {
    const deployment = byKind(spec, 'Deployment');
    const hpa = byKind(spec, 'HorizontalPodAutoscaler');
    const claims = deployment.spec.template.spec.volumes.filter((v: Doc) => v.persistentVolumeClaim);
    if (spec.project.database === 'sqlite') {
      expect([deployment.spec.replicas, hpa.spec.maxReplicas, deployment.spec.strategy.type]).toEqual([
        1,
        1,
        'Recreate',
      ]);
      expect(claims.map((v: Doc) => v.persistentVolumeClaim.claimName)).toEqual([
        byKind(spec, 'PersistentVolumeClaim').metadata.name,
      ]);
      const mount = deployment.spec.template.spec.containers[0].volumeMounts.find(
        (m: Doc) => m.name === claims[0].name,
      );
      expect(byKind(spec, 'ConfigMap').data.DATABASE_URL).toBe(`sqlite+aiosqlite:///${mount.mountPath}/app.db`);
    } else {
      expect(claims).toEqual([]);
      expect(hpa.spec.maxReplicas).toBeGreaterThan(1);
      expect(deployment.spec.strategy).toEqual({
        type: 'RollingUpdate',
        rollingUpdate: { maxSurge: 1, maxUnavailable: 0 },
      });
    }
  });
});
