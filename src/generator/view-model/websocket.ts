/**
 * api.websockets: the `{prefix}/ws` route, its broker, and which entities the generated
 * WebSocket tests write to (each test needs rows it can create through the API).
 */
import type { Spec } from '../../spec';
import { pyString } from '../escape';
import type { EntityView } from './entity';
import type { FactoryView } from './tests';

/** An entity the tests create, update and delete rows of. */
export interface WsSubjectView {
  /** Module name: the event type prefix and the factories' suffix (`create_order`). */
  module: string;
  /** Python literals of its event types, `"order.created"`. */
  events: Record<'created' | 'updated' | 'deleted', string>;
  /** Factory constant of its collection URL (`ORDERS_URL` in tests/factories.py). */
  urlConstant: string;
  /** Rows belong to the writer's tenant (multi-tenant specs). */
  tenantScoped: boolean;
}

export interface WebSocketView {
  /** `"redis"`: events travel through a Redis channel (REDIS_URL) to every replica. */
  redisBroker: boolean;
  /** Auth is on: sockets need `?token=<access token>`. */
  auth: boolean;
  multiTenant: boolean;
  /** Python literal of the route, `"/api/v1/ws"`. */
  path: string;
  /** Python literal of the default Redis channel, `"<project>:events"`. */
  channel: string;
  /** An entity whose rows the tests can create as the admin (null: none; tests skip). */
  subject: WsSubjectView | null;
  /** A tenant-scoped subject (multi-tenant specs): another tenant must see nothing. */
  tenantSubject: WsSubjectView | null;
  /** A subject a regular member may not read when the admin writes it (read "owner" or "admin"). */
  hiddenSubject: (WsSubjectView & { level: string }) | null;
  /** The subject of the Redis fan-out test: tenant-scoped when one is, to check the audience too. */
  fanOutSubject: WsSubjectView | null;
  /** Names the tests import from tests/factories.py, sorted, without duplicates. */
  factoryImports: string[];
}

/**
 * Entities tests can create without the built-in User (whose rows come from registration,
 * not from a factory): no skip reason, and no required parent chain through `User`.
 */
function creatable(entities: EntityView[], factories: FactoryView[]): EntityView[] {
  const factoryOf = new Map(factories.map((factory) => [factory.module, factory]));
  const userModules = new Set(entities.filter((entity) => entity.builtInUser).map((entity) => entity.module));
  const reachesUser = (module: string, seen = new Set<string>()): boolean => {
    if (userModules.has(module)) return true;
    if (seen.has(module)) return false;
    seen.add(module);
    return (factoryOf.get(module)?.parents ?? []).some((parent) => reachesUser(parent.module, seen));
  };
  const depth = (module: string): number => factoryOf.get(module)?.parents.length ?? 0;
  return entities
    .filter((entity) => !entity.builtInUser && factoryOf.get(entity.module)?.skipReason === null)
    .filter((entity) => !reachesUser(entity.module))
    .sort((a, b) => depth(a.module) - depth(b.module));
}

const subjectOf = (entity: EntityView, factories: FactoryView[]): WsSubjectView => ({
  module: entity.module,
  events: {
    created: pyString(`${entity.module}.created`),
    updated: pyString(`${entity.module}.updated`),
    deleted: pyString(`${entity.module}.deleted`),
  },
  urlConstant: factories.find((factory) => factory.module === entity.module)!.urlConstant,
  tenantScoped: entity.access.tenantScoped,
});

export function buildWebSocketView(spec: Spec, entities: EntityView[], factories: FactoryView[]): WebSocketView | null {
  if (!spec.api.websockets) return null;
  const auth = spec.project.auth !== 'none';
  const candidates = creatable(entities, factories);
  const tenantScoped = candidates.find((entity) => entity.access.tenantScoped);
  const hidden = auth ? candidates.find((entity) => ['owner', 'admin'].includes(entity.access.read)) : undefined;
  const subject = candidates[0] ? subjectOf(candidates[0], factories) : null;
  const tenantSubject = tenantScoped ? subjectOf(tenantScoped, factories) : null;
  const hiddenSubject = hidden ? { ...subjectOf(hidden, factories), level: hidden.access.read } : null;
  const imports = new Set<string>();
  for (const used of [subject, tenantSubject, hiddenSubject]) {
    if (used) imports.add(used.urlConstant).add(`build_${used.module}`);
  }
  if (tenantSubject) imports.add(`create_${tenantSubject.module}`);
  return {
    redisBroker: spec.api.websocketBroker === 'redis',
    auth,
    multiTenant: auth && spec.project.multiTenant,
    path: pyString(`${spec.api.prefix}/ws`),
    channel: pyString(`${spec.project.name}:events`),
    subject,
    tenantSubject,
    hiddenSubject,
    fanOutSubject: tenantSubject ?? subject,
    factoryImports: [...imports].sort(),
  };
}
