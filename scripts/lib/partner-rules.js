// The browser's own reading of a partner's directory, for Node: validate-data
// and import run exactly the code the elements run (src/directory/
// read-directory.ts: the HSDS mapping, then every field's check), so the two
// can never disagree. In the repository the TypeScript is bundled with esbuild
// at each run, so it is never stale; the package's command bundles the same
// modules in once (partner-rules.bundled.js, scripts/build-cli.js).
import { importSource } from './import-source.js';

/**
 * @returns {Promise<{ readDirectory: Function, editorialProblems: Function, MAX_DIRECTORY_BYTES: number, TAXONOMY_IDS: readonly string[], POPULATIONS: readonly string[], KIND_WORDS: readonly [string, RegExp][] }>}
 *   readDirectory(json, builtInCities, language?) → { directory?, problems: string[], notes: string[], format };
 *   editorialProblems(org) → an editor's warnings about one organisation (claim-rules.js)
 */
export function loadPartnerRules() {
  return importSource(`
    export { readDirectory } from './src/directory/read-directory.ts';
    export { TAXONOMY_IDS, POPULATIONS } from './src/directory/check-directory.ts';
    export { KIND_WORDS } from './src/directory/hsds/kinds-of-help.ts';
    export { MAX_DIRECTORY_BYTES } from './src/directory/limits.ts';
    export { editorialProblems } from './src/directory/claim-rules.js';
  `);
}
