/**
 * relations[]: `from` / `to` name an entity of the spec or the built-in User (auth on);
 * fromName / toName follow the field-name rules (derived names included); `set-null` is
 * invalid with `required`; a many-to-many relation is never required and always cascades.
 */
import { show } from '../show';
import { attributeNameProblem } from './field-names';
import { derivedNote, entityRefs, resolveRelations } from './model';
import { eachParsed, type Rule, type SpecView } from './types';

function unknownEnd(view: SpecView, known: string[], name: string): string | undefined {
  if (name === 'User' && view.project?.auth === 'none')
    return '"User" is built in only when project.auth is not "none"';
  if (!view.entitiesComplete || (name === 'User' && !view.project)) return undefined;
  const near = known.find((k) => k.toLowerCase() === name.toLowerCase());
  const hint = near
    ? ` (did you mean ${show(near)}?)`
    : known.length
      ? ` (entities: ${known.slice(0, 12).join(', ')}${known.length > 12 ? ', …' : ''})`
      : '';
  return `${show(name)} is not an entity of this spec${hint}`;
}

export const relationEndsRule: Rule = (view, report) => {
  const refs = entityRefs(view);
  const known = [...refs.keys()];
  eachParsed(view.relations, (relation, index) => {
    for (const end of ['from', 'to'] as const) {
      if (refs.has(relation[end])) continue;
      const problem = unknownEnd(view, known, relation[end]);
      if (problem) report(['relations', index, end], problem);
    }
    const { kind, required, onDelete } = relation;
    if (kind === 'many-to-many') {
      if (required) {
        report(
          ['relations', index, 'required'],
          'a many-to-many relation cannot be required: it has no foreign key, and its id lists may be empty',
        );
      }
      if (onDelete !== undefined && onDelete !== 'cascade') {
        report(
          ['relations', index, 'onDelete'],
          `${show(onDelete)} is not possible for a many-to-many relation: its junction table always cascades (leave onDelete out or use "cascade")`,
        );
      }
    } else if (required && onDelete === 'set-null') {
      report(
        ['relations', index, 'onDelete'],
        '"set-null" is invalid with required: true (the foreign key is NOT NULL); use "cascade" or "restrict"',
      );
    }
  });
  for (const r of resolveRelations(view, refs)) {
    for (const end of ['fromName', 'toName'] as const) {
      const problem = attributeNameProblem(r[end]);
      if (problem) report(['relations', r.index, end], `${problem}${derivedNote(r, end)}`);
    }
  }
};
