// Time from the moment dist/camino.js starts (its bytes have arrived and the
// browser begins compiling and running it) to the first finder results
// painted, in headless Chromium with the CPU slowed down 4×, for the built-in
// directory. Nothing is fetched from a network: the page and the script are
// served from memory by request interception, whose own delay is left out by
// starting the clock at the script's responseEnd (Resource Timing).
//
// Two pages without Camino are timed the same way, as the machine's floor: one
// that paints a single word, and a static copy of the finder's first screen
// (its DOM and styles as HTML, and a one-line script in place of camino.js).
// What Camino itself adds is its figure less the copy's.
import { builtFiles } from './built-files.js';
import { answeringTab, launchChromium, slowCpu } from './chromium.js';
import { copyFirstScreenInPage } from './first-screen-copy.js';

const RUNS = 15;
/** 4× is the target's condition (a cheap phone); 1× is this machine as it is, for context. */
const CPU_SLOWDOWNS = [4, 1];

/** The script served in place of camino.js on the pages without Camino: it starts the clock. */
const NO_CAMINO = 'window.noCamino = true;';

const page = `<!doctype html><html lang="es"><head><meta charset="utf-8">
<script src="/camino.js"></script></head>
<body><camino-service-finder city="tijuana"></camino-service-finder>
<script>
  // Checked at the start of each frame: once results exist in the finder's shadow DOM, that frame
  // paints them, and a task queued from its animation-frame callback runs right after the paint.
  const finder = document.querySelector('camino-service-finder') || document.getElementById('first-screen');
  const scriptStart = () => performance.getEntriesByType('resource').find((r) => r.name.endsWith('/camino.js')).responseEnd;
  const poll = () => finder.shadowRoot && finder.shadowRoot.querySelector('[part="result"]')
    ? setTimeout(() => (window.firstResultsPainted = performance.now() - scriptStart()))
    : requestAnimationFrame(poll);
  requestAnimationFrame(poll);
</script></body></html>`;

/** The bench page with `body` where the finder was; the clock's script finds it by its id. */
const pageWith = (body) => page.replace('<camino-service-finder city="tijuana"></camino-service-finder>', body);

/** The finder's first screen as static HTML (see first-screen-copy.js). */
async function firstScreenCopy(browser, files) {
  const tab = await answeringTab(browser, (path) => (path === '/' ? ['text/html', page] : files.has(path) ? ['text/javascript', files.get(path)] : undefined));
  await tab.evaluateOnNewDocument(copyFirstScreenInPage);
  await tab.goto('http://camino.test/');
  await tab.waitForFunction(() => window.firstScreenCopy !== undefined, { timeout: 30_000 });
  const copy = await tab.evaluate(() => window.firstScreenCopy);
  await tab.close();
  return copy;
}

async function measure(browser, html, files, slowdown) {
  const times = [];
  for (let run = 0; run < RUNS; run++) {
    const tab = await answeringTab(browser, (path) => (path === '/' ? ['text/html', html] : files.has(path) ? ['text/javascript', files.get(path)] : undefined));
    await slowCpu(tab, slowdown);
    await tab.goto('http://camino.test/');
    await tab.waitForFunction(() => window.firstResultsPainted !== undefined, { timeout: 30_000 });
    times.push(await tab.evaluate(() => window.firstResultsPainted));
    await tab.close();
  }
  return times.sort((a, b) => a - b);
}

const median = (times) => times[Math.floor(times.length / 2)];
const figures = (times) => `median ${median(times).toFixed(0)} ms · fastest ${times[0].toFixed(0)} ms · slowest ${times[times.length - 1].toFixed(0)} ms`;

/**
 * Prints, for each CPU slowdown, the median, fastest and slowest of RUNS fresh tabs (ms), for
 * Camino and for the two pages without it.
 * @returns {Promise<{ slowdown: number, times: number[], copyTimes: number[], wordTimes: number[] }[]>}
 *   each list of times sorted, in ms.
 */
export async function benchFirstPaint() {
  const files = builtFiles();
  const script = files.get('/camino.js');
  const noCamino = new Map([['/camino.js', NO_CAMINO]]);
  const browser = await launchChromium();
  const results = [];
  let copy;
  try {
    copy = await firstScreenCopy(browser, files);
    const oneWord = pageWith('<div id="first-screen"><template shadowrootmode="open"><p part="result">Tijuana</p></template></div>');
    for (const slowdown of CPU_SLOWDOWNS) {
      results.push({
        slowdown,
        times: await measure(browser, page, files, slowdown),
        copyTimes: await measure(browser, pageWith(copy), noCamino, slowdown),
        wordTimes: await measure(browser, oneWord, noCamino, slowdown),
      });
    }
  } finally {
    await browser.close();
  }
  console.log(`\nFirst results painted after the script starts (built-in directory, city="tijuana", ${RUNS} runs, ${(script.length / 1024).toFixed(0)} KB script)`);
  console.log(`  and the machine's floor: the same first screen as static HTML (${(copy.length / 1024).toFixed(0)} KB, no Camino), and a page that paints one word`);
  for (const { slowdown, times, copyTimes, wordTimes } of results) {
    console.log(`  CPU ${slowdown}× slower: Camino ${figures(times)}`);
    console.log(`    static copy of its first screen ${figures(copyTimes)} · one word ${figures(wordTimes)}`);
    console.log(`    Camino's own part (median less the copy's): ${(median(times) - median(copyTimes)).toFixed(0)} ms`);
  }
  return results;
}
