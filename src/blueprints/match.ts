/**
 * Suggests blueprints from a business description, offline: both the description and each
 * blueprint's keywords are cut into words and stemmed the same light way (plurals, -ing,
 * -ed, silent e), and a blueprint scores one point per keyword the description uses (a phrase counts
 * when all its words appear).
 */
import { BLUEPRINTS } from './catalog';
import type { Blueprint } from './types';

/** Undoes the common English endings, so `bookings`, `booked` and `booking` all read `book`. */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, '');
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && /(?:ss|x|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  for (const suffix of ['ing', 'ed']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length);
      if (/([^aeiouls])\1$/.test(w)) w = w.slice(0, -1); // shipping → shipp → ship
      break;
    }
  }
  // A final silent e goes too, so `schedule`, `scheduled` and `scheduling` agree.
  return w.length > 3 && w.endsWith('e') && !w.endsWith('ee') ? w.slice(0, -1) : w;
}

/** Words of a text: letters and digits, hyphenated words both whole and split (`e-commerce`). */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const token of text
    .toLowerCase()
    .normalize('NFKD')
    .match(/[a-z0-9]+(?:-[a-z0-9]+)*/g) ?? []) {
    out.push(token.replace(/-/g, ''));
    if (token.includes('-')) out.push(...token.split('-'));
  }
  return out;
}

export interface Suggestion {
  blueprint: Blueprint;
  score: number;
  /** The description's own words that matched, for "because you mentioned …". */
  matched: string[];
}

export function suggestBlueprints(
  description: string,
  catalog: readonly Blueprint[] = BLUEPRINTS,
  limit = 3,
): Suggestion[] {
  const found = new Map<string, string>(); // stem → first word of the description with it
  for (const word of words(description)) {
    const key = stem(word);
    if (!found.has(key)) found.set(key, word);
  }
  const suggestions: Suggestion[] = [];
  for (const blueprint of catalog) {
    const matched = new Set<string>();
    let score = 0;
    for (const keyword of blueprint.keywords) {
      const stems = keyword.includes('-') ? [stem(keyword.replace(/-/g, ''))] : words(keyword).map(stem);
      if (stems.length > 0 && stems.every((s) => found.has(s))) {
        score++;
        for (const s of stems) matched.add(found.get(s)!);
      }
    }
    if (score > 0) suggestions.push({ blueprint, score, matched: [...matched] });
  }
  return suggestions.sort((a, b) => b.score - a.score).slice(0, limit);
}
