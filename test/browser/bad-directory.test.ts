import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, captureWarnings, PARTNER, PARTNER_WITH_ERRORS, renderElement, shownText, textOf } from './helpers.js';
import type { CaminoOfficeMap, CaminoOrgCard, CaminoServiceFinder } from '../../src/index.js';

const wrongType = (name: string) => `/test/fixtures/directories/wrong-types/${name}.json`;
const results = (el: Element) => $$(el, '.results > [part="result"]');

describe('a partner directory with broken records', () => {
  let capture: ReturnType<typeof captureWarnings>;
  beforeEach(() => (capture = captureWarnings()));
  afterEach(() => capture.restore());

  it('shows the valid records and fields, leaves out the broken ones and names each in a warning', async () => {
    const el = await renderElement<CaminoOrgCard>(html`<camino-org-card org="refugio-ejemplo" src=${PARTNER_WITH_ERRORS} lang="en"></camino-org-card>`);
    const text = textOf(el);
    expect(text).to.contain('Refugio Ejemplo Tijuana');
    expect(text).to.contain('Night shelter');
    // A service with a kind Camino does not know is still shown, under "other help".
    expect(text).to.contain('Lodging');
    expect($$(el, '.tags li').map((li) => li.textContent)).to.include('Other help');
    // A location naming an unknown city is kept, placed by what else it has.
    expect(text).to.contain('Refugio en Gotham');
    // A phone that is not an international number is shown as written, never dropped, and not linked.
    expect(text).to.contain('664-NOT-A-NUMBER');
    const hrefs = $$(el, 'a').map((a) => a.getAttribute('href'));
    expect(hrefs.filter((h) => h?.startsWith('tel:'))).to.deep.equal(['tel:+526641234567', 'tel:+528001234567']);
    expect(hrefs).to.not.include('javascript:alert(1)');
    expect($(el, '[part="message"]')!.textContent).to.contain('Some of the information has mistakes and is not shown');
    const warnings = capture.warnings.join('\n');
    expect(warnings).to.contain('organizations[0] (id "refugio-ejemplo").locations[2] (id "refugio-ejemplo-gotham").city_id: is not a known city');
    expect(warnings).to.contain('organizations[0] (id "refugio-ejemplo").services[1] (id "refugio-ejemplo-hospedaje").taxonomy[0]: must be one of: legal');
    expect(warnings).to.contain('organizations[0] (id "refugio-ejemplo").website: must be an http(s) address (found "javascript:alert(1)"); ignored');
    await expect(el).to.be.accessible();
  });

  it('a record without a usable id is left out; the ones that have one are offered', async () => {
    const el = await renderElement<CaminoOrgCard>(html`<camino-org-card org="nope" src=${PARTNER_WITH_ERRORS} lang="en"></camino-org-card>`);
    const messages = $$(el, '[part="message"]').map((m) => m.textContent).join(' ');
    expect(messages).to.contain('Refugio Ejemplo');
    expect(messages).to.contain('Example Clinic');
    expect(capture.warnings.join('\n')).to.contain('organizations[2] (id "<img src=x onerror=alert(1)>"): id must be text without spaces (128 at most)');
  });

  it('a hostile record is shown nowhere and breaks nothing', async () => {
    const el = await renderElement<CaminoOrgCard>(html`<camino-org-card org="refugio-ejemplo" src=${PARTNER_WITH_ERRORS}></camino-org-card>`);
    expect(el.shadowRoot!.querySelector('img, b, script')).to.not.exist;
  });

  it('an id in capitals (a UUID as a partner wrote it) is found whatever the case', async () => {
    const el = await renderElement<CaminoOrgCard>(html`<camino-org-card org="D9D5E0F5-D3CE-4F73-9A2F-4DD0ECC6C610" src="/test/fixtures/hsds/v3.0/examples/organization_full.json" data-lang="en" lang="en"></camino-org-card>`);
    expect($(el, '[part="name"]')!.textContent).to.contain('Example Organization Inc.');
  });
});

/**
 * The wrong-typed fields that once left an element on "Loading…" for good and
 * hid the valid records too. Each file is the valid partner.json with one field
 * wrong; validate-data names the same field (test/node/validate-data.test.js).
 */
describe('a wrong-typed field drops that field, with a warning naming it, and the rest renders', () => {
  let capture: ReturnType<typeof captureWarnings>;
  beforeEach(() => (capture = captureWarnings()));
  afterEach(() => capture.restore());
  const warned = () => capture.warnings.join('\n');

  it('languages: ["es_MX", "not a language!", 5]: es_MX is read as es-MX; the finder lists it; the others are named', async () => {
    const el = await renderElement<CaminoServiceFinder>(html`<camino-service-finder src=${wrongType('languages-not-bcp47')} lang="es"></camino-service-finder>`);
    // One result per organisation: the file's two.
    expect(results(el).length).to.equal(2);
    const language = $$(el, 'select').find((s) => [...(s as HTMLSelectElement).options].some((o) => o.value === 'es-MX')) as HTMLSelectElement;
    expect(language.selectedOptions.length).to.equal(1);
    expect([...language.options].find((o) => o.value === 'es-MX')!.textContent).to.match(/español.*México/);
    expect(warned()).to.contain('languages[1]: must be a language code (BCP 47) (found "not a language!"); skipped');
    expect(warned()).to.contain('languages[2]: must be a language code (BCP 47) (found 5); skipped');
    await expect(el).to.be.accessible();
  });

  it('service_areas: {"country":"MX"} (not a list)', async () => {
    const el = await renderElement<CaminoOrgCard>(html`<camino-org-card org="refugio-ejemplo" src=${wrongType('service-areas-object')} lang="en"></camino-org-card>`);
    expect(textOf(el)).to.contain('Night shelter');
    expect(textOf(el)).to.not.contain('Where it works');
    expect(warned()).to.contain('organizations[0] (id "refugio-ejemplo").service_areas: must be a list (found {"country":"MX"}); ignored');
  });

  it('service_areas: [null]', async () => {
    const el = await renderElement<CaminoServiceFinder>(html`<camino-service-finder city="tijuana" src=${wrongType('service-areas-null')} lang="en"></camino-service-finder>`);
    expect(results(el).length).to.be.greaterThan(0);
    expect(warned()).to.contain('service_areas[0]: is not an object (found null); skipped');
  });

  it('cities[].aliases: 5: the city keeps its name in the picker and is found by it', async () => {
    const el = await renderElement<CaminoServiceFinder>(html`<camino-service-finder city="Ciudad Ejemplo" src=${wrongType('city-aliases-number')} lang="es"></camino-service-finder>`);
    expect($(el, '[part="count"]')!.textContent).to.contain('en Ciudad Ejemplo');
    expect(results(el)).to.have.length(1);
    expect(warned()).to.contain('cities[0] (id "ejemplo").aliases: must be a list (found 5); ignored');
  });

  it('alternate_name: {"es": 5}: the card and the search work without it', async () => {
    const el = await renderElement<CaminoServiceFinder>(html`<camino-service-finder src=${wrongType('alternate-name-number')} lang="es"></camino-service-finder>`);
    const input = $(el, 'input[type="search"]') as HTMLInputElement;
    input.focus();
    await sendKeys({ type: 'refugio' });
    // Refugio Ejemplo, one result with its two offices.
    await waitUntil(() => $(el, '[part="count"]')!.textContent!.includes('1 resultado'), 'the search did not answer');
    expect(shownText(results(el)[0])).to.contain('Otra oficina (1)');
    expect(warned()).to.contain('organizations[0] (id "refugio-ejemplo").alternate_name.es: must be text; ignored');
  });

  it('assured_date: 20250701 (a number, as spreadsheets export it)', async () => {
    const el = await renderElement<CaminoOrgCard>(html`<camino-org-card org="refugio-ejemplo" src=${wrongType('assured-date-number')} lang="en"></camino-org-card>`);
    expect(textOf(el)).to.contain('Refugio Ejemplo Tijuana');
    expect(textOf(el)).to.not.contain('Checked against its sources');
    expect(warned()).to.contain('organizations[0] (id "refugio-ejemplo").assured_date: must be a date, YYYY-MM-DD (found 20250701); ignored');
  });

  it('location_ids: 5: the service is listed, at none of the offices', async () => {
    const el = await renderElement<CaminoOrgCard>(html`<camino-org-card org="refugio-ejemplo" src=${wrongType('location-ids-number')} lang="en"></camino-org-card>`);
    expect($(el, '.services')!.textContent).to.contain('Night shelter');
    for (const office of $$(el, '[part="office"]')) expect(office.textContent).to.not.contain('Night shelter');
    expect(warned()).to.contain('location_ids: must be a list (found 5); shown at none of the offices');
  });

  it('a source dated "300000-01": its title without the date', async () => {
    const el = await renderElement<CaminoOrgCard>(html`<camino-org-card org="refugio-ejemplo" src=${wrongType('source-date-far')} lang="en"></camino-org-card>`);
    expect($(el, '[part="sources"]')!.textContent).to.contain('Example partner guide');
    expect($(el, '[part="sources"]')!.textContent).to.not.contain('as of');
    expect(warned()).to.contain('sources[0] (id "guia-ejemplo").date: must be YYYY, YYYY-MM or YYYY-MM-DD (found "300000-01"); ignored');
  });

  it('fields Camino does not read are named once, as a note, and nothing is said to the reader', async () => {
    const info: string[] = [];
    const original = console.info;
    console.info = (...args: unknown[]) => info.push(args.join(' '));
    try {
      const el = await renderElement<CaminoOrgCard>(html`<camino-org-card org="refugio-ejemplo" src="/test/fixtures/directories/notes/unknown-field.json" lang="en"></camino-org-card>`);
      expect($(el, '[part="message"]')).to.not.exist;
      expect(info).to.have.length(1);
      expect(info[0]).to.contain('fields Camino does not read, ignored: organizations[].locations[].telephone');
      expect(capture.warnings).to.deep.equal([]);
    } finally {
      console.info = original;
    }
  });
});

/** mulberry32: seeded, so a failing case can be replayed. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const WRONG_VALUES: unknown[] = [null, 5, -1, '', 'x', '300000-01', 'es_MX', '<img src=x>', true, [], [null], [5], {}, { es: 5 }, { country: 'MX' }, 20250701, 'javascript:alert(1)'];
type Json = Record<string, unknown> | unknown[];
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [at];
  return [at, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...at, Array.isArray(value) ? Number(k) : k]))];
}
function mutate(doc: Json, rand: () => number) {
  const copy = structuredClone(doc);
  for (let n = 1 + Math.floor(rand() * 3); n > 0; n--) {
    const all = paths(copy).filter((p) => p.length);
    const path = all[Math.floor(rand() * all.length)];
    const parent = path.slice(0, -1).reduce<any>((node, key) => node[key], copy);
    parent[path[path.length - 1]] = structuredClone(WRONG_VALUES[Math.floor(rand() * WRONG_VALUES.length)]);
  }
  return copy;
}

describe('fuzz: random wrong types at random places never throw into the page or leave an element loading', () => {
  let capture: ReturnType<typeof captureWarnings>;
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in event ? event.reason : event.error);
  beforeEach(() => {
    capture = captureWarnings();
    errors.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
  });
  afterEach(() => {
    capture.restore();
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
  });

  for (const [name, file, seed] of [
    ['Camino partner file', PARTNER, 1],
    ['Camino partner file, other cases', PARTNER, 2],
    ['HSDS organization_full', '/test/fixtures/hsds/v3.0/examples/organization_full.json', 3],
  ] as const) {
    it(`${name} (seed ${seed})`, async () => {
      const doc = await (await fetch(file)).json();
      const rand = random(seed);
      for (let i = 0; i < 6; i++) {
        const src = URL.createObjectURL(new Blob([JSON.stringify(mutate(doc, rand))], { type: 'application/json' }));
        const card = await renderElement<CaminoOrgCard>(html`<camino-org-card org=${doc.organizations?.[0]?.id ?? doc.id} src=${src} data-lang="en" lang="ar"></camino-org-card>`);
        const finder = await renderElement<CaminoServiceFinder>(html`<camino-service-finder src=${src} data-lang="en" lang="es"></camino-service-finder>`);
        const map = await renderElement<CaminoOfficeMap>(html`<camino-office-map src=${src} data-lang="en" lang="en" tile-url="data:,"></camino-office-map>`);
        for (const el of [card, finder, map]) expect(textOf(el), `case ${i}`).to.not.match(/Cargando|Loading|تحميل/);
        URL.revokeObjectURL(src);
      }
      expect(errors, 'errors thrown into the page').to.deep.equal([]);
    });
  }
});
