import { describe, expect, it } from 'vitest';
import { buildViewModel } from '../../../src/generator/view-model';
import { spec } from './view-model-support';

const project = { name: 'shop', auth: 'none', database: 'sqlite' };
const named = (name: string, fields = [{ name: 'name', type: 'string' }], extra = {}) => ({ name, fields, ...extra });

describe('foreign keys', () => {
  const vm = buildViewModel(
    spec({
      project,
      entities: [named('Customer'), named('Order', undefined, { softDelete: true }), named('Profile')],
      relations: [
        { kind: 'one-to-many', from: 'Customer', to: 'Order', required: true },
        { kind: 'one-to-many', from: 'Customer', to: 'Order', fromName: 'handled', toName: 'handler' },
        { kind: 'one-to-one', from: 'Customer', to: 'Profile', onDelete: 'restrict' },
      ],
    }),
  );
  const [customer, order, profile] = vm.entities;

  it('puts `<toName>_id` on the child, indexed (unique for one-to-one), with the ON DELETE rule', () => {
    expect(order!.model.columns.slice(-2)).toEqual([
      { attr: 'customer_id', annotation: 'int', args: 'ForeignKey("customers.id", ondelete="CASCADE"), index=True' },
      {
        attr: 'handler_id',
        annotation: 'int | None',
        args: 'ForeignKey("customers.id", ondelete="SET NULL"), index=True',
      },
    ]);
    expect(profile!.model.columns.at(-1)!.args).toBe('ForeignKey("customers.id", ondelete="RESTRICT"), unique=True');
  });

  it('declares both ends of each relationship with explicit foreign keys and no lazy loads', () => {
    expect(order!.model.relationships.map((r) => `${r.attr}: ${r.annotation}`)).toEqual([
      'customer: "Customer"',
      'handler: "Customer | None"',
    ]);
    expect(customer!.model.relationships.map((r) => `${r.attr}: ${r.annotation} = ${r.args}`)).toEqual([
      'orders: list["Order"] = back_populates="customer", foreign_keys="Order.customer_id", lazy="raise", passive_deletes=True',
      'handled: list["Order"] = back_populates="handler", foreign_keys="Order.handler_id", lazy="raise", passive_deletes=True',
      'profile: "Profile | None" = back_populates="customer", foreign_keys="Profile.customer_id", lazy="raise", passive_deletes=True',
    ]);
  });

  it('filters on every foreign key and checks it exists before writing', () => {
    expect(order!.service.filters.map((f) => `${f.name}:${f.operators}`)).toEqual([
      'customer_id:ORDERED',
      'handler_id:ORDERED',
    ]);
    expect(order!.service.foreignKeyChecks.map((c) => c.parent)).toEqual(['models.Customer', 'models.Customer']);
    expect(order!.tests.required).toEqual(['customer_id']);
  });

  it('applies onDelete in one table for every parent', () => {
    expect(vm.cascade.dependants).toEqual([
      {
        model: 'models.Customer',
        rules: [
          { model: 'models.Order', column: 'models.Order.customer_id', onDelete: 'cascade', label: 'orders' },
          { model: 'models.Order', column: 'models.Order.handler_id', onDelete: 'set-null', label: 'orders' },
          { model: 'models.Profile', column: 'models.Profile.customer_id', onDelete: 'restrict', label: 'profiles' },
        ],
      },
    ]);
  });
});

describe('many-to-many', () => {
  it('names the junction `<from plural>_<to plural>` and exposes `<singular>_ids` on both sides', () => {
    const vm = buildViewModel(
      spec({
        project,
        entities: [named('Task'), named('Category')],
        relations: [{ kind: 'many-to-many', from: 'Task', to: 'Category' }],
      }),
    );
    const [task, category] = vm.entities;
    expect(task!.idLists.map((l) => l.name)).toEqual(['category_ids']);
    expect(category!.idLists.map((l) => l.name)).toEqual(['task_ids']);
    expect(task!.model.junctions).toEqual([
      {
        variable: 'tasks_categories_table',
        table: 'tasks_categories',
        columns: [
          'Column("task_id", ForeignKey("tasks.id", ondelete="CASCADE"), primary_key=True)',
          'Column("category_id", ForeignKey("categories.id", ondelete="CASCADE"), primary_key=True, index=True)',
        ],
      },
    ]);
    expect(task!.service.loadOptions).toEqual(['selectinload(Task.categories)']);
    expect(category!.model.relationships[0]!.args).toContain('secondary="tasks_categories"');
  });

  it('gives a self relation distinct junction columns and explicit joins', () => {
    const vm = buildViewModel(
      spec({
        project,
        entities: [named('Person', undefined, { plural: 'people' })],
        relations: [{ kind: 'many-to-many', from: 'Person', to: 'Person', fromName: 'following', toName: 'followers' }],
      }),
    );
    const person = vm.entities[0]!;
    expect(person.idLists.map((l) => l.name)).toEqual(['following_ids', 'follower_ids']);
    expect(person.model.junctions[0]!.columns[0]).toContain('"follower_id"');
    expect(person.model.relationships[0]!.args).toContain('primaryjoin="Person.id == people_people.c.follower_id"');
    expect(person.model.relationships[1]!.args).toContain('primaryjoin="Person.id == people_people.c.following_id"');
  });
});

describe('migration', () => {
  it("names every constraint and index as the models' naming convention does", () => {
    const vm = buildViewModel(
      spec({
        project,
        entities: [
          { name: 'Tag', description: 'A label 🚀', fields: [{ name: 'name', type: 'string', unique: true }] },
          { name: 'Note', softDelete: true, fields: [{ name: 'body', type: 'text', index: true }] },
        ],
        relations: [{ kind: 'one-to-many', from: 'Tag', to: 'Note', required: true }],
      }),
    );
    const [tags, notes] = vm.migration.tables;
    expect(tags!.items).toContain('sa.PrimaryKeyConstraint("id", name=op.f("pk_tags"))');
    expect(tags!.items).toContain('sa.UniqueConstraint("name", name=op.f("uq_tags_name"))');
    expect(tags!.tableComment).toBe('comment="A label ?"');
    expect(notes!.items).toContain(
      'sa.ForeignKeyConstraint(["tag_id"], ["tags.id"], name=op.f("fk_notes_tag_id_tags"), ondelete="CASCADE")',
    );
    expect(notes!.indexes.map((index) => index.name)).toEqual([
      'ix_notes_body',
      'ix_notes_tag_id',
      'ix_notes_deleted_at',
    ]);
    expect(vm.migration.reversed.map((table) => table.name)).toEqual(['notes', 'tags']);
  });
});

describe('table order', () => {
  it('creates parents first and defers a key that closes a cycle between tables', () => {
    const vm = buildViewModel(
      spec({
        project,
        entities: [named('Department'), named('Employee')],
        relations: [
          { kind: 'one-to-many', from: 'Department', to: 'Employee' },
          { kind: 'one-to-many', from: 'Employee', to: 'Department', fromName: 'headed', toName: 'head' },
        ],
      }),
    );
    expect(vm.migration.tables.map((t) => t.name)).toEqual(['employees', 'departments']);
    expect(vm.migration.deferred.map((key) => key.name)).toEqual(['fk_employees_department_id_departments']);
    expect(vm.entities[1]!.model.columns.at(-1)!.args).toContain('use_alter=True');
  });

  it('skips the tests of rows that need a row of their own kind first', () => {
    const vm = buildViewModel(
      spec({
        project,
        entities: [named('Node'), named('Leaf')],
        relations: [
          { kind: 'one-to-many', from: 'Node', to: 'Node', fromName: 'children', toName: 'parent', required: true },
          { kind: 'one-to-many', from: 'Node', to: 'Leaf', required: true },
        ],
      }),
    );
    expect(vm.entities.map((e) => e.tests.skipReason !== null)).toEqual([true, true]);
  });
});
