// Gives components their directory: the built-in Mexico data, or a partner's
// file from `src` (Camino's format or Open Referral HSDS 3.0 JSON), checked
// field by field. Each URL is fetched once per page however many elements name
// it; a load that failed is forgotten, so the next element that asks (or a
// person pressing "try again") fetches it anew. Loading always ends: with the
// directory, or with why not.
import builtIn from '../generated/directory.js';
import { readDirectory } from './read-directory.js';
import { directoryChecker, isObject, type DirectoryChecker } from './check-directory.js';
import { locationPlacer, placeLocations } from './place-locations.js';
import type { City, Organization } from './format.js';
import { DirectoryIndex } from './directory-index.js';
import { fill, JsonText, type ListItems } from './json-lists.js';
import { nextSlice, overtime, startSlice } from './slices.js';
import { wallClock } from './opening-hours.js';
import { LOAD_TIMEOUT_MS, MAX_DIRECTORY_BYTES } from './limits.js';

export { LOAD_TIMEOUT_MS, MAX_DIRECTORY_BYTES };

/** Why a `src` directory could not be used at all. */
export type DirectoryFailure = 'unreachable' | 'timeout' | 'too-large' | 'not-json' | 'not-directory';

export interface LoadedDirectory {
  /** The directory to show; absent when `src` could not be used (the partner's data is not replaced by ours). */
  index?: DirectoryIndex;
  /** Set when `src` was given and could not be used at all. */
  failure?: DirectoryFailure;
  /** Precise reasons, for the console: what failed, and each record or field that was left out. */
  problems: string[];
  /** What was read but lost nothing a person needs (fields Camino does not read, phones kept as written), for one console note. */
  notes: string[];
  /**
   * A big `src` is still being read: `index` has its first organisations,
   * and this gives the whole directory once it is read (the same `index`,
   * grown), or why it could not be.
   */
  rest?: Promise<LoadedDirectory>;
}

let builtInIndex: DirectoryIndex | undefined;
export function builtInDirectory(): DirectoryIndex {
  builtInIndex ??= new DirectoryIndex(builtIn);
  return builtInIndex;
}

const loads = new Map<string, Promise<LoadedDirectory>>();

const failed = (failure: DirectoryFailure, problem: string): LoadedDirectory => ({ failure, problems: [problem], notes: [] });

/**
 * The directory for a `src` attribute (absolute or relative to the page), or
 * the built-in one without it. Never rejects.
 * @param language BCP 47 language of a single-language HSDS file's text (`data-lang`)
 */
export function loadDirectory(src?: string | null, language?: string | null): Promise<LoadedDirectory> {
  if (!src) return Promise.resolve({ index: builtInDirectory(), problems: [], notes: [] });
  let url: string;
  try {
    url = new URL(src, document.baseURI).href;
  } catch {
    return Promise.resolve(failed('unreachable', `src "${src}" is not a URL`));
  }
  const key = `${url} ${language ?? ''}`;
  let load = loads.get(key);
  if (!load) {
    const started = fetchDirectory(url, language);
    load = started;
    loads.set(key, started);
    started.then(whole).then((loaded) => {
      if (loaded.failure && loads.get(key) === started) loads.delete(key);
    });
  }
  return load;
}

/** The directory read whole (or why it could not be). */
const whole = (loaded: LoadedDirectory): Promise<LoadedDirectory> => loaded.rest ?? Promise.resolve(loaded);

/**
 * Settles with the directory's first part as soon as there is one worth
 * showing (then `rest` gives the whole), or with the whole directory.
 */
function fetchDirectory(url: string, language?: string | null): Promise<LoadedDirectory> {
  return new Promise((settle) => {
    const rest: Promise<LoadedDirectory> = readSrc(url, language, (first) => settle({ ...first, rest })).catch((error: unknown) =>
      failed('not-directory', `${url} could not be read (${error})`),
    );
    rest.then(settle);
  });
}

/**
 * Bytes of the body decoded and scanned at once, within a slice: about 15 ms at 4× CPU slowdown on
 * the development machine, where the 2 MB a server nearby sends at once took 150 to 230 ms, a
 * long task (a phone on a weak connection gets small chunks, which this leaves whole).
 */
const PIECE_BYTES = 128 * 1024;

/**
 * Reads the body into `text`, decoded and scanned chunk by chunk as it comes
 * (json-lists.ts); false as soon as it passes `limit` bytes (the rest is
 * never read). `progress` is called at each chunk, and `meanwhile` awaited
 * after it: work on what has come, in the chunk's slice.
 */
async function readAtMost(response: Response, limit: number, progress: () => void, text: JsonText, meanwhile: () => Promise<void>): Promise<boolean> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  for (;;) {
    // Chunks that have come already are read in one task: the clock is looked at after each.
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      reader.cancel().catch(() => {});
      return false;
    }
    progress();
    // A chunk can be megabytes (2 MB from a server nearby): decoded and scanned a piece at a time.
    for (let at = 0; at < value.length; at += PIECE_BYTES) {
      text.add(decoder.decode(value.subarray(at, at + PIECE_BYTES), { stream: true }));
      await meanwhile();
      if (overtime()) await nextSlice();
    }
  }
  text.add(decoder.decode());
  return true;
}

/** Organisations read between two looks at the clock: a few dozen kilobytes of a file. */
const BATCH = 32;

/** Top-level fields of Camino's format that the checks read: the organisations are checked against them. */
const READ_BEFORE_ORGANIZATIONS = ['camino_directory', 'sources', 'cities', 'maintainer', 'contents'];

/** Organisations being checked, placed and indexed, a batch at a time, into one directory. */
class OrganizationReading {
  readonly checker: DirectoryChecker;
  readonly index: DirectoryIndex;
  private readonly place: (organizations: Organization[]) => void;
  /** The next item of the file's list to read. */
  from = 0;

  /** @param json the file's value, its organisations left out (json-lists.ts) */
  constructor(readonly json: Record<string, unknown>, cities: readonly City[]) {
    this.checker = directoryChecker(json, cities);
    this.place = locationPlacer(this.checker.directory!.cities!);
    this.index = new DirectoryIndex(this.checker.directory!);
  }

  /** Reads the list's items up to `to` (exclusive); throws a SyntaxError when they are not JSON. */
  add(items: ListItems, to: number) {
    const batch = items.parse(this.from, to);
    const organizations = this.checker.directory!.organizations;
    const before = organizations.length;
    this.checker.add(batch, this.from);
    this.from = to;
    const added = organizations.slice(before);
    this.place(added);
    this.index.add(added);
  }
}

/**
 * Fetches and reads a `src`. A directory in Camino's own format is read a
 * batch of organisations at a time, in slices (json-lists.ts, slices.ts),
 * from the moment its first organisations have come: `first` gets its first
 * part while the file still comes (or after the first slice, when it came at
 * once), and the rest is read as it comes. Other files (HSDS) are parsed in
 * slices and read whole.
 */
async function readSrc(url: string, language: string | null | undefined, first: (part: LoadedDirectory) => void): Promise<LoadedDirectory> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let silent = false;
  // Silence, not slowness, fails a load: a big file on a slow line keeps coming.
  const keepWaiting = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      silent = true;
      controller.abort();
    }, LOAD_TIMEOUT_MS);
  };
  const tooLarge = () => failed('too-large', `${url} is over ${MAX_DIRECTORY_BYTES} bytes, the limit; not read further`);
  const withUrl = (lines: string[]) => lines.map((line) => `${url}: ${line}`);
  const cities = builtInDirectory().cities;
  const text = new JsonText();
  let shown = false;
  /** Elements render the first part in a task of their own, and reading goes on in the next. */
  const showFirst = async (reading: OrganizationReading) => {
    shown = true;
    await nextSlice();
    first({ index: reading.index, problems: withUrl(reading.checker.problems), notes: [] });
    await nextSlice();
  };

  // While the file comes: once a batch of organisations has come whole, they are read, and shown.
  let early: { reading: OrganizationReading; items: ListItems } | undefined;
  /** Where in the text a top-level list was found not to be Camino's organisations (or its head not JSON). */
  let notEarlyAt = -1;
  /** Something that came was not JSON: the whole file is read, and JSON.parse says what is wrong with it. */
  let notJsonSoFar = false;
  const readWhatCame = async () => {
    if (notJsonSoFar) return;
    try {
      if (!early) {
        const at = text.openList;
        if (at < 0 || at === notEarlyAt) return;
        const head = text.head(BATCH);
        if (!head) return;
        const json = head.value;
        if (!isObject(json) || json.camino_directory !== 1 || Array.isArray(json.contents) || json.organizations !== head.open) {
          notEarlyAt = at;
          return;
        }
        for (const [list, items] of head.lists) if (list !== head.open) await fill(list, items, items.count);
        early = { reading: new OrganizationReading(json, cities), items: head.lists.get(head.open)! };
      }
      const { reading, items } = early;
      // At least a batch for each piece: a slice spent on scanning would otherwise read nothing.
      do reading.add(items, reading.from + BATCH);
      while (reading.from + BATCH <= items.count && !overtime());
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error;
      notJsonSoFar = true;
      early = undefined;
      return;
    }
    if (!shown) await showFirst(early.reading);
  };

  try {
    keepWaiting();
    // No cookies or referrer go with the request: the page a person reads is nobody else's business.
    const request = fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer', signal: controller.signal });
    // While the network works, in a task of its own: the page's first clock of a time zone is slow to make (the
    // page's first Intl object, 40 to 80 ms on a cheap phone), and the first results show hours.
    setTimeout(() => wallClock('UTC', new Date()));
    const response = await request;
    if (!response.ok) return failed('unreachable', `${url} answered HTTP ${response.status} ${response.statusText}`.trim());
    if (Number(response.headers.get('content-length')) > MAX_DIRECTORY_BYTES) {
      controller.abort();
      return tooLarge();
    }
    startSlice();
    const meanwhile = async () => {
      if (!early || early.reading.from + BATCH <= early.items.count) await readWhatCame();
    };
    if (!(await readAtMost(response, MAX_DIRECTORY_BYTES, keepWaiting, text, meanwhile))) return tooLarge();
  } catch (error) {
    return silent
      ? failed('timeout', `${url} sent nothing for ${LOAD_TIMEOUT_MS / 1000} s`)
      : failed('unreachable', `${url} could not be fetched (${(error as Error).message})`);
  } finally {
    clearTimeout(timer);
  }
  // JSON.parse's own words for what is wrong, about the file as it is.
  const notJson = () => {
    try {
      JSON.parse(String(text));
    } catch (error) {
      return failed('not-json', `${url} is not JSON (${(error as Error).message})`);
    }
    return failed('not-directory', `${url} could not be read in parts`);
  };
  let json: unknown;
  let organizations: ListItems | undefined;
  try {
    const split = text.split();
    json = split.value;
    // Camino's own format: its organisations are read a batch at a time below.
    if (isObject(json) && json.camino_directory === 1 && !Array.isArray(json.contents)) organizations = split.lists.get(json.organizations as unknown[]);
    for (const [list, items] of split.lists) if (items !== organizations) await fill(list, items, items.count);
  } catch {
    return notJson();
  }
  if (!organizations) {
    const { directory, problems, notes } = readDirectory(json, cities, language);
    if (!directory) return failed('not-directory', `${url}: ${problems[0]}`);
    placeLocations(directory.organizations, directory.cities!);
    return { index: new DirectoryIndex(directory), problems: withUrl(problems), notes: withUrl(notes) };
  }
  // What was read as the file came stands, unless a field the checks read came after the organisations
  // (a file written in another order): then the whole file is read again, and shown once read.
  const earlyJson = early?.reading.json;
  const cameLate = earlyJson && Object.keys(json as object).some((key) => !Object.prototype.hasOwnProperty.call(earlyJson, key) && READ_BEFORE_ORGANIZATIONS.includes(key));
  const reading = early && !cameLate ? early.reading : new OrganizationReading(json as Record<string, unknown>, cities);
  while (reading.from < organizations.count) {
    try {
      reading.add(organizations, Math.min(organizations.count, reading.from + BATCH));
    } catch {
      return notJson();
    }
    if (overtime()) {
      if (!shown && reading.from < organizations.count) await showFirst(reading);
      else await nextSlice();
    }
  }
  const { problems, notes } = reading.checker.finish();
  performance.mark('camino:directory-read', { detail: url });
  return { index: reading.index, problems: withUrl(problems), notes: withUrl(notes) };
}
