/** `pattern` is a portable regex (regex/); enum `values` are unique. */
import { patternProblem } from '../regex';
import { show } from '../show';
import { eachField, reportRepeats, type Rule } from './types';

export const patternRule: Rule = (view, report) => {
  eachField(view, (field, at) => {
    if (field.type !== 'string' || field.pattern === undefined) return;
    const problem = patternProblem(field.pattern);
    if (problem) report(at('pattern'), `${show(field.pattern)} is not a portable regex: ${problem}`);
  });
};

export const enumValuesRule: Rule = (view, report) => {
  eachField(view, (field, at) => {
    if (field.type !== 'enum') return;
    reportRepeats(
      field.values,
      (value) => value,
      (index, first) =>
        report([...at('values'), index], `${show(field.values[index])} is listed twice (first at values[${first}])`),
    );
  });
};
