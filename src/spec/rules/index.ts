/**
 * The semantic rules of spec v1, run after zod's structural parse. Each rule reports every
 * problem it finds; `checkRules` runs them all over whatever parsed (see view.ts).
 */
import type { Problem } from '../paths';
import { accessRule } from './access';
import { apiRule, deployRule } from './api-deploy';
import { classNameRule } from './class-names';
import { entityNameRule } from './entity-names';
import { fieldBoundsRule } from './field-bounds';
import { fieldDefaultRule } from './field-defaults';
import { fieldIndexRule } from './field-indexes';
import { fieldNameRule } from './field-names';
import { enumValuesRule, patternRule } from './field-values';
import { filterNameRule } from './filter-names';
import { identifierLengthRule } from './identifier-lengths';
import { mysqlRowRule } from './mysql-rows';
import { projectRule } from './project';
import { relationNameRule } from './relation-names';
import { relationEndsRule } from './relations';
import { tableRule } from './tables';
import type { Rule, SpecView } from './types';
import { userCreationRule } from './user-creation';

export const RULES: readonly Rule[] = [
  projectRule,
  entityNameRule,
  classNameRule,
  tableRule,
  identifierLengthRule,
  accessRule,
  fieldNameRule,
  fieldBoundsRule,
  patternRule,
  enumValuesRule,
  fieldDefaultRule,
  fieldIndexRule,
  filterNameRule,
  mysqlRowRule,
  relationEndsRule,
  relationNameRule,
  userCreationRule,
  apiRule,
  deployRule,
];

export function checkRules(view: SpecView): Problem[] {
  const problems: Problem[] = [];
  for (const rule of RULES) rule(view, (path, message) => problems.push({ path, message }));
  return problems;
}

export type { SpecView } from './types';
export { viewOfParsed, viewOfPartial } from './view';
