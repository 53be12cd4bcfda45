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
      return [
        { path: collection, methods: ['GET', 'POST'], query: { GET: [...paging, 'sort'] }, file },
        { path: `${collection}/{id}`, methods: ['GET', 'PUT', 'PATCH', 'DELETE'], file },
      ];
    }),
  ];
}
