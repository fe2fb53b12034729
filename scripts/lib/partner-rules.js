// The browser's own reading of a partner's directory, for Node: validate-data
// and import run exactly the code the elements run (src/directory/
// read-directory.ts: the HSDS mapping, then every field's check), so the two
// can never disagree. In the repository the TypeScript is bundled from src/
// with esbuild at each run, so it is never stale; an installed package has no
// src/ and imports the same modules as built into dist/esm/.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../../', import.meta.url);
const source = fileURLToPath(new URL('src/directory/read-directory.ts', root));
const built = new URL('dist/esm/directory/', root);

/**
 * @returns {Promise<{ readDirectory: Function, MAX_DIRECTORY_BYTES: number, TAXONOMY_IDS: readonly string[], POPULATIONS: readonly string[], KIND_WORDS: readonly [string, RegExp][] }>}
 *   readDirectory(json, builtInCities, language?) → { directory?, problems: string[], notes: string[], format };
 *   editorialProblems(org) → an editor's warnings about one organisation (claim-rules.js)
 */
export async function loadPartnerRules() {
  let esbuild;
  try {
    esbuild = existsSync(source) ? await import('esbuild') : undefined;
  } catch {
    esbuild = undefined;
  }
  if (esbuild) {
    const { importSource } = await import('./import-source.js');
    return importSource(`
      export { readDirectory } from './src/directory/read-directory.ts';
      export { TAXONOMY_IDS, POPULATIONS } from './src/directory/check-directory.ts';
      export { KIND_WORDS } from './src/directory/hsds/kinds-of-help.ts';
      export { MAX_DIRECTORY_BYTES } from './src/directory/limits.ts';
      export { editorialProblems } from './src/directory/claim-rules.js';
    `);
  }
  const modules = await Promise.all(
    ['read-directory', 'check-directory', 'hsds/kinds-of-help', 'limits', 'claim-rules'].map((name) => import(new URL(`${name}.js`, built).href)),
  );
  return Object.assign({}, ...modules);
}
