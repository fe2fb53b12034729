// Search speed: for synthetic directories of 1,000, 10,000 and 50,000
// services, the time to build the finder's search index and the time per
// keystroke (p50, p95) while realistic queries are typed letter by letter;
// beside it, plain Fuse.js with default options over the flat records.
import { readFileSync } from 'node:fs';
import Fuse from 'fuse.js';
import { syntheticDirectory } from './synthetic-directory.js';
import { importSource } from '../lib/import-source.js';

const SIZES = [1_000, 10_000, 50_000];
/** What people type: kinds of help in several languages, a typo, place names, two-word searches. */
export const QUERIES = ['abogado', 'lawyer', 'avoka', 'abogdo', 'albergue tijuana', 'shelter', 'refij', 'abrigo', 'psicologa', 'salud mujeres', 'derechos humanos', 'comida', 'trabajo monterrey', 'familia'];

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const ms = (value) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;

/** Every prefix of every query: one per keystroke. */
const keystrokes = QUERIES.flatMap((q) => [...q].map((_, i) => q.slice(0, i + 1)));

function time(work) {
  const start = performance.now();
  const result = work();
  return { ms: performance.now() - start, result };
}

function timeKeystrokes(search) {
  for (const text of keystrokes.slice(0, 20)) search(text); // warm up the JIT
  const times = keystrokes.map((text) => time(() => search(text)).ms).sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

export async function benchFinder() {
  const { DirectoryIndex, finderEntries, searchableFields, SEARCH_GROUPS, ServiceSearch, matchEntries } = await importSource(`
    export { DirectoryIndex } from './src/directory/directory-index.ts';
    export { finderEntries, searchableFields, SEARCH_GROUPS, matchEntries } from './src/directory/finder-entries.ts';
    export { ServiceSearch } from './src/directory/search/service-search.ts';
  `);
  const builtIn = JSON.parse(readFileSync(new URL('../../src/generated/directory.json', import.meta.url), 'utf8'));
  const rows = [];
  for (const size of SIZES) {
    const directory = syntheticDirectory({ services: size, cities: builtIn.cities });
    directory.cities = builtIn.cities;
    const index = new DirectoryIndex(directory);
    const entries = finderEntries(index);

    // Camino: what the finder does at the first query, then on every keystroke.
    const built = time(() => new ServiceSearch(entries.map(searchableFields), SEARCH_GROUPS));
    const search = built.result;
    const camino = timeKeystrokes((text) => matchEntries(entries, search.search(text), {}, undefined));

    // Baseline: plain Fuse.js, default options, over one flat record per service.
    const flat = directory.organizations.flatMap((org) =>
      org.services.map((service) => ({
        organization: org.name.es ?? Object.values(org.name)[0],
        service: Object.values(service.name).join(' '),
        description: Object.values(service.description).join(' '),
        cities: org.locations.map((l) => l.city_id).join(' '),
      })),
    );
    const fuseBuilt = time(() => new Fuse(flat, { keys: ['organization', 'service', 'description', 'cities'] }));
    const fuse = timeKeystrokes((text) => fuseBuilt.result.search(text));

    rows.push({ size, offices: entries.filter((e) => e.location).length, words: search.vocabularySize, index: built.ms, ...camino, fuseIndex: fuseBuilt.ms, fuseP50: fuse.p50, fuseP95: fuse.p95 });
  }

  console.log(`\nFinder search — ${keystrokes.length} keystrokes (${QUERIES.length} queries typed letter by letter)`);
  console.log('services  offices  words   | Camino: index   p50/key   p95/key  | plain Fuse.js: index   p50/key   p95/key');
  for (const r of rows) {
    console.log(
      `${String(r.size).padStart(8)} ${String(r.offices).padStart(8)} ${String(r.words).padStart(6)}   | ${ms(r.index).padStart(13)} ${ms(r.p50).padStart(9)} ${ms(r.p95).padStart(9)}  | ${ms(r.fuseIndex).padStart(20)} ${ms(r.fuseP50).padStart(9)} ${ms(r.fuseP95).padStart(9)}`,
    );
  }
  return rows;
}
