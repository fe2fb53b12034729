// Time from "show the map" to the first paint of <camino-office-map>'s
// markers: for the built-in directory's offices in Tijuana (what a reader of a
// partner's page sees), and for 1,000 and 10,000 offices (synthetic, spread
// over the built-in cities, clustered), in headless Chromium, without and
// with the CPU slowed down 4× (a cheap phone). Each run is a fresh tab, so the
// map is the first one the page shows: the clock starts when the element, its
// offices already set, is put into the page, and covers getting the map
// engine (dist/camino-map.js: its request, parse and start), placing and
// sorting the offices, the list's first page, making the Leaflet map,
// clustering, and the markers. Nothing is fetched from a network: the page,
// the scripts, the data and a data: tile are served from memory (by request
// interception, whose round trip to this process is in "engine arrived"), so
// the engine's request costs no transfer time here (see BENCHMARKS.md for what
// a network adds).
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { builtFiles } from './built-files.js';
import { answeringTab, launchChromium, slowCpu } from './chromium.js';
import { syntheticDirectory } from './synthetic-directory.js';

/** 0: the built-in directory's offices in Tijuana; otherwise that many synthetic offices. */
const SIZES = [0, 1_000, 10_000];
const RUNS = 5;
const SLOWDOWNS = [1, 4];
const TILE = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

const page = `<!doctype html><html lang="es"><head><meta charset="utf-8"><script src="/camino.js"></script></head>
<body><script>
  window.measure = async (count) => {
    const map = document.createElement('camino-office-map');
    map.setAttribute('tile-url', ${JSON.stringify(TILE)});
    if (count) {
      const directory = await (await fetch('/directory.json')).json();
      map.offices = directory.organizations.flatMap((org) => org.locations.map((location) => ({ org, location }))).slice(0, count);
    } else {
      map.setAttribute('city', 'tijuana');
    }
    const start = performance.now();
    document.body.append(map);
    return new Promise((resolve) => {
      // Markers are put in the DOM by a ResizeObserver callback, or once the engine has come, after
      // layout and before paint: that frame paints them. The next frame's start is an upper bound on the paint.
      const observer = new MutationObserver(() => {
        if (!map.shadowRoot.querySelector('.leaflet-marker-icon')) return;
        observer.disconnect();
        const inDom = performance.now() - start;
        const engine = performance.getEntriesByType('resource').find((entry) => entry.name.includes('/camino-map.js'));
        requestAnimationFrame(() => resolve({
          inDom,
          engineArrived: engine ? engine.responseEnd - start : undefined,
          painted: performance.now() - start,
          offices: map.shadowRoot.querySelector('[part="heading"] .count').textContent.replace(/[^0-9]/g, ''),
          markers: map.shadowRoot.querySelectorAll('.leaflet-marker-icon').length,
        }));
      });
      observer.observe(map.shadowRoot, { childList: true, subtree: true });
    });
  };
</script></body></html>`;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** A synthetic directory with at least `offices` offices (about 0.8 per service, 2 per organisation). */
function directoryWith(offices, cities) {
  for (let services = Math.ceil(offices * 1.25); ; services = Math.ceil(services * 1.1)) {
    const directory = syntheticDirectory({ services, cities });
    if (directory.organizations.reduce((n, org) => n + org.locations.length, 0) >= offices) return directory;
  }
}

export async function benchMap() {
  const files = builtFiles();
  const builtIn = JSON.parse(readFileSync(new URL('../../src/generated/directory.json', import.meta.url), 'utf8'));
  const browser = await launchChromium();
  const rows = [];
  try {
    for (const size of SIZES) {
      const data = size ? JSON.stringify(directoryWith(size, builtIn.cities)) : '';
      for (const slowdown of SLOWDOWNS) {
        const runs = [];
        for (let run = 0; run < RUNS; run++) {
          const tab = await answeringTab(browser, (path) =>
            path === '/' ? ['text/html', page] : files.has(path) ? ['text/javascript', files.get(path)] : path === '/directory.json' ? ['application/json', data] : undefined,
          );
          await tab.setViewport({ width: 1024, height: 768 });
          await tab.goto('http://camino.test/');
          await slowCpu(tab, slowdown);
          runs.push(await tab.evaluate((count) => window.measure(count), size));
          await tab.close();
        }
        rows.push({
          size,
          offices: runs[0].offices,
          slowdown,
          inDom: median(runs.map((r) => r.inDom)),
          engineArrived: runs[0].engineArrived === undefined ? undefined : median(runs.map((r) => r.engineArrived)),
          painted: median(runs.map((r) => r.painted)),
          markers: runs[0].markers,
        });
      }
    }
  } finally {
    await browser.close();
  }

  const engine = files.has('/camino-map.js') ? 'the map engine fetched from memory' : 'the map engine inside camino.js';
  console.log(`\nMap: "show the map" to its markers painted (first map of the page, ${engine}; clustered; median of ${RUNS} fresh tabs; 1024×768)`);
  console.log('  offices             CPU    engine arrived   markers in DOM   next frame (paint ≤)   markers drawn');
  for (const r of rows) {
    const offices = r.size ? r.size.toLocaleString('en') : `Tijuana (${r.offices})`;
    const arrived = r.engineArrived === undefined ? '(in camino.js)' : `${r.engineArrived.toFixed(0)} ms`;
    console.log(
      `  ${offices.padEnd(18)}  ${`${r.slowdown}×`.padEnd(5)}  ${arrived.padStart(14)}   ${`${r.inDom.toFixed(0)} ms`.padStart(14)}   ${`${r.painted.toFixed(0)} ms`.padStart(20)}   ${String(r.markers).padStart(13)}`,
    );
  }
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchMap();
