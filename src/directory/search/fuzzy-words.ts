// Fuzzy matching of one typed word against a list of words ("abogdo" →
// "abogado"), with Fuse.js. Fuse finds a pattern anywhere inside a word
// ("ayuden" in "acayucan"), while a typo changes a word's length by a letter
// or so: only words of a like length count. Fuse scores each word on its own,
// so the list is kept by length and only the lengths that can count are
// searched: the same matches, in the same order, as one Fuse over the whole
// list whose results are then kept by length, for a fraction of the work at
// each key (a word of 4 letters is compared with the words of 3 to 5, not
// with thousands).
import Fuse from 'fuse.js/basic';

/** How close a fuzzy match must be (Fuse's threshold: 0 exact, 1 anything). */
const FUZZY_THRESHOLD = 0.34;
const FUSE_OPTIONS = { threshold: FUZZY_THRESHOLD, includeScore: true, ignoreLocation: true, minMatchCharLength: 2 };

/** How much a typo may change a word's length: a letter, or one per four letters. */
const lengthSlack = (length: number) => Math.max(1, length >> 2);

/** A word of the list that looks like the typed one: `score` is Fuse's (0 exact, up to FUZZY_THRESHOLD). */
export interface FuzzyMatch {
  item: string;
  score: number;
}

export class FuzzyWords {
  /** For each length, a Fuse over the words of that length, and each one's position in the whole list. */
  private readonly byLength = new Map<number, { fuse: Fuse<string>; at: number[] }>();

  /** @param words the words to match against, in the order ties keep */
  constructor(words: readonly string[]) {
    const lists = new Map<number, { words: string[]; at: number[] }>();
    words.forEach((word, at) => {
      let list = lists.get(word.length);
      if (!list) lists.set(word.length, (list = { words: [], at: [] }));
      list.words.push(word);
      list.at.push(at);
    });
    for (const [length, list] of lists) this.byLength.set(length, { fuse: new Fuse(list.words, FUSE_OPTIONS), at: list.at });
  }

  /** The words of a like length that look like `word`, closest first (ties in the list's order). */
  search(word: string): FuzzyMatch[] {
    const found: (FuzzyMatch & { at: number })[] = [];
    const slack = lengthSlack(word.length);
    for (let length = word.length - slack; length <= word.length + slack; length++) {
      const list = this.byLength.get(length);
      if (list) for (const { item, refIndex, score = 1 } of list.fuse.search(word)) found.push({ item, score, at: list.at[refIndex] });
    }
    return found.sort((a, b) => a.score - b.score || a.at - b.at);
  }
}
