/** Plural and singular rules (naming.ts): documented examples and the round-trip property. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { enumClassName, pascalCase, pluralize, singularize, snakeCase, titleCase } from '../../../src/spec/naming';
import {
  CHE_WORDS,
  EXTRA_SINGULARS,
  IE_WORDS,
  IRREGULAR_PLURALS,
  LVE_WORDS,
  MEN_SINGULARS,
  O_ES_WORDS,
  SINGULARS_ENDING_IN_S,
  SIS_WORDS,
  U_WORDS,
  UNCOUNTABLE,
  USE_WORDS,
} from '../../../src/spec/inflections';

describe('case conversions', () => {
  it.each([
    ['OrderItem', 'order_item'],
    ['HTTPLog', 'http_log'],
    ['Item2Box', 'item2_box'],
    ['Customer', 'customer'],
    ['already_snake', 'already_snake'],
  ])('snakeCase(%s) = %s', (name, snake) => expect(snakeCase(name)).toBe(snake));

  it('pascalCase, titleCase and enum class names', () => {
    expect(pascalCase('order_item')).toBe('OrderItem');
    expect(titleCase('payment_processor')).toBe('Payment Processor');
    expect(enumClassName('Customer', 'role')).toBe('CustomerRole');
    expect(enumClassName('Order', 'payment_state')).toBe('OrderPaymentState');
  });
});

describe('pluralize', () => {
  it.each([
    ['Category', 'categories'],
    ['Address', 'addresses'],
    ['Person', 'people'],
    ['Box', 'boxes'],
    ['Bus', 'buses'],
    ['Status', 'statuses'],
    ['Analysis', 'analyses'],
    ['Leaf', 'leaves'],
    ['Knife', 'knives'],
    ['Day', 'days'],
    ['Hero', 'heroes'],
    ['Photo', 'photos'],
    ['Todo', 'todos'],
    ['OrderItem', 'order_items'],
    ['Church', 'churches'],
    ['Epoch', 'epochs'],
    ['Movie', 'movies'],
    ['Child', 'children'],
    ['Salesman', 'salesmen'],
    ['Human', 'humans'],
    ['Shelf', 'shelves'],
    ['Roof', 'roofs'],
    ['Cafe', 'cafes'],
    ['News', 'news'],
    ['Equipment', 'equipment'],
    ['Menu', 'menus'],
    ['Taxi', 'taxis'],
    ['Quiz', 'quizzes'],
    ['Alias', 'aliases'],
    ['Archive', 'archives'],
    ['Case', 'cases'],
    ['Size', 'sizes'],
  ])('%s → %s', (name, plural) => expect(pluralize(name)).toBe(plural));
});

describe('singularize', () => {
  it.each([
    ['categories', 'category'],
    ['people', 'person'],
    ['addresses', 'address'],
    ['statuses', 'status'],
    ['following', 'following'],
    ['news', 'news'],
    ['data', 'data'],
    ['boxes', 'box'],
    ['buses', 'bus'],
    ['analyses', 'analysis'],
    ['leaves', 'leaf'],
    ['knives', 'knife'],
    ['heroes', 'hero'],
    ['movies', 'movie'],
    ['courses', 'course'],
    ['houses', 'house'],
    ['caches', 'cache'],
    ['coaches', 'coach'],
    ['archives', 'archive'],
    ['valves', 'valve'],
    ['menus', 'menu'],
    ['handled_orders', 'handled_order'],
    ['order_items', 'order_item'],
    ['indices', 'index'],
  ])('%s → %s', (plural, singular) => expect(singularize(plural)).toBe(singular));

  it.each(['status', 'address', 'analysis', 'bus', 'gas', 'lens', 'following', 'staff', 'specimen', 'iris'])(
    'leaves the singular %s alone',
    (word) => expect(singularize(word)).toBe(word),
  );
});

/** Realistic entity nouns: every one must round-trip. */
const NOUNS = `
account activity address agenda alert alias analysis answer api appointment archive area article asset atlas attachment
audit author badge bank basket batch beach bench bill bonus book booking box branch brand brush budget bug
building bus business cache cafe calendar campaign campus candidate car card cart case category census chair channel
chapter chart chief child church city class client clinic coach comment company complaint contact contract coupon course
crisis currency customer dashboard database day deal delivery department device diagnosis dish doctor document domain
driver echo email employee enterprise entry epoch event exercise expense fax feature fee file fix flag flash fleet
folder franchise fuse gas genius glass goal grade guest half hero hobby holiday hotel house image index inquiry
invoice issue item job journey key kiss knife label lady leaf lease lens lesson library license life line loaf
location log logo loss match matrix medium meeting memo menu message method metric mission model movie niche note
notification office order owner package page party patch payment person phase phone photo piano plan platform policy
portfolio post potato premise price prize process product profile project promise property proposal purchase quiz
radio rate ratio receipt record reference release reply report request reservation response review role room route
rule safe salary sale salesman sandwich scarf scenario schedule schema school search season sector self series service
session setting shelf shift shipment shoe size sketch sku slot species speech sprint staff stage statement status
stomach story studio subscription supplier survey switch tag task tax taxi team tech template tenant thesis thief
ticket token tomato tooth topic tour toy tax transaction trip user valve vendor venue video virus visit wallet watch
wharf wife wish wolf woman workflow workshop zone
`
  .trim()
  .split(/\s+/);

/** Every word the lists of inflections.ts name, and the plurals they spell out. */
const LISTED_WORDS = [
  ...Object.entries(IRREGULAR_PLURALS).flat(),
  ...Object.entries(EXTRA_SINGULARS).flat(),
  ...SIS_WORDS.flatMap((w) => [w, `${w.slice(0, -3)}ses`]),
  ...[...SINGULARS_ENDING_IN_S].flatMap((w) => [w, `${w}es`]),
  ...[...O_ES_WORDS].flatMap((w) => [w, `${w}es`]),
  ...[IE_WORDS, LVE_WORDS, USE_WORDS, U_WORDS, CHE_WORDS, UNCOUNTABLE, MEN_SINGULARS].flatMap((set) => [...set]),
];
const LISTED = new Set([...LISTED_WORDS, ...LISTED_WORDS.map(pluralize)]);

/**
 * The shapes naming.ts documents as outside the rules ("Known limits"): random words of these
 * shapes are left out of the property, unless a list in inflections.ts names them.
 */
function handledByRules(word: string): boolean {
  if (LISTED.has(word)) return true;
  if (LISTED.has(pluralize(word))) return false;
  if (/s$/.test(word)) return /(?:ss|[^aeiou]us|ius)$/.test(word);
  if (/u$/.test(word)) return /(?:ou|eau)$/.test(word);
  if (/(?:si|[^tz]z|^z|(?:zz|tz)e|xe|sse|she|yse|[^aeiou]use|iuse|ie|lve|eave|oave|arve|wive|knive)$/.test(word))
    return false;
  if (/che$/.test(word) && !/ache$/.test(word)) return false;
  return !/(?:^|[^eo])ach$/.test(word);
}

describe('round trip: singularize(pluralize(snake(name))) === snake(name)', () => {
  it.each(NOUNS)('%s', (noun) => expect(singularize(pluralize(noun))).toBe(noun));

  it('holds for PascalCase compounds of realistic nouns', () => {
    const noun = fc.constantFrom(...NOUNS);
    const name = fc
      .array(noun, { minLength: 1, maxLength: 3 })
      .map((words) => words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(''));
    fc.assert(
      fc.property(name, (n) => singularize(pluralize(n)) === snakeCase(n)),
      { numRuns: 300 },
    );
  });

  it('holds for random lowercase words of the shapes the rules handle', () => {
    const word = fc.stringMatching(/^[a-z]{1,12}$/).filter(handledByRules);
    fc.assert(
      fc.property(word, (w) => singularize(pluralize(w)) === w),
      { numRuns: Number(process.env.NAMING_RUNS ?? 2000) },
    );
  });

  it('documented exceptions really are exceptions (so the limits stay honest)', () => {
    for (const word of ['leave', 'axe', 'fez', 'bach', 'milieu', 'basis']) {
      expect(singularize(pluralize(word))).not.toBe(word);
    }
  });
});
