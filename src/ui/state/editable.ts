/**
 * Whether a stored spec has the shape the form can edit. A spec may be invalid (that is
 * what validation shows), but the form needs its containers: a project object, lists of
 * entity, field and relation objects. A record from elsewhere without them is exported, not opened.
 */
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const listOfObjects = (value: unknown) => value === undefined || (Array.isArray(value) && value.every(isObject));

export function notEditable(spec: unknown): string | undefined {
  if (!isObject(spec)) return 'the spec is not a JSON object';
  if (!isObject(spec.project)) return 'the spec has no project object';
  if (!listOfObjects(spec.entities)) return 'its entities are not a list of objects';
  const entities = (spec.entities ?? []) as Record<string, unknown>[];
  const broken = entities.findIndex((entity) => !Array.isArray(entity.fields) || !listOfObjects(entity.fields));
  if (broken >= 0) return `entities[${broken}] has no list of field objects`;
  if (!listOfObjects(spec.relations)) return 'its relations are not a list of objects';
  for (const key of ['api', 'deploy'] as const) {
    if (spec[key] !== undefined && !isObject(spec[key])) return `its ${key} is not an object`;
  }
  return undefined;
}
