// Turns what a partner has into a Camino directory file: the HSDS tabular
// package (a folder of CSV files, as a spreadsheet exports them, or the same
// tables as one JSON object keyed by file name), or HSDS JSON. The tables are
// linked into compiled HSDS (hsds-tabular.js), then read exactly as the browser
// reads a `src` (scripts/lib/partner-rules.js): what comes out is what the
// elements would show, and everything left behind is listed.
import { readFileSync, statSync } from 'node:fs';
import { fromTabular, readTabularFolder } from './hsds-tabular.js';
import { loadPartnerRules } from '../lib/partner-rules.js';
import { pruneToSchema } from './prune-to-schema.js';
import cities from '../../data/cities.json' with { type: 'json' };

const builtInCities = cities.map(({ gazetteer, ...city }) => city);
const isTables = (json) => json && typeof json === 'object' && !Array.isArray(json) && Object.keys(json).some((key) => key.endsWith('.csv'));

/**
 * @param {string} input a folder of HSDS CSV files, or a JSON file
 * @param {{ language?: string }} [options] language of the text (BCP 47); else the package's own
 * @returns {Promise<{ directory?: object, read: string, language?: string, notCarried: string[], problems: string[], notes: string[] }>}
 */
export async function importDirectory(input, { language } = {}) {
  const rules = await loadPartnerRules();
  let json;
  let read;
  const notCarried = [];
  let packageLanguage;
  if (statSync(input).isDirectory()) {
    const tables = readTabularFolder(input);
    const linked = fromTabular(tables);
    json = linked.items;
    packageLanguage = linked.language;
    notCarried.push(...linked.notCarried);
    read = `HSDS tabular package (${Object.keys(tables).sort().join(', ') || 'no CSV files'})`;
  } else {
    json = JSON.parse(readFileSync(input, 'utf8').replace(/^\uFEFF/, ''));
    if (isTables(json)) {
      const linked = fromTabular(json);
      json = linked.items;
      packageLanguage = linked.language;
      notCarried.push(...linked.notCarried);
      read = 'HSDS tabular package as JSON';
    } else read = 'JSON';
  }
  const lang = language ?? packageLanguage;
  const { directory, problems, notes, format } = rules.readDirectory(json, builtInCities, lang);
  if (format === 'hsds' && read === 'JSON') read = 'HSDS JSON';
  // The fields Camino does not read are what this import did not carry: listed with the tables it did not read.
  const isUnread = (note) => note.startsWith('fields Camino does not read');
  const [unshown, otherNotes] = [notes.filter(isUnread), notes.filter((n) => !isUnread(n))];
  notCarried.unshift(...unshown);
  if (!directory) return { read, language: lang, notCarried, problems, notes: otherNotes };
  const builtInIds = new Set(builtInCities.map((c) => c.id));
  return {
    read,
    language: lang,
    notCarried,
    problems,
    notes: otherNotes,
    directory: pruneToSchema({
      camino_directory: 1,
      sources: directory.sources,
      ...(directory.cities.some((c) => !builtInIds.has(c.id)) ? { cities: directory.cities.filter((c) => !builtInIds.has(c.id)) } : {}),
      organizations: directory.organizations,
    }),
  };
}
