import { foldForMatching } from '../text-match.js';

/** Arabic prefixes that glue the article (and a conjunction or preposition) to a word: المرأة is امرأة with "the". */
const ARABIC_PREFIXES = ['وال', 'بال', 'فال', 'كال', 'لل', 'ال'];
const ARABIC = /[\u0600-\u06ff]/;

/**
 * Little words that join others (articles, prepositions, conjunctions) in the
 * six languages. They are dropped from the directory's texts and from
 * queries alike: "casa del migrante" must not match every "de".
 */
const STOPWORDS = new Set(
  words(
    'a al de del el la las lo los en y o para por con sin un una unos unas que se su sus ' +
      'the of and or for to in on with an at by from is are ' +
      'le les des du et ou pour dans sur avec une au aux ' +
      'ak pou nan ki yon li yo an ' +
      'o os as da das do dos e em no na nos nas com um uma ' +
      'في من على إلى و أو عن مع',
  ),
);

/**
 * One folded word in the form both the index and a query use. Arabic gets
 * the usual light normalisation of search engines: tatweel removed, tāʾ
 * marbūṭa written as hāʾ and alif maqṣūra as yāʾ (people type either), and
 * the article with its glued conjunction dropped when at least three letters
 * remain, so "المرأة" and "امرأة" meet ("الم", pain, keeps its alif-lām).
 * Hamza seats are already gone: folding strips combining marks.
 */
export function normalizeWord(word: string): string {
  if (!ARABIC.test(word)) return word;
  let normal = word.replace(/\u0640/g, '').replace(/\u0629/g, '\u0647').replace(/\u0649/g, '\u064a');
  const prefix = ARABIC_PREFIXES.find((p) => normal.startsWith(p) && normal.length - p.length >= 3);
  if (prefix) normal = normal.slice(prefix.length);
  return normal;
}

/** Folded, normalised words of a text, in order, with stop words and one-letter words. */
export function words(text: string): string[] {
  return foldForMatching(text).split(' ').filter(Boolean).map(normalizeWord);
}

/** Whether a folded word says anything on its own: not a stop word and longer than one letter. */
export const isContentWord = (word: string) => word.length > 1 && !STOPWORDS.has(word);

/** Folded words of a text, without stop words and one-letter words: what the index stores. */
export function tokenize(text: string): string[] {
  return words(text).filter(isContentWord);
}
