// Free-text search for the finder. Fuse.js does the fuzzy matching, but over
// the directory's distinct words rather than over whole records: a keystroke
// then costs a fuzzy pass over a few thousand short words plus look-ups in an
// inverted index, not a fuzzy pass over every description, which keeps typing
// fast on a cheap phone with tens of thousands of services.
import Fuse from 'fuse.js/basic';
import { tokenize } from './tokens.js';

/** A field of a searchable record and how much a match in it counts. */
export interface WeightedText {
  text: string;
  weight: number;
}

/** How close a fuzzy match must be (Fuse's threshold: 0 exact, 1 anything). */
const FUZZY_THRESHOLD = 0.34;
/** Words shorter than this match only exactly or as a prefix: "ab" must not fuzzy-match half the dictionary. */
const MIN_FUZZY_LENGTH = 4;
/** A prefix counts a little less than the whole word; a fuzzy match less still, by how far it is. */
const PREFIX_FACTOR = 0.8;

export class ServiceSearch {
  /** word → [record index, best weight of that word in the record] pairs. */
  private readonly postings = new Map<string, Map<number, number>>();
  private readonly words: string[];
  private readonly fuse: Fuse<string>;

  /**
   * @param records for each record, its weighted texts (names count more than descriptions)
   */
  constructor(records: readonly (readonly WeightedText[])[]) {
    records.forEach((fields, index) => {
      for (const { text, weight } of fields) {
        for (const word of tokenize(text)) {
          let posting = this.postings.get(word);
          if (!posting) this.postings.set(word, (posting = new Map()));
          if ((posting.get(index) ?? 0) < weight) posting.set(index, weight);
        }
      }
    });
    this.words = [...this.postings.keys()].sort();
    this.fuse = new Fuse(this.words, { threshold: FUZZY_THRESHOLD, includeScore: true, ignoreLocation: true, minMatchCharLength: 2 });
  }

  /** Distinct words in the index: what a keystroke's fuzzy pass walks over. */
  get vocabularySize(): number {
    return this.words.length;
  }

  /**
   * Records matching every word of the query, best first, with their scores.
   * An empty query matches nothing: the finder then lists without ranking.
   */
  search(query: string): Map<number, number> {
    const queryWords = tokenize(query);
    let scores: Map<number, number> | undefined;
    for (const queryWord of queryWords) {
      const wordScores = this.scoresFor(queryWord);
      if (!scores) {
        scores = wordScores;
        continue;
      }
      // Every word must match: "abogado tijuana" narrows, it does not widen.
      const both = new Map<number, number>();
      for (const [record, score] of scores) {
        const more = wordScores.get(record);
        if (more !== undefined) both.set(record, score + more);
      }
      scores = both;
    }
    return new Map([...(scores ?? new Map<number, number>())].sort((a, b) => b[1] - a[1]));
  }

  private scoresFor(queryWord: string): Map<number, number> {
    const matches = new Map<string, number>(); // indexed word → how well it matches (1 exact)
    for (const word of this.wordsStartingWith(queryWord)) {
      matches.set(word, word === queryWord ? 1 : PREFIX_FACTOR);
    }
    // A word that exists as typed is not a typo: fuzzy matches would only add
    // noise ("juarez" must not find "Suárez"). Fuzzy matching is for the rest.
    if (!matches.has(queryWord) && queryWord.length >= MIN_FUZZY_LENGTH) {
      for (const { item, score = 1 } of this.fuse.search(queryWord)) {
        if (!matches.has(item)) matches.set(item, (1 - score) * PREFIX_FACTOR);
      }
    }
    const scores = new Map<number, number>();
    for (const [word, closeness] of matches) {
      for (const [record, weight] of this.postings.get(word)!) {
        const score = weight * closeness;
        if ((scores.get(record) ?? 0) < score) scores.set(record, score);
      }
    }
    return scores;
  }

  /** Indexed words that start with a prefix, by binary search in the sorted list. */
  private wordsStartingWith(prefix: string): string[] {
    let low = 0;
    let high = this.words.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.words[middle] < prefix) low = middle + 1;
      else high = middle;
    }
    const found: string[] = [];
    for (let i = low; i < this.words.length && this.words[i].startsWith(prefix); i++) found.push(this.words[i]);
    return found;
  }
}
