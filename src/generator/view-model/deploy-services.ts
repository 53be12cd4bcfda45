/**
 * The containers a generated app runs next to, in compose and in CI test jobs: its database
 * server (none for SQLite) and Redis when the app needs it. The credentials are fixed,
 * local-only values: these containers publish no port outside compose or the CI job.
 */
import type { Spec } from '../../spec';

export interface EnvVar {
  name: string;
  value: string;
}

export interface BackingService {
  /** Compose service name, GitHub service key and GitLab alias. */
  name: 'db' | 'redis';
  image: string;
  port: number;
  environment: EnvVar[];
  /** Health probe as an argv (compose `test: ["CMD", ...]`). */
  healthcheck: string[];
  /** The same probe as one shell command (`docker run --health-cmd`). */
  healthcheckCommand: string;
  /** Named compose volume keeping its data, and its mount (`volume:path`); null when nothing is worth keeping. */
  volume: string | null;
  mount: string | null;
  /** Setting of the app pointing at this service. */
  urlVariable: 'DATABASE_URL' | 'REDIS_URL';
  /** That setting's value with `{host}` in place of the host name. */
  urlPattern: string;
}

/** Where the image keeps the SQLite file: a volume mount point owned by the app user. */
export const SQLITE_DIR = '/app/data';
export const SQLITE_URL = `sqlite+aiosqlite:///${SQLITE_DIR}/app.db`;

const LOCAL_USER = 'app';
const LOCAL_PASSWORD = 'app';

function postgres(dbName: string): BackingService {
  const healthcheck = ['pg_isready', '-U', LOCAL_USER, '-d', dbName];
  return {
    name: 'db',
    image: 'postgres:16-alpine',
    port: 5432,
    environment: [
      { name: 'POSTGRES_USER', value: LOCAL_USER },
      { name: 'POSTGRES_PASSWORD', value: LOCAL_PASSWORD },
      { name: 'POSTGRES_DB', value: dbName },
    ],
    healthcheck,
    healthcheckCommand: healthcheck.join(' '),
    volume: 'db-data',
    mount: 'db-data:/var/lib/postgresql/data',
    urlVariable: 'DATABASE_URL',
    urlPattern: `postgresql+asyncpg://${LOCAL_USER}:${LOCAL_PASSWORD}@{host}:5432/${dbName}`,
  };
}

function mariadb(dbName: string): BackingService {
  // The image's own probe: connects as its healthcheck user and waits for InnoDB to be ready.
  const healthcheck = ['healthcheck.sh', '--connect', '--innodb_initialized'];
  return {
    name: 'db',
    image: 'mariadb:11',
    port: 3306,
    environment: [
      { name: 'MARIADB_DATABASE', value: dbName },
      { name: 'MARIADB_USER', value: LOCAL_USER },
      { name: 'MARIADB_PASSWORD', value: LOCAL_PASSWORD },
      { name: 'MARIADB_RANDOM_ROOT_PASSWORD', value: '1' },
    ],
    healthcheck,
    healthcheckCommand: healthcheck.join(' '),
    volume: 'db-data',
    mount: 'db-data:/var/lib/mysql',
    urlVariable: 'DATABASE_URL',
    urlPattern: `mysql+aiomysql://${LOCAL_USER}:${LOCAL_PASSWORD}@{host}:3306/${dbName}?charset=utf8mb4`,
  };
}

function redis(): BackingService {
  const healthcheck = ['redis-cli', 'ping'];
  return {
    name: 'redis',
    image: 'redis:7-alpine',
    port: 6379,
    environment: [],
    healthcheck,
    healthcheckCommand: healthcheck.join(' '),
    // Pub/sub and rate-limit windows are transient: nothing to keep across restarts.
    volume: null,
    mount: null,
    urlVariable: 'REDIS_URL',
    urlPattern: 'redis://{host}:6379/0',
  };
}

export function backingServices(
  database: Spec['project']['database'],
  dbName: string,
  needsRedis: boolean,
): BackingService[] {
  const services: BackingService[] = [];
  if (database === 'postgresql') services.push(postgres(dbName));
  if (database === 'mysql') services.push(mariadb(dbName));
  if (needsRedis) services.push(redis());
  return services;
}

export const serviceUrl = (service: BackingService, host: string): string => service.urlPattern.replace('{host}', host);
