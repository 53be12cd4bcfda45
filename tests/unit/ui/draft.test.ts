import { describe, expect, it } from 'vitest';
import { validateSpec } from '../../../src/spec';
import { notEditable } from '../../../src/ui/state/editable';
import {
  changeType,
  copyOf,
  displayName,
  freshName,
  move,
  namesFromTyped,
  newDraft,
  packageName,
  renameEntity,
  typedName,
  type Draft,
  type DraftField,
} from '../../../src/ui/state/draft';

describe('the draft spec', () => {
  it('starts valid', () => {
    expect(validateSpec(newDraft()).ok).toBe(true);
  });

  it('derives the package name from what the user types', () => {
    expect(packageName('Order Desk')).toBe('order_desk');
    expect(packageName('  Café Órders! 2024 ')).toBe('cafe_orders_2024');
    expect(packageName('orderDesk')).toBe('order_desk');
    expect(packageName('42 things')).toBe('things');
    expect(packageName('x'.repeat(60))).toHaveLength(40);
    expect(packageName('!!!')).toBe('');
  });

  it('keeps the typed words as the title, unless they are the package name', () => {
    expect(namesFromTyped('order_desk')).toEqual({ name: 'order_desk' });
    expect(namesFromTyped('Order Desk')).toEqual({ name: 'order_desk', title: 'Order Desk' });
    expect(namesFromTyped('Order desk API')).toEqual({ name: 'order_desk_api', title: 'Order desk API' });
    expect(typedName({ name: 'order_desk' })).toBe('order_desk');
    expect(typedName({ name: 'order_desk_api', title: 'Order desk API' })).toBe('Order desk API');
    expect(displayName({ project: {} })).toBe('Untitled project');
  });

  it('changes a field type in place, dropping the old type’s keys', () => {
    const field = {
      name: 'price',
      type: 'decimal',
      precision: 10,
      scale: 2,
      min: 0,
      required: true,
      default: '1.00',
    } as DraftField;
    changeType(field, 'enum');
    expect(field).toEqual({ name: 'price', type: 'enum', required: true, values: [] });
  });

  it('renames an entity in the relations that name it', () => {
    const draft: Draft = {
      ...newDraft(),
      entities: [
        { name: 'Customer', fields: [{ name: 'name', type: 'string' }] },
        { name: 'Order', fields: [{ name: 'total', type: 'integer' }] },
      ],
      relations: [{ kind: 'one-to-many', from: 'Customer', to: 'Order' }],
    };
    renameEntity(draft, 0, 'Client');
    expect(draft.relations).toEqual([{ kind: 'one-to-many', from: 'Client', to: 'Order' }]);
    expect(validateSpec(draft).ok).toBe(true);
  });

  it('moves items and finds free names', () => {
    const items = ['a', 'b', 'c'];
    move(items, 0, 1);
    expect(items).toEqual(['b', 'a', 'c']);
    move(items, 2, 1);
    expect(items).toEqual(['b', 'a', 'c']);
    expect(freshName(['field', 'field_2'], 'field')).toBe('field_3');
    expect(freshName(['Entity'], 'Entity', '')).toBe('Entity2');
  });

  it('marks a copy in its title, within the 80 characters a title may have', () => {
    const { name, spec } = copyOf('Shop', { ...newDraft('shop') }, 'copy');
    expect(name).toBe('shop (copy)');
    expect((spec as Draft).project.title).toBe('shop (copy)');
    const long = copyOf(
      '',
      { ...newDraft('shop'), project: { name: 'shop', title: 'T'.repeat(80) } },
      'conflicting copy',
    );
    expect((long.spec as Draft).project.title).toHaveLength(80);
    expect(validateSpec(long.spec).ok).toBe(true);
  });
});

describe('specs the form can edit', () => {
  it('accepts any spec with the containers the form needs, valid or not', () => {
    expect(notEditable(newDraft())).toBeUndefined();
    expect(
      notEditable({ specVersion: 9, project: { name: 'Not valid!' }, entities: [{ name: '', fields: [] }] }),
    ).toBeUndefined();
  });

  it.each([
    ['not an object', [], 'not a JSON object'],
    ['no project', { specVersion: 1 }, 'no project object'],
    ['entities not a list', { project: {}, entities: {} }, 'entities are not a list'],
    ['an entity without fields', { project: {}, entities: [{ name: 'A' }] }, 'entities[0] has no list'],
    ['a field that is not an object', { project: {}, entities: [{ name: 'A', fields: ['x'] }] }, 'entities[0]'],
    ['relations not a list', { project: {}, relations: 'none' }, 'relations are not'],
    ['api not an object', { project: {}, api: [] }, 'api is not an object'],
  ])('refuses %s', (_label, spec, reason) => {
    expect(notEditable(spec)).toContain(reason);
  });
});
