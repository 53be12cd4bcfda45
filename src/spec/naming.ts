/**
 * Naming rules shared by the spec's defaults, the generator and the UI's derived names.
 * English plural rules cover what entity names realistically use; anything else can be
 * overridden with `plural` in the spec.
 */

const IRREGULAR: Record<string, string> = {
  person: 'people',
  man: 'men',
  woman: 'women',
  child: 'children',
  tooth: 'teeth',
  foot: 'feet',
  mouse: 'mice',
  goose: 'geese',
  ox: 'oxen',
  datum: 'data',
  medium: 'media',
  criterion: 'criteria',
  analysis: 'analyses',
  index: 'indexes',
  matrix: 'matrices',
  vertex: 'vertices',
  quiz: 'quizzes',
};
const UNCOUNTABLE = new Set(['equipment', 'information', 'rice', 'money', 'species', 'series', 'fish', 'sheep', 'news', 'staff', 'feedback', 'metadata', 'software', 'hardware', 'data']);
const IRREGULAR_SINGULAR: Record<string, string> = Object.fromEntries(
  Object.entries(IRREGULAR).map(([one, many]) => [many, one]),
);

/** `OrderItem` → `order_item`, `HTTPLog` → `http_log`, `already_snake` unchanged. */
export function snakeCase(name: string): string {
  return name
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[-\s]+/g, '_')
    .toLowerCase();
}

/** `order_item` → `OrderItem`. */
export function pascalCase(name: string): string {
  return name
    .split(/[_\s-]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}

/** `payment_processor` → `Payment Processor`. */
export function titleCase(name: string): string {
  return name
    .split(/[_\s-]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join(' ');
}

/** Applies `fn` to the last `_`-separated word, so `order_item` → `order_items`. */
function onLastWord(snake: string, fn: (word: string) => string): string {
  const cut = snake.lastIndexOf('_');
  return cut < 0 ? fn(snake) : snake.slice(0, cut + 1) + fn(snake.slice(cut + 1));
}

function pluralWord(word: string): string {
  if (UNCOUNTABLE.has(word)) return word;
  if (IRREGULAR[word]) return IRREGULAR[word];
  if (/(s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(?:[^f]fe|[lr]f)$/.test(word)) return word.replace(/fe?$/, 'ves');
  return `${word}s`;
}

function singularWord(word: string): string {
  if (UNCOUNTABLE.has(word)) return word;
  if (IRREGULAR_SINGULAR[word]) return IRREGULAR_SINGULAR[word];
  if (/[^aeiou]ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(ss|x|z|ch|sh)es$/.test(word) || /(ss)es$/.test(word)) return word.slice(0, -2);
  if (/([lr])ves$/.test(word)) return `${word.slice(0, -3)}f`;
  if (/ives$/.test(word)) return `${word.slice(0, -3)}fe`;
  if (/ses$/.test(word) && !/sses$/.test(word)) return word.slice(0, -1);
  if (/[^s]s$/.test(word) && !/(us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** `Category` → `categories`, `Address` → `addresses`, `Person` → `people`. */
export function pluralize(name: string): string {
  return onLastWord(snakeCase(name), pluralWord);
}

/**
 * Undoes the plural rules: `categories` → `category`, `people` → `person`; a name that is
 * not a plural stays as it is (`following` → `following`).
 */
export function singularize(name: string): string {
  return onLastWord(name, singularWord);
}

/** The StrEnum class of an enum field: `Customer` + `role` → `CustomerRole`. */
export function enumClassName(entity: string, field: string): string {
  return `${entity}${pascalCase(field)}`;
}
