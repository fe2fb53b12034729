// Checks a partner's directory file by the browser's own rules (the same code,
// scripts/lib/partner-rules.js), as a `src` would be read: the size limit, JSON,
// then the HSDS mapping and every field's check.
import { readFileSync, statSync } from 'node:fs';
import { loadPartnerRules } from '../lib/partner-rules.js';
import builtInCities from '../../data/cities.json' with { type: 'json' };

/**
 * @param {string} file path of the file
 * @param {string} [language] BCP 47 language of a single-language HSDS file (data-lang)
 * @returns {Promise<{ problems: string[], warnings: string[], notes: string[], summary?: string, directory?: object }>}
 *   problems: what the browser would leave out, one line each; warnings: what an editor should fix
 *   (claim-rules.js), which the browser lives with; notes: what it would ignore
 */
export async function checkPartnerFile(file, language) {
  const rules = await loadPartnerRules();
  let size;
  try {
    size = statSync(file).size;
  } catch {
    return { problems: ['file not found'], warnings: [], notes: [] };
  }
  if (size > rules.MAX_DIRECTORY_BYTES) {
    return { problems: [`is ${size} bytes, over the ${rules.MAX_DIRECTORY_BYTES} a browser reads from a src: it would show "this directory is too large"`], warnings: [], notes: [] };
  }
  let json;
  try {
    json = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    return { problems: [`is not valid JSON: ${error.message}`], warnings: [], notes: [] };
  }
  // The built-in city list as the browser has it: the gazetteer keys are replaced by points at build time.
  const cities = builtInCities.map(({ gazetteer, ...city }) => city);
  const { directory, problems, notes, format } = rules.readDirectory(json, cities, language);
  if (!directory) return { problems, warnings: [], notes };
  const warnings = directory.organizations.flatMap((org, o) =>
    rules.editorialProblems(org).map(({ path, message }) => `organizations[${o}] (id "${org.id}")${path ? `.${path}` : ''}: ${message}`),
  );
  const count = (list) => list.length;
  const services = directory.organizations.reduce((n, o) => n + count(o.services), 0);
  const locations = directory.organizations.reduce((n, o) => n + count(o.locations), 0);
  return {
    problems,
    warnings,
    notes,
    directory,
    summary: `${format === 'hsds' ? 'HSDS 3.0, ' : ''}${count(directory.organizations)} organisations, ${services} services, ${locations} locations`,
  };
}
