// dist/camino.js as a webmaster uses it: a classic <script> in a plain page,
// no modules, no CSS, no build step. Needs `npm run build` first (npm test does it).
import { expect, waitUntil } from '@open-wc/testing';

interface PageWindow extends Window {
  warnings: string[];
  errors: string[];
}

/** Loads a plain HTML page in an iframe and resolves with its window once loaded. */
function loadPage(body: string): Promise<PageWindow> {
  return new Promise((resolve) => {
    const frame = document.createElement('iframe');
    frame.style.width = '800px';
    frame.style.height = '600px';
    // The page records warnings and uncaught errors before anything else runs.
    frame.srcdoc = `<!doctype html><html lang="es"><head><meta charset="utf-8">
      <script>
        window.warnings = []; window.errors = [];
        const warn = console.warn; console.warn = (...a) => { window.warnings.push(a.join(' ')); warn(...a); };
        window.addEventListener('error', (e) => window.errors.push(e.message));
        window.addEventListener('unhandledrejection', (e) => window.errors.push(String(e.reason)));
      </script></head><body>${body}</body></html>`;
    frame.addEventListener('load', () => resolve(frame.contentWindow as PageWindow), { once: true });
    document.body.append(frame);
  });
}

const rendered = (win: PageWindow, selector: string) => {
  const el = win.document.querySelector(selector);
  return (el?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
};

describe('dist/camino.js in a plain page', () => {
  it('defines and renders the elements from one classic <script defer> tag', async () => {
    const win = await loadPage(`
      <script src="/dist/camino.js" defer></script>
      <camino-fraud-notice org="hias" lang="es"></camino-fraud-notice>
      <camino-org-card org="hias" city="tijuana" lang="en"></camino-org-card>`);
    await waitUntil(() => rendered(win, 'camino-org-card').includes('HIAS México'), 'org card did not render');
    expect(rendered(win, 'camino-fraud-notice')).to.contain('ethics@hias.org');
    expect(rendered(win, 'camino-org-card')).to.contain('Offices in Tijuana');
    expect(win.errors).to.deep.equal([]);
  });

  it('works without defer, placed before the elements', async () => {
    const win = await loadPage(`
      <script src="/dist/camino.js"></script>
      <camino-fraud-notice lang="en"></camino-fraud-notice>`);
    await waitUntil(() => rendered(win, 'camino-fraud-notice').includes('Be careful with anyone who asks you for money'));
    expect(win.errors).to.deep.equal([]);
  });

  it('speaks every language from the one script', async () => {
    const win = await loadPage(`
      <script src="/dist/camino.js"></script>
      ${['es', 'en', 'fr', 'ht', 'pt', 'ar'].map((lang) => `<camino-fraud-notice lang="${lang}" id="${lang}"></camino-fraud-notice>`).join('')}`);
    await waitUntil(() => rendered(win, '#ar').length > 20);
    const texts = ['es', 'en', 'fr', 'ht', 'pt', 'ar'].map((lang) => rendered(win, `#${lang}`));
    expect(new Set(texts).size).to.equal(6);
    expect(texts[0]).to.contain('Cuidado con quien le pida dinero');
    expect(texts[1]).to.contain('Be careful with anyone who asks you for money');
    expect(texts[5]).to.match(/[\u0600-\u06FF]/);
  });

  it('shows a map: its engine comes from beside the script when a map is first shown', async () => {
    const tile = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
    const win = await loadPage(`
      <script src="/dist/camino.js"></script>
      <camino-office-map city="tapachula" lang="es" tile-url="${tile}"></camino-office-map>`);
    const map = () => win.document.querySelector('camino-office-map')!.shadowRoot;
    await waitUntil(() => map()?.querySelector('.leaflet-marker-icon'), 'no marker on the map');
    expect(map()!.querySelector('.leaflet-container')).to.exist;
    const requests = win.performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname);
    expect(requests).to.deep.equal(['/dist/camino.js', '/dist/camino-map.js']);
    expect(win.errors).to.deep.equal([]);
  });

  it('keeps the spaces that are text, after minifying the templates', async () => {
    const win = await loadPage(`
      <script src="/dist/camino.js"></script>
      <camino-office-map city="tapachula" lang="es" tile-url="data:,"></camino-office-map>`);
    await waitUntil(() => rendered(win, 'camino-office-map').includes('Albergue Belén'));
    expect(rendered(win, 'camino-office-map')).to.contain('Albergue Belén · Tapachula');
  });

  it('requests nothing but itself at load', async () => {
    const win = await loadPage(`
      <script src="/dist/camino.js"></script>
      <camino-org-card org="unhcr"></camino-org-card><camino-fraud-notice></camino-fraud-notice>`);
    await waitUntil(() => rendered(win, 'camino-org-card').includes('ACNUR'));
    const requests = win.performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname);
    expect(requests).to.deep.equal(['/dist/camino.js']);
  });

  it('included twice: no exception, one warning, elements still work', async () => {
    const win = await loadPage(`
      <script src="/dist/camino.js"></script>
      <script src="/dist/camino.js"></script>
      <camino-fraud-notice org="hias" lang="en"></camino-fraud-notice>`);
    await waitUntil(() => rendered(win, 'camino-fraud-notice').includes('ethics@hias.org'));
    expect(win.errors).to.deep.equal([]);
    const duplicates = win.warnings.filter((w) => w.includes('already defined'));
    expect(duplicates).to.have.length(1);
    expect(duplicates[0]).to.contain('<camino-org-card>');
  });
});
