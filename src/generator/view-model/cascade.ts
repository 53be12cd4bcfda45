/**
 * `app/db/cascade.py`: for each entity, the rows that point at it (and each relation's
 * `onDelete`) and the junction rows that link it, so deleting applies the same rules to
 * hard and soft deletes on every database.
 */
import type { EntityView } from './entity';
import { junctionVariable } from './model';
import { Imports, pyTuple } from './python';
import type { ResolvedRelations } from './relations';

export interface CascadeView {
  imports: string[];
  dependants: { model: string; rules: { model: string; column: string; onDelete: string; label: string }[] }[];
  links: { model: string; columns: string[]; columnsLiteral: string }[];
}

export function buildCascadeView(entities: EntityView[], relations: ResolvedRelations): CascadeView {
  const imports = new Imports();
  const byName = new Map(entities.map((entity) => [entity.name, entity]));
  // Entity classes through the package (`models.Order`): no entity name can clash with
  // this module's own names (Dependant, Base, ...).
  const use = (entity: EntityView) => {
    imports.add('app', 'models');
    return `models.${entity.name}`;
  };
  const dependants: CascadeView['dependants'] = [];
  const links: CascadeView['links'] = [];
  for (const entity of entities) {
    const refs = relations.dependants.get(entity.name) ?? [];
    if (refs.length > 0) {
      dependants.push({
        model: use(entity),
        rules: refs.map((ref) => {
          const child = byName.get(ref.child.name)!;
          const model = use(child);
          const fk = child.foreignKeys.find((key) => key.ref === ref)!;
          return { model, column: `${model}.${fk.attr}`, onDelete: ref.onDelete, label: child.labelPlural };
        }),
      });
    }
    const lists = relations.idLists.get(entity.name) ?? [];
    if (lists.length > 0) {
      const model = use(entity);
      const columns = lists.map((list) => {
        const junction = list.junction;
        imports.add(`app.models.${junction.from.module}`, junctionVariable(junction));
        const column = list.side === 'from' ? junction.fromColumn : junction.toColumn;
        return `${junctionVariable(junction)}.c.${column}`;
      });
      links.push({ model, columns, columnsLiteral: pyTuple(columns) });
    }
  }
  return { imports: imports.lines(), dependants, links };
}
