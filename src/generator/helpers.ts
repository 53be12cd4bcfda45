/**
 * The few Handlebars helpers templates may use. They only escape and join; every
 * decision about what to generate is made in the view model.
 */
import type { HelperDelegate } from 'handlebars';
import { hashComment, markdownText, pyDocstring, pyString, tomlString, yamlString } from './escape';

type Helpers = Record<string, HelperDelegate>;

const text = (value: unknown): string => (value === undefined || value === null ? '' : String(value));

export const templateHelpers: Helpers = {
  py: (value: unknown) => pyString(text(value)),
  docstring: (value: unknown) => pyDocstring(text(value)),
  comment: (value: unknown, options?: { hash?: { indent?: string } }) =>
    hashComment(text(value), options?.hash?.indent ?? ''),
  yaml: (value: unknown) => yamlString(text(value)),
  toml: (value: unknown) => tomlString(text(value)),
  md: (value: unknown) => markdownText(text(value)),
  json: (value: unknown) => JSON.stringify(value),
  eq: (a: unknown, b: unknown) => a === b,
  ne: (a: unknown, b: unknown) => a !== b,
  and: (...args: unknown[]) => args.slice(0, -1).every(Boolean),
  or: (...args: unknown[]) => args.slice(0, -1).some(Boolean),
  not: (value: unknown) => !value,
  join: (items: unknown, separator: unknown) =>
    Array.isArray(items) ? items.map(text).join(typeof separator === 'string' ? separator : ', ') : '',
};
