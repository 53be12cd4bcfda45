/** What the diagram shows of a valid spec: fields with types, foreign keys, built-in User. */
import type { Spec } from '../../spec';
import type { ErEntity, ErRelation } from './er-layout';

export function erInput(spec: Spec): { entities: ErEntity[]; relations: ErRelation[] } {
  const entities: ErEntity[] = spec.entities.map((entity) => ({
    name: entity.name,
    rows: [
      ...entity.fields.map((f) => `${f.name}: ${f.type}${f.required ? '' : '?'}`),
      ...spec.relations
        .filter((r) => r.to === entity.name && r.kind !== 'many-to-many')
        .map((r) => `${r.toName}_id → ${r.from}`),
    ],
  }));
  const usesUser = spec.relations.some((r) => r.from === 'User' || r.to === 'User');
  if (usesUser && !entities.some((e) => e.name === 'User')) entities.push({ name: 'User', rows: ['(built in)'] });
  const relations: ErRelation[] = spec.relations.map((r) => ({
    kind: r.kind,
    from: r.from,
    to: r.to,
    label: r.kind === 'many-to-many' ? `${r.fromName} ⇄ ${r.toName}` : `${r.fromName} / ${r.toName}`,
  }));
  return { entities, relations };
}
