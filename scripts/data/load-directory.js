// Reads the data/ folder (sources.json, cities.json, organizations/*.json)
// into the parts validate-directory.js checks. (A partner's single file is
// read by check-partner-file.js, by the browser's rules.)
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const display = (file) => relative(process.cwd(), file) || file;

/** @returns {{ value?: unknown, error?: import('./validate-directory.js').DirectoryError }} */
function readJson(file) {
  try {
    return { value: JSON.parse(readFileSync(file, 'utf8')) };
  } catch (e) {
    return { error: { file: display(file), record: '', path: '', message: e.code === 'ENOENT' ? 'file not found' : `is not valid JSON: ${e.message}` } };
  }
}

/**
 * Loads data/ as parts: one part per organisation file.
 * @param {string} dir the data folder
 * @returns {{ parts?: import('./validate-directory.js').DirectoryParts, errors: object[] }}
 */
export function loadDataFolder(dir) {
  const errors = [];
  const read = (file) => {
    const { value, error } = readJson(file);
    if (error) errors.push(error);
    return value;
  };
  const sourcesFile = join(dir, 'sources.json');
  const citiesFile = join(dir, 'cities.json');
  const orgDir = join(dir, 'organizations');
  const sources = read(sourcesFile);
  const cities = read(citiesFile);
  const organizations = readdirSync(orgDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ file: display(join(orgDir, name)), path: '', value: read(join(orgDir, name)) }))
    .filter((part) => part.value !== undefined);
  if (sources === undefined || cities === undefined) return { errors };
  return {
    errors,
    parts: {
      sources: { file: display(sourcesFile), path: '', value: sources },
      cities: { file: display(citiesFile), path: '', value: cities },
      organizations,
    },
  };
}
