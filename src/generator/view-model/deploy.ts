/**
 * What the Docker, CI and Kubernetes templates need. Every image, URL, name and probe is
 * decided here so that the templates only print; values reach YAML through the `yaml` helper.
 */
import type { Spec } from '../../spec';
import { buildKubernetesView, type KubernetesView } from './deploy-k8s';
import {
  backingServices,
  serviceUrl,
  SQLITE_DIR,
  SQLITE_URL,
  type BackingService,
  type EnvVar,
} from './deploy-services';

export type { BackingService, EnvVar } from './deploy-services';
export type { KubernetesView } from './deploy-k8s';
export type CiProvider = Spec['deploy']['ci'][number];
export type DatabaseKind = Spec['project']['database'];

const DRIVERS = { postgresql: 'asyncpg', mysql: 'aiomysql', sqlite: 'aiosqlite' } as const;
const LABELS = { postgresql: 'PostgreSQL', mysql: 'MariaDB (MySQL)', sqlite: 'SQLite' } as const;

export interface ComposeView {
  /** Tag of the locally built image, shared by the `migrate` and `app` services. */
  image: string;
  environment: EnvVar[];
  /** SQLite: the directory holding the database file, a named volume in compose. */
  dataDir: string | null;
  appMounts: string[];
  /** Services the one-shot migration waits for (healthy), and those the app waits for. */
  migrateDependsOn: string[];
  appDependsOn: { service: string; condition: string }[];
  volumes: string[];
}

export interface DeployView {
  docker: boolean;
  kubernetes: boolean;
  /** Python distribution name, `order_desk`. */
  projectName: string;
  /** `order_desk` → `order-desk`: a DNS-1123 label for Kubernetes objects and the image. */
  dnsName: string;
  /** Image name (no tag) used by compose, CI builds and Kubernetes. */
  image: string;
  python: { version: string; image: string; circleciImage: string; hasTomllib: boolean };
  database: {
    kind: DatabaseKind;
    /** For comments: `PostgreSQL`. */
    label: string;
    driver: (typeof DRIVERS)[DatabaseKind];
    sqlite: boolean;
    name: string;
  };
  /** The app needs Redis: a Redis WebSocket broker, or a rate limit (its shared store). */
  redis: boolean;
  /** Containers next to the app in compose and in the CI test job: database (not SQLite), Redis. */
  services: BackingService[];
  compose: ComposeView;
  ci: {
    providers: CiProvider[];
    github: boolean;
    gitlab: boolean;
    circleci: boolean;
    /** Tag of the image CI builds (and does not push). */
    imageTag: string;
    /** Test job environment when services listen on the job's loopback (GitHub, CircleCI). */
    loopbackEnvironment: EnvVar[];
    /** Test job environment when services are reached by alias (GitLab). */
    aliasEnvironment: EnvVar[];
  };
  k8s: KubernetesView;
}

/** A DNS-1123 label: lower-case alphanumerics and `-`, alphanumeric at both ends. */
export function dnsLabel(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/, '');
}

function serviceEnvironment(services: BackingService[], host: (service: BackingService) => string): EnvVar[] {
  return services.map((service) => ({ name: service.urlVariable, value: serviceUrl(service, host(service)) }));
}

export function buildDeployView(spec: Spec): DeployView {
  const { project, api, deploy } = spec;
  const sqlite = project.database === 'sqlite';
  const redis = (api.websockets && api.websocketBroker === 'redis') || api.rateLimit !== null;
  const dnsName = dnsLabel(project.name);
  const services = backingServices(project.database, project.name, redis);
  const composeEnvironment: EnvVar[] = [
    // Compose is for running locally: production mode would refuse the placeholder SECRET_KEY.
    { name: 'ENVIRONMENT', value: '${ENVIRONMENT:-development}' },
    ...(sqlite ? [{ name: 'DATABASE_URL', value: SQLITE_URL }] : []),
    ...serviceEnvironment(services, (service) => service.name),
  ];
  return {
    docker: deploy.docker,
    kubernetes: deploy.kubernetes,
    projectName: project.name,
    dnsName,
    image: dnsName,
    python: {
      version: project.pythonVersion,
      image: `python:${project.pythonVersion}-slim`,
      circleciImage: `cimg/python:${project.pythonVersion}`,
      // tomllib (reading pyproject.toml in the Dockerfile) is standard from 3.11.
      hasTomllib: project.pythonVersion !== '3.10',
    },
    database: {
      kind: project.database,
      label: LABELS[project.database],
      driver: DRIVERS[project.database],
      sqlite,
      name: project.name,
    },
    redis,
    services,
    compose: {
      image: `${dnsName}:local`,
      environment: composeEnvironment,
      dataDir: sqlite ? SQLITE_DIR : null,
      appMounts: sqlite ? [`app-data:${SQLITE_DIR}`] : [],
      migrateDependsOn: services.filter((service) => service.name === 'db').map((service) => service.name),
      appDependsOn: [
        { service: 'migrate', condition: 'service_completed_successfully' },
        ...services.map((service) => ({ service: service.name, condition: 'service_healthy' })),
      ],
      volumes: [...(sqlite ? ['app-data'] : []), ...services.flatMap((service) => service.volume ?? [])],
    },
    ci: {
      providers: [...deploy.ci],
      github: deploy.ci.includes('github'),
      gitlab: deploy.ci.includes('gitlab'),
      circleci: deploy.ci.includes('circleci'),
      imageTag: `${dnsName}:ci`,
      loopbackEnvironment: serviceEnvironment(services, () => '127.0.0.1'),
      aliasEnvironment: serviceEnvironment(services, (service) => service.name),
    },
    k8s: buildKubernetesView(spec, dnsName, sqlite, redis),
  };
}
