/**
 * Naming rules shared by the spec's defaults, the generator and the UI's derived names.
 *
 * Plurals (applied to the last `_`-separated word, so `order_item` → `order_items`):
 *  1. uncountable words stay (`news`, `data`, `equipment`); whole-word irregulars (`person` → `people`);
 *  2. `-man` → `-men` (`salesman`), `-wife`/`-knife` → `-wives`/`-knives`;
 *  3. `-sis` → `-ses` (`analysis` → `analyses`);
 *  4. `-s`, `-x`, `-z`, `-sh`, `-ch` → `+es` (`address`, `box`, `bus`, `status`, `church`), but `/k/`-sounding
 *     `-ch` takes `+s` (`epochs`);
 *  5. consonant + `y` → `-ies` (`category` → `categories`; `day` → `days`);
 *  6. `-lf`, `-eaf`, `-oaf`, `-arf` → `-ves` (`shelf`, `leaf`, `loaf`, `scarf`);
 *  7. a short list of `-o` nouns takes `-oes` (`hero`, `potato`); other `-o` nouns `+s` (`photo`, `todo`);
 *  8. everything else `+s`.
 * `singularize` undoes exactly these rules, and leaves a word that is not such a plural as it is
 * (`following`, `status`, `analysis`). The lists of exceptions live in inflections.ts.
 *
 * Known limits (names outside them round-trip: `singularize(pluralize(x)) === x`):
 *  - a singular ending in `-s` other than `-ss`, consonant + `-us`, `-ius`, a listed `-sis` word or a
 *    word of SINGULARS_ENDING_IN_S (`chaos` → `chaoses` → `chaose`);
 *  - a singular ending in `-u` (other than `-ou`, `-eau` and the U_WORDS) or `-si`: its `+s` plural reads as a
 *    singular `-us` / `-sis` word;
 *  - a singular ending in a single `-z`, `-xe`, `-sse`, `-yse`, consonant + `-use`, `-ie`, `-lve`, `-eave`,
 *    `-oave`, `-arve`, a `-che` outside `-ache` / CHE_WORDS, or `-ach` not after `e`/`o` (`bach`), unless listed;
 *  - a singular ending in `-men` outside MEN_SINGULARS, which `singularize` reads as a plural of `-man`;
 *  - a word whose plural is spelled like a listed irregular plural (`leave` → `leaves` → `leaf`, `live` →
 *    `lives` → `life`). The spec's `plural` key overrides any of these.
 */
import {
  CHE_WORDS,
  CH_S_WORDS,
  EXTRA_SINGULARS,
  IE_WORDS,
  IRREGULAR_PLURALS,
  LF_S_WORDS,
  LVE_WORDS,
  MAN_EXCEPTIONS,
  MEN_SINGULARS,
  O_ES_WORDS,
  SINGULARS_ENDING_IN_S,
  SIS_WORDS,
  UNCOUNTABLE,
  USE_WORDS,
  U_WORDS,
} from './inflections';

const IRREGULAR_SINGULARS: Readonly<Record<string, string>> = {
  ...EXTRA_SINGULARS,
  ...Object.fromEntries(Object.entries(IRREGULAR_PLURALS).map(([one, many]) => [many, one])),
  ...Object.fromEntries(SIS_WORDS.map((word) => [`${word.slice(0, -3)}ses`, word])),
  ...Object.fromEntries([...SINGULARS_ENDING_IN_S].map((word) => [`${word}es`, word])),
};

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
  if (Object.hasOwn(IRREGULAR_PLURALS, word)) return IRREGULAR_PLURALS[word]!;
  if (/man$/.test(word) && !MAN_EXCEPTIONS.has(word)) return `${word.slice(0, -3)}men`;
  if (/(?:wife|knife)$/.test(word)) return `${word.slice(0, -2)}ves`;
  if (/sis$/.test(word)) return `${word.slice(0, -3)}ses`;
  if (/(?:s|x|z|sh)$/.test(word)) return `${word}es`;
  if (/ch$/.test(word)) return CH_S_WORDS.has(word) ? `${word}s` : `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(?:lf|eaf|oaf|arf)$/.test(word) && !LF_S_WORDS.has(word)) return `${word.slice(0, -1)}ves`;
  if (O_ES_WORDS.has(word)) return `${word}es`;
  return `${word}s`;
}

/** Plurals ending in `-ses`: `addresses`, `analyses`, `statuses`, `geniuses`, `courses`, `houses`. */
function singularOfSes(word: string): string {
  if (/sses$/.test(word)) return word.slice(0, -2);
  if (/yses$/.test(word)) return `${word.slice(0, -3)}sis`;
  if (/iuses$/.test(word)) return word.slice(0, -2);
  if (/[^aeiou]uses$/.test(word) && !USE_WORDS.has(word.slice(0, -1))) return word.slice(0, -2);
  return word.slice(0, -1);
}

/** Plurals ending in `-ves`: `shelves`, `leaves`, `loaves`, `scarves`, `wives`; else `archives`, `valves`. */
function singularOfVes(word: string): string {
  if (/(?:wives|knives)$/.test(word)) return `${word.slice(0, -3)}fe`;
  if (/lves$/.test(word) && !LVE_WORDS.has(word.slice(0, -1))) return `${word.slice(0, -3)}f`;
  if (/(?:eaves|oaves|arves)$/.test(word)) return `${word.slice(0, -3)}f`;
  return word.slice(0, -1);
}

/** Plurals ending in `-es` after a sibilant or `o`, and `-ies`. */
function singularOfEs(word: string): string | undefined {
  if (/ies$/.test(word)) return IE_WORDS.has(word.slice(0, -1)) ? word.slice(0, -1) : `${word.slice(0, -3)}y`;
  if (/ves$/.test(word)) return singularOfVes(word);
  if (/oes$/.test(word)) return O_ES_WORDS.has(word.slice(0, -2)) ? word.slice(0, -2) : word.slice(0, -1);
  if (/ses$/.test(word)) return singularOfSes(word);
  if (/(?:x|zz|tz|sh)es$/.test(word)) return word.slice(0, -2);
  if (/ches$/.test(word)) {
    const isChe = CHE_WORDS.has(word.slice(0, -1)) || /(?:^|[^eo])aches$/.test(word);
    return isChe ? word.slice(0, -1) : word.slice(0, -2);
  }
  return undefined;
}

function singularWord(word: string): string {
  if (UNCOUNTABLE.has(word) || SINGULARS_ENDING_IN_S.has(word) || MEN_SINGULARS.has(word)) return word;
  if (Object.hasOwn(IRREGULAR_SINGULARS, word)) return IRREGULAR_SINGULARS[word]!;
  if (/men$/.test(word) && !MAN_EXCEPTIONS.has(`${word.slice(0, -3)}man`)) return `${word.slice(0, -3)}man`;
  if (!word.endsWith('s') || /ss$/.test(word)) return word;
  const fromEs = singularOfEs(word);
  if (fromEs !== undefined) return fromEs;
  if (/sis$/.test(word)) return word;
  if (/us$/.test(word)) return U_WORDS.has(word.slice(0, -1)) || /(?:ou|eau)s$/.test(word) ? word.slice(0, -1) : word;
  return word.slice(0, -1);
}

/** `Category` → `categories`, `Address` → `addresses`, `Person` → `people`, `OrderItem` → `order_items`. */
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
