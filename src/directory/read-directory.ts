// One reading of a partner's directory file, the same in the browser (`src`)
// and in Node (`npm run validate-data`, `npm run import`): Open Referral HSDS
// 3.0 JSON is mapped to Camino's format first, then every field is checked.
import type { City } from './format.js';
import { checkDirectory, type CheckedDirectory } from './check-directory.js';
import { readHsds } from './hsds/read-hsds.js';

export interface ReadDirectory extends CheckedDirectory {
  /** What the file was: Camino's own format, or HSDS. */
  format: 'camino' | 'hsds';
}

/**
 * @param json the parsed file
 * @param builtInCities cities the directory may name without listing them
 * @param language BCP 47 language of a single-language (HSDS) file's text, from `data-lang`
 */
export function readDirectory(json: unknown, builtInCities: readonly City[], language?: string | null): ReadDirectory {
  const hsds = readHsds(json, language);
  if (hsds?.refused) return { problems: [hsds.refused], notes: [], format: 'hsds' };
  const checked = checkDirectory(hsds ? hsds.directory : json, builtInCities);
  return { ...checked, notes: [...(hsds?.notes ?? []), ...checked.notes], format: hsds ? 'hsds' : 'camino' };
}
