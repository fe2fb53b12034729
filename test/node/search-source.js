// The finder's search layer, compiled from src/ for Node tests (the same code
// the element runs), and the built-in directory.
import { readFileSync } from 'node:fs';
import { importSource } from '../../scripts/lib/import-source.js';

export const search = await importSource(`
  export { DirectoryIndex } from './src/directory/directory-index.ts';
  export { FinderSearch, LOCAL_KM, FAR_KM } from './src/directory/search/find-services.ts';
  export { readQuery, QUERY_LIMITS } from './src/directory/search/query.ts';
  export { tokenize } from './src/directory/search/tokens.ts';
  export { NEED_WORDS, NO_NEED_WORDS, VOCABULARY_LANGUAGES } from './src/directory/search/vocabulary.ts';
  export { openState } from './src/directory/opening-hours.ts';
  export { distanceKm, sayDistance } from './src/directory/distance.ts';
`);

/** A fresh copy of the built-in directory (the index fills in points and time zones in place). */
export const builtInDirectory = () => JSON.parse(readFileSync(new URL('../../src/generated/directory.json', import.meta.url), 'utf8'));

/** A finder over a directory (the built-in one by default), and its index for city look-ups. */
export function finderOver(directory = builtInDirectory()) {
  const index = new search.DirectoryIndex(directory);
  return { index, finder: new search.FinderSearch(index) };
}

/** Organisation ids of an answer's results, in order. */
export const orgIds = (answer) => answer.groups.map((g) => g.org.id);
