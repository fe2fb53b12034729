// Time from the moment dist/camino.js starts (its bytes have arrived and the
// browser begins compiling and running it) to the first finder results
// painted, in headless Chromium with the CPU slowed down 4×, for the built-in
// directory. Nothing is fetched from a network: the page and the script are
// served from memory by request interception, whose own delay is left out by
// starting the clock at the script's responseEnd (Resource Timing).
import { builtFiles } from './built-files.js';
import { answeringTab, launchChromium, slowCpu } from './chromium.js';

const RUNS = 15;
/** 4× is the target's condition (a cheap phone); 1× is this machine as it is, for context. */
const CPU_SLOWDOWNS = [4, 1];

const page = `<!doctype html><html lang="es"><head><meta charset="utf-8">
<script src="/camino.js"></script></head>
<body><camino-service-finder city="tijuana"></camino-service-finder>
<script>
  // Checked at the start of each frame: once results exist in the finder's shadow DOM, that frame
  // paints them, and a task queued from its animation-frame callback runs right after the paint.
  const finder = document.querySelector('camino-service-finder');
  const scriptStart = () => performance.getEntriesByType('resource').find((r) => r.name.endsWith('/camino.js')).responseEnd;
  const poll = () => finder.shadowRoot && finder.shadowRoot.querySelector('[part="result"]')
    ? setTimeout(() => (window.firstResultsPainted = performance.now() - scriptStart()))
    : requestAnimationFrame(poll);
  requestAnimationFrame(poll);
</script></body></html>`;

async function measure(browser, files, slowdown) {
  const times = [];
  for (let run = 0; run < RUNS; run++) {
    const tab = await answeringTab(browser, (path) => (path === '/' ? ['text/html', page] : files.has(path) ? ['text/javascript', files.get(path)] : undefined));
    await slowCpu(tab, slowdown);
    await tab.goto('http://camino.test/');
    await tab.waitForFunction(() => window.firstResultsPainted !== undefined, { timeout: 30_000 });
    times.push(await tab.evaluate(() => window.firstResultsPainted));
    await tab.close();
  }
  return times.sort((a, b) => a - b);
}

export async function benchFirstPaint() {
  const files = builtFiles();
  const script = files.get('/camino.js');
  const browser = await launchChromium();
  const results = [];
  try {
    for (const slowdown of CPU_SLOWDOWNS) results.push({ slowdown, times: await measure(browser, files, slowdown) });
  } finally {
    await browser.close();
  }
  console.log(`\nFirst results painted after the script starts (built-in directory, city="tijuana", ${RUNS} runs, ${(script.length / 1024).toFixed(0)} KB script)`);
  for (const { slowdown, times } of results) {
    const median = times[Math.floor(times.length / 2)];
    console.log(`  CPU ${slowdown}× slower: median ${median.toFixed(0)} ms · fastest ${times[0].toFixed(0)} ms · slowest ${times[times.length - 1].toFixed(0)} ms`);
  }
  return results;
}
