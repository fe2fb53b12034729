// Every state of every element, in Spanish and in Arabic, as a screen reader,
// a finger and axe meet it: axe with every rule (experimental and best
// practice included), a heading outline with no level skipped, only the
// landmarks a person navigates by, targets of 44 × 44 px, no words run
// together for screen readers, and no Arabic forced left to right.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { $, $$, at, PARTNER } from './helpers.js';
import {
  accessibilityTree,
  arabicForcedLeftToRight,
  axeViolations,
  inReadingOrder,
  LANDMARKS,
  lostSpaces,
  skippedLevels,
  smallTargets,
  type AxNode,
} from './accessibility.js';

const TILE = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
const NOT_JSON = '/test/fixtures/directories/broken/not-json.json';
const MISSING = '/test/fixtures/directories/missing.json';

/** The page around an element: a main landmark and the headings above the element's level; dark, or not. */
const page = (level: number, content: TemplateResult, dark = false) => html`<main style=${dark ? 'display: block; background: #121212; color: #ececec' : ''}>
  ${[...Array(level - 1).keys()].map((i) => html`<div role="heading" aria-level=${i + 1}>Página, nivel ${i + 1}</div>`)}
  ${content}
</main>`;

/** Waits until every camino-* element in the fixture (nested ones too) has left "loading". */
async function settled(root: Element, { loading = false } = {}) {
  const elements = () => [root, ...root.querySelectorAll('*')].flatMap((e) => [e, ...(e.shadowRoot?.querySelectorAll('*') ?? [])]).filter((e) => e.localName.startsWith('camino-'));
  if (!loading) {
    await waitUntil(() => elements().every((e) => e.shadowRoot && !e.shadowRoot.querySelector('[aria-busy="true"]')), 'an element stayed loading', { timeout: 4000 });
  }
  for (const element of elements()) await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

/**
 * How long a state waits for its map's markers: the engine is fetched and its offices grouped in
 * slices between the page's tasks, which a machine running other work stretches past the 1 s default.
 * Speed is measured by npm run bench, not here.
 */
const MARKERS_WAIT = { timeout: 10_000 };

interface State {
  /** What the state is. */
  name: string;
  template: (lang: string, level: number) => TemplateResult;
  /** What a person does to reach it, after the element has rendered. */
  act?: (el: HTMLElement) => Promise<void>;
  /** The landmarks it should have, by role. */
  landmarks: string[];
  loading?: boolean;
  /** The page's clock, for states whose "open now" or "closed now" would otherwise change with the hour of the run. */
  at?: string;
}

/** Casa del Migrante in Nuevo Laredo (America/Monterrey, UTC−6) opens 16:00–21:30 every day: open at 18:00 on a Tuesday, closed at 23:00. */
const NUEVO_LAREDO_OPEN = '2026-12-02T00:00:00Z';
const NUEVO_LAREDO_CLOSED = '2026-12-02T05:00:00Z';

const click = async (el: HTMLElement, selector: string) => {
  ($(el, selector) as HTMLElement).click();
  await settled(el);
};
const neverAnswers = '/test-src/silent.json';

const STATES: Record<string, State[]> = {
  'camino-service-finder': [
    { name: 'results', landmarks: ['search'], template: (lang, level) => html`<camino-service-finder city="tijuana" limit="4" corrections-to="datos@example.org" lang=${lang} heading-level=${level}></camino-service-finder>` },
    {
      name: 'some words not found, next steps',
      landmarks: ['search'],
      template: (lang, level) => html`<camino-service-finder city="tijuana" query="abogado dormir xqzwv" lang=${lang} heading-level=${level}></camino-service-finder>`,
    },
    { name: 'nothing found', landmarks: ['search'], template: (lang, level) => html`<camino-service-finder city="tijuana" query="zzqxw" lang=${lang} heading-level=${level}></camino-service-finder>` },
    { name: 'bad attributes', landmarks: ['search'], template: (lang, level) => html`<camino-service-finder city="Gotham" service="x" population="y" limit="2" lang=${lang} heading-level=${level}></camino-service-finder>` },
    {
      name: 'details and other offices open',
      landmarks: ['search'],
      template: (lang, level) => html`<camino-service-finder city="tijuana" limit="3" lang=${lang} heading-level=${level}></camino-service-finder>`,
      act: async (el) => {
        await click(el, '[part="result"] .toggle');
        await click(el, '[part="result"] .others-toggle');
      },
    },
    { name: 'offices elsewhere (serve remotely or statewide)', landmarks: ['search'], template: (lang, level) => html`<camino-service-finder city="tapachula" limit="2" lang=${lang} heading-level=${level}></camino-service-finder>` },
    {
      name: 'map view',
      landmarks: ['search', 'region'],
      template: (lang, level) => html`<camino-service-finder city="tapachula" view="map" tile-url=${TILE} hide-fraud-notice lang=${lang} heading-level=${level}></camino-service-finder>`,
      act: async (el) => {
        await waitUntil(() => $(el, 'camino-office-map')?.shadowRoot?.querySelector('.leaflet-marker-icon'), 'no markers', MARKERS_WAIT);
      },
    },
    { name: 'a partner directory (WhatsApp, toll-free)', landmarks: ['search'], template: (lang, level) => html`<camino-service-finder src=${PARTNER} lang=${lang} heading-level=${level}></camino-service-finder>` },
    { name: 'loading', loading: true, landmarks: [], template: (lang, level) => html`<camino-service-finder src=${neverAnswers} lang=${lang} heading-level=${level}></camino-service-finder>` },
    { name: 'directory not found', landmarks: [], template: (lang, level) => html`<camino-service-finder src=${MISSING} lang=${lang} heading-level=${level}></camino-service-finder>` },
  ],
  'camino-org-card': [
    { name: 'HIAS in Tijuana, report a mistake', landmarks: [], template: (lang, level) => html`<camino-org-card org="hias" city="tijuana" corrections-to="https://example.org/c?id={id}" lang=${lang} heading-level=${level}></camino-org-card>` },
    { name: 'hours, phones, e-mail, open now', at: NUEVO_LAREDO_OPEN, landmarks: [], template: (lang, level) => html`<camino-org-card org="casa-del-migrante" lang=${lang} heading-level=${level}></camino-org-card>` },
    { name: 'hours, phones, e-mail, closed now', at: NUEVO_LAREDO_CLOSED, landmarks: [], template: (lang, level) => html`<camino-org-card org="casa-del-migrante" lang=${lang} heading-level=${level}></camino-org-card>` },
    { name: 'no office, statewide', landmarks: [], template: (lang, level) => html`<camino-org-card org="nrc" lang=${lang} heading-level=${level}></camino-org-card>` },
    { name: 'no contact', landmarks: [], template: (lang, level) => html`<camino-org-card org="centro-prodh" lang=${lang} heading-level=${level}></camino-org-card>` },
    { name: 'a partner directory (WhatsApp, website)', landmarks: [], template: (lang, level) => html`<camino-org-card org="refugio-ejemplo" src=${PARTNER} lang=${lang} heading-level=${level}></camino-org-card>` },
    {
      name: 'share open (WhatsApp, SMS, copy the text)',
      at: NUEVO_LAREDO_CLOSED,
      landmarks: [],
      template: (lang, level) => html`<camino-org-card org="casa-del-migrante" city="tijuana" lang=${lang} heading-level=${level}></camino-org-card>`,
      act: async (el) => {
        ($(el, 'details.share') as HTMLDetailsElement).open = true;
        await settled(el);
      },
    },
    { name: 'unknown organisation', landmarks: [], template: (lang, level) => html`<camino-org-card org="nope" lang=${lang} heading-level=${level}></camino-org-card>` },
    { name: 'unknown city', at: NUEVO_LAREDO_CLOSED, landmarks: [], template: (lang, level) => html`<camino-org-card org="casa-del-migrante" city="Gotham" lang=${lang} heading-level=${level}></camino-org-card>` },
    { name: 'no office in the city', landmarks: [], template: (lang, level) => html`<camino-org-card org="casa-del-migrante" city="monterrey" lang=${lang} heading-level=${level}></camino-org-card>` },
    { name: 'loading', loading: true, landmarks: [], template: (lang, level) => html`<camino-org-card org="hias" src=${neverAnswers} lang=${lang} heading-level=${level}></camino-org-card>` },
    { name: 'directory not found', landmarks: [], template: (lang, level) => html`<camino-org-card org="hias" src=${MISSING} lang=${lang} heading-level=${level}></camino-org-card>` },
  ],
  'camino-fraud-notice': [
    { name: 'general', landmarks: [], template: (lang, level) => html`<camino-fraud-notice lang=${lang} heading-level=${level}></camino-fraud-notice>` },
    { name: 'HIAS', landmarks: [], template: (lang, level) => html`<camino-fraud-notice org="hias" lang=${lang} heading-level=${level}></camino-fraud-notice>` },
    { name: 'no source on fees', landmarks: [], template: (lang, level) => html`<camino-fraud-notice org="proyecto-citlalli" lang=${lang} heading-level=${level}></camino-fraud-notice>` },
    { name: 'unknown organisation', landmarks: [], template: (lang, level) => html`<camino-fraud-notice org="nope" lang=${lang} heading-level=${level}></camino-fraud-notice>` },
    { name: 'broken directory', landmarks: [], template: (lang, level) => html`<camino-fraud-notice org="hias" src=${NOT_JSON} lang=${lang} heading-level=${level}></camino-fraud-notice>` },
  ],
  'camino-quick-exit': [
    { name: 'on a page', landmarks: [], template: (lang) => html`<camino-quick-exit lang=${lang}></camino-quick-exit>` },
  ],
  'camino-office-map': [
    {
      name: 'offices in Tapachula',
      landmarks: ['region'],
      template: (lang, level) => html`<camino-office-map city="tapachula" tile-url=${TILE} lang=${lang} heading-level=${level}></camino-office-map>`,
    },
    {
      name: 'an office\'s card open',
      landmarks: ['region'],
      template: (lang, level) => html`<camino-office-map city="tijuana" tile-url=${TILE} lang=${lang} heading-level=${level}></camino-office-map>`,
      act: (el) => click(el, '.office-button'),
    },
    {
      name: 'offices at one point, listed',
      landmarks: ['region'],
      template: (lang, level) => html`<camino-office-map city="tapachula" tile-url=${TILE} lang=${lang} heading-level=${level}></camino-office-map>`,
      act: async (el) => {
        await waitUntil(() => $(el, '.marker-group'), 'no group marker');
        await click(el, '.marker-group');
      },
    },
    {
      name: 'narrow: the list instead of the map',
      // The map is not shown, so it is no landmark either.
      landmarks: [],
      template: (lang, level) => html`<div style="width: 320px"><camino-office-map city="tijuana" tile-url=${TILE} lang=${lang} heading-level=${level}></camino-office-map></div>`,
      act: (el) => click(el, '.views button[aria-pressed="false"]'),
    },
    { name: 'unknown city', landmarks: ['region'], template: (lang, level) => html`<camino-office-map city="Gotham" org="hias" tile-url=${TILE} lang=${lang} heading-level=${level}></camino-office-map>` },
    { name: 'nothing matches', landmarks: [], template: (lang, level) => html`<camino-office-map org="hias" city="oaxaca" tile-url=${TILE} lang=${lang} heading-level=${level}></camino-office-map>` },
    { name: 'directory not found', landmarks: [], template: (lang, level) => html`<camino-office-map src=${MISSING} lang=${lang} heading-level=${level}></camino-office-map>` },
  ],
};

/** The camino-* element of the fixture (inside the page's main and any wrapper). */
const elementIn = (main: Element) => [...main.querySelectorAll('*')].find((e) => e.localName.startsWith('camino-')) as HTMLElement;

/** The landmarks inside the page's own main, by role. */
function landmarks(tree: AxNode): string[] {
  const main = inReadingOrder(tree).find((n) => n.role === 'main')!;
  return inReadingOrder(main).slice(1).filter((n) => LANDMARKS.includes(n.role)).map((n) => n.role);
}

before(() => {
  document.title = 'Camino';
  document.documentElement.lang = 'es';
});
afterEach(() => emulateMedia({ colorScheme: 'light' }));

/** Spanish and Arabic; and Arabic on a dark site, on a device that asks for dark pages (the dark palette). */
const VARIANTS = [
  { lang: 'es', dark: false, name: 'es' },
  { lang: 'ar', dark: false, name: 'ar' },
  { lang: 'ar', dark: true, name: 'ar, dark' },
];

// First, while no map of this page has its engine yet (a page keeps the engine once it has it):
// a map whose engine could not be had says so over the map, with "Try again", beside its list.
describe('<camino-office-map>, its map engine not loaded, in Spanish and Arabic (and dark)', () => {
  const state: State = {
    name: 'the map could not be loaded',
    landmarks: ['region'],
    template: (lang, level) => html`<camino-office-map city="tapachula" tile-url=${TILE} lang=${lang} heading-level=${level}></camino-office-map>`,
    act: async (el) => {
      await waitUntil(() => $(el, '[part="map-notice"] button'), 'the map did not say it could not be loaded', { timeout: 5000 });
      await settled(el);
    },
  };
  // The test server closes the connection for the engine's module while offline.
  before(() => fetch('/test-engine/offline', { cache: 'no-store' }));
  after(() => fetch('/test-engine/online', { cache: 'no-store' }));
  for (const { lang, dark, name } of VARIANTS) {
    it(`${state.name} (${name}): axe with every rule, headings, landmarks, 44 px targets, spaces, directions`, () => check(state, lang, dark));
  }
});

for (const [tag, states] of Object.entries(STATES)) {
  describe(`<${tag}>, every state, in Spanish and Arabic (and dark)`, () => {
    for (const state of states) {
      for (const { lang, dark, name } of VARIANTS) {
        it(`${state.name} (${name}): axe with every rule, headings, landmarks, 44 px targets, spaces, directions`, async () => {
          if (state.at) await at(state.at, () => check(state, lang, dark));
          else await check(state, lang, dark);
        });
      }
    }
  });
}

/** Renders a state in a language (and the dark palette) and runs every check on it. */
async function check(state: State, lang: string, dark: boolean) {
  const level = 3;
  if (dark) await emulateMedia({ colorScheme: 'dark' });
  const main = await fixture(page(level, state.template(lang, level), dark));
  const el = elementIn(main);
  await settled(el, { loading: state.loading });
  await state.act?.(el);
  // The map engine is fetched, and the map made, once a map is shown: wait for its markers where one is (and its engine came).
  if ($$(el, '.map').some((map) => map.offsetHeight > 0) && !$(el, '[part="map-notice"] button')) await waitUntil(() => $(el, '.leaflet-marker-icon'), 'the map has no markers', MARKERS_WAIT);

  const tree = await accessibilityTree();
  // Every check at once, so that a failure shows all that is wrong in this state.
  expect({
    axe: await axeViolations(),
    'headings that skip a level': skippedLevels(tree),
    landmarks: landmarks(tree),
    'targets under 44 × 44 px': smallTargets(el),
    'spaces screen readers lose': lostSpaces(el),
    'Arabic inside dir="ltr"': arabicForcedLeftToRight(el),
  }).to.deep.equal({
    axe: [],
    'headings that skip a level': [],
    landmarks: state.landmarks,
    'targets under 44 × 44 px': [],
    'spaces screen readers lose': [],
    'Arabic inside dir="ltr"': [],
  });
}

describe('the checks themselves find what they look for', () => {
  it('a space between two bindings, lost to screen readers', async () => {
    const bad = await fixture(html`<p>${'Refugiados'} ${'(ACNUR)'}</p>`);
    expect(lostSpaces(bad.parentElement!)).to.have.length(1);
    const good = await fixture(html`<p>${'Refugiados'}${' (ACNUR)'}</p>`);
    expect(lostSpaces(good.parentElement!)).to.deep.equal([]);
  });

  it('a target under 44 px, a heading that skips a level, Arabic forced left to right', async () => {
    const small = await fixture(html`<div><button style="width: 30px; height: 30px">+</button><a href="#" style="display: inline-block; width: 44px; height: 44px">ok</a></div>`);
    expect(smallTargets(small)).to.have.length(1);
    expect(skippedLevels({ role: 'RootWebArea', children: [{ role: 'heading', level: 1, name: 'p' }, { role: 'heading', level: 2, name: 'a' }, { role: 'heading', level: 4, name: 'b' }] })).to.deep.equal(['h4 "b" follows h2']);
    const forced = await fixture(html`<div><bdi dir="ltr">4:00 م–9:30 م</bdi><bdi dir="ltr">664 123 4567</bdi></div>`);
    expect(arabicForcedLeftToRight(forced)).to.have.length(1);
  });
});
