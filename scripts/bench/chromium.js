// Headless Chromium for the benchmarks, started as the tests start it: the
// system's Chromium (or CHROME_PATH), without the background traffic a closed
// network refuses.
import puppeteer from 'puppeteer-core';

/**
 * @param networkEnabled false: no DevTools network events for the tabs (no request interception
 *   then). DevTools keeps what a page fetches: on an 11.7 MB response, that bookkeeping is a
 *   main-thread task of about 190 ms at 4× CPU slowdown when the body ends, which a reader's
 *   browser, with no DevTools attached, does not have.
 */
export function launchChromium({ networkEnabled = true } = {}) {
  return puppeteer.launch({
    networkEnabled,
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/**
 * A new tab whose requests are all answered from memory, so no figure depends on a server or the
 * network: `answer(pathname)` gives `[contentType, body]` for a path of http://camino.test/, or
 * nothing for a 404.
 */
export async function answeringTab(browser, answer) {
  const tab = await browser.newPage();
  await tab.setRequestInterception(true);
  tab.on('request', (request) => {
    const found = answer(new URL(request.url()).pathname);
    if (found) request.respond({ contentType: found[0], body: found[1] });
    else request.respond({ status: 404, body: '' });
  });
  return tab;
}

/** Slows the tab's CPU `rate` times (Chromium's throttling: 4 is a cheap phone's). */
export async function slowCpu(tab, rate) {
  const cdp = await tab.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}
