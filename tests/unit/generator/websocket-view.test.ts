import { describe, expect, it } from 'vitest';
import { renderProject } from '../../../src/generator';
import { buildViewModel } from '../../../src/generator/view-model';
import { spec } from './view-model-support';

const text = { name: 'text', type: 'string', required: true };

const project = (extra: Record<string, unknown> = {}) => ({
  name: 'board',
  database: 'sqlite',
  auth: 'jwt',
  ...extra,
});

describe('websocket view', () => {
  it('is null, and no websocket file is generated, without api.websockets', () => {
    const input = spec({ project: project(), entities: [{ name: 'Note', fields: [text] }] });
    expect(buildViewModel(input).websocket).toBeNull();
    const paths = renderProject(input).map((file) => file.path);
    expect(paths.filter((path) => /websocket|ws\.py|test_ws/.test(path))).toEqual([]);
  });

  it('generates the route, the manager, the broker and the tests with api.websockets', () => {
    const input = spec({
      project: project(),
      entities: [{ name: 'Note', fields: [text] }],
      api: { websockets: true, prefix: '/v2' },
    });
    const paths = renderProject(input).map((file) => file.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'app/api/v1/endpoints/ws.py',
        'app/websocket/__init__.py',
        'app/websocket/broker.py',
        'app/websocket/manager.py',
        'tests/test_ws.py',
        'tests/ws_client.py',
      ]),
    );
    const view = buildViewModel(input).websocket!;
    expect(view.path).toBe('"/v2/ws"');
    expect(view.subject?.events.created).toBe('"note.created"');
  });

  it('picks subjects the tests can create: not User, the fewest parents first', () => {
    const input = spec({
      project: project({ multiTenant: true }),
      entities: [
        { name: 'User', fields: [{ name: 'nickname', type: 'string' }] },
        { name: 'Card', fields: [text] },
        { name: 'Board', tenantScoped: false, fields: [text] },
        { name: 'Memo', access: { read: 'owner', write: 'owner' }, fields: [text] },
      ],
      relations: [{ kind: 'one-to-many', from: 'Board', to: 'Card', required: true }],
      api: { websockets: true, websocketBroker: 'redis' },
    });
    const view = buildViewModel(input).websocket!;
    expect(view.subject?.module).toBe('board');
    expect(view.tenantSubject?.module).toBe('memo');
    expect(view.hiddenSubject).toMatchObject({ module: 'memo', level: 'owner' });
    expect(view.fanOutSubject?.module).toBe('memo');
    expect(view.factoryImports).toEqual(['BOARD_URL', 'MEMO_URL', 'build_board', 'build_memo', 'create_memo']);
    expect(view.redisBroker).toBe(true);
  });

  it('has no access-level subjects with auth "none"', () => {
    const input = spec({
      project: project({ auth: 'none' }),
      entities: [{ name: 'Note', fields: [text] }],
      api: { websockets: true },
    });
    const view = buildViewModel(input).websocket!;
    expect(view).toMatchObject({ auth: false, tenantSubject: null, hiddenSubject: null });
    expect(view.subject?.module).toBe('note');
  });

  it('adds WS_REDIS_CHANNEL only with the redis broker', () => {
    const envs = (broker: string) =>
      buildViewModel(
        spec({
          project: project(),
          entities: [{ name: 'Note', fields: [text] }],
          api: { websockets: true, websocketBroker: broker },
        }),
      ).app.settings.map((setting) => setting.env);
    expect(envs('redis')).toContain('WS_REDIS_CHANNEL');
    expect(envs('memory')).not.toContain('WS_REDIS_CHANNEL');
  });
});
