// Reads a directory from disk into the parts validate-directory.js checks:
// either the data/ folder (sources.json, cities.json, organizations/*.json) or
// a single directory file of the kind a partner publishes.
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

const TOP_LEVEL_KEYS = new Set(['$schema', 'camino_directory', 'maintainer', 'sources', 'cities', 'organizations']);

/**
 * Loads one directory file (the format an external `src` serves).
 * @param {string} file
 * @param {object[]} knownCities the built-in city list, which the file's locations may name
 */
export function loadDirectoryFile(file, knownCities) {
  const { value, error } = readJson(file);
  if (error) return { errors: [error] };
  const name = display(file);
  const errors = [];
  if (value == null || typeof value !== 'object' || Array.isArray(value)) {
    return { errors: [{ file: name, record: '', path: '', message: 'must be a JSON object with camino_directory, sources and organizations' }] };
  }
  if (value.camino_directory !== 1) {
    errors.push({ file: name, record: '', path: 'camino_directory', message: `must be 1, the format version (found ${JSON.stringify(value.camino_directory)})` });
  }
  for (const key of Object.keys(value)) {
    if (!TOP_LEVEL_KEYS.has(key)) errors.push({ file: name, record: '', path: key, message: 'is not a field of this format' });
  }
  if (!Array.isArray(value.organizations)) {
    errors.push({ file: name, record: '', path: 'organizations', message: 'must be a list of organisations' });
  }
  return {
    errors,
    parts: {
      sources: { file: name, path: 'sources', value: value.sources ?? [] },
      cities: value.cities ? { file: name, path: 'cities', value: value.cities } : undefined,
      maintainer: value.maintainer === undefined ? undefined : { file: name, path: 'maintainer', value: value.maintainer },
      organizations: (Array.isArray(value.organizations) ? value.organizations : []).map((org, i) => ({
        file: name,
        path: `organizations[${i}]`,
        value: org,
      })),
      knownCities,
    },
  };
}
