/** The Kubernetes part of the deploy view: names, labels, sizes and settings of k8s/. */
import type { Spec } from '../../spec';
import { SQLITE_DIR, SQLITE_URL, type EnvVar } from './deploy-services';

/**
 * What app/config.py ships as SECRET_KEY and refuses in production. 32 bytes or more, so
 * that development tokens do not trip PyJWT's warning about short HMAC keys.
 */
export const SECRET_KEY_PLACEHOLDER = 'change-me-to-a-long-random-secret';

export interface KubernetesView {
  /** Image reference of the Deployment; kustomization.yaml rewrites it to the pushed one. */
  image: string;
  /** Files kustomization.yaml applies (the Secret example is deliberately not one of them). */
  resources: string[];
  labels: EnvVar[];
  /** The subset of `labels` the Deployment selects its Pods by, and the Service routes to. */
  selector: EnvVar[];
  configMap: string;
  secret: string;
  /** SQLite keeps its file on a PersistentVolumeClaim mounted at `dataDir`, so it runs as one replica. */
  dataClaim: string | null;
  dataDir: string | null;
  replicas: number;
  minReplicas: number;
  maxReplicas: number;
  cpuTargetPercent: number;
  strategy: 'RollingUpdate' | 'Recreate';
  config: EnvVar[];
  secrets: EnvVar[];
}

function exampleDatabaseUrl(database: Spec['project']['database'], dbName: string): string {
  const scheme = database === 'mysql' ? 'mysql+aiomysql' : 'postgresql+asyncpg';
  const port = database === 'mysql' ? 3306 : 5432;
  return `${scheme}://${dbName}:REPLACE_WITH_DB_PASSWORD@db.example.internal:${port}/${dbName}`;
}

export function buildKubernetesView(spec: Spec, dnsName: string, sqlite: boolean, redis: boolean): KubernetesView {
  const selector = [
    { name: 'app.kubernetes.io/name', value: dnsName },
    { name: 'app.kubernetes.io/component', value: 'api' },
  ];
  const config: EnvVar[] = [
    { name: 'ENVIRONMENT', value: 'production' },
    { name: 'LOG_LEVEL', value: 'INFO' },
  ];
  if (sqlite) config.push({ name: 'DATABASE_URL', value: SQLITE_URL });
  const database = spec.project.database;
  const secrets: EnvVar[] = [
    // The app's own placeholder: applied by mistake, it makes the app refuse to start in production.
    { name: 'SECRET_KEY', value: SECRET_KEY_PLACEHOLDER },
    ...(sqlite ? [] : [{ name: 'DATABASE_URL', value: exampleDatabaseUrl(database, spec.project.name) }]),
    ...(redis
      ? [{ name: 'REDIS_URL', value: 'redis://:REPLACE_WITH_REDIS_PASSWORD@redis.example.internal:6379/0' }]
      : []),
  ];
  return {
    image: `${dnsName}:latest`,
    resources: ['configmap.yaml', ...(sqlite ? ['pvc.yaml'] : []), 'deployment.yaml', 'service.yaml', 'hpa.yaml'],
    labels: [...selector, { name: 'app.kubernetes.io/part-of', value: dnsName }],
    selector,
    configMap: `${dnsName}-config`,
    secret: `${dnsName}-secrets`,
    dataClaim: sqlite ? `${dnsName}-data` : null,
    dataDir: sqlite ? SQLITE_DIR : null,
    replicas: sqlite ? 1 : 2,
    minReplicas: sqlite ? 1 : 2,
    maxReplicas: sqlite ? 1 : 10,
    cpuTargetPercent: 70,
    strategy: sqlite ? 'Recreate' : 'RollingUpdate',
    config,
    secrets,
  };
}
