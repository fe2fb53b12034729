// Hostile host pages: each test puts Camino where a real site broke it and
// measures what a reader would see (widths, heights, font sizes, contrast,
// the page's scroll position, the keys that reach the site's handlers).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { $, $$, renderElement, textOf } from './helpers.js';
import { contrastOf, hostPage, hostPageAt, removeHostPages, renderedText, shadowOf } from './host-page.js';
import { PARTNER } from './helpers.js';
import type { CaminoFraudNotice, CaminoOfficeMap, CaminoOrgCard, CaminoServiceFinder } from '../../src/index.js';

const TILE = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
const markers = (root: Element | ShadowRoot | null) => [...(root instanceof Element ? root.shadowRoot! : root)?.querySelectorAll('.leaflet-marker-icon') ?? []];
const box = (element: Element) => element.getBoundingClientRect();

/** Where a piece of text is drawn: the box of `needle` inside `root`'s text. */
function textBox(root: Element, needle: string): DOMRect {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(needle);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + needle.length);
    return range.getBoundingClientRect();
  }
  throw new Error(`"${needle}" not found`);
}

afterEach(async () => {
  removeHostPages();
  document.documentElement.style.fontSize = '';
  await emulateMedia({ colorScheme: 'light' });
  await setViewport({ width: 800, height: 600 });
  window.scrollTo(0, 0);
});

describe('host page: flex and grid parents', () => {
  it('in a flex row (a WordPress Row block), the map is as wide as the row and shows its offices', async () => {
    const row = await fixture<HTMLElement>(html`<div style="display: flex; width: 700px">
      <camino-office-map city="tijuana" lang="es" tile-url=${TILE}></camino-office-map>
    </div>`);
    const map = row.querySelector<CaminoOfficeMap>('camino-office-map')!;
    await map.updateComplete;
    expect(box(map).width).to.equal(700);
    // 700 px holds the map and, beside it, the list.
    expect(box($(map, '.map')!).width).to.be.greaterThan(400);
    await waitUntil(() => markers(map).length > 0, 'no markers on the map');
  });

  it('in a flex column aligned to the start (a Stack block) and in a grid aligned to the start, every element takes the full width', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <div class="stack" style="display: flex; flex-direction: column; align-items: flex-start; width: 600px">
        <camino-fraud-notice lang="es"></camino-fraud-notice>
        <camino-org-card org="hias" lang="es"></camino-org-card>
        <camino-service-finder city="tijuana" limit="1" lang="es"></camino-service-finder>
        <camino-office-map city="tijuana" lang="es" tile-url=${TILE}></camino-office-map>
      </div>
      <div class="grid" style="display: grid; justify-items: start; width: 500px">
        <camino-fraud-notice lang="es"></camino-fraud-notice>
        <camino-office-map city="tijuana" lang="es" tile-url=${TILE}></camino-office-map>
      </div>
    </div>`);
    for (const el of page.querySelectorAll<CaminoFraudNotice>('*')) await el.updateComplete;
    for (const el of page.querySelectorAll('.stack > *')) expect(box(el).width, el.localName).to.equal(600);
    for (const el of page.querySelectorAll('.grid > *')) expect(box(el).width, el.localName).to.equal(500);
  });
});

describe('host page: html { font-size: 62.5% }', () => {
  it('the map keeps its height, readable marker numbers and credit, and stacks the list under the map in a 544 px column', async () => {
    await setViewport({ width: 1000, height: 1000 });
    // Common on sites that size their text as 1.6rem = 16px.
    document.documentElement.style.fontSize = '62.5%';
    const column = await fixture<HTMLElement>(html`<div style="font-size: 1.6rem; width: 544px">
      <camino-office-map city="tijuana" lang="es" tile-url=${TILE}></camino-office-map>
    </div>`);
    const map = column.querySelector<CaminoOfficeMap>('camino-office-map')!;
    await waitUntil(() => markers(map).length > 0, 'no markers on the map');
    // 32em of the element's 16 px text (60vh is 600 px here), not 32rem of the root's 10 px.
    expect(box($(map, '.map')!).height).to.equal(512);
    const number = $(map, '.marker-group .marker-shape')!;
    expect(parseFloat(getComputedStyle(number).fontSize)).to.equal(14);
    expect(parseFloat(getComputedStyle($(map, '.leaflet-control-attribution')!).fontSize)).to.equal(12);
    // 544 px is narrow for a map and a list side by side: the list is under the map, with a toggle.
    expect(getComputedStyle($(map, '.views')!).display).not.to.equal('none');
    const listButton = $$(map, '.views button')[1];
    listButton.click();
    await map.updateComplete;
    expect(box($(map, '.list-area')!).width).to.be.greaterThan(500);
  });
});

describe('host page: a dark theme', () => {
  /** A dark site: light text on a near-black page, as many WordPress themes have. */
  const darkPage = () =>
    fixture<HTMLElement>(html`<div style="background: #121417; color: #e8e8e8; padding: 8px">
      <camino-service-finder class="results" city="tapachula" limit="2" lang="es" hide-fraud-notice></camino-service-finder>
      <camino-service-finder class="nothing" city="tijuana" query="zzqqxx" lang="es" hide-fraud-notice></camino-service-finder>
      <camino-office-map city="tijuana" lang="es" tile-url=${TILE}></camino-office-map>
      <camino-org-card org="hias" lang="es"></camino-org-card>
    </div>`);

  async function rendered(page: HTMLElement) {
    for (const el of page.querySelectorAll<CaminoOrgCard>('camino-service-finder, camino-office-map, camino-org-card')) {
      await waitUntil(() => !textOf(el).includes('Cargando'), 'still loading');
      await el.updateComplete;
    }
    const map = page.querySelector('camino-office-map')!;
    await waitUntil(() => markers(map).length > 0, 'no markers on the map');
    return {
      finder: page.querySelector<CaminoServiceFinder>('.results')!,
      empty: page.querySelector<CaminoServiceFinder>('.nothing')!,
      map,
      card: page.querySelector('camino-org-card')!,
    };
  }

  it('text outside the cards takes the page\'s colour: the count, the headings, the empty state, the map\'s heading and key', async () => {
    const { finder, empty, map, card } = await rendered(await darkPage());
    const outside = {
      'result count': $(finder, '[part="count"]')!,
      '"no office in…" heading': $(finder, '#elsewhere-heading')!,
      'empty state': $(empty, '[part="empty"] p')!,
      'map heading': $(map, '[part="heading"]')!,
      'map legend': $(map, '[part="legend"] li')!,
    };
    for (const [what, element] of Object.entries(outside)) expect(contrastOf(element), what).to.be.at.least(4.5);
    await expect(finder).to.be.accessible();
    await expect(empty).to.be.accessible();
    await expect(map).to.be.accessible();
    await expect(card).to.be.accessible();
  });

  it('with the reader\'s device in dark mode, the cards take the dark palette, and every text passes axe', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const { finder, empty, map, card } = await rendered(await darkPage());
    const cardBackground = getComputedStyle($(card, '.card')!).backgroundColor;
    expect(cardBackground).to.equal('rgb(27, 31, 36)');
    expect(contrastOf($(card, '.card p')!)).to.be.at.least(4.5);
    expect(contrastOf($(finder, '.result-name')!)).to.be.at.least(4.5);
    await expect(finder).to.be.accessible();
    await expect(empty).to.be.accessible();
    await expect(map).to.be.accessible();
    await expect(card).to.be.accessible();
  });
});

describe('host page: a 320 px column with text at 130 %', () => {
  it('the search box, the lists and the buttons stay inside the form', async () => {
    const column = await fixture<HTMLElement>(html`<div style="width: 320px; font-size: 130%">
      <camino-service-finder city="tijuana" lang="es"></camino-service-finder>
    </div>`);
    const finder = column.querySelector<CaminoServiceFinder>('camino-service-finder')!;
    await waitUntil(() => $(finder, 'form'), 'the finder did not render');
    await finder.updateComplete;
    const form = box($(finder, 'form')!);
    const controls = $$(finder, 'form input, form select, form button');
    expect(controls.length).to.be.at.least(5);
    for (const control of controls) {
      const at = box(control);
      expect(at.right, `${control.localName} right edge`).to.be.at.most(form.right + 0.5);
      expect(at.left, `${control.localName} left edge`).to.be.at.least(form.left - 0.5);
    }
    expect(finder.scrollWidth).to.be.at.most(finder.clientWidth);
  });
});

describe('host page: a column that narrows (a phone turned upright)', () => {
  it('results and the fraud notice below the fold take the new width', async () => {
    const column = await fixture<HTMLElement>(html`<div style="width: 700px">
      <camino-service-finder limit="20" lang="es"></camino-service-finder>
    </div>`);
    const finder = column.querySelector<CaminoServiceFinder>('camino-service-finder')!;
    // Every organisation (one result each) is on the page, down below the fold.
    await waitUntil(() => $$(finder, '[part="result"]').length >= 15, 'results did not render');
    await new Promise((frame) => requestAnimationFrame(frame));
    column.style.width = '320px';
    await new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(frame)));
    const widest = Math.max(...$$(finder, '[part="result"], camino-fraud-notice').map((el) => box(el).width));
    expect(widest).to.be.at.most(320);
    expect(finder.scrollWidth).to.be.at.most(320);
  });
});

describe('host page: windows-1252', () => {
  it('a page in windows-1252 runs the script and its map engine, and shows every language\'s letters right', async () => {
    const win = await hostPageAt('/test/fixtures/windows-1252.html');
    expect(win.document.characterSet).to.equal('windows-1252');
    await waitUntil(() => renderedText(win, '#card').includes('Tijuana'), 'the org card did not render');
    await waitUntil(() => renderedText(win, '#ar').length > 20, 'the Arabic notice did not render');
    await waitUntil(() => shadowOf(win, '#map')?.querySelector('.leaflet-marker-icon'), 'no markers on the map', { timeout: 3000 });
    expect(renderedText(win, '#map')).to.match(/[\u0600-\u06FF]{3}/);
    expect(win.errors).to.deep.equal([]);
    // The same elements rendered from the same script in this UTF-8 page say exactly the same.
    const utf8 = await hostPage({
      body: `<script src="/dist/camino.js"></script><camino-fraud-notice id="es" lang="es"></camino-fraud-notice>
        <camino-fraud-notice id="ar" lang="ar"></camino-fraud-notice><camino-org-card id="card" org="hias" city="tijuana" lang="es"></camino-org-card>`,
    });
    await waitUntil(() => renderedText(utf8, '#card').includes('Tijuana'));
    for (const id of ['#es', '#ar', '#card']) expect(renderedText(win, id), id).to.equal(renderedText(utf8, id));
    expect(renderedText(win, '#es')).to.contain('pregunte a la organización');
    expect(renderedText(win, '#ar')).to.match(/[\u0600-\u06FF]{3}/);
  });
});

describe('host page: single-key shortcuts', () => {
  it('letters and "/" typed into the search box and the lists stay in Camino; Escape still reaches the site', async () => {
    const taken: string[] = [];
    // A site's shortcuts, written the usual way: skip typing in a text box, take the rest.
    const shortcut = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (target.matches('input, textarea, select')) return;
      if (['s', '/', 't', 'Escape'].includes(event.key)) {
        event.preventDefault();
        taken.push(event.key);
      }
    };
    document.addEventListener('keydown', shortcut);
    try {
      const finder = await renderElement<CaminoServiceFinder>(html`<camino-service-finder lang="es"></camino-service-finder>`);
      const input = $(finder, '#query') as HTMLInputElement;
      input.focus();
      await sendKeys({ type: 'casa/s' });
      expect(input.value).to.equal('casa/s');
      const city = $(finder, '.filters select') as HTMLSelectElement;
      city.focus();
      await sendKeys({ press: 't' });
      expect(city.value).to.equal('tijuana');
      expect(taken).to.deep.equal([]);
      await sendKeys({ press: 'Escape' });
      expect(taken).to.deep.equal(['Escape']);
    } finally {
      document.removeEventListener('keydown', shortcut);
    }
  });
});

describe('host page: a map half on screen', () => {
  it('clicking the map\'s + or the map itself does not scroll the page', async () => {
    const page = await fixture<HTMLElement>(html`<div style="padding-top: 700px; padding-bottom: 2000px">
      <camino-office-map city="tapachula" lang="es" tile-url=${TILE}></camino-office-map>
    </div>`);
    const map = page.querySelector<CaminoOfficeMap>('camino-office-map')!;
    await waitUntil(() => markers(map).length > 0, 'no markers on the map');
    const area = $(map, '.map')!;
    // The top half of the map on screen, the bottom half below the window.
    window.scrollTo(0, window.scrollY + box(area).top - (innerHeight - box(area).height / 2));
    const before = window.scrollY;
    const plus = $(map, '.leaflet-control-zoom-in')!;
    const at = box(plus);
    await sendMouse({ type: 'click', position: [Math.round(at.left + at.width / 2), Math.round(at.top + at.height / 2)] });
    expect(window.scrollY).to.equal(before);
    expect(map.shadowRoot!.activeElement).to.equal(area);
    area.blur();
    const mapBox = box(area);
    await sendMouse({ type: 'click', position: [Math.round(mapBox.left + mapBox.width / 2), Math.round(mapBox.top + 40)] });
    expect(window.scrollY).to.equal(before);
    await resetMouse();
  });
});

describe('host page: Object.prototype additions', () => {
  it('a page that adds enumerable properties to Object.prototype still gets a working map, finder and card', async () => {
    const win = await hostPage({
      // What old libraries and some site scripts do.
      head: `<script>Object.prototype.extend = function () {}; Object.prototype.flag = 1;</script>`,
      body: `<script src="/dist/camino.js"></script>
        <camino-office-map city="tijuana" lang="es" tile-url="${TILE}"></camino-office-map>
        <camino-service-finder city="tijuana" lang="es" hide-fraud-notice></camino-service-finder>
        <camino-org-card org="hias" city="tijuana" lang="es"></camino-org-card>`,
    });
    await waitUntil(() => markers(shadowOf(win, 'camino-office-map')).length > 0, 'no markers on the map');
    const map = shadowOf(win, 'camino-office-map')!;
    expect(map.querySelectorAll('.leaflet-control-zoom a')).to.have.length(2);
    await waitUntil(() => map.querySelector('.leaflet-tile-loaded'), 'no tile shown');
    expect(renderedText(win, 'camino-service-finder')).to.contain('resultados en Tijuana');
    expect(renderedText(win, 'camino-org-card')).to.contain('Oficinas en Tijuana');
    expect(win.errors).to.deep.equal([]);
  });
});

describe('host page: Trusted Types required', () => {
  it('a page that sends require-trusted-types-for \'script\' gets every element, the map\'s buttons and its credit, and no violation', async () => {
    const win = await hostPage({
      head: `<meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'">`,
      body: `<script src="/dist/camino.js"></script>
        <camino-office-map city="tijuana" lang="es" tile-url="${TILE}"
          tile-attribution='© <a href="https://tiles.example.org/licence">Mapas Socio</a>'></camino-office-map>
        <camino-service-finder city="tijuana" lang="es"></camino-service-finder>
        <camino-org-card org="hias" city="tijuana" lang="es"></camino-org-card>`,
    });
    await waitUntil(() => markers(shadowOf(win, 'camino-office-map')).length > 0, 'no markers on the map');
    const map = shadowOf(win, 'camino-office-map')!;
    expect([...map.querySelectorAll('.leaflet-control-zoom a')].map((a) => a.textContent)).to.deep.equal(['+', '\u2212']);
    const credit = map.querySelector('.leaflet-control-attribution')!;
    // The link's text, and for screen readers only, that it opens another tab.
    expect(credit.querySelector('a[href="https://tiles.example.org/licence"]')!.textContent).to.equal('Mapas Socio (se abre en otra pestaña)');
    expect(credit.querySelector('a[href="https://tiles.example.org/licence"] .visually-hidden')!.textContent).to.equal(' (se abre en otra pestaña)');
    expect(renderedText(win, 'camino-service-finder')).to.contain('resultados en Tijuana');
    expect(renderedText(win, 'camino-org-card')).to.contain('Oficinas en Tijuana');
    expect(win.violations).to.deep.equal([]);
    expect(win.errors).to.deep.equal([]);
  });
});

describe('host page: a bidirectional override in a partner\'s data', () => {
  /** The partner directory, its city named with a right-to-left override (U+202E) and no end to it. */
  const hostileDirectory = async () => {
    const directory = await (await fetch(PARTNER)).json();
    directory.cities[0].name = '\u202ECiudad Ejemplo';
    return URL.createObjectURL(new Blob([JSON.stringify(directory)], { type: 'application/json' }));
  };

  it('Camino\'s own sentence around the name keeps its order', async () => {
    const src = await hostileDirectory();
    const card = await renderElement<CaminoOrgCard>(html`<camino-org-card org="refugio-ejemplo" city="ejemplo" src=${src} lang="es"></camino-org-card>`);
    const heading = $(card, '#offices-heading')!;
    // "Oficinas en <name> (1)": the count stays after the name, the words before it.
    expect(textBox(heading, '(').left).to.be.at.least(textBox(heading, 'Ciudad').right);
    expect(textBox(heading, 'Oficinas').right).to.be.lessThan(textBox(heading, 'Ciudad').left);

    const finder = await renderElement<CaminoServiceFinder>(html`<camino-service-finder city="ejemplo" query="zzqqxx" src=${src} lang="es"></camino-service-finder>`);
    const sentence = $(finder, '[part="empty"] p')!;
    // "No encontramos servicios para «zzqqxx» en <name>." ends with its full stop, at the right.
    expect(textBox(sentence, '.').left).to.be.at.least(textBox(sentence, 'Ciudad').right);
    expect(textBox(sentence, '»').left).to.be.at.least(textBox(sentence, 'zzqqxx').right);
  });
});

describe('host page: Latin names in an Arabic sentence', () => {
  it('a name that ends in a full stop keeps it, where a list of cities is part of an Arabic sentence', async () => {
    const directory = await (await fetch(PARTNER)).json();
    directory.cities[0].name = 'Ensenada, B.C.';
    const src = URL.createObjectURL(new Blob([JSON.stringify(directory)], { type: 'application/json' }));
    const card = await renderElement<CaminoOrgCard>(html`<camino-org-card org="refugio-ejemplo" city="Gotham" src=${src} lang="ar"></camino-org-card>`);
    await waitUntil(() => $$(card, '[part="message"] p').some((p) => p.textContent!.includes('B.C.')), 'the message did not list the cities');
    const list = $$(card, '[part="message"] p').find((p) => p.textContent!.includes('B.C.'))!;
    // "B.C." reads left to right, its last full stop after the C, not thrown to the other side of the name.
    const stop = textBox(list, 'B.C.');
    const letters = textBox(list, 'B.C');
    expect(stop.right - letters.right).to.be.greaterThan(0);
    expect(stop.left).to.be.closeTo(letters.left, 0.5);
  });
});

describe('host page: a platform\'s locale codes', () => {
  it('es_MX, pt_BR and AR_sa, as WordPress and other platforms write them, are Spanish, Portuguese and Arabic', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <camino-fraud-notice lang="es_MX"></camino-fraud-notice>
      <camino-fraud-notice lang="pt_BR"></camino-fraud-notice>
      <camino-fraud-notice lang="AR_sa"></camino-fraud-notice>
    </div>`);
    const [es, pt, ar] = [...page.querySelectorAll<CaminoFraudNotice>('camino-fraud-notice')];
    for (const el of [es, pt, ar]) await el.updateComplete;
    expect(textOf(es)).to.contain('Cuidado con quien le pida dinero');
    expect(textOf(pt)).to.contain('Cuidado com quem pedir dinheiro');
    expect(textOf(ar)).to.match(/[\u0600-\u06FF]{3}/);
    expect($(ar, '.root')!.getAttribute('dir')).to.equal('rtl');
  });
});
