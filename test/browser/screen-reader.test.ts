// What a screen reader says, read from Chrome's own accessibility tree: the
// name of each kind of link and button (whom it calls, what it opens, that it
// opens another tab), each said once; headings at the page's level with none
// skipped; the landmarks of a page that has every element; the language of
// data text; and the result count said once typing pauses.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { $, PARTNER, renderElement } from './helpers.js';
import { accessibilityTree, inReadingOrder, LANDMARKS, skippedLevels, type AxNode } from './accessibility.js';
import type { CaminoServiceFinder } from '../../src/index.js';

const TILE = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

/** What a screen reader says for each node of a role, in reading order. */
async function said(role: string): Promise<string[]> {
  return inReadingOrder(await accessibilityTree())
    .filter((n) => n.role === role)
    .map((n) => n.name ?? '');
}

/**
 * Whether a screen reader says `name` for a node of `role`, waiting for Chrome's accessibility
 * tree to catch up with the page (it is updated a little after the DOM). Fails with all it says.
 */
async function expectSaid(role: string, name: string) {
  let heard: string[] = [];
  for (let tries = 0; tries < 40; tries++) {
    heard = await said(role);
    if (heard.includes(name)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  expect(heard, `${role}s said`).to.include(name);
}

/** Waits for nested elements (an org card in a result, a map's markers) to render. */
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

describe('links and buttons say whom they reach and what they do', () => {
  it('a result: call, directions, WhatsApp, details, other offices, report a mistake (Spanish)', async () => {
    await renderElement(html`<camino-service-finder city="tijuana" limit="3" corrections-to="https://example.org/c?id={id}" lang="es"></camino-service-finder>`);
    await expectSaid('link', 'Llamar a Casa del Migrante: 664 382 7685');
    await expectSaid('link', 'Cómo llegar a Casa del Migrante en Tijuana, A.C. (se abre en otra pestaña)');
    await expectSaid('link', 'Avisar de un error en la información de Casa del Migrante (se abre en otra pestaña)');
    await expectSaid('button', 'Ver detalles de Casa del Migrante');
    await expectSaid('button', 'Otras oficinas (2) de Casa del Migrante');
  });

  it('a result\'s WhatsApp (Spanish)', async () => {
    await renderElement(html`<camino-service-finder src=${PARTNER} lang="es"></camino-service-finder>`);
    await expectSaid('link', 'WhatsApp de Refugio Ejemplo (se abre en otra pestaña)');
  });

  it('a result in Arabic: the same, in Arabic, with the Latin name inside', async () => {
    await renderElement(html`<camino-service-finder src=${PARTNER} lang="ar"></camino-service-finder>`);
    await expectSaid('link', 'اتصال بـ Refugio Ejemplo: 664 123 4567');
    await expectSaid('link', 'واتساب الخاص بـ Refugio Ejemplo (يُفتح في علامة تبويب جديدة)');
    await expectSaid('link', 'كيف تصلون إلى Refugio Ejemplo Tijuana (يُفتح في علامة تبويب جديدة)');
  });

  it('an org card: phone, e-mail, website, WhatsApp, directions (English)', async () => {
    await renderElement(html`<camino-org-card org="refugio-ejemplo" city="tijuana" src=${PARTNER} lang="en"></camino-org-card>`);
    await expectSaid('link', 'Call Refugio Ejemplo Tijuana: 664 123 4567');
    await expectSaid('link', 'WhatsApp for Refugio Ejemplo Tijuana (opens in a new tab)');
    await expectSaid('link', 'Website of Refugio Ejemplo (opens in a new tab)');
    await expectSaid('link', 'Directions to Refugio Ejemplo Tijuana (OpenStreetMap) (opens in a new tab)');
  });

  it('an org card\'s e-mail (Spanish)', async () => {
    await renderElement(html`<camino-org-card org="casa-del-migrante" city="nuevo-laredo" lang="es"></camino-org-card>`);
    await expectSaid('link', 'Escribir a Casa del Migrante — Nuevo Laredo: casamigrantenl@yahoo.com');
  });

  it('the map: markers and zoom buttons named once (no title read again), the credit\'s links say they open a tab', async () => {
    const el = await renderElement(html`<camino-office-map src=${PARTNER} city="tijuana" lang="es" tile-url=${TILE}></camino-office-map>`);
    await waitUntil(() => $(el, '.leaflet-marker-icon'), 'no marker');
    const nodes = inReadingOrder(await accessibilityTree());
    const marker = nodes.find((n) => n.role === 'button' && n.name?.startsWith('Refugio Ejemplo:'))!;
    expect(marker.name).to.equal('Refugio Ejemplo: Refugio Ejemplo Tijuana');
    for (const name of ['Acercar', 'Alejar']) expect(nodes.find((n) => n.role === 'button' && n.name === name), name).to.exist;
    // A description that repeats the name is the name heard twice.
    for (const node of nodes.filter((n) => n.role === 'button' || n.role === 'link')) expect(node.description ?? '', node.name).to.not.equal(node.name);
    expect($(el, '.leaflet-marker-icon')!.hasAttribute('title')).to.be.false;
    expect($(el, '.leaflet-control-zoom-in')!.hasAttribute('title')).to.be.false;
    expect(nodes.filter((n) => n.role === 'link').map((n) => n.name)).to.include('Leaflet (se abre en otra pestaña)');
  });
});

describe('names are read with the spaces between them', () => {
  // One element per test: Chrome's tree leaves out results laid out later (content-visibility: auto) far down a page.
  const headings: [string, TemplateResult][] = [
    ['Alto Comisionado de las Naciones Unidas para los Refugiados (ACNUR)', html`<camino-service-finder query="acnur" lang="es"></camino-service-finder>`],
    ['HIAS México (Hebrew Immigrant Aid Society)', html`<camino-service-finder query="hias" lang="es"></camino-service-finder>`],
    ['Médicos Sin Fronteras (MSF)', html`<camino-service-finder query="msf" lang="es"></camino-service-finder>`],
    ['Oficinas en Tijuana (1)', html`<camino-org-card org="hias" city="tijuana" lang="es"></camino-org-card>`],
  ];
  for (const [heading, element] of headings) {
    it(`"${heading}"`, async () => {
      await renderElement(element);
      await expectSaid('heading', heading);
    });
  }

  it('in French, UNHCR is the HCR', async () => {
    await renderElement(html`<camino-service-finder query="unhcr" lang="fr"></camino-service-finder>`);
    await expectSaid('heading', 'Haut Commissariat des Nations unies pour les réfugiés (HCR)');
  });
});

/** A page of one element at a heading level, after the page's own headings above it. */
const atLevel = (level: number, element: TemplateResult) => html`<main>
  ${[...Array(level - 1).keys()].map((i) => html`<div role="heading" aria-level=${i + 1}>Página ${i + 1}</div>`)}${element}
</main>`;

describe('each element\'s headings start at heading-level and skip none', () => {
  const elements: Record<string, (level: number) => TemplateResult> = {
    finder: (level) => html`<camino-service-finder city="tapachula" limit="2" heading-level=${level} lang="es"></camino-service-finder>`,
    'org card': (level) => html`<camino-org-card org="hias" city="tijuana" heading-level=${level} lang="es"></camino-org-card>`,
    'fraud notice': (level) => html`<camino-fraud-notice org="hias" heading-level=${level} lang="es"></camino-fraud-notice>`,
    map: (level) => html`<camino-office-map city="tijuana" tile-url=${TILE} heading-level=${level} lang="es"></camino-office-map>`,
  };
  for (const [name, element] of Object.entries(elements)) {
    for (const level of [1, 2, 4, 6]) {
      it(`${name} at heading-level ${level}`, async () => {
        const main = await fixture(atLevel(level, element(level)));
        await waitUntil(() => main.querySelector('*:not([role="heading"])')?.shadowRoot?.querySelector('h1, h2, h3, h4, h5, h6'), 'no heading');
        await nextFrame();
        const headings = inReadingOrder(await accessibilityTree()).filter((n) => n.role === 'heading');
        expect(headings[level - 1]?.level, `the element's first heading: ${headings[level - 1]?.name}`).to.equal(level);
        expect(skippedLevels({ role: 'RootWebArea', children: headings })).to.deep.equal([]);
      });
    }
  }

  it('the finder\'s own heading is its visible search question, and results sit one level below it', async () => {
    const main = await fixture(atLevel(2, html`<camino-service-finder city="tijuana" limit="2" heading-level="2" lang="es"></camino-service-finder>`));
    const finder = main.querySelector('camino-service-finder') as CaminoServiceFinder;
    await waitUntil(() => finder.shadowRoot?.querySelector('[part="result"]'), 'no results');
    const question = finder.shadowRoot!.querySelector('h2')!;
    expect(question.textContent!.trim()).to.equal('¿Qué ayuda busca?');
    expect(question.getBoundingClientRect().height).to.be.greaterThan(10);
    expect(finder.shadowRoot!.querySelector('[part="result"] h3')).to.exist;
    // An open result's card: one level below the result, its parts below it.
    (finder.shadowRoot!.querySelector('[part="result"] .toggle') as HTMLButtonElement).click();
    await waitUntil(() => finder.shadowRoot!.querySelector('camino-org-card')?.shadowRoot?.querySelector('h4'), 'no card heading');
    await nextFrame();
    expect(skippedLevels(await accessibilityTree())).to.deep.equal([]);
  });
});

describe('every result is there for a screen reader, not only those on screen', () => {
  it('a long list on a short screen: each result\'s heading, and the fraud notice\'s, below the fold', async () => {
    const el = await renderElement(html`<camino-service-finder limit="30" lang="es"></camino-service-finder>`);
    const results = el.shadowRoot!.querySelectorAll('[part="result"]').length;
    expect(results).to.be.greaterThan(10);
    expect(el.getBoundingClientRect().height).to.be.greaterThan(window.innerHeight * 3);
    let headings: AxNode[] = [];
    await waitUntil(async () => {
      headings = inReadingOrder(await accessibilityTree()).filter((n) => n.role === 'heading');
      return headings.length > results;
    }, 'results below the fold are missing from the accessibility tree');
    // The search question, every result, the fraud notice.
    expect(headings).to.have.length(results + 2);
    expect(headings.at(-1)!.name).to.equal('Cuidado con quien le pida dinero');
  });
});

describe('landmarks: only those a person navigates by', () => {
  it('a page with every element has the finder\'s search and the maps, and no region per card section', async () => {
    await fixture(html`<main>
      <h1>Ayuda</h1>
      <camino-service-finder city="tijuana" lang="es"></camino-service-finder>
      <camino-office-map city="tapachula" tile-url=${TILE} lang="es"></camino-office-map>
      <camino-org-card org="hias" lang="es"></camino-org-card>
      <camino-org-card org="casa-del-migrante" lang="es"></camino-org-card>
      <camino-fraud-notice org="hias" lang="es"></camino-fraud-notice>
    </main>`);
    await waitUntil(async () => inReadingOrder(await accessibilityTree()).some((n) => n.role === 'heading' && n.name === 'Casa del Migrante'), 'cards not rendered');
    const landmarks = inReadingOrder(await accessibilityTree())
      .filter((n: AxNode) => LANDMARKS.includes(n.role))
      .map((n) => `${n.role}: ${n.name}`);
    expect(landmarks).to.deep.equal(['main: ', 'search: ¿Qué ayuda busca?', 'region: Mapa de oficinas']);
  });
});

/** The language an element's text is read in: its nearest lang, across shadow roots. */
function languageOf(node: Node): string | undefined {
  for (let at: Node | null = node; at; at = at.parentNode ?? (at instanceof ShadowRoot ? at.host : null)) {
    if (at instanceof Element && at.hasAttribute('lang')) return at.getAttribute('lang')!;
  }
  return undefined;
}

/** The first text node of an element's shadow tree that contains `text`. */
function textNode(root: Element, text: string): Text {
  const roots = [root.shadowRoot!, ...[...root.shadowRoot!.querySelectorAll('*')].flatMap((e) => (e.shadowRoot ? [e.shadowRoot] : []))];
  for (const shadow of roots) {
    const walker = document.createTreeWalker(shadow, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.textContent!.includes(text)) return node as Text;
  }
  throw new Error(`no text "${text}"`);
}

describe('data text carries its own language, so it is read with the right voice', () => {
  it('in an Arabic finder: Spanish addresses, city names and organisation names are marked Spanish', async () => {
    const el = await renderElement(html`<camino-service-finder city="tijuana" lang="ar"></camino-service-finder>`);
    expect(languageOf(textNode(el, 'Calle Galileo 239'))).to.equal('es');
    expect(languageOf(textNode(el, 'Casa del Migrante'))).to.equal('es');
    // "4 نتائج في Tijuana": the city inside an Arabic sentence.
    const count = $(el, '[part="count"]')!;
    expect(languageOf(count)).to.equal('ar');
    expect(languageOf(count.querySelector('bdi')!.firstChild!)).to.equal('es');
  });

  it('in an English card: the office\'s hours say their city in Spanish; the states it serves too', async () => {
    const card = await renderElement(html`<camino-org-card org="casa-del-migrante" city="nuevo-laredo" lang="en"></camino-org-card>`);
    const openState = $(card, '[part="open-state"]')!;
    expect(languageOf(openState)).to.equal('en');
    expect(languageOf(openState.querySelector('bdi')!.firstChild!)).to.equal('es');
    // "Ki kote li ede: Chiapas, Veracruz, Tabasco ak Coahuila." in a Creole card: the states are Spanish names.
    const nrc = await renderElement(html`<camino-org-card org="nrc" lang="ht"></camino-org-card>`);
    const states = [...nrc.shadowRoot!.querySelectorAll('p')].find((p) => p.textContent!.includes('Ki kote li ede'))!;
    expect(states.textContent).to.contain(' ak ');
    const names = [...states.querySelectorAll('bdi')];
    expect(names.length).to.be.greaterThan(3);
    for (const state of names) expect(state.getAttribute('lang'), state.textContent!).to.equal('es');
  });

  it('a marker\'s name: the office in its language, "approximate location" in the reader\'s', async () => {
    // Durango: one office, known by its city only.
    const el = await renderElement(html`<camino-office-map city="durango" tile-url=${TILE} lang="ar"></camino-office-map>`);
    await waitUntil(() => $(el, '.marker-office.approximate'), 'no marker');
    const name = $(el, '.marker-office.approximate .visually-hidden')!;
    expect(name.firstElementChild!.getAttribute('lang')).to.equal('es');
    expect(languageOf(name)).to.equal('ar');
    expect(name.textContent).to.contain('(موقع تقريبي)');
  });
});

describe('the result count is said once typing pauses', () => {
  it('typing "albergue" letter by letter: nothing said while typing, then the count once', async () => {
    const el = await renderElement<CaminoServiceFinder>(html`<camino-service-finder city="tijuana" lang="es"></camino-service-finder>`);
    const region = $(el, '.count-status')!;
    expect(region.getAttribute('role')).to.equal('status');
    const said: string[] = [];
    new MutationObserver(() => said.push(region.textContent!)).observe(region, { childList: true, characterData: true, subtree: true });
    const input = $(el, 'input[type="search"]') as HTMLInputElement;
    for (const prefix of ['a', 'al', 'alb', 'albe', 'alber', 'alberg', 'albergu', 'albergue']) {
      input.value = prefix;
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 80)); // a quick typist
    }
    expect(said, 'said while typing').to.deep.equal([]);
    await waitUntil(() => said.length > 0, 'the count was never said', { timeout: 2000 });
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect(said).to.deep.equal([$(el, '[part="count"]')!.textContent!.replace(/\s+/g, ' ').trim()]);
    expect(said[0]).to.equal('1 resultado en Tijuana');
  });

  it('the count on arrival is not said (the page is still being read); a filter change is', async () => {
    const el = await renderElement<CaminoServiceFinder>(html`<camino-service-finder city="tijuana" lang="es"></camino-service-finder>`);
    const region = $(el, '.count-status')!;
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect(region.textContent).to.equal('');
    const select = [...el.shadowRoot!.querySelectorAll('select')][1];
    select.value = 'shelter';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => region.textContent !== '', 'the new count was not said', { timeout: 2000 });
    expect(region.textContent).to.equal($(el, '[part="count"]')!.textContent!.replace(/\s+/g, ' ').trim());
  });
});
