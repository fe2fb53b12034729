// Gives components their directory: the built-in Mexico data, or a partner's
// file from `src`, checked record by record. Each URL is fetched once per page
// however many elements name it.
import builtIn from '../generated/directory.js';
import { checkDirectory } from './check-directory.js';
import { DirectoryIndex } from './directory-index.js';

/** Why a `src` directory could not be used at all. */
export type DirectoryFailure = 'unreachable' | 'not-json' | 'not-directory';

export interface LoadedDirectory {
  /** The directory to show; absent when `src` could not be used (the partner's data is not replaced by ours). */
  index?: DirectoryIndex;
  /** Set when `src` was given and could not be used at all. */
  failure?: DirectoryFailure;
  /** Precise reasons, for the console: what failed, and each record that was skipped. */
  problems: string[];
}

/** Refuse files far larger than any real directory: a hostile `src` must not freeze a phone. */
const MAX_DIRECTORY_BYTES = 5_000_000;

let builtInIndex: DirectoryIndex | undefined;
export function builtInDirectory(): DirectoryIndex {
  builtInIndex ??= new DirectoryIndex(builtIn);
  return builtInIndex;
}

const loads = new Map<string, Promise<LoadedDirectory>>();

/**
 * The directory for a `src` attribute (absolute or relative to the page), or
 * the built-in one without it. Never rejects.
 */
export function loadDirectory(src?: string | null): Promise<LoadedDirectory> {
  if (!src) return Promise.resolve({ index: builtInDirectory(), problems: [] });
  const url = new URL(src, document.baseURI).href;
  let load = loads.get(url);
  if (!load) {
    load = fetchDirectory(url);
    loads.set(url, load);
  }
  return load;
}

async function fetchDirectory(url: string): Promise<LoadedDirectory> {
  const failed = (failure: DirectoryFailure, problem: string): LoadedDirectory => ({
    failure,
    problems: [problem],
  });
  let text: string;
  try {
    // No cookies or referrer go with the request: the page a person reads is nobody else's business.
    const response = await fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer' });
    if (!response.ok) return failed('unreachable', `${url} answered HTTP ${response.status} ${response.statusText}`.trim());
    text = await response.text();
  } catch (error) {
    return failed('unreachable', `${url} could not be fetched (${(error as Error).message})`);
  }
  if (text.length > MAX_DIRECTORY_BYTES) {
    return failed('not-directory', `${url} is ${text.length} bytes, over the ${MAX_DIRECTORY_BYTES} a directory may have`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return failed('not-json', `${url} is not JSON (${(error as Error).message})`);
  }
  const { directory, problems } = checkDirectory(json, builtInDirectory().cities);
  if (!directory) return failed('not-directory', `${url}: ${problems[0]}`);
  return { index: new DirectoryIndex(directory), problems: problems.map((p) => `${url}: ${p}`) };
}
