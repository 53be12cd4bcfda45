import { describe, expect, it } from 'vitest';
import { applyBlueprint, BLUEPRINTS, stem, suggestBlueprints } from '../../../src/blueprints';
import { formatSpecError, validateSpec, type SpecInput } from '../../../src/spec';

const fresh = (project: Partial<SpecInput['project']> = {}): SpecInput => ({
  specVersion: 1,
  project: { name: 'my_project', ...project },
  entities: [],
  relations: [],
});

const problems = (spec: SpecInput) => {
  const result = validateSpec(spec);
  return result.ok ? [] : result.errors.map(formatSpecError);
};

describe('blueprint catalog', () => {
  it('has at least 12 blueprints with distinct ids', () => {
    expect(BLUEPRINTS.length).toBeGreaterThanOrEqual(12);
    expect(new Set(BLUEPRINTS.map((b) => b.id)).size).toBe(BLUEPRINTS.length);
    for (const id of [
      'ecommerce',
      'saas',
      'blog',
      'booking',
      'payments',
      'inventory',
      'crm',
      'project-management',
      'clinic',
      'education',
      'iot',
      'ticketing',
    ]) {
      expect(BLUEPRINTS.map((b) => b.id)).toContain(id);
    }
  });

  describe.each(BLUEPRINTS.map((b) => [b.id, b] as const))('%s', (_id, blueprint) => {
    it.each([
      ['JWT auth (the default)', {}],
      ['no auth', { auth: 'none' as const }],
      [
        'multi-tenant, uuid keys, SQLite',
        { multiTenant: true, primaryKey: 'uuid' as const, database: 'sqlite' as const },
      ],
    ])('applied to a fresh project with %s gives a valid spec', (_label, project) => {
      const { spec, added } = applyBlueprint(fresh(project), blueprint);
      expect(added).toEqual(blueprint.entities.map((e) => e.name));
      expect(problems(spec)).toEqual([]);
    });

    it('applied twice adds nothing the second time and stays valid', () => {
      const once = applyBlueprint(fresh(), blueprint).spec;
      const twice = applyBlueprint(once, blueprint);
      expect(twice.added).toEqual([]);
      expect(twice.relations).toBe(0);
      expect(twice.spec.entities).toEqual(once.entities);
      expect(problems(twice.spec)).toEqual([]);
    });

    it('is the first suggestion for a description made of its own keywords', () => {
      const [first] = suggestBlueprints(`We run a business about ${blueprint.keywords.slice(0, 6).join(', ')}.`);
      expect(first?.blueprint.id).toBe(blueprint.id);
    });
  });

  it('applies only the picked entities, with the relations among what the spec then holds', () => {
    const ecommerce = BLUEPRINTS.find((b) => b.id === 'ecommerce')!;
    const { spec, added } = applyBlueprint(fresh(), ecommerce, ['Customer', 'Order']);
    expect(added).toEqual(['Customer', 'Order']);
    expect(spec.relations).toEqual([{ kind: 'one-to-many', from: 'Customer', to: 'Order', required: true }]);
    expect(problems(spec)).toEqual([]);
  });

  it('leaves out relations to User without auth', () => {
    const blog = BLUEPRINTS.find((b) => b.id === 'blog')!;
    const withAuth = applyBlueprint(fresh(), blog).spec.relations ?? [];
    const without = applyBlueprint(fresh({ auth: 'none' }), blog).spec.relations ?? [];
    expect(withAuth.some((r) => r.from === 'User')).toBe(true);
    expect(without.some((r) => r.from === 'User' || r.to === 'User')).toBe(false);
  });

  it('keeps an entity the user already has, whatever its case', () => {
    const spec = fresh();
    spec.entities = [{ name: 'Customer', fields: [{ name: 'nickname', type: 'string' }] }];
    const ecommerce = BLUEPRINTS.find((b) => b.id === 'ecommerce')!;
    const applied = applyBlueprint(spec, ecommerce);
    expect(applied.skipped).toEqual(['Customer']);
    expect(applied.spec.entities?.find((e) => e.name === 'Customer')?.fields).toEqual([
      { name: 'nickname', type: 'string' },
    ]);
    expect(problems(applied.spec)).toEqual([]);
  });
});

describe('suggestions from a description', () => {
  it('stems the usual English endings alike', () => {
    for (const group of [
      ['booking', 'bookings', 'booked', 'book'],
      ['schedule', 'scheduled', 'scheduling', 'schedules'],
      ['category', 'categories'],
      ['ship', 'shipping', 'shipped', 'ships'],
      ['invoice', 'invoices', 'invoicing'],
      ['box', 'boxes'],
    ]) {
      expect(new Set(group.map(stem)).size, group.join(' ')).toBe(1);
    }
  });

  it('ranks the domain the words point at first, and says which words matched', () => {
    const [first, second] = suggestBlueprints(
      'An online shop: customers browse products by category, fill a cart and place orders. We also track warehouse stock.',
    );
    expect(first?.blueprint.id).toBe('ecommerce');
    expect(first?.matched).toEqual(expect.arrayContaining(['shop', 'customers', 'products', 'cart', 'orders']));
    expect(second?.blueprint.id).toBe('inventory');
  });

  it('understands other domains', () => {
    expect(suggestBlueprints('Patients book appointments with doctors at our dental clinic')[0]?.blueprint.id).toBe(
      'clinic',
    );
    expect(
      suggestBlueprints('Sensors on each device send temperature readings; we raise alerts')[0]?.blueprint.id,
    ).toBe('iot');
    expect(suggestBlueprints('Customers open support tickets and agents reply')[0]?.blueprint.id).toBe('ticketing');
    expect(suggestBlueprints('Teachers publish courses; students enroll and get grades')[0]?.blueprint.id).toBe(
      'education',
    );
  });

  it('suggests nothing for a description with no domain words', () => {
    expect(suggestBlueprints('')).toEqual([]);
    expect(suggestBlueprints('Lorem ipsum dolor sit amet')).toEqual([]);
  });
});
