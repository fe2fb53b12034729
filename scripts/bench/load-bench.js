// Load and parse of a partner directory (`src`): how long the checks and the
// look-up index take, and the whole way from an element asking for `src` to
// its card rendered. Synthetic directories (synthetic-directory.js).
//  - Node: JSON.parse, the browser's reading (read-directory.ts: HSDS or not,
//    every field's check) with the placing of offices, and the index
//    (DirectoryIndex), median of several runs, at 1,000 and 10,000 services.
//  - Chromium: dist/camino.js, a <camino-org-card src=…> put into a page, the
//    clock stopped when its card is in the shadow DOM; the file is served from
//    memory (request interception). Sizes stay under the `src` size limit.
import { readFileSync } from 'node:fs';
import { syntheticDirectory } from './synthetic-directory.js';
import { importSource } from '../lib/import-source.js';
import { answeringTab, launchChromium, slowCpu } from './chromium.js';

const NODE_SIZES = [1_000, 10_000];
const NODE_RUNS = 7;
const BROWSER_SIZES = [1_000, 4_000];
const BROWSER_RUNS = 7;
const CPU_SLOWDOWNS = [1, 4];

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const ms = (value) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;

function timed(work) {
  const start = performance.now();
  const result = work();
  return { ms: performance.now() - start, result };
}

async function benchNode(cities) {
  // What load-directory.ts does after JSON.parse: read (HSDS or Camino, every field checked), place, index.
  const { readDirectory, placeLocations, DirectoryIndex } = await importSource(`
    export { readDirectory } from './src/directory/read-directory.ts';
    export { placeLocations } from './src/directory/place-locations.ts';
    export { DirectoryIndex } from './src/directory/directory-index.ts';
  `);
  const readAndPlace = (json) => {
    const read = readDirectory(json, cities);
    if (read.directory) placeLocations(read.directory.organizations, read.directory.cities);
    return read;
  };
  const rows = [];
  for (const size of NODE_SIZES) {
    const text = JSON.stringify(syntheticDirectory({ services: size, cities }));
    const parse = [];
    const check = [];
    const index = [];
    for (let run = 0; run < NODE_RUNS; run++) {
      const json = timed(() => JSON.parse(text));
      const checked = timed(() => readAndPlace(json.result));
      if (!checked.result.directory || checked.result.problems.length) throw new Error(`synthetic directory did not pass: ${checked.result.problems[0]}`);
      const built = timed(() => new DirectoryIndex(checked.result.directory));
      parse.push(json.ms);
      check.push(checked.ms);
      index.push(built.ms);
    }
    rows.push({ size, bytes: text.length, parse: median(parse), check: median(check), index: median(index) });
  }
  console.log(`\nPartner directory in Node: parse, checks (with placing), index (median of ${NODE_RUNS})`);
  console.log(' services       size |  JSON.parse     checks      index');
  for (const r of rows) {
    console.log(`${String(r.size).padStart(9)} ${`${(r.bytes / 1e6).toFixed(1)} MB`.padStart(10)} | ${ms(r.parse).padStart(10)} ${ms(r.check).padStart(10)} ${ms(r.index).padStart(10)}`);
  }
  return rows;
}

const page = `<!doctype html><html lang="es"><head><meta charset="utf-8"><script src="/camino.js"></script></head><body><script>
  window.measure = () => new Promise((resolve) => {
    const start = performance.now();
    const card = document.createElement('camino-org-card');
    card.setAttribute('org', 'org-0');
    card.setAttribute('src', '/directory.json?' + Math.random());
    document.body.append(card);
    const poll = () => card.shadowRoot && card.shadowRoot.querySelector('[part="card"], [part="message"]')
      ? resolve({ ms: performance.now() - start, ok: !!card.shadowRoot.querySelector('[part="card"]') })
      : requestAnimationFrame(poll);
    requestAnimationFrame(poll);
  });
</script></body></html>`;

async function benchBrowser(cities) {
  const script = readFileSync(new URL('../../dist/camino.js', import.meta.url));
  const browser = await launchChromium();
  const rows = [];
  try {
    for (const size of BROWSER_SIZES) {
      const body = JSON.stringify(syntheticDirectory({ services: size, cities }));
      for (const slowdown of CPU_SLOWDOWNS) {
        const times = [];
        for (let run = 0; run < BROWSER_RUNS; run++) {
          const answers = { '/': ['text/html', page], '/camino.js': ['text/javascript', script], '/directory.json': ['application/json', body] };
          const tab = await answeringTab(browser, (path) => answers[path]);
          await slowCpu(tab, slowdown);
          await tab.goto('http://camino.test/');
          const result = await tab.evaluate(() => window.measure());
          if (!result.ok) throw new Error(`the ${size}-service directory did not render a card`);
          times.push(result.ms);
          await tab.close();
        }
        rows.push({ size, bytes: body.length, slowdown, median: median(times), fastest: Math.min(...times), slowest: Math.max(...times) });
      }
    }
  } finally {
    await browser.close();
  }
  console.log(`\nPartner directory in Chromium: <camino-org-card src> put in the page → card rendered (fetch from memory, read, parse, checks, index, render; ${BROWSER_RUNS} runs)`);
  console.log(' services       size   CPU |    median   fastest   slowest');
  for (const r of rows) {
    console.log(`${String(r.size).padStart(9)} ${`${(r.bytes / 1e6).toFixed(1)} MB`.padStart(10)} ${`${r.slowdown}×`.padStart(5)} | ${ms(r.median).padStart(9)} ${ms(r.fastest).padStart(9)} ${ms(r.slowest).padStart(9)}`);
  }
  return rows;
}

export async function benchLoad() {
  const builtIn = JSON.parse(readFileSync(new URL('../../src/generated/directory.json', import.meta.url), 'utf8'));
  return { node: await benchNode(builtIn.cities), browser: await benchBrowser(builtIn.cities) };
}

if (import.meta.url === `file://${process.argv[1]}`) await benchLoad();
