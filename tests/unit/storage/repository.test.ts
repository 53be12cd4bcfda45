import { describe, expect, it } from 'vitest';
import { memoryStore } from '../../../src/storage/kv';
import { openStorage } from '../../../src/storage/open';
import { RECORD_VERSION, recordKey } from '../../../src/storage/records';
import { ProjectRepository } from '../../../src/storage/repository';
import { StorageError } from '../../../src/storage/errors';
import { blockedError, channelHub, faultyStore, quotaError, sequentialIds } from './support';

const spec = (name: string) => ({ specVersion: 1, project: { name } });
let clock = 1000;
const tick = () => ++clock;

describe('project repository', () => {
  it('creates, lists newest first, reads back and duplicates', async () => {
    const repo = new ProjectRepository(memoryStore(), { now: tick, newId: sequentialIds('p') });
    const a = await repo.create('Alpha', spec('alpha'));
    const b = await repo.create('Beta', spec('beta'));
    const copy = await repo.duplicate(a);
    const { projects, damaged } = await repo.list();
    expect(damaged).toEqual([]);
    expect(projects.map((p) => p.name)).toEqual(['Alpha (copy)', 'Beta', 'Alpha']);
    expect(copy.spec).toEqual(a.spec);
    expect(copy.id).not.toBe(a.id);
    expect(await repo.get(b.id)).toEqual(b);
    expect(b).toMatchObject({ revision: 1, schemaVersion: RECORD_VERSION });
  });

  it('lists every good record next to a corrupt one, which it keeps for export', async () => {
    const store = memoryStore();
    const repo = new ProjectRepository(store, { now: tick, newId: sequentialIds('p') });
    const good = await repo.create('Good', spec('good'));
    store.data.set(recordKey('bad'), '{"half a record');
    store.data.set(recordKey('future'), { ...good, id: 'future', schemaVersion: 99 });
    store.data.set('unrelated-key', 42);
    const { projects, damaged } = await repo.list();
    expect(projects.map((p) => p.id)).toEqual([good.id]);
    expect(damaged.map((d) => d.key).sort()).toEqual([recordKey('bad'), recordKey('future')]);
    expect(damaged.find((d) => d.key === recordKey('bad'))?.raw).toBe('{"half a record');
    await repo.removeKey(recordKey('bad'));
    expect((await repo.list()).damaged).toHaveLength(1);
  });

  it('saves over its own revision and bumps it', async () => {
    const repo = new ProjectRepository(memoryStore(), { now: tick, newId: sequentialIds('p') });
    const created = await repo.create('Shop', spec('shop'));
    const first = await repo.save(created.id, 'Shop', spec('shop_v2'), created.revision);
    expect(first).toMatchObject({ kind: 'saved', record: { revision: 2, spec: spec('shop_v2') } });
    const second = await repo.save(created.id, 'Shop', spec('shop_v3'), 2);
    expect(second).toMatchObject({ kind: 'saved', record: { revision: 3, createdAt: created.createdAt } });
  });

  it('never overwrites newer work from another tab: both versions are kept', async () => {
    const shared = memoryStore();
    const hub = channelHub();
    const tabA = new ProjectRepository(shared, { now: tick, newId: sequentialIds('a'), channel: hub.open() });
    const tabB = new ProjectRepository(shared, { now: tick, newId: sequentialIds('b'), channel: hub.open() });
    const heard: string[] = [];
    hub.open().subscribe((m) => heard.push(`${m.kind}:${m.tab === tabA.tab ? 'A' : 'B'}`));

    const created = await tabA.create('Shop', spec('shop'));
    const opened = await tabB.get(created.id); // both tabs have revision 1 open
    const saveA = await tabA.save(created.id, 'Shop', spec('from_a'), created.revision);
    expect(saveA.kind).toBe('saved');
    const saveB = await tabB.save(created.id, 'Shop', spec('from_b'), opened!.revision);

    expect(saveB.kind).toBe('conflict');
    if (saveB.kind !== 'conflict') return;
    expect(saveB.theirs).toMatchObject({ revision: 2, spec: spec('from_a') });
    expect(saveB.copy).toMatchObject({ name: 'Shop (conflicting copy)', spec: spec('from_b') });
    expect(await tabA.get(created.id)).toMatchObject({ revision: 2, spec: spec('from_a') });
    expect((await tabA.list()).projects).toHaveLength(2);
    expect(heard).toEqual(['saved:A', 'saved:A', 'saved:B']);
  });

  it('keeps an edit to a project another tab deleted', async () => {
    const shared = memoryStore();
    const tabA = new ProjectRepository(shared, { now: tick, newId: sequentialIds('a') });
    const tabB = new ProjectRepository(shared, { now: tick, newId: sequentialIds('b') });
    const created = await tabA.create('Shop', spec('shop'));
    await tabA.remove(created.id);
    const result = await tabB.save(created.id, 'Shop', spec('edited'), 1);
    expect(result).toMatchObject({ kind: 'restored', record: { id: created.id, revision: 2, spec: spec('edited') } });
  });

  it('does not overwrite a damaged record on save: the edit becomes a copy', async () => {
    const store = memoryStore();
    const repo = new ProjectRepository(store, { now: tick, newId: sequentialIds('p') });
    const created = await repo.create('Shop', spec('shop'));
    store.data.set(recordKey(created.id), 'corrupted');
    const result = await repo.save(created.id, 'Shop', spec('edited'), 1);
    expect(result.kind).toBe('conflict');
    expect(store.data.get(recordKey(created.id))).toBe('corrupted');
  });

  it('undoes a delete, without overwriting a project saved under that id meanwhile', async () => {
    const repo = new ProjectRepository(memoryStore(), { now: tick, newId: sequentialIds('p') });
    const created = await repo.create('Shop', spec('shop'));
    const removed = await repo.remove(created.id);
    expect((await repo.list()).projects).toEqual([]);
    await repo.restore(removed!);
    expect(await repo.get(created.id)).toEqual(created);
    await repo.save(created.id, 'Shop', spec('newer'), 1);
    await repo.restore(created);
    expect(await repo.get(created.id)).toMatchObject({ revision: 2 });
  });

  it('reports a full disk as a quota error and loses nothing already stored', async () => {
    const faulty = faultyStore();
    const repo = new ProjectRepository(faulty.store, { now: tick, newId: sequentialIds('p') });
    const kept = await repo.create('Kept', spec('kept'));
    faulty.fail(['set', 'update'], quotaError);
    const error = await repo.save(kept.id, 'Kept', spec('too_big'), 1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect(error).toMatchObject({ kind: 'quota', message: expect.stringContaining('full') });
    await expect(repo.create('New', spec('new'))).rejects.toMatchObject({ kind: 'quota' });
    faulty.heal();
    expect((await repo.list()).projects).toEqual([kept]);
    expect(await repo.save(kept.id, 'Kept', spec('later'), 1)).toMatchObject({ kind: 'saved' });
  });

  it('falls back to memory with a reason when IndexedDB is missing or blocked', async () => {
    // Node has no IndexedDB: the real idb-keyval store fails on first use.
    const missing = await openStorage();
    expect(missing.unavailable).toMatchObject({ kind: 'unavailable' });
    const faulty = faultyStore();
    faulty.fail(['entries'], blockedError);
    const blocked = await openStorage(() => faulty.store);
    expect(blocked.unavailable?.message).toMatch(/does not let Backsmith save/);
    const inMemory = await blocked.repository.create('Scratch', spec('scratch'));
    expect((await blocked.repository.list()).projects).toEqual([inMemory]);
    const working = await openStorage(() => memoryStore());
    expect(working.unavailable).toBeUndefined();
  });
});
