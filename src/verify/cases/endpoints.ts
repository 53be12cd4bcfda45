/** The endpoints a spec implies (generated-backend.md, "HTTP"): what the app check looks for. */
import type { ViewModel } from '../../generator/view-model';

export interface ExpectedEndpoint {
  path: string;
  methods: string[];
  /** Query parameters an operation must declare, by method. */
  query?: Record<string, string[]>;
  /** The module that should define it, for messages. */
  file: string;
}

export function expectedEndpoints(vm: ViewModel): ExpectedEndpoint[] {
  const prefix = vm.spec.api.prefix;
  const paging = vm.spec.api.pagination === 'offset' ? ['limit', 'offset'] : ['page', 'size'];
  const health = 'app/api/v1/endpoints/health.py';
  return [
    { path: '/health', methods: ['GET'], file: health },
    { path: '/health/ready', methods: ['GET'], file: health },
    ...vm.entities.flatMap((entity) => {
      const file = `app/api/v1/endpoints/${entity.module}.py`;
      const collection = `${prefix}/${entity.plural}`;
      // Users come in through registration: `/users` has no POST.
      if (entity.builtInUser && !vm.auth?.userRoutes) return [];
      const create = entity.builtInUser ? [] : ['POST'];
      return [
        { path: collection, methods: ['GET', ...create], query: { GET: [...paging, 'sort'] }, file },
        { path: `${collection}/{id}`, methods: ['GET', 'PUT', 'PATCH', 'DELETE'], file },
      ];
    }),
    ...authEndpoints(vm, prefix),
  ];
}

/** The Auth and Tenants routes of generated-backend.md (auth "jwt" or "oauth2"). */
function authEndpoints(vm: ViewModel, prefix: string): ExpectedEndpoint[] {
  if (!vm.auth) return [];
  const file = 'app/api/v1/endpoints/auth.py';
  const post = (path: string, module = file) => ({ path: `${prefix}${path}`, methods: ['POST'], file: module });
  const get = (path: string, module = file) => ({ path: `${prefix}${path}`, methods: ['GET'], file: module });
  const tenants = 'app/api/v1/endpoints/tenants.py';
  const oauth = 'app/api/v1/endpoints/oauth.py';
  return [
    post('/auth/register'),
    post('/auth/login'),
    post('/auth/refresh'),
    post('/auth/logout'),
    get('/auth/me'),
    ...(vm.auth.multiTenant ? [post('/tenants/invitations', tenants), get('/tenants/me', tenants)] : []),
    ...(vm.auth.oauth2
      ? vm.spec.project.oauth2Providers.flatMap((provider) => [
          get(`/auth/${provider}/login`, oauth),
          get(`/auth/${provider}/callback`, oauth),
        ])
      : []),
  ];
}
