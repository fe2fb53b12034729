// Browser tests in headless Chromium. Browsers cannot be downloaded here, so
// the launcher uses the system's Chromium (Debian's /usr/bin/chromium, which
// .ci/run installs) or CHROME_PATH.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { syntheticDirectory } from './scripts/bench/synthetic-directory.js';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(
    `No Chromium at ${executablePath}. Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH to a Chrome or Chromium binary.`,
  );
  process.exit(1);
}

/**
 * A legacy site's server: fixture pages saved in windows-1252 are served as such, and the script
 * asked for with ?no-charset, and the map engine such a page asks for, are sent without a charset,
 * as many servers send .js files. The browser then decodes them in the page's encoding.
 */
async function legacyEncodings(context, next) {
  await next();
  if (context.path.endsWith('/windows-1252.html')) context.set('content-type', 'text/html; charset=windows-1252');
  if (context.path === '/dist/camino.js' && context.querystring === 'no-charset') context.set('content-type', 'text/javascript');
  if (context.path === '/dist/camino-map.js' && context.get('referer').endsWith('/windows-1252.html')) context.set('content-type', 'text/javascript');
}

/**
 * Directories that no fixture file can be, for the loading tests
 * (test/browser/loading.test.ts): a 200 MB body that comes as fast as it is
 * read, one that declares 200 MB up front, and one that never answers. The
 * bytes sent are counted, so a test can see that reading stopped early.
 */
let bytesSent = 0;
/** Whether the reader closed the connection of the last huge.json before its end. */
let closedEarly = false;
let synthetic;
/** The synthetic directory's text, as written with its sources first (false) or last (true). */
const syntheticFiles = {};
async function testDirectories(ctx, next) {
  if (ctx.path === '/test-src/huge.json' || ctx.path === '/test-src/declared-huge.json') {
    const chunk = Buffer.alloc(64 * 1024, 0x20); // spaces: valid JSON, until it ends
    const size = 200_000_000;
    bytesSent = 0;
    closedEarly = false;
    ctx.res.on('close', () => (closedEarly = bytesSent < size));
    ctx.type = 'application/json';
    if (ctx.path === '/test-src/declared-huge.json') ctx.length = size;
    ctx.body = new Readable({
      read() {
        if (bytesSent >= size) return this.push(null);
        bytesSent += chunk.length;
        this.push(chunk);
      },
    });
    return;
  }
  // The bench's synthetic directory of 10,000 services (about 11 MB) in 64 KB chunks; ?slow sends a
  // chunk every 20 ms, as a weak connection does, so that a test can act while it is being read;
  // ?sources-last writes its sources after its organisations, which they name.
  if (ctx.path === '/test-src/synthetic-10000.json') {
    const sourcesLast = ctx.querystring.includes('sources-last');
    synthetic ??= syntheticDirectory({ services: 10_000, cities: JSON.parse(await readFile(new URL('src/generated/directory.json', import.meta.url), 'utf8')).cities });
    const { camino_directory, sources, organizations } = synthetic;
    const file = (syntheticFiles[sourcesLast] ??= Buffer.from(JSON.stringify(sourcesLast ? { camino_directory, organizations, sources } : synthetic)));
    const slow = ctx.querystring.includes('slow');
    let at = 0;
    ctx.type = 'application/json';
    ctx.body = new Readable({
      read() {
        if (at >= file.length) return this.push(null);
        const chunk = file.subarray(at, (at += 64 * 1024));
        if (slow) setTimeout(() => this.push(chunk), 20);
        else this.push(chunk);
      },
    });
    return;
  }
  // 32 sources and a comma after the last: not JSON, whatever the items' batches.
  if (ctx.path === '/test-src/trailing-comma.json') {
    const sources = Array.from({ length: 32 }, (_, i) => JSON.stringify({ id: `s${i}`, title: { es: 'Fuente' }, date: '2026-01' }));
    ctx.type = 'application/json';
    ctx.body = `{"camino_directory": 1, "sources": [${sources.join(',')},], "organizations": []}`;
    return;
  }
  if (ctx.path === '/test-src/bytes-sent') {
    ctx.body = String(bytesSent);
    return;
  }
  if (ctx.path === '/test-src/closed-early') {
    ctx.body = String(closedEarly);
    return;
  }
  if (ctx.path === '/test-src/silent.json') {
    await new Promise((resolve) => ctx.req.on('close', resolve));
    return;
  }
  return next();
}

/**
 * TypeScript for the tests and the sources; the built files in dist/ are served byte for byte, as a
 * site serves them: dist/camino.js checks dist/camino-map.js's bytes against its SHA-384, so even a
 * harmless rewrite by esbuild would (rightly) make the browser refuse the map engine.
 */
function typescript() {
  const plugin = esbuildPlugin({ ts: true, target: 'es2021', tsconfig: 'tsconfig.json' });
  const transform = plugin.transform.bind(plugin);
  plugin.transform = (context) => (context.path.startsWith('/dist/') ? undefined : transform(context));
  return plugin;
}

/**
 * The map engine as a site may fail to serve it, for test/browser/map-engine.test.ts:
 * /test-engine/camino-map.js is dist/camino-map.js, or, while /test-engine/offline is set (until
 * /test-engine/online), a connection closed without an answer, as when the reader's phone loses its
 * network; /test-engine/tampered.js is dist/camino-map.js with one letter changed. dist/'s files
 * are sent with `Access-Control-Allow-Origin: *`, as CDNs send them, for pages on another origin.
 * While offline, the engine's ES module (src/components/office-map/map-engine.ts, which the elements
 * built from src import) fails the same way, for the accessibility test of a map whose engine did not
 * come.
 */
let engineOffline = false;
/** The demo as `npm start` serves it (scripts/serve.js): the built files at the demo's root. */
async function demoFiles(ctx, next) {
  if (ctx.path === '/demo/camino.js' || ctx.path === '/demo/camino-map.js') ctx.path = ctx.path.replace('/demo/', '/dist/');
  await next();
}

async function mapEngineFiles(ctx, next) {
  if (ctx.path === '/test-engine/offline' || ctx.path === '/test-engine/online') {
    engineOffline = ctx.path === '/test-engine/offline';
    ctx.body = ctx.path;
    return;
  }
  if (engineOffline && /^\/src\/components\/office-map\/map-engine\.(js|ts)$/.test(ctx.path)) {
    ctx.req.socket.destroy();
    return;
  }
  if (ctx.path === '/test-engine/camino-map.js' || ctx.path === '/test-engine/tampered.js') {
    if (engineOffline) {
      ctx.req.socket.destroy();
      return;
    }
    const engine = await readFile(new URL('dist/camino-map.js', import.meta.url));
    // A capital letter in a class name: still a valid script, no longer the engine camino.js was built with.
    if (ctx.path.endsWith('tampered.js')) engine[engine.indexOf('leaflet-container')] = 'L'.charCodeAt(0);
    ctx.type = 'text/javascript';
    // Asked for again after a failure: never from the browser's cache.
    ctx.set('Cache-Control', 'no-store');
    ctx.body = engine;
    return;
  }
  await next();
  if (ctx.path.startsWith('/dist/')) ctx.set('Access-Control-Allow-Origin', '*');
}

/**
 * `printed-pages`: how many pages the test page prints on, with Chromium's own
 * printer (to PDF, A4), so a print test can tell that a card fits one page.
 */
function printedPagesPlugin() {
  return {
    name: 'printed-pages',
    async executeCommand({ command, session }) {
      if (command !== 'printed-pages') return undefined;
      const pdf = await session.browser.getPage(session.id).pdf({ format: 'A4' });
      return (Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
    },
  };
}

/**
 * Chrome's own accessibility tree of the test page: what a screen reader gets (roles, names,
 * heading levels, text), for the tests that check names, headings and landmarks as they are heard.
 */
function accessibilityTree() {
  return {
    name: 'accessibility-tree',
    async executeCommand({ command, session }) {
      if (command !== 'accessibility-tree') return undefined;
      const page = session.browser.getPage(session.id);
      return page.accessibility.snapshot({ interestingOnly: false });
    },
  };
}

export default {
  files: ['test/browser/**/*.test.ts'],
  middleware: [legacyEncodings, testDirectories, mapEngineFiles, demoFiles],
  nodeResolve: { exportConditions: ['production'] },
  plugins: [typescript(), printedPagesPlugin(), accessibilityTree()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      },
    }),
  ],
  testFramework: { config: { timeout: 5000 } },
  // One page at a time: a background tab gets no animation frames, and fixtures wait for one.
  concurrency: 1,
};
