// Gives components their directory: the built-in Mexico data, or a partner's
// file from `src` (Camino's format or Open Referral HSDS 3.0 JSON), checked
// field by field. Each URL is fetched once per page however many elements name
// it; a load that failed is forgotten, so the next element that asks (or a
// person pressing "try again") fetches it anew. Loading always ends: with the
// directory, or with why not.
import builtIn from '../generated/directory.js';
import { readDirectory } from './read-directory.js';
import { directoryChecker, isObject } from './check-directory.js';
import { locationPlacer, placeLocations } from './place-locations.js';
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
 * Reads the body into `text`, decoded and scanned chunk by chunk as it comes
 * (json-lists.ts); false as soon as it passes `limit` bytes (the rest is
 * never read). `progress` is called at each chunk.
 */
async function readAtMost(response: Response, limit: number, progress: () => void, text: JsonText): Promise<boolean> {
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
    text.add(decoder.decode(value, { stream: true }));
    progress();
    if (overtime()) await nextSlice();
  }
  text.add(decoder.decode());
  return true;
}

/** Organisations read between two looks at the clock: a few dozen kilobytes of a file. */
const BATCH = 32;

/**
 * Fetches and reads a `src`. A directory in Camino's own format is read a
 * batch of organisations at a time, in slices (json-lists.ts, slices.ts), and
 * `first` gets its first part after the first slice when more is to come;
 * other files (HSDS) are parsed in slices and read whole.
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
  const text = new JsonText();
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
    if (!(await readAtMost(response, MAX_DIRECTORY_BYTES, keepWaiting, text))) return tooLarge();
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
  const withUrl = (lines: string[]) => lines.map((line) => `${url}: ${line}`);
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
  const cities = builtInDirectory().cities;
  if (!organizations) {
    const { directory, problems, notes } = readDirectory(json, cities, language);
    if (!directory) return failed('not-directory', `${url}: ${problems[0]}`);
    placeLocations(directory.organizations, directory.cities!);
    return { index: new DirectoryIndex(directory), problems: withUrl(problems), notes: withUrl(notes) };
  }
  const checker = directoryChecker(json, cities);
  const directory = checker.directory!;
  const place = locationPlacer(directory.cities!);
  const index = new DirectoryIndex(directory);
  let shown = false;
  for (let from = 0; from < organizations.count; ) {
    const to = Math.min(organizations.count, from + BATCH);
    let batch: unknown[];
    try {
      batch = organizations.parse(from, to);
    } catch {
      return notJson();
    }
    const before = directory.organizations.length;
    checker.add(batch, from);
    from = to;
    const added = directory.organizations.slice(before);
    place(added);
    index.add(added);
    if (overtime()) {
      await nextSlice();
      if (!shown && from < organizations.count) {
        shown = true;
        // Elements render it now, in this task, and reading goes on in the next.
        first({ index, problems: withUrl(checker.problems), notes: [] });
        await nextSlice();
      }
    }
  }
  const { problems, notes } = checker.finish();
  performance.mark('camino:directory-read', { detail: url });
  return { index, problems: withUrl(problems), notes: withUrl(notes) };
}
