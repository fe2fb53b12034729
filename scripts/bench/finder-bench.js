// Search speed and relevance.
//
// Speed: for synthetic directories of 1,000, 10,000 and 50,000 services, the
// time to build the finder's search index and the time per keystroke (p50,
// p95) while realistic queries are typed letter by letter: the finder's whole
// answer (reading the query, matching, filters, ranking, one result per
// organisation), not the rendering. Beside it, plain Fuse.js with default
// options and MiniSearch (prefix and fuzzy search) over one flat record per
// service, and the time to answer a pasted text of 5,000 and 20,000 characters.
//
// Relevance: the share of the relevance set (test/relevance/queries.json)
// whose organisations are in the first three results, for Camino, plain
// Fuse.js and MiniSearch over the same records of the built-in directory.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { syntheticDirectory } from './synthetic-directory.js';
import { importSource } from '../lib/import-source.js';
import { flatRecords, isHit, JUDGED_AT, relevanceSet } from './relevance.js';

const SIZES = [1_000, 10_000, 50_000];
/** What people type: kinds of help in several languages, typos, place names, questions as they are asked. */
export const QUERIES = [
  'abogado', 'lawyer', 'avoka', 'abogdo', 'albergue tijuana', 'shelter', 'refij', 'abrigo', 'psicologa', 'salud mujeres',
  'derechos humanos', 'comida', 'trabajo monterrey', 'familia', 'necesito un abogado', 'where can I sleep tonight',
  'violencia contra la mujer', 'أحتاج محامي',
];
const PASTES = [5_000, 20_000];
const RUNS_PER_PASTE = 5;

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
  return { p50: percentile(times, 50), p95: percentile(times, 95), max: times[times.length - 1] };
}

/** A pasted text: the directory's own words and filler, as a page copied by mistake. */
const pasted = (length) => 'Necesito ayuda urgente con mi caso de asilo en Tijuana, por favor, no sé dónde dormir esta noche. '.repeat(Math.ceil(length / 97)).slice(0, length);

const flatServices = (directory) =>
  directory.organizations.flatMap((org) =>
    org.services.map((service) => ({
      organization: org.name.es ?? Object.values(org.name)[0],
      service: Object.values(service.name).join(' '),
      description: Object.values(service.description).join(' '),
      cities: org.locations.map((l) => l.city_id).join(' '),
    })),
  );

const FIELDS = ['organization', 'service', 'description', 'cities'];
const miniSearchOptions = { fields: FIELDS, idField: 'id', searchOptions: { prefix: true, fuzzy: 0.2, boost: { organization: 3, service: 2 } } };

export async function benchFinder() {
  const { DirectoryIndex, FinderSearch } = await importSource(`
    export { DirectoryIndex } from './src/directory/directory-index.ts';
    export { FinderSearch } from './src/directory/search/find-services.ts';
  `);
  const builtIn = JSON.parse(readFileSync(new URL('../../src/generated/directory.json', import.meta.url), 'utf8'));
  const rows = [];
  for (const size of SIZES) {
    const directory = syntheticDirectory({ services: size, cities: builtIn.cities });
    directory.cities = builtIn.cities;
    const finder = new FinderSearch(new DirectoryIndex(directory));

    // Camino: the index is built when the reader reaches the search box; then the whole answer on every keystroke.
    const built = time(() => finder.prepare());
    const camino = timeKeystrokes((text) => finder.find({ text }));
    const pastes = PASTES.map((length) => {
      const text = pasted(length);
      return Math.max(...Array.from({ length: RUNS_PER_PASTE }, () => time(() => finder.find({ text })).ms));
    });

    // Baselines over one flat record per service: plain Fuse.js (default options) and MiniSearch.
    const flat = flatServices(directory);
    const fuseBuilt = time(() => new Fuse(flat, { keys: FIELDS }));
    const fuse = timeKeystrokes((text) => fuseBuilt.result.search(text));
    const miniBuilt = time(() => {
      const index = new MiniSearch(miniSearchOptions);
      index.addAll(flat.map((record, id) => ({ ...record, id })));
      return index;
    });
    const mini = timeKeystrokes((text) => miniBuilt.result.search(text));

    rows.push({ size, offices: finder.entries.filter((e) => e.location).length, words: finder.prepare().vocabularySize, index: built.ms, camino, pastes, fuseIndex: fuseBuilt.ms, fuse, miniIndex: miniBuilt.ms, mini });
  }

  console.log(`\nFinder search — ${keystrokes.length} keystrokes (${QUERIES.length} queries typed letter by letter); each keystroke is the finder's whole answer`);
  console.log('services  offices  words | Camino: index  p50/key  p95/key  max/key | paste 5k/20k chars | Fuse.js: index  p50/key  p95/key | MiniSearch: index  p50/key  p95/key');
  for (const r of rows) {
    console.log(
      [
        `${String(r.size).padStart(8)} ${String(r.offices).padStart(8)} ${String(r.words).padStart(6)}`,
        `${ms(r.index).padStart(14)} ${ms(r.camino.p50).padStart(8)} ${ms(r.camino.p95).padStart(8)} ${ms(r.camino.max).padStart(8)}`,
        `${r.pastes.map(ms).join(' / ').padStart(18)}`,
        `${ms(r.fuseIndex).padStart(14)} ${ms(r.fuse.p50).padStart(8)} ${ms(r.fuse.p95).padStart(8)}`,
        `${ms(r.miniIndex).padStart(17)} ${ms(r.mini.p50).padStart(8)} ${ms(r.mini.p95).padStart(8)}`,
      ].join(' | '),
    );
  }
  const relevance = benchRelevance(builtIn, DirectoryIndex, FinderSearch);
  return { rows, relevance };
}

/** Hit rate of the relevance set for Camino and the two baselines, over the built-in directory. */
function benchRelevance(builtIn, DirectoryIndex, FinderSearch) {
  const set = relevanceSet();
  const index = new DirectoryIndex(structuredClone(builtIn));
  const finder = new FinderSearch(index);
  const records = flatRecords(builtIn);
  const fuse = new Fuse(records, { keys: FIELDS });
  const mini = new MiniSearch(miniSearchOptions);
  mini.addAll(records);
  const byId = new Map(records.map((r) => [r.id, r]));
  const inCity = (query) => (record) => !query.city || record.city === query.city;

  const hits = { camino: 0, fuse: 0, mini: 0 };
  const misses = { camino: [], fuse: [], mini: [] };
  for (const query of set) {
    const answers = {
      camino: finder.find({ text: query.query, city: query.city ? index.city(query.city) : undefined, now: JUDGED_AT }).groups.map((g) => g.org.id),
      fuse: fuse.search(query.query).map((r) => r.item).filter(inCity(query)).map((r) => r.org),
      mini: mini.search(query.query).map((r) => byId.get(r.id)).filter(inCity(query)).map((r) => r.org),
    };
    for (const [engine, orgs] of Object.entries(answers)) {
      if (isHit(query, orgs)) hits[engine]++;
      else misses[engine].push(`${query.lang} "${query.query}"`);
    }
  }
  const rate = (engine) => `${hits[engine]}/${set.length} (${Math.round((100 * hits[engine]) / set.length)} %)`;
  const languages = [...new Set(set.map((q) => q.lang))];
  console.log(`\nRelevance set — ${set.length} queries (${languages.map((l) => `${l} ${set.filter((q) => q.lang === l).length}`).join(', ')}), the expected organisations in the first three results`);
  console.log(`  Camino: ${rate('camino')} · plain Fuse.js: ${rate('fuse')} · MiniSearch (prefix, fuzzy 0.2): ${rate('mini')}`);
  if (misses.camino.length) console.log(`  Camino misses: ${misses.camino.join('; ')}`);
  return { total: set.length, hits };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchFinder();
