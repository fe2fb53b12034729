// A partner's big directory through `src`, as a reader on a phone meets it:
// `<camino-service-finder src=…>` with 1,000 and 10,000 synthetic services
// (synthetic-directory.js), served by a local HTTP server, in headless
// Chromium at full speed and with the CPU slowed down 4× (a cheap phone), a
// fresh tab per run. Each run:
//   1. load: from the script's start (camino.js's bytes arrived) to the first
//      results painted, and to the whole directory read (fetched, parsed,
//      checked: the `camino:directory-read` mark);
//   2. the search box tapped right after the first results, then, 300 ms
//      later, queries typed key by key (each key pressed once the previous
//      key's results are painted and 100 ms have passed): from the key press
//      to its results painted;
//   3. the search box emptied, then "Map": from the tap to the markers
//      painted, the map showing every office of the results;
// with the longest main-thread task (Long Tasks API) from load to the first
// search, on the tap on the search box, while typing and while the map
// shows, and the JS heap once it is all ready and after the map (after a
// garbage collection). Figures, not a test.
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { builtFiles } from './built-files.js';
import { launchChromium } from './chromium.js';
import { syntheticDirectory } from './synthetic-directory.js';

const SIZES = (process.env.CAMINO_BENCH_SIZES ?? '1000,10000').split(',').map(Number);
const SLOWDOWNS = (process.env.CAMINO_BENCH_CPU ?? '1,4').split(',').map(Number);
const RUNS = Number(process.env.CAMINO_BENCH_RUNS ?? 5);
/** What a person types (ASCII, so each letter is a real key press); the box is emptied between them. */
const QUERIES = ['abogado', 'albergue tijuana', 'where can I sleep tonight', 'avoka', 'violencia contra la mujer'];
const TILE = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

/** The goals, beside the figures. */
export const GOALS = {
  firstResults4x: 1000,
  longestTask: 200,
  keyP95: 200,
};

const page = `<!doctype html><html lang="es"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><link rel="icon" href="data:,">
<script>
  // Every main-thread task over 50 ms, from the start.
  window.longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, end: entry.startTime + entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  window.marks = {};
  window.keys = [];
  // Key press to the frame after its results are rendered: the task queued from that frame's
  // animation callback runs right after its paint.
  document.addEventListener('keydown', (event) => {
    const pressed = event.timeStamp;
    const finder = document.querySelector('camino-service-finder');
    queueMicrotask(async () => {
      await new Promise((resolve) => setTimeout(resolve));
      await finder.updateComplete;
      requestAnimationFrame(() => setTimeout(() => keys.push(performance.now() - pressed)));
    });
  }, true);
  // The tap on the search box (its focus comes with the press), and the one on "Map".
  document.addEventListener('pointerdown', (event) => (marks.focus ??= event.timeStamp), true);
  document.addEventListener('click', (event) => (marks.click = event.timeStamp), true);
</script>
<script src="/camino.js"></script></head>
<body><camino-service-finder src="/directory.json" tile-url="${TILE}"></camino-service-finder>
<script>
  const finder = document.querySelector('camino-service-finder');
  const scriptStart = () => performance.getEntriesByType('resource').find((r) => r.name.endsWith('/camino.js')).responseEnd;
  const poll = () => {
    const root = finder.shadowRoot;
    if (root && root.querySelector('[part="result"]')) {
      // The frame that has them: its paint follows this callback. (A timer here would wait behind the
      // directory's reading, which yields to input and paint first, not to timers.)
      marks.firstResults = performance.now();
    } else if (root && root.querySelector('[part="message"]')) {
      marks.failed = root.querySelector('[part="message"]').textContent.trim();
    } else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
  window.scriptStart = scriptStart;
  window.markTime = (name) => performance.getEntriesByName(name)[0]?.startTime;
  window.mapPainted = () => new Promise((resolve) => {
    const check = () => {
      const map = finder.shadowRoot.querySelector('camino-office-map');
      const marker = map && map.shadowRoot && map.shadowRoot.querySelector('.leaflet-marker-icon');
      if (marker) setTimeout(() => resolve(performance.now()));
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
</script></body></html>`;

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const median = (values) => percentile([...values].sort((a, b) => a - b), 50);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function serve(files, directory) {
  const bodies = new Map(files);
  bodies.set('/', Buffer.from(page));
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    const body = path === '/directory.json' ? directory.body : bodies.get(path);
    if (!body) return response.writeHead(404).end();
    const type = path === '/' ? 'text/html; charset=utf-8' : path.endsWith('.json') ? 'application/json' : 'text/javascript';
    response.writeHead(200, { 'content-type': type, 'content-length': body.length, 'cache-control': 'no-store' });
    response.end(body);
  });
  const port = Number(process.env.CAMINO_BENCH_PORT ?? 0);
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

/** The longest task that overlaps [from, to] (ms since navigation), cut to the window. */
const longestIn = (tasks, from, to) => Math.max(0, ...tasks.filter((t) => t.end > from && t.start < to).map((t) => Math.min(t.end, to) - Math.max(t.start, from)));

async function heapMB(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1e6;
}

async function run(browser, origin, slowdown, marksSupported) {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 800, height: 900 });
  const cdp = await tab.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  // CAMINO_BENCH_TRACE=file.json: a Chrome trace of the run (open it in DevTools' Performance panel) to see what a long task is.
  const trace = process.env.CAMINO_BENCH_TRACE;
  if (trace) await tab.tracing.start({ path: trace, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', ...(process.env.CAMINO_BENCH_TRACE_JS ? ['disabled-by-default-v8.cpu_profiler'] : [])] });
  await tab.goto(`${origin}/`);
  const finder = await tab.$('camino-service-finder');
  await tab.waitForFunction(() => window.marks.firstResults || window.marks.failed, { timeout: 120_000, polling: 50 });
  const failed = await tab.evaluate(() => window.marks.failed);
  if (failed) throw new Error(`the finder showed a message instead of results: "${failed}"`);

  // A tap on the search box as soon as results show, then a pause before the first key.
  const input = await finder.evaluateHandle((el) => el.shadowRoot.querySelector('[part="search-input"]'));
  await input.click();
  await sleep(300);
  const firstKey = await tab.evaluate(() => performance.now());
  for (const query of QUERIES) {
    for (const key of [...query, 'clear']) {
      const before = await tab.evaluate(() => window.keys.length);
      if (key === 'clear') {
        await input.evaluate((el) => el.select());
        await tab.keyboard.press('Backspace');
      } else await tab.keyboard.press(key === ' ' ? 'Space' : key);
      await tab.waitForFunction((n) => window.keys.length > n, { timeout: 60_000, polling: 20 }, before);
      await sleep(100);
    }
  }
  const typed = await tab.evaluate(() => performance.now());
  // Everything read and indexed, then the heap (a build from before these marks indexes at the tap).
  if (marksSupported) await tab.waitForFunction(() => window.markTime('camino:search-ready') !== undefined, { timeout: 120_000, polling: 100 });
  const heapReady = await heapMB(cdp);

  // The map of every result.
  await sleep(300);
  const mapButton = await finder.evaluateHandle((el) => [...el.shadowRoot.querySelectorAll('.views button')].find((b) => b.getAttribute('aria-pressed') === 'false'));
  const painted = tab.evaluate(() => window.mapPainted());
  await mapButton.click();
  const mapDone = await painted;
  await sleep(1000);
  const mapAfter = await tab.evaluate(() => performance.now());
  const heapMap = await heapMB(cdp);

  const result = await tab.evaluate(() => ({
    scriptStart: window.scriptStart(),
    directory: performance.getEntriesByType('resource').find((r) => r.name.endsWith('/directory.json'))?.toJSON(),
    read: window.markTime('camino:directory-read'),
    searchReady: window.markTime('camino:search-ready'),
    marks: window.marks,
    keys: window.keys,
    longTasks: window.longTasks,
  }));
  if (trace) await tab.tracing.stop();
  if (process.env.CAMINO_BENCH_DEBUG) console.log(JSON.stringify({ scriptStart: result.scriptStart, fetched: result.directory.responseEnd, read: result.read, searchReady: result.searchReady, marks: result.marks, firstKey, typed, keys: result.keys.map(Math.round), tasks: result.longTasks.map((t) => [Math.round(t.start), Math.round(t.end - t.start)]) }));
  await tab.close();
  const { scriptStart, marks, longTasks: tasks } = result;
  return {
    fetched: result.directory.responseEnd - scriptStart,
    read: result.read - scriptStart,
    firstResults: marks.firstResults - scriptStart,
    searchReady: result.searchReady - scriptStart,
    longest: {
      load: longestIn(tasks, 0, marks.firstResults),
      focus: longestIn(tasks, marks.focus, firstKey),
      toFirstSearch: longestIn(tasks, 0, firstKey + result.keys[0]),
      typing: longestIn(tasks, firstKey, typed),
      map: longestIn(tasks, marks.click, mapAfter),
    },
    keys: result.keys,
    map: mapDone - marks.click,
    heapReady,
    heapMap,
  };
}

const ms = (v) => `${Math.round(v).toLocaleString('en')} ms`;
const spread = (values, format = ms) => {
  const sorted = [...values].sort((a, b) => a - b);
  return `${format(median(sorted))} (${format(sorted[0])}–${format(sorted[sorted.length - 1])})`;
};

export async function benchSrc() {
  const files = builtFiles();
  const marksSupported = files.get('/camino.js').includes('camino:search-ready');
  const builtIn = JSON.parse(readFileSync(new URL('../../src/generated/directory.json', import.meta.url), 'utf8'));
  // Served by a real server, not intercepted: no DevTools network events (see launchChromium).
  const browser = await launchChromium({ networkEnabled: false });
  const rows = [];
  try {
    for (const size of SIZES) {
      const directory = { body: Buffer.from(JSON.stringify(syntheticDirectory({ services: size, cities: builtIn.cities }))) };
      const server = await serve(files, directory);
      const origin = `http://127.0.0.1:${server.address().port}`;
      try {
        for (const slowdown of SLOWDOWNS) {
          const runs = [];
          for (let i = 0; i < RUNS; i++) runs.push(await run(browser, origin, slowdown, marksSupported));
          rows.push({ size, bytes: directory.body.length, slowdown, runs });
        }
      } finally {
        server.close();
      }
    }
  } finally {
    await browser.close();
  }

  console.log(`\nA partner's directory through src: <camino-service-finder src> in Chromium, served locally; median (fastest–slowest) of ${RUNS} fresh tabs; times from the script's start`);
  console.log(`Goals at 4× with 10,000 services: first results ≤ ${GOALS.firstResults4x} ms; no task over ${GOALS.longestTask} ms; a key's results painted ≤ ${GOALS.keyP95} ms at p95.`);
  for (const { size, bytes, slowdown, runs } of rows) {
    const keys = runs.map((r) => [...r.keys].sort((a, b) => a - b));
    console.log(`\n  ${size.toLocaleString('en')} services (${(bytes / 1e6).toFixed(1)} MB), CPU ${slowdown}×`);
    console.log(`    directory fetched ${spread(runs.map((r) => r.fetched))} · read (parsed, checked) ${spread(runs.map((r) => r.read))} · search ready ${spread(runs.map((r) => r.searchReady))}`);
    console.log(`    first results painted ${spread(runs.map((r) => r.firstResults))}`);
    console.log(`    longest task: load ${spread(runs.map((r) => r.longest.load))} · tap on the search box ${spread(runs.map((r) => r.longest.focus))} · load to first search ${spread(runs.map((r) => r.longest.toFirstSearch))} · typing ${spread(runs.map((r) => r.longest.typing))} · map ${spread(runs.map((r) => r.longest.map))}`);
    console.log(`    key to results painted (${keys[0].length} keys a run): p50 ${spread(keys.map((k) => percentile(k, 50)))} · p95 ${spread(keys.map((k) => percentile(k, 95)))} · slowest ${spread(keys.map((k) => k[k.length - 1]))}`);
    console.log(`    map: tap to markers painted ${spread(runs.map((r) => r.map))}`);
    console.log(`    JS heap: ready ${spread(runs.map((r) => r.heapReady), (v) => `${v.toFixed(0)} MB`)} · with the map ${spread(runs.map((r) => r.heapMap), (v) => `${v.toFixed(0)} MB`)}`);
  }
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchSrc();
