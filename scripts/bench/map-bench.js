// Time to the first paint of <camino-office-map>'s markers for 1,000 and
// 10,000 offices (synthetic, spread over the built-in cities, clustered), in
// headless Chromium, without and with the CPU slowed down 4× (a cheap phone).
// Each run is a fresh tab. The clock starts when the element, its offices
// already set, is put into the page: it covers placing and sorting the
// offices, the list's first page, making the Leaflet map, clustering, and the
// markers. Nothing is fetched from a network: the page, the script, the data
// and a data: tile are served from memory.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.js';
import { syntheticDirectory } from './synthetic-directory.js';

const SIZES = [1_000, 10_000];
const RUNS = 5;
const SLOWDOWNS = [1, 4];
const TILE = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

const page = `<!doctype html><html lang="es"><head><meta charset="utf-8"><script src="/camino.js"></script></head>
<body><script>
  window.measure = async (count) => {
    const directory = await (await fetch('/directory.json')).json();
    const offices = directory.organizations.flatMap((org) => org.locations.map((location) => ({ org, location }))).slice(0, count);
    const map = document.createElement('camino-office-map');
    map.setAttribute('tile-url', ${JSON.stringify(TILE)});
    map.offices = offices;
    const start = performance.now();
    document.body.append(map);
    return new Promise((resolve) => {
      // Markers are put in the DOM by a ResizeObserver callback, after layout and before paint:
      // that frame paints them. The next frame's start is an upper bound on the paint.
      const observer = new MutationObserver(() => {
        if (!map.shadowRoot.querySelector('.leaflet-marker-icon')) return;
        observer.disconnect();
        const inDom = performance.now() - start;
        requestAnimationFrame(() => resolve({
          inDom,
          painted: performance.now() - start,
          offices: offices.length,
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
  const script = readFileSync(new URL('../../dist/camino.js', import.meta.url));
  const builtIn = JSON.parse(readFileSync(new URL('../../src/generated/directory.json', import.meta.url), 'utf8'));
  const browser = await launchChromium();
  const rows = [];
  try {
    for (const size of SIZES) {
      const data = JSON.stringify(directoryWith(size, builtIn.cities));
      for (const slowdown of SLOWDOWNS) {
        const runs = [];
        for (let run = 0; run < RUNS; run++) {
          const tab = await browser.newPage();
          await tab.setViewport({ width: 1024, height: 768 });
          const cdp = await tab.createCDPSession();
          await tab.setRequestInterception(true);
          tab.on('request', (request) => {
            const { pathname } = new URL(request.url());
            if (pathname === '/') request.respond({ contentType: 'text/html', body: page });
            else if (pathname === '/camino.js') request.respond({ contentType: 'text/javascript', body: script });
            else if (pathname === '/directory.json') request.respond({ contentType: 'application/json', body: data });
            else request.respond({ status: 404, body: '' });
          });
          await tab.goto('http://camino.test/');
          await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
          runs.push(await tab.evaluate((count) => window.measure(count), size));
          await tab.close();
        }
        rows.push({
          size,
          slowdown,
          inDom: median(runs.map((r) => r.inDom)),
          painted: median(runs.map((r) => r.painted)),
          markers: runs[0].markers,
        });
      }
    }
  } finally {
    await browser.close();
  }

  console.log(`\nMap: first paint of markers (clustered; median of ${RUNS} fresh tabs; 1024×768)`);
  console.log('  offices   CPU           markers in DOM   next frame (paint ≤)   markers drawn');
  for (const r of rows) {
    console.log(
      `  ${r.size.toLocaleString('en').padStart(7)}   ${`${r.slowdown}×`.padEnd(12)}  ${`${r.inDom.toFixed(0)} ms`.padStart(14)}   ${`${r.painted.toFixed(0)} ms`.padStart(20)}   ${String(r.markers).padStart(13)}`,
    );
  }
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchMap();
