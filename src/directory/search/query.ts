import { foldForMatching } from '../text-match.js';
import { isContentWord, normalizeWord } from './tokens.js';

/**
 * Limits that keep every keystroke fast whatever is typed or pasted: a
 * question is a few words; a pasted page is cut, not searched word by word.
 */
export const QUERY_LIMITS = {
  /** Characters read from the start of the text. */
  characters: 200,
  /** Words read (little words aside, repeats dropped), those that carry no need included. */
  words: 16,
  /** Terms searched: words and phrases that carry a need (each costs a pass over the vocabulary). */
  terms: 8,
  /** Letters kept of one word: a longer one is not a word people type, and fuzzy matching slows with length. */
  wordLength: 24,
} as const;

/** A word of the query that may say what is needed. */
export interface QueryWord {
  /** Folded and normalised, as the index stores words. */
  word: string;
  /** As typed (lower case, accents kept), to say which words were not used. */
  typed: string;
}

export interface ReadQuery {
  /** Every folded word in order, little words included: names are matched whole on these ("sin fronteras"). */
  all: string[];
  /** Words that may carry a need, in order, without little words and repeats, at most QUERY_LIMITS.words. */
  words: QueryWord[];
  /** The text went past a limit and only its start was read. */
  cut: boolean;
  /** The last word may be unfinished (nothing typed after it): it also matches as the start of a word. */
  open: boolean;
}

/**
 * Reads a query as the search uses it: folded (case, accents and punctuation
 * do not matter), cut to QUERY_LIMITS, little words ("de", "the") set aside,
 * repeated words dropped. Words that carry no need ("necesito", "where") are
 * recognised by the search, which knows the vocabulary.
 */
export function readQuery(text: string): ReadQuery {
  const start = text.slice(0, QUERY_LIMITS.characters);
  let cut = start.length < text.length;
  const all: string[] = [];
  const words: QueryWord[] = [];
  const seen = new Set<string>();
  for (const raw of start.toLowerCase().split(/[^\p{L}\p{N}\p{M}]+/u)) {
    if (!raw) continue;
    let word = normalizeWord(foldForMatching(raw));
    if (word.length > QUERY_LIMITS.wordLength) {
      word = word.slice(0, QUERY_LIMITS.wordLength);
      cut = true;
    }
    if (!word) continue;
    all.push(word);
    if (!isContentWord(word) || seen.has(word)) continue;
    if (words.length === QUERY_LIMITS.words) {
      cut = true;
      break;
    }
    seen.add(word);
    words.push({ word, typed: raw });
  }
  return { all, words, cut, open: !cut && /[\p{L}\p{N}\p{M}]$/u.test(start) };
}
