// Free-text search for the finder. Fuse.js does the fuzzy matching, but over
// the directory's distinct words rather than over whole records: a keystroke
// then costs a fuzzy pass over a few thousand short words plus look-ups in an
// inverted index, not a fuzzy pass over every description, which keeps typing
// fast on a cheap phone with tens of thousands of services.
import Fuse from 'fuse.js/basic';
import { tokenize } from './tokens.js';

/**
 * A field of a searchable record and how much a match in it counts: its own
 * text, or a shared group of words (the vocabulary of a kind of help), which
 * is indexed once however many records carry it.
 */
export type SearchField = { text: string; weight: number } | { group: string; weight: number };

/** How close a fuzzy match must be (Fuse's threshold: 0 exact, 1 anything). */
const FUZZY_THRESHOLD = 0.34;
/** Words shorter than this match only exactly or as a prefix: "ab" must not fuzzy-match half the dictionary. */
const MIN_FUZZY_LENGTH = 4;
/** A prefix counts a little less than the whole word; a fuzzy match less still, by how far it is. */
const PREFIX_FACTOR = 0.8;

type Postings = Map<number, number>; // record index → best weight

export class ServiceSearch {
  /** word → records whose own texts have it. */
  private readonly postings = new Map<string, Postings>();
  /** word → groups that have it. */
  private readonly groupsWithWord = new Map<string, Set<string>>();
  /** group → records that carry it, with the weight they give it. */
  private readonly groupMembers = new Map<string, Postings>();
  private readonly words: string[];
  private readonly fuse: Fuse<string>;

  /**
   * @param records for each record, its fields (names count more than descriptions)
   * @param groups shared word lists that records name in `{ group }` fields
   */
  constructor(records: readonly (readonly SearchField[])[], groups: Record<string, readonly string[]> = {}) {
    for (const [group, texts] of Object.entries(groups)) {
      for (const word of texts.flatMap(tokenize)) {
        let groupsHere = this.groupsWithWord.get(word);
        if (!groupsHere) this.groupsWithWord.set(word, (groupsHere = new Set()));
        groupsHere.add(group);
      }
    }
    // Records repeat the same texts (a city's name, an organisation's
    // description at each office): each distinct text is folded and split once.
    const wordsOf = new Map<string, string[]>();
    const add = (map: Map<string, Postings>, key: string, record: number, weight: number) => {
      let postings = map.get(key);
      if (!postings) map.set(key, (postings = new Map()));
      if ((postings.get(record) ?? 0) < weight) postings.set(record, weight);
    };
    records.forEach((fields, index) => {
      for (const field of fields) {
        if ('group' in field) {
          add(this.groupMembers, field.group, index, field.weight);
          continue;
        }
        let words = wordsOf.get(field.text);
        if (!words) wordsOf.set(field.text, (words = tokenize(field.text)));
        for (const word of words) add(this.postings, word, index, field.weight);
      }
    });
    this.words = [...new Set([...this.postings.keys(), ...this.groupsWithWord.keys()])].sort();
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
    const credit = (postings: Postings | undefined, closeness: number) => {
      for (const [record, weight] of postings ?? []) {
        const score = weight * closeness;
        if ((scores.get(record) ?? 0) < score) scores.set(record, score);
      }
    };
    for (const [word, closeness] of matches) {
      credit(this.postings.get(word), closeness);
      for (const group of this.groupsWithWord.get(word) ?? []) credit(this.groupMembers.get(group), closeness);
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
