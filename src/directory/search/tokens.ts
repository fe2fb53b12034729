import { foldForMatching } from '../text-match.js';

/**
 * Little words that say nothing about the help a person needs, in the six
 * languages. Dropping them keeps "casa del migrante" from matching every "de".
 */
const STOPWORDS = new Set(
  ('a al de del el la las lo los en y o para por con sin un una unos unas que se su sus ' +
    'the of and or for to in on with an at by from is are ' +
    'le les des du et ou pour dans sur avec une au aux ' +
    'ak pou nan ki yon li yo an ' +
    'o os as da das do dos e em no na nos nas com um uma ' +
    'في من على إلى و أو عن مع').split(' '),
);

/** Folded words of a text, without stopwords; words of one letter are dropped too. */
export function tokenize(text: string): string[] {
  return foldForMatching(text)
    .split(' ')
    .filter((word) => word.length > 1 && !STOPWORDS.has(word));
}
