// Gives components their directory: the built-in Mexico data, or a partner's
// file from `src` (Camino's format or Open Referral HSDS 3.0 JSON), checked
// field by field. Each URL is fetched once per page however many elements name
// it; a load that failed is forgotten, so the next element that asks (or a
// person pressing "try again") fetches it anew. Loading always ends: with the
// directory, or with why not.
import builtIn from '../generated/directory.js';
import { readDirectory } from './read-directory.js';
import { placeLocations } from './place-locations.js';
import { DirectoryIndex } from './directory-index.js';
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
    const started = fetchDirectory(url, language).catch((error: unknown) => failed('not-directory', `${url} could not be read (${error})`));
    load = started;
    loads.set(key, started);
    started.then((loaded) => {
      if (loaded.failure && loads.get(key) === started) loads.delete(key);
    });
  }
  return load;
}

/**
 * The body, read chunk by chunk: undefined as soon as it passes `limit` bytes
 * (the rest is never read). `progress` is called at each chunk.
 */
async function readAtMost(response: Response, limit: number, progress: () => void): Promise<Uint8Array | undefined> {
  const reader = response.body!.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      reader.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(value);
    progress();
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.length;
  }
  return body;
}

async function fetchDirectory(url: string, language?: string | null): Promise<LoadedDirectory> {
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
  let text: string;
  try {
    keepWaiting();
    // No cookies or referrer go with the request: the page a person reads is nobody else's business.
    const response = await fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer', signal: controller.signal });
    if (!response.ok) return failed('unreachable', `${url} answered HTTP ${response.status} ${response.statusText}`.trim());
    if (Number(response.headers.get('content-length')) > MAX_DIRECTORY_BYTES) {
      controller.abort();
      return tooLarge();
    }
    const body = await readAtMost(response, MAX_DIRECTORY_BYTES, keepWaiting);
    if (!body) return tooLarge();
    text = new TextDecoder().decode(body);
  } catch (error) {
    return silent
      ? failed('timeout', `${url} sent nothing for ${LOAD_TIMEOUT_MS / 1000} s`)
      : failed('unreachable', `${url} could not be fetched (${(error as Error).message})`);
  } finally {
    clearTimeout(timer);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return failed('not-json', `${url} is not JSON (${(error as Error).message})`);
  }
  const { directory, problems, notes } = readDirectory(json, builtInDirectory().cities, language);
  if (!directory) return failed('not-directory', `${url}: ${problems[0]}`);
  placeLocations(directory.organizations, directory.cities!);
  return { index: new DirectoryIndex(directory), problems: problems.map((p) => `${url}: ${p}`), notes: notes.map((n) => `${url}: ${n}`) };
}
