// Free-text search for the finder. A query is read as terms: a phrase or
// word of the shared vocabulary is a need ("dormir" is shelter, "mujer" the
// women served) and finds the records that offer that need, in whatever
// language it was typed; any other word is looked up in the records' own
// texts. Fuse.js does the fuzzy matching, over the directory's distinct
// words rather than over whole records, and an inverted index maps words to
// records: a keystroke costs a fuzzy pass over a few thousand short words,
// not over every description, which keeps typing fast with tens of
// thousands of services on a cheap phone.
import { FuzzyWords } from './fuzzy-words.js';
import { tokenize } from './tokens.js';
import { QUERY_LIMITS, type ReadQuery } from './query.js';

/**
 * A field of a searchable record and how much a match in it counts: its own
 * text (`name`: an organisation's name, which a vocabulary word still finds
 * by its letters, or a service's, which puts first the records that both
 * offer a need and are named for it),
 * or a group of the vocabulary it offers (a kind of help, a group of people,
 * its city), indexed once however many records carry it.
 */
export type SearchField = { text: string; weight: number; name?: 'organization' | 'service' } | { group: string; weight: number };

/** The group a record names to say it serves everyone: it matches any group of people, less strongly than one naming that group. */
export const EVERYONE_GROUP = 'for:everyone';

/** Words shorter than this match only exactly or as a prefix: "ab" must not fuzzy-match half the dictionary. */
const MIN_FUZZY_LENGTH = 4;
/** A prefix counts a little less than the whole word; a fuzzy match less still, by how far it is. */
const PREFIX_FACTOR = 0.8;
/**
 * Fields weighing at least this are the record's own (names, kind of help,
 * people served, place); lighter ones (descriptions) only mention a word.
 */
export const OWN_WEIGHT = 1;
/** Fields weighing at least this are what the record is first of all: its name, its main kind of help, the people it names. */
export const MAIN_WEIGHT = 2;
/** What a service named for a need adds to a record that offers it ("Trata y tráfico de personas" for "trata" or "الاتجار بالبشر"). */
const SERVICE_NAME_BONUS = 1;
/** How close a vocabulary word must be to a word that exists as typed in the directory to be read as that need ("abogados" → "abogado", "medica" → "medico"; not "hias" → "hija"). */
const CLOSE_THRESHOLD = 0.17;
/** Fuzzy scores this close count as the same distance. */
const TIE = 0.01;
/** Longest phrase of the vocabulary, in words. */
const MAX_PHRASE = 6;

/**
 * A word's (or group's) records, each once with its best weight. Records are
 * added in order, so a record's repeats come together: two growing lists are
 * much quicker to fill than a map per word (about a million additions at
 * 10,000 services).
 */
class Postings {
  readonly records: number[] = [];
  readonly weights: number[] = [];

  add(record: number, weight: number) {
    const last = this.records.length - 1;
    if (last < 0 || this.records[last] !== record) {
      this.records.push(record);
      this.weights.push(weight);
    } else if (this.weights[last] < weight) this.weights[last] = weight;
  }

  has(record: number): boolean {
    return this.records[this.from(record)] === record;
  }

  /** Where the records from `record` on start: the first at or after it, by binary search. */
  from(record: number): number {
    let low = 0;
    let high = this.records.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.records[middle] < record) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

/** How one record matches a query. Bit i of a mask stands for term i of `SearchResult.terms`. */
export interface RecordMatch {
  /** Terms that match the record's own name, kind of help, people served or place. */
  own: number;
  /** Terms that match what the record is first of all: its name, its main kind of help, the people it names (not "everyone"). */
  main: number;
  /** Terms that match anything of the record, descriptions included. */
  any: number;
  /** Sum over the terms of the best matching field's weight × closeness. */
  score: number;
}

export interface SearchTerm {
  /** The words as typed. */
  typed: string;
  /** It matches at least one record. */
  found: boolean;
  /** It matches at least one record's own name, kind of help, people served or place. */
  own: boolean;
  /** It is a word or phrase of the vocabulary: it stands for these groups. */
  groups?: string[];
}

export interface SearchResult {
  /** The terms searched, in query order: words and phrases that carry a need. Words that carry none are left out. */
  terms: SearchTerm[];
  /** Records that match at least one term, by record index. */
  records: Map<number, RecordMatch>;
}

export class ServiceSearch {
  /** word → records whose texts have it. */
  private readonly postings = new Map<string, Postings>();
  /** word → records whose organisation's names have it: what a vocabulary word still finds by its letters. */
  private readonly namePostings = new Map<string, Postings>();
  /** word → records with a service named with it. */
  private readonly serviceNamePostings = new Map<string, Postings>();
  /** single word of the vocabulary → groups it stands for. */
  private readonly groupsOfWord = new Map<string, string[]>();
  /** first word of a vocabulary phrase → the phrases (their words, and groups; none for words that carry no need). */
  private readonly phrases = new Map<string, { words: string[]; groups: string[] }[]>();
  /** Each group's words and phrases, split into words. */
  private readonly groupPhrases = new Map<string, string[][]>();
  /** group → records that carry it, with the weight they give it. */
  private readonly groupMembers = new Map<string, Postings>();
  /** group → records with a service named with one of its words or phrases. */
  private readonly namedFor = new Map<string, Set<number>>();
  /** Words that carry no need. */
  private readonly noNeed = new Set<string>();
  /**
   * Records repeat the same texts (a city's name, an organisation's
   * description at each office): each distinct text is folded and split
   * once, into the postings its words go to, by kind of field.
   */
  private readonly postingsOf = { text: new Map<string, Postings[]>(), organization: new Map<string, Postings[]>(), service: new Map<string, Postings[]>() };
  /** Every distinct word, sorted: for prefixes. Made again when records were added since. */
  private words: string[] = [];
  private fuzzy!: FuzzyWords;
  /** Vocabulary words only: a typo of "abogado" finds legal help even when "abogados" is in some description. */
  private readonly vocabularyFuzzy: FuzzyWords;
  /** Records in the index. */
  size = 0;
  /** Records in the index when the word list was made (−1: never). */
  private listed = -1;

  /**
   * @param groups the vocabulary: for each group, its words and phrases (comma-separated lists allowed)
   * @param noNeed words and phrases that carry no need, dropped from queries
   * @param records for each record, its fields (names count more than descriptions); more can be added
   */
  constructor(groups: Record<string, readonly string[]>, noNeed: readonly string[] = [], records: readonly (readonly SearchField[])[] = []) {
    const addPhrase = (text: string, group?: string) => {
      const words = tokenize(text);
      if (words.length === 0) return;
      if (group) this.groupPhrases.set(group, [...(this.groupPhrases.get(group) ?? []), words]);
      if (words.length === 1 && !group) {
        this.noNeed.add(words[0]);
        return;
      }
      if (words.length === 1) {
        const list = this.groupsOfWord.get(words[0]) ?? [];
        if (!list.includes(group!)) list.push(group!);
        this.groupsOfWord.set(words[0], list);
        return;
      }
      const list = this.phrases.get(words[0]) ?? [];
      const known = list.find((p) => p.words.join(' ') === words.join(' '));
      if (known && group && !known.groups.includes(group)) known.groups.push(group);
      else if (!known) list.push({ words, groups: group ? [group] : [] });
      this.phrases.set(words[0], list);
    };
    for (const [group, lists] of Object.entries(groups)) for (const list of lists) for (const text of list.split(',')) addPhrase(text, group);
    for (const list of noNeed) for (const text of list.split(',')) addPhrase(text);
    this.vocabularyFuzzy = new FuzzyWords(this.vocabulary());
    this.add(records);
  }

  /** Adds records, numbered after those already in (a big directory is indexed in slices). */
  add(records: readonly (readonly SearchField[])[]) {
    const of = (map: Map<string, Postings>, key: string) => {
      let postings = map.get(key);
      if (!postings) map.set(key, (postings = new Postings()));
      return postings;
    };
    for (const fields of records) {
      const index = this.size++;
      for (const field of fields) {
        if ('group' in field) {
          of(this.groupMembers, field.group).add(index, field.weight);
          continue;
        }
        const cache = this.postingsOf[field.name ?? 'text'];
        let lists = cache.get(field.text);
        if (!lists) {
          const names = field.name === 'organization' ? this.namePostings : this.serviceNamePostings;
          lists = tokenize(field.text).flatMap((word) => (field.name ? [of(this.postings, word), of(names, word)] : [of(this.postings, word)]));
          cache.set(field.text, lists);
        }
        for (const postings of lists) postings.add(index, field.weight);
      }
    }
  }

  private vocabulary() {
    return [...this.groupsOfWord.keys(), ...this.noNeed];
  }

  /**
   * Makes again what depends on every record (the sorted word list, its
   * fuzzy index, the records named for each group) when records were added
   * since, by more than `growth` (0.25: a quarter). A search makes it only
   * the first time: while a big directory is indexed, its indexer calls this
   * between its slices, so a key pressed meanwhile does not wait for it, and
   * finds words added since by their exact postings.
   */
  update(growth = 0) {
    if (this.size <= this.listed * (1 + growth)) return;
    // Records with a service named for each group, in any language: "Acogida y albergue" for "ملجأ" as for
    // "albergue". Only records added since the last time are looked at: a record's postings are whole once
    // it is added, and going over all of them again at every refresh cost a 10,000-service directory
    // tens of ms each time on a cheap phone.
    const since = Math.max(this.listed, 0);
    this.listed = this.size;
    for (const [group, phrases] of this.groupPhrases) {
      let named = this.namedFor.get(group);
      for (const words of phrases) {
        const [first, ...rest] = words.map((w) => this.serviceNamePostings.get(w));
        if (!first) continue;
        for (let i = first.from(since); i < first.records.length; i++) {
          const record = first.records[i];
          if (!rest.every((p) => p?.has(record))) continue;
          if (!named) this.namedFor.set(group, (named = new Set()));
          named.add(record);
        }
      }
    }
    this.words = [...new Set([...this.postings.keys(), ...this.vocabulary()])].sort();
    this.fuzzy = new FuzzyWords(this.words);
  }

  /** Distinct words in the index: what a keystroke's fuzzy pass walks over. */
  get vocabularySize(): number {
    this.update();
    return this.words.length;
  }

  /**
   * The records matching a query, term by term. Phrases of the vocabulary
   * are read first ("salud mental" is one need, not health and "mental");
   * words that carry no need are then dropped, and what is left is searched,
   * at most QUERY_LIMITS.terms terms.
   */
  search(query: ReadQuery): SearchResult {
    if (this.listed < 0) this.update();
    const terms: SearchTerm[] = [];
    const records = new Map<number, RecordMatch>();
    const tokens = query.words;
    const words = tokens.map((t) => t.word);
    for (let i = 0; i < tokens.length && terms.length < QUERY_LIMITS.terms; ) {
      const phrase = this.phraseAt(words, i);
      const typed = tokens.slice(i, i + (phrase?.words.length ?? 1)).map((t) => t.typed).join(' ');
      if (phrase) {
        i += phrase.words.length;
        if (phrase.groups.length) this.record(terms, records, { typed, groups: phrase.groups }, this.needScores(phrase.groups.map((g) => [g, 1]), []));
        continue;
      }
      const word = tokens[i++].word;
      if (this.noNeed.has(word)) continue;
      // Only the word being typed is a prefix ("abog"); the others are whole words.
      const found = this.wordScores(word, query.open && i === tokens.length);
      if (found) this.record(terms, records, { typed, groups: found.groups }, found.scores);
    }
    return { terms, records };
  }

  private record(terms: SearchTerm[], records: Map<number, RecordMatch>, term: { typed: string; groups?: string[] }, scores: Scores) {
    const bit = 1 << terms.length;
    let own = false;
    for (const [record, { weight, field }] of scores) {
      let match = records.get(record);
      if (!match) records.set(record, (match = { own: 0, main: 0, any: 0, score: 0 }));
      match.any |= bit;
      if (field >= OWN_WEIGHT) match.own |= bit;
      if (field >= MAIN_WEIGHT) match.main |= bit;
      match.score += weight;
      own ||= field >= OWN_WEIGHT;
    }
    terms.push({ ...term, found: scores.size > 0, own });
  }

  /** The longest vocabulary phrase of two words or more starting at token i. */
  private phraseAt(tokens: string[], i: number) {
    let best: { words: string[]; groups: string[] } | undefined;
    for (const phrase of this.phrases.get(tokens[i]) ?? []) {
      if (phrase.words.length > MAX_PHRASE || (best && best.words.length >= phrase.words.length)) continue;
      if (phrase.words.every((w, k) => tokens[i + k] === w)) best = phrase;
    }
    return best;
  }

  /**
   * How each record matches one word: as a need when it is (or, being
   * typed or misspelt, looks like) a vocabulary word; else by its letters in
   * the records' texts. Undefined when the word carries no need.
   */
  private wordScores(word: string, typing: boolean): { scores: Scores; groups?: string[] } | undefined {
    const exactGroups = this.groupsOfWord.get(word);
    const starting = typing ? this.wordsStartingWith(word) : this.postings.has(word) || this.groupsOfWord.has(word) || this.noNeed.has(word) ? [word] : [];
    const close = new Map<string, number>(); // word → closeness (1 exact)
    for (const w of starting) close.set(w, w === word ? 1 : PREFIX_FACTOR);

    // A need: the word itself, a vocabulary word it begins ("abog"), or one it misspells ("abogdo", "psicologos").
    const groups = new Map<string, number>();
    const addGroups = (w: string, closeness: number) => {
      for (const group of this.groupsOfWord.get(w) ?? []) if ((groups.get(group) ?? 0) < closeness) groups.set(group, closeness);
    };
    if (exactGroups) addGroups(word, 1);
    else {
      for (const w of starting) addGroups(w, PREFIX_FACTOR);
      if (!groups.size && word.length >= MIN_FUZZY_LENGTH) {
        // A word of the directory as typed is read as a need only when it is very close to one ("abogados").
        const inDirectory = this.postings.has(word);
        const fuzzy = this.vocabularyFuzzy.search(word).filter(({ score }) => !inDirectory || score <= CLOSE_THRESHOLD);
        // Only the closest words count; if one of them carries no need ("nesesito", "ayuden"), the word is dropped.
        const closest = fuzzy.filter(({ score = 1 }) => score <= (fuzzy[0]?.score ?? 0) + TIE);
        if (closest.some(({ item }) => this.noNeed.has(item))) return undefined;
        for (const { item, score = 1 } of closest) addGroups(item, (1 - score) * PREFIX_FACTOR);
      }
    }
    const names = [...close].filter(([w]) => this.namePostings.has(w));
    if (groups.size) return { scores: this.needScores([...groups], names), groups: [...groups.keys()] };

    // Not a need: the word in the records' own texts. A word that exists as
    // typed is not a typo: fuzzy matches would only add noise ("juarez" must
    // not find "Suárez"). Fuzzy matching is for the rest.
    if (!close.has(word) && word.length >= MIN_FUZZY_LENGTH) {
      for (const { item, score } of this.fuzzy.search(word)) if (!close.has(item)) close.set(item, (1 - score) * PREFIX_FACTOR);
    }
    const scores: Scores = new Map();
    for (const [w, closeness] of close) credit(scores, this.postings.get(w), closeness);
    return { scores };
  }

  /**
   * Records that offer one of the groups (a group of people also finds
   * services for everyone; a topic, "human-rights/trafficking", finds what
   * its kind of help finds), and records whose organisation's names have
   * the word. Among those that offer the need, one with a service named
   * for it (in any language) comes first.
   */
  private needScores(groups: [string, number][], names: [string, number][]): Scores {
    const scores: Scores = new Map();
    for (const [group, closeness] of groups) {
      credit(scores, this.groupMembers.get(group.split('/')[0]), closeness);
      if (group.startsWith('for:') && group !== EVERYONE_GROUP) credit(scores, this.groupMembers.get(EVERYONE_GROUP), closeness);
    }
    for (const [word, closeness] of names) credit(scores, this.namePostings.get(word), closeness);
    for (const [group, closeness] of groups) {
      for (const record of this.namedFor.get(group) ?? []) {
        const known = scores.get(record);
        if (known) known.weight += SERVICE_NAME_BONUS * closeness;
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

/** For each record, its best match for one term: weight × closeness, and the heaviest field it matched in. */
type Scores = Map<number, { weight: number; field: number }>;

function credit(scores: Scores, postings: Postings | undefined, closeness: number) {
  if (!postings) return;
  for (let i = 0; i < postings.records.length; i++) {
    const record = postings.records[i];
    const weight = postings.weights[i];
    const score = weight * closeness;
    const known = scores.get(record);
    if (!known) scores.set(record, { weight: score, field: weight });
    else {
      known.weight = Math.max(known.weight, score);
      known.field = Math.max(known.field, weight);
    }
  }
}
