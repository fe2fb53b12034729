// What a reader on a weak connection waits for, from the moment the page is
// asked for: the finder's first results on a page without a map, and the
// markers on a page that shows a map. The page and the built files
// (built-files.js) are sent gzipped by a local server, through Chromium's
// network emulation (the latency and throughput of a 3G connection, Chrome
// DevTools' "Fast 3G" and "Slow 3G"), with the CPU slowed down 4× (a cheap
// phone), the browser's cache empty; a data: tile, so only Camino's own files
// travel. Figures, not a test.
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { builtFiles } from './built-files.js';
import { launchChromium } from './chromium.js';

const RUNS = 5;
const CPU_SLOWDOWN = 4;
/** Chrome DevTools' presets: latency in ms, throughput in bytes per second. */
const NETWORKS = [
  { name: 'Fast 3G', latency: 562.5, download: (1.6e6 * 0.9) / 8, upload: (750e3 * 0.9) / 8 },
  { name: 'Slow 3G', latency: 2000, download: (500e3 * 0.8) / 8, upload: (500e3 * 0.8) / 8 },
];
const TILE = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

/** Each page sets window.done to the time (ms since the page was asked for) its content was painted. */
const PAGES = {
  finder: {
    what: 'finder: first results painted (no map on the page)',
    body: '<camino-service-finder city="tijuana"></camino-service-finder>',
    ready: `(el) => el.shadowRoot && el.shadowRoot.querySelector('[part="result"]')`,
    selector: 'camino-service-finder',
  },
  map: {
    what: 'map: markers painted (a map shown at load)',
    body: `<camino-office-map city="tijuana" tile-url="${TILE}"></camino-office-map>`,
    ready: `(el) => el.shadowRoot && el.shadowRoot.querySelector('.leaflet-marker-icon')`,
    selector: 'camino-office-map',
  },
  preloaded: {
    what: 'map, its engine preloaded (the tag npm run build prints)',
    body: `<camino-office-map city="tijuana" tile-url="${TILE}"></camino-office-map>`,
    ready: `(el) => el.shadowRoot && el.shadowRoot.querySelector('.leaflet-marker-icon')`,
    selector: 'camino-office-map',
    preload: true,
  },
};

/** The engine's address and hash as camino.js asks for it, for a <link rel="preload"> that the script element then uses. */
function preloadTag(script) {
  const [, address, integrity] = /"(camino-map\.js\?v=[0-9a-f]+)","(sha384-[\w+/=]+)"/.exec(script.toString()) ?? [];
  return address ? `<link rel="preload" as="script" href="/${address}" integrity="${integrity}">` : undefined;
}

const html = ({ body, ready, selector }, preload = '') => `<!doctype html><html lang="es"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script src="/camino.js" defer></script>${preload}</head><body>${body}<script>
  const el = document.querySelector('${selector}');
  const ready = ${ready};
  // Checked at the start of each frame; a task queued then runs right after that frame's paint.
  const poll = () => (ready(el) ? setTimeout(() => (window.done = performance.now())) : requestAnimationFrame(poll));
  requestAnimationFrame(poll);
</script></body></html>`;

function serve(files) {
  const bodies = new Map([...files].map(([path, bytes]) => [path, gzipSync(bytes, { level: 9 })]));
  const preload = preloadTag(files.get('/camino.js'));
  for (const [name, page] of Object.entries(PAGES)) if (!page.preload || preload) bodies.set(`/${name}.html`, gzipSync(html(page, page.preload ? preload : '')));
  const server = createServer((request, response) => {
    const body = bodies.get(new URL(request.url, 'http://localhost').pathname);
    if (!body) return response.writeHead(404).end();
    const type = request.url.endsWith('.html') ? 'text/html; charset=utf-8' : 'text/javascript';
    response.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', 'cache-control': 'no-store' });
    response.end(body);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function benchNetwork() {
  const files = builtFiles();
  const server = await serve(files);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await launchChromium();
  const rows = [];
  try {
    for (const network of NETWORKS) {
      // A build whose camino.js carries its engine has nothing to preload.
      for (const page of Object.keys(PAGES).filter((name) => !PAGES[name].preload || preloadTag(files.get('/camino.js')))) {
        const times = [];
        for (let run = 0; run < RUNS; run++) {
          const context = await browser.createBrowserContext();
          const tab = await context.newPage();
          await tab.setCacheEnabled(false);
          await tab.emulateNetworkConditions(network);
          await tab.emulateCPUThrottling(CPU_SLOWDOWN);
          await tab.goto(`${origin}/${page}.html`, { timeout: 120_000 });
          await tab.waitForFunction(() => window.done !== undefined, { timeout: 120_000 });
          times.push(await tab.evaluate(() => window.done));
          await context.close();
        }
        rows.push({ network: network.name, page, median: median(times), fastest: Math.min(...times), slowest: Math.max(...times) });
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  const sizes = [...files].map(([path, bytes]) => `${path.slice(1)} ${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1)} KB`).join(', ');
  console.log(`\nOn a weak connection, from asking for the page (gzipped: ${sizes}; CPU ${CPU_SLOWDOWN}× slower; median of ${RUNS}, empty cache)`);
  for (const r of rows) {
    console.log(`  ${r.network.padEnd(8)} ${PAGES[r.page].what.padEnd(52)} median ${r.median.toFixed(0).padStart(5)} ms · fastest ${r.fastest.toFixed(0)} · slowest ${r.slowest.toFixed(0)}`);
  }
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchNetwork();
