// The map engine, dist/camino-map.js, as dist/camino.js fetches it: only when a
// map is first shown, once, from beside camino.js, checked against the SHA-384
// built into camino.js, under a page's Content-Security-Policy and Trusted
// Types; and when it cannot be had (tampered with, missing, offline, refused),
// a map that says so in the reader's language while the list keeps working,
// and that tries again. Each page is an iframe that loads camino.js with a
// classic <script>. web-test-runner.config.js serves the engine's failures.
// Needs `npm run build` first (npm test does it).
import { expect, waitUntil } from '@open-wc/testing';
import { engineAddress, mapEngineLoader } from '../../src/components/office-map/map-engine-script.js';
import { removeHostPages } from './host-page.js';

const TILE = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
const NOT_LOADED_ES = 'No se pudo cargar el mapa. Las oficinas siguen en la lista.';

interface EnginePage extends Window {
  errors: string[];
  warnings: string[];
  violations: string[];
  axe: { run(context: Element): Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
}

/**
 * A page in an iframe that records uncaught errors, console warnings and CSP violations before
 * anything else runs; `nonce` is given to that recorder, for pages whose CSP asks for one.
 */
function enginePage({ head = '', body, nonce }: { head?: string; body: string; nonce?: string }): Promise<EnginePage> {
  return new Promise((resolve) => {
    const frame = document.createElement('iframe');
    Object.assign(frame.style, { width: '800px', height: '700px', border: '0' });
    frame.srcdoc = `<!doctype html><html lang="es"><head><meta charset="utf-8">${head}<script${nonce ? ` nonce="${nonce}"` : ''}>
        window.errors = []; window.warnings = []; window.violations = [];
        const warn = console.warn; console.warn = (...a) => { window.warnings.push(a.join(' ')); warn(...a); };
        addEventListener('error', (e) => window.errors.push(e.message));
        addEventListener('unhandledrejection', (e) => window.errors.push(String(e.reason)));
        document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.effectiveDirective + ' ' + e.blockedURI));
      </script></head><body>${body}</body></html>`;
    frame.addEventListener('load', () => resolve(frame.contentWindow as EnginePage), { once: true });
    document.body.append(frame);
  });
}

const mapsOf = (win: Window) => [...win.document.querySelectorAll('camino-office-map')];
const shadow = (element: Element) => element.shadowRoot!;
const markers = (map: Element) => shadow(map).querySelectorAll('.leaflet-marker-icon').length;
const notice = (map: Element) => shadow(map).querySelector<HTMLElement>('[part="map-notice"]');
const textOf = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The page's requests for a map engine, by address. */
const engineRequests = (win: Window) =>
  win.performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => name.includes('camino-map') || name.includes('/test-engine/'));
/** Two frames: the element has rendered and its ResizeObserver has seen the map's size (or none). */
const twoFrames = (win: Window) => new Promise((done) => win.requestAnimationFrame(() => win.requestAnimationFrame(done)));

async function failedMap(win: EnginePage, selector = 'camino-office-map') {
  const map = win.document.querySelector(selector)!;
  await waitUntil(() => notice(map)?.querySelector('button'), 'the map did not say it could not be loaded', { timeout: 5000 });
  return map;
}

const setEngineOnline = (online: boolean) => fetch(`/test-engine/${online ? 'online' : 'offline'}`, { cache: 'no-store' });

afterEach(async () => {
  removeHostPages();
  await setEngineOnline(true);
});

describe('the map engine: when and how it is fetched', () => {
  it('a page with no map shown never asks for it; the first maps shown ask once, from beside camino.js, and leave nothing in the page', async () => {
    const win = await enginePage({
      body: `<script src="/dist/camino.js"></script>
        <camino-org-card org="hias" city="tijuana"></camino-org-card>
        <div id="tab" hidden>
          <camino-office-map city="tapachula" tile-url="${TILE}"></camino-office-map>
          <camino-office-map city="tijuana" tile-url="${TILE}"></camino-office-map>
        </div>`,
    });
    const [tapachula, tijuana] = mapsOf(win);
    await waitUntil(() => textOf(shadow(tapachula) as unknown as Element).includes('Oficinas en Tapachula'), 'the hidden map did not render its list');
    await twoFrames(win);
    expect(engineRequests(win)).to.deep.equal([]);
    const globals = new Set(Object.getOwnPropertyNames(win));

    win.document.getElementById('tab')!.hidden = false;
    await waitUntil(() => markers(tapachula) > 0 && markers(tijuana) > 0, 'no markers on the maps', { timeout: 5000 });
    const requests = engineRequests(win);
    expect(requests).to.have.length(1);
    expect(requests[0]).to.match(new RegExp(`^${location.origin}/dist/camino-map\\.js\\?v=[0-9a-f]{12}$`));
    // No global, no leftover <script>, no warning: the engine went to Camino and nowhere else.
    expect(Object.getOwnPropertyNames(win).filter((name) => !globals.has(name))).to.deep.equal([]);
    expect(win.document.querySelectorAll('script[src*="camino-map"]')).to.have.length(0);
    expect(win.warnings).to.deep.equal([]);
    expect(win.errors).to.deep.equal([]);
    // Leaflet's stylesheet came with it, inside the shadow root, under the map's own rules.
    expect(getComputedStyle(shadow(tapachula).querySelector('.leaflet-map-pane')!).position).to.equal('absolute');
    expect(getComputedStyle(shadow(tapachula).querySelector('.map')!).fontSize).to.equal(getComputedStyle(tapachula).fontSize);
  });

  it('the finder asks for it when the reader switches to the map, not before', async () => {
    const win = await enginePage({
      body: `<script src="/dist/camino.js"></script><camino-service-finder city="tijuana" tile-url="${TILE}"></camino-service-finder>`,
    });
    const finder = win.document.querySelector('camino-service-finder')!;
    await waitUntil(() => shadow(finder).querySelector('[part="result"]'), 'no results');
    await twoFrames(win);
    expect(engineRequests(win)).to.deep.equal([]);
    [...shadow(finder).querySelectorAll<HTMLButtonElement>('.views button')].find((b) => b.textContent!.includes('Mapa'))!.click();
    await waitUntil(() => {
      const map = shadow(finder).querySelector('camino-office-map');
      return map && markers(map) > 0;
    }, 'no markers on the finder\'s map', { timeout: 5000 });
    expect(engineRequests(win)).to.have.length(1);
    expect(win.errors).to.deep.equal([]);
  });
});

describe('the map engine: when it cannot be had', () => {
  it('tampered with: no map, a message in the reader\'s language, a warning that says so, and the list still works', async () => {
    const win = await enginePage({
      head: `<script src="/node_modules/axe-core/axe.min.js"></script>`,
      body: `<script src="/dist/camino.js" data-camino-map="/test-engine/tampered.js"></script>
        <camino-office-map id="es" city="tapachula" lang="es" tile-url="${TILE}"></camino-office-map>
        <camino-office-map id="ar" city="tapachula" lang="ar" tile-url="${TILE}"></camino-office-map>`,
    });
    const es = await failedMap(win, '#es');
    const ar = await failedMap(win, '#ar');
    expect(textOf(notice(es)!.querySelector('p'))).to.equal(NOT_LOADED_ES);
    expect(textOf(notice(es)!.querySelector('button'))).to.equal('Intentar otra vez');
    expect(textOf(notice(ar))).to.match(/[\u0600-\u06FF]{3}/).and.not.to.contain('mapa');
    // In the live region, so a screen reader hears it; nothing says "loading" any more.
    expect(notice(es)!.closest('[role="status"]')).to.exist;
    expect(textOf(shadow(es) as unknown as Element)).not.to.contain('Cargando');
    expect(shadow(es).querySelector('.leaflet-container')).to.equal(null);
    expect(win.warnings.some((w) => w.startsWith('[camino-office-map] The map engine did not load from') && w.includes('/test-engine/tampered.js') && w.includes('is not the one camino.js was built with') && /sha384-[\w+/]{64}/.test(w))).to.equal(true, win.warnings.join('\n'));
    expect(win.errors).to.deep.equal([]);
    // The list beside the map: choosing an office opens its card.
    shadow(es).querySelector<HTMLButtonElement>('.office-list .office-button')!.click();
    await waitUntil(() => shadow(es).querySelector('[part="card"]'), 'the office\'s card did not open');
    const { violations } = await win.axe.run(es);
    expect(violations.map((v) => v.id)).to.deep.equal([]);
    expect((await win.axe.run(ar)).violations.map((v) => v.id)).to.deep.equal([]);
  });

  it('missing (404): the message, and a warning with the server\'s answer', async () => {
    const win = await enginePage({
      body: `<script src="/dist/camino.js" data-camino-map="/test-engine/not-there.js"></script>
        <camino-office-map city="tapachula" tile-url="${TILE}"></camino-office-map>`,
    });
    const map = await failedMap(win);
    expect(textOf(notice(map)!.querySelector('p'))).to.equal(NOT_LOADED_ES);
    expect(win.warnings.join('\n')).to.contain('/test-engine/not-there.js: the server answered 404');
    expect(win.errors).to.deep.equal([]);
  });

  it('offline after the page loaded, then back: "try again" brings the map', async () => {
    await setEngineOnline(false);
    const win = await enginePage({
      body: `<script src="/dist/camino.js" data-camino-map="/test-engine/camino-map.js"></script>
        <camino-office-map city="tapachula" tile-url="${TILE}"></camino-office-map>`,
    });
    const map = await failedMap(win);
    expect(win.warnings.join('\n')).to.contain('it could not be fetched (offline');
    await setEngineOnline(true);
    notice(map)!.querySelector('button')!.click();
    // The button goes while the engine loads; the focus stays on the map.
    expect(shadow(map).activeElement).to.equal(shadow(map).querySelector('.map'));
    await waitUntil(() => markers(map) > 0, 'no markers after trying again', { timeout: 5000 });
    expect(notice(map)).to.equal(null);
    expect(engineRequests(win)).to.have.length(2);
    expect(win.errors).to.deep.equal([]);
  });

  it('offline, then back: showing the map again (a tab, the list / map switch) brings it', async () => {
    await setEngineOnline(false);
    const win = await enginePage({
      // An address of its own: the engine the test above got must not come from the browser's memory.
      body: `<script src="/dist/camino.js" data-camino-map="/test-engine/camino-map.js?again"></script>
        <div id="tab"><camino-office-map city="tapachula" tile-url="${TILE}"></camino-office-map></div>`,
    });
    const map = await failedMap(win);
    await setEngineOnline(true);
    const tab = win.document.getElementById('tab')!;
    tab.hidden = true;
    await twoFrames(win);
    tab.hidden = false;
    await waitUntil(() => markers(map) > 0, 'no markers after showing the map again', { timeout: 5000 });
    expect(win.errors).to.deep.equal([]);
  });

  it('a camino.js under an engine that never answers stops waiting: the loader gives up after its timeout', async () => {
    const load = mapEngineLoader('/test-src/silent.json', 'sha384-none', 300);
    const error = await load().then(
      () => undefined,
      (e: Error) => e,
    );
    expect(error?.message).to.match(/^The map engine did not load from http:\/\/[^ ]+\/test-src\/silent\.json: nothing arrived within 0\.3 s\./);
    expect(document.querySelector('script[src*="silent.json"]')).to.equal(null);
  });
});

describe('the map engine: on strict pages', () => {
  it('Trusted Types with a list of allowed policies that includes "camino": the map, and no violation', async () => {
    const win = await enginePage({
      head: `<meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'; trusted-types lit-html camino">`,
      body: `<script src="/dist/camino.js"></script><camino-office-map city="tapachula" tile-url="${TILE}"></camino-office-map>`,
    });
    await waitUntil(() => markers(mapsOf(win)[0]) > 0, 'no markers on the map', { timeout: 5000 });
    expect(win.violations).to.deep.equal([]);
    expect(win.errors).to.deep.equal([]);
  });

  it('Trusted Types whose list leaves "camino" out: the message, a warning that names the policy, the rest of Camino works', async () => {
    const win = await enginePage({
      head: `<meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'; trusted-types lit-html">`,
      body: `<script src="/dist/camino.js"></script>
        <camino-office-map city="tapachula" tile-url="${TILE}"></camino-office-map>
        <camino-org-card org="hias" city="tijuana"></camino-org-card>`,
    });
    const map = await failedMap(win);
    expect(textOf(notice(map)!.querySelector('p'))).to.equal(NOT_LOADED_ES);
    expect(win.warnings.join('\n')).to.contain('the page requires Trusted Types and does not allow the policy "camino"');
    expect(textOf(shadow(win.document.querySelector('camino-org-card')!) as unknown as Element)).to.contain('Oficinas en Tijuana');
    expect(engineRequests(win)).to.deep.equal([]);
    expect(win.errors).to.deep.equal([]);
  });

  it('a nonce-based Content-Security-Policy: the engine runs with Camino\'s own nonce', async () => {
    const nonce = 'c4m1n0-t3st';
    const win = await enginePage({
      nonce,
      head: `<meta http-equiv="Content-Security-Policy" content="script-src 'nonce-${nonce}'">`,
      body: `<script nonce="${nonce}" src="/dist/camino.js"></script><camino-office-map city="tapachula" tile-url="${TILE}"></camino-office-map>`,
    });
    await waitUntil(() => markers(mapsOf(win)[0]) > 0, 'no markers on the map', { timeout: 5000 });
    expect(win.violations).to.deep.equal([]);
    expect(win.errors).to.deep.equal([]);
  });

  for (const crossorigin of ['crossorigin="anonymous"', '']) {
    it(`camino.js from another origin${crossorigin ? `, ${crossorigin}` : ', without crossorigin'}: the engine comes from there, in CORS mode, and passes its check`, async () => {
      const other = location.origin.replace('localhost', '127.0.0.1');
      const win = await enginePage({
        body: `<script src="${other}/dist/camino.js" ${crossorigin}></script><camino-office-map city="tapachula" tile-url="${TILE}"></camino-office-map>`,
      });
      await waitUntil(() => markers(mapsOf(win)[0]) > 0, 'no markers on the map', { timeout: 5000 });
      expect(engineRequests(win)[0]).to.match(new RegExp(`^${other}/dist/camino-map\\.js\\?v=`));
      expect(win.errors).to.deep.equal([]);
    });
  }
});

describe('the map engine\'s address', () => {
  const script = (attributes: Record<string, string>) => Object.assign(document.createElement('script'), attributes);

  it('is beside camino.js, with the version given, or where data-camino-map says', () => {
    expect(engineAddress('camino-map.js?v=1', script({ src: 'https://cdn.example/npm/camino-widgets@0.1.0/dist/camino.js?ver=2' }))).to.equal(
      'https://cdn.example/npm/camino-widgets@0.1.0/dist/camino-map.js?v=1',
    );
    const given = script({ src: 'https://cdn.example/all.js' });
    given.dataset.caminoMap = '/static/camino-map.js';
    expect(engineAddress('camino-map.js?v=1', given)).to.equal(`${location.origin}/static/camino-map.js`);
  });

  it('for a camino.js with no address of its own (inlined, or run by a bundle): any script\'s data-camino-map, else beside the page', () => {
    expect(engineAddress('camino-map.js?v=1', script({}))).to.equal(new URL('camino-map.js?v=1', document.baseURI).href);
    expect(engineAddress('camino-map.js?v=1', null)).to.equal(new URL('camino-map.js?v=1', document.baseURI).href);
    const elsewhere = script({ type: 'application/json' });
    elsewhere.dataset.caminoMap = 'https://static.example/camino-map.js';
    document.head.append(elsewhere);
    try {
      expect(engineAddress('camino-map.js?v=1', null)).to.equal('https://static.example/camino-map.js');
    } finally {
      elsewhere.remove();
    }
  });
});
