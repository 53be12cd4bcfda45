/**
 * Word lists behind `pluralize` / `singularize` (naming.ts). The suffix rules cover regular
 * English; these lists hold the words the rules would get wrong. Each list says which rule
 * it overrides, so a word can be added without reading the rule code.
 */

/** Same in singular and plural (`news`, `data`, `equipment`). */
export const UNCOUNTABLE = new Set([
  'advice',
  'aircraft',
  'baggage',
  'bison',
  'cattle',
  'chassis',
  'clothing',
  'data',
  'deer',
  'equipment',
  'evidence',
  'feedback',
  'firmware',
  'fish',
  'furniture',
  'hardware',
  'headquarters',
  'homework',
  'information',
  'knowledge',
  'livestock',
  'luggage',
  'means',
  'media',
  'metadata',
  'middleware',
  'money',
  'moose',
  'music',
  'news',
  'offspring',
  'police',
  'research',
  'rice',
  'salmon',
  'seafood',
  'series',
  'sheep',
  'software',
  'spacecraft',
  'species',
  'staff',
  'swine',
  'traffic',
  'trout',
  'wildlife',
]);

/** Whole-word irregular plurals (the singular side is derived from this table). */
export const IRREGULAR_PLURALS: Record<string, string> = {
  axis: 'axes',
  child: 'children',
  criterion: 'criteria',
  foot: 'feet',
  goose: 'geese',
  life: 'lives',
  louse: 'lice',
  matrix: 'matrices',
  mouse: 'mice',
  ox: 'oxen',
  person: 'people',
  phenomenon: 'phenomena',
  quiz: 'quizzes',
  thief: 'thieves',
  tooth: 'teeth',
  vertex: 'vertices',
};

/** Plurals only `singularize` knows (a name may arrive already plural in a Latin form). */
export const EXTRA_SINGULARS: Record<string, string> = {
  alumni: 'alumnus',
  appendices: 'appendix',
  cacti: 'cactus',
  curricula: 'curriculum',
  fungi: 'fungus',
  indices: 'index',
  radii: 'radius',
  stimuli: 'stimulus',
};

/** `-sis` → `-ses` is a general plural rule; these `-ses` plurals singularize back to `-sis`. */
export const SIS_WORDS = [
  'analysis',
  'crisis',
  'diagnosis',
  'emphasis',
  'genesis',
  'hypothesis',
  'nemesis',
  'oasis',
  'parenthesis',
  'prognosis',
  'synopsis',
  'synthesis',
  'thesis',
];

/**
 * Singular nouns ending in `s` that the `-s` rules would mangle: their plural is `+es`
 * and `singularize` leaves them alone (`alias` ↔ `aliases`, `lens` ↔ `lenses`).
 */
export const SINGULARS_ENDING_IN_S = new Set([
  'alias',
  'atlas',
  'bias',
  'canvas',
  'chaos',
  'cosmos',
  'ethos',
  'gas',
  'iris',
  'kudos',
  'lens',
  'metropolis',
  'pancreas',
  'pathos',
  'pelvis',
  'tennis',
  'thermos',
  'trellis',
]);

/** `-o` nouns whose plural is `-oes` (every other `-o` noun takes `-os`: `photos`, `todos`). */
export const O_ES_WORDS = new Set([
  'buffalo',
  'cargo',
  'domino',
  'echo',
  'embargo',
  'hero',
  'mosquito',
  'motto',
  'potato',
  'tomato',
  'tornado',
  'torpedo',
  'veto',
  'volcano',
]);

/** `-ie` nouns: `movies` → `movie`, not `movy` (the `-ies` → `-y` rule). */
export const IE_WORDS = new Set([
  'auntie',
  'birdie',
  'bookie',
  'brownie',
  'calorie',
  'cookie',
  'die',
  'freebie',
  'genie',
  'goalie',
  'hoodie',
  'indie',
  'lie',
  'lingerie',
  'magpie',
  'movie',
  'necktie',
  'newbie',
  'pie',
  'prairie',
  'rookie',
  'selfie',
  'smoothie',
  'sortie',
  'tie',
  'veggie',
  'zombie',
]);

/** Consonant + `use` nouns: `fuses` → `fuse`, not `fus` (the `buses` → `bus` rule). */
export const USE_WORDS = new Set([
  'abuse',
  'accuse',
  'confuse',
  'excuse',
  'fuse',
  'misuse',
  'muse',
  'recluse',
  'refuse',
  'ruse',
]);

/** `-u` nouns: `menus` → `menu` (a word ending in `-us` is otherwise singular: `status`). */
export const U_WORDS = new Set([
  'bantu',
  'cpu',
  'emu',
  'gnu',
  'gpu',
  'guru',
  'haiku',
  'kudzu',
  'menu',
  'sku',
  'sudoku',
  'tiramisu',
  'tofu',
  'tutu',
  'zebu',
]);

/** `-che` nouns outside the `-ache` pattern: `niches` → `niche`, not `nich`. */
export const CHE_WORDS = new Set(['avalanche', 'cliche', 'creche', 'niche', 'psyche', 'quiche']);

/** `-ch` sounded /k/: plural `+s` (`epochs`), not `+es`. */
export const CH_S_WORDS = new Set(['epoch', 'matriarch', 'monarch', 'oligarch', 'patriarch', 'stomach', 'tech']);

/** `-lf` nouns with a plain `+s` plural (every other `-lf` becomes `-lves`). */
export const LF_S_WORDS = new Set(['golf', 'gulf']);

/** `-lve` nouns: `valves` → `valve`, not `valf` (the `wolves` → `wolf` rule). */
export const LVE_WORDS = new Set(['bivalve', 'valve']);

/** `-man` words that are not compounds of "man": `humans`, not `humen`. */
export const MAN_EXCEPTIONS = new Set([
  'caiman',
  'cayman',
  'doberman',
  'german',
  'human',
  'ottoman',
  'roman',
  'shaman',
  'talisman',
]);

/** Singular nouns ending in `-men`: `singularize` leaves them alone (`specimen`). */
export const MEN_SINGULARS = new Set([
  'abdomen',
  'acumen',
  'albumen',
  'amen',
  'bitumen',
  'dolmen',
  'foramen',
  'hymen',
  'lumen',
  'omen',
  'ramen',
  'regimen',
  'semen',
  'specimen',
  'stamen',
]);
