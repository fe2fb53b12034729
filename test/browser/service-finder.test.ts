import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { $, $$, captureWarnings, PARTNER, renderElement, textOf } from './helpers.js';
import directory from '../../src/generated/directory.js';
import type { CaminoServiceFinder } from '../../src/index.js';

type Finder = CaminoServiceFinder;
const results = (el: Element) => $$(el, '.results:not(.nearby .results) > [part="result"]');
const resultNames = (el: Element) => results(el).map((r) => r.querySelector('.result-name > span')!.textContent!.trim());
const count = (el: Element) => $(el, '[part="count"]')!.textContent!.trim();

async function type(el: Finder, text: string) {
  const input = $(el, 'input[type="search"]') as HTMLInputElement;
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
}
async function choose(el: Finder, label: string, value: string) {
  const select = $$(el, 'label').find((l) => l.textContent!.includes(label))!.querySelector('select')!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

/** Offices of the built-in directory in a city, counted from the data itself. */
const officesIn = (cityId: string) => directory.organizations.flatMap((o) => o.locations).filter((l) => l.city_id === cityId && l.status !== 'defunct').length;
/** Offices in a city that offer a kind of help. */
const officesOffering = (cityId: string, service: string) =>
  directory.organizations.flatMap((o) =>
    o.locations.filter((l) => l.city_id === cityId && o.services.some((s) => s.taxonomy.includes(service as never) && (!s.location_ids || s.location_ids.includes(l.id)))),
  ).length;

describe('<camino-service-finder>', () => {
  it('lists every office in the city, with a count announced to screen readers', async () => {
    const el = await renderElement<Finder>(html`<camino-service-finder city="tijuana" lang="es" limit="50"></camino-service-finder>`);
    expect(results(el)).to.have.length(officesIn('tijuana'));
    expect(count(el)).to.equal(`${officesIn('tijuana')} resultados en Tijuana`);
    expect($(el, '[part="count"]')!.getAttribute('role')).to.equal('status');
    expect(resultNames(el).join(' ')).to.contain('Casa del Migrante');
    await expect(el).to.be.accessible();
  });

  for (const word of ['abogado', 'lawyer', 'avocat', 'avoka', 'advogado', 'محامي', 'abogdo', 'ABOGADO']) {
    it(`"${word}" finds legal help in Tijuana, whatever the page language`, async () => {
      const el = await renderElement<Finder>(html`<camino-service-finder city="tijuana" lang="es" limit="50"></camino-service-finder>`);
      await type(el, word);
      expect(results(el)).to.have.length(officesOffering('tijuana', 'legal'));
      for (const result of results(el)) expect(result.querySelector('.types')!.textContent).to.contain('Asesoría legal');
    });
  }

  for (const word of ['albergue', 'shelter', 'abri', 'refij', 'abrigo', 'albergé']) {
    it(`"${word}" finds the shelter in Tijuana`, async () => {
      const el = await renderElement<Finder>(html`<camino-service-finder city="tijuana" lang="en"></camino-service-finder>`);
      await type(el, word);
      expect(resultNames(el)).to.include('Casa del Migrante');
    });
  }

  it('accents never matter: "psicóloga" and "psicologa" find the same', async () => {
    const el = await renderElement<Finder>(html`<camino-service-finder lang="es" limit="100"></camino-service-finder>`);
    await type(el, 'psicóloga');
    const withAccent = resultNames(el);
    await type(el, 'psicologa');
    expect(resultNames(el)).to.deep.equal(withAccent);
    expect(withAccent.length).to.be.greaterThan(0);
  });

  it('several words narrow the search: "abogado juarez" finds legal help in Ciudad Juárez only', async () => {
    const el = await renderElement<Finder>(html`<camino-service-finder lang="es" limit="100"></camino-service-finder>`);
    await type(el, 'abogado juarez');
    expect(results(el).length).to.be.greaterThan(0);
    for (const result of results(el)) expect(result.textContent).to.contain('Juárez');
  });

  it('city matches names and aliases in any case and accents', async () => {
    for (const city of ['CDMX', 'mexico city', 'Ciudad de México']) {
      const el = await renderElement<Finder>(html`<camino-service-finder city=${city} lang="es"></camino-service-finder>`);
      expect(count(el), city).to.contain('en Ciudad de México');
    }
    const juarez = await renderElement<Finder>(html`<camino-service-finder city="juarez" lang="es"></camino-service-finder>`);
    expect(count(juarez)).to.contain('en Ciudad Juárez');
  });

  it('without city: every city, and the city picker narrows', async () => {
    const el = await renderElement<Finder>(html`<camino-service-finder lang="es"></camino-service-finder>`);
    expect(count(el)).to.not.contain(' en ');
    await choose(el, 'Ciudad', 'tapachula');
    expect(count(el)).to.equal(`${officesIn('tapachula')} resultados en Tapachula`);
  });

  it('service attribute preselects a kind of help; the filter can change it', async () => {
    const el = await renderElement<Finder>(html`<camino-service-finder city="tijuana" service="shelter" lang="es"></camino-service-finder>`);
    expect(results(el)).to.have.length(officesOffering('tijuana', 'shelter'));
    await choose(el, 'Tipo de ayuda', 'legal');
    expect(results(el)).to.have.length(officesOffering('tijuana', 'legal'));
  });

  it('population filter keeps services that name the group', async () => {
    const el = await renderElement<Finder>(html`<camino-service-finder population="lgbtqi" lang="es" limit="100"></camino-service-finder>`);
    expect(results(el).length).to.be.greaterThan(0);
    expect(resultNames(el)).to.include('HIAS México');
  });

  it('"open now" keeps offices open at this moment in their own time zone', async () => {
    const el = await renderElement<Finder>(html`<camino-service-finder src=${PARTNER} lang="es"></camino-service-finder>`);
    const checkbox = $$(el, 'label').find((l) => l.textContent!.includes('Abierto ahora'))!.querySelector('input')!;
    checkbox.click();
    await el.updateComplete;
    // Only the partner's Tijuana office has hours, and they are 00:00–24:00 every day.
    expect(resultNames(el)).to.deep.equal(['Refugio Ejemplo']);
    expect($(el, '[part="open-state"]')!.textContent).to.contain('Abierto ahora');
  });

  it('"near me" asks the browser once, sorts by distance, shows distances, and keeps the position in the page', async () => {
    const geolocation = navigator.geolocation;
    const requests: string[] = [];
    const realFetch = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => (requests.push(String(input)), realFetch(input, init));
    Object.defineProperty(navigator, 'geolocation', {
      configurable: true,
      value: { getCurrentPosition: (ok: PositionCallback) => ok({ coords: { latitude: 14.9, longitude: -92.26 } } as GeolocationPosition) },
    });
    try {
      const el = await renderElement<Finder>(html`<camino-service-finder lang="es" limit="3"></camino-service-finder>`);
      const button = $(el, 'button.near-me')!;
      expect(button.getAttribute('aria-pressed')).to.equal('false');
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-pressed')).to.equal('true');
      // Tapachula's offices come first, a few kilometres away at most.
      for (const result of results(el)) expect(result.textContent).to.contain('Tapachula');
      expect($(el, '.where')!.textContent).to.match(/a \d+(,\d)? km/);
      expect(textOf(el)).to.contain('Su ubicación no sale de esta página');
      expect(requests).to.deep.equal([]);
      await expect(el).to.be.accessible();
    } finally {
      Object.defineProperty(navigator, 'geolocation', { configurable: true, value: geolocation });
      window.fetch = realFetch;
    }
  });

  it('"near me" refused: says so and keeps the list', async () => {
    const geolocation = navigator.geolocation;
    Object.defineProperty(navigator, 'geolocation', {
      configurable: true,
      value: { getCurrentPosition: (_ok: PositionCallback, fail: PositionErrorCallback) => fail({ code: 1, PERMISSION_DENIED: 1 } as GeolocationPositionError) },
    });
    try {
      const el = await renderElement<Finder>(html`<camino-service-finder city="tijuana" lang="en"></camino-service-finder>`);
      $(el, 'button.near-me')!.click();
      await el.updateComplete;
      expect(textOf(el)).to.contain('permission');
      expect(results(el).length).to.equal(officesIn('tijuana'));
    } finally {
      Object.defineProperty(navigator, 'geolocation', { configurable: true, value: geolocation });
    }
  });

  it('a result offers one-tap call, WhatsApp and directions', async () => {
    const el = await renderElement<Finder>(html`<camino-service-finder src=${PARTNER} city="tijuana" lang="es"></camino-service-finder>`);
    const hrefs = $$(el, '[part="actions"] a').map((a) => a.getAttribute('href'));
    expect(hrefs).to.include('tel:+526641234567');
    expect(hrefs).to.include('https://wa.me/526641234567');
    expect(hrefs.some((h) => h!.startsWith('https://www.openstreetmap.org/directions?to='))).to.be.true;
  });

  it('opening a result shows the full org card and fires camino-select with the ids', async () => {
    const el = await renderElement<Finder>(html`<camino-service-finder city="nuevo laredo" lang="es"></camino-service-finder>`);
    const result = results(el).find((r) => r.textContent!.includes('Casa del Migrante'))!;
    const button = result.querySelector('button.toggle') as HTMLButtonElement;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    setTimeout(() => button.click());
    const event = await oneEvent(document, 'camino-select');
    expect(event.detail).to.deep.equal({ organizationId: 'casa-del-migrante', locationId: 'casa-del-migrante-nuevo-laredo' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const card = result.querySelector('camino-org-card')!;
    await waitUntil(() => card.shadowRoot?.textContent?.includes('867 714 5611'));
    expect(card.getAttribute('lang')).to.equal('es');
    await expect(el).to.be.accessible();
  });

  it('no results: says so plainly and offers every city, other organisations and the fraud notice', async () => {
    const el = await renderElement<Finder>(html`<camino-service-finder city="tijuana" lang="es"></camino-service-finder>`);
    await type(el, 'zzqxw');
    expect(count(el)).to.equal('0 resultados en Tijuana');
    const empty = $(el, '[part="empty"]')!;
    expect(empty.textContent).to.contain('No encontramos servicios para «zzqxw» en Tijuana');
    expect($(el, 'camino-fraud-notice')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('no results in a city: one click searches every city', async () => {
    const el = await renderElement<Finder>(html`<camino-service-finder city="aguascalientes" lang="es"></camino-service-finder>`);
    await type(el, 'albergue');
    expect(results(el)).to.have.length(0);
    $$(el, '[part="empty"] button').find((b) => b.textContent!.includes('todas las ciudades'))!.click();
    await el.updateComplete;
    expect(resultNames(el)).to.include('Casa del Migrante');
  });

  it('organisations without an office in the city but serving its state or the country are offered apart', async () => {
    const el = await renderElement<Finder>(html`<camino-service-finder city="tapachula" lang="en"></camino-service-finder>`);
    const nearby = $(el, '.nearby')!;
    expect(nearby.textContent).to.contain('Norwegian Refugee Council');
    expect(nearby.textContent).to.contain('Chiapas');
  });

  it('limit sets the page size and "show more" adds a page', async () => {
    const el = await renderElement<Finder>(html`<camino-service-finder limit="2" lang="es"></camino-service-finder>`);
    expect(results(el)).to.have.length(2);
    $(el, '[part="more"]')!.click();
    await el.updateComplete;
    expect(results(el)).to.have.length(4);
  });

  it('query attribute sets the search; changing attributes re-runs it', async () => {
    const el = await renderElement<Finder>(html`<camino-service-finder query="albergue" city="tijuana" lang="es"></camino-service-finder>`);
    expect(($(el, 'input[type="search"]') as HTMLInputElement).value).to.equal('albergue');
    expect(resultNames(el)).to.deep.equal(['Casa del Migrante']);
    el.setAttribute('city', 'tapachula');
    await el.updateComplete;
    expect(count(el)).to.contain('Tapachula');
    el.setAttribute('query', 'derechos humanos');
    await el.updateComplete;
    expect(resultNames(el).join(' ')).to.contain('Fray Matías');
  });

  it('the list/map switch shows the same results on a map, with the list beside it', async () => {
    const tile = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
    const el = await renderElement<Finder>(html`<camino-service-finder city="tijuana" tile-url=${tile} lang="es"></camino-service-finder>`);
    const mapButton = $$(el, '.views button').find((b) => b.textContent!.includes('Mapa'))!;
    expect(mapButton.getAttribute('aria-pressed')).to.equal('false');
    mapButton.click();
    await el.updateComplete;
    expect(mapButton.getAttribute('aria-pressed')).to.equal('true');
    const map = $(el, 'camino-office-map') as HTMLElement & { offices: unknown[]; updateComplete: Promise<boolean> };
    expect(map).to.exist;
    expect(map.offices).to.have.length(officesIn('tijuana'));
    expect(map.getAttribute('lang')).to.equal('es');
    expect(map.getAttribute('tile-url')).to.equal(tile);
    await expect(el).to.be.accessible();
  });

  it('view="map" starts on the map', async () => {
    const el = await renderElement<Finder>(html`<camino-service-finder city="tapachula" view="map" tile-url="data:," lang="en"></camino-service-finder>`);
    expect($(el, 'camino-office-map')).to.exist;
    expect(results(el)).to.have.length(0);
  });

  it('shows the fraud notice unless hide-fraud-notice', async () => {
    const shown = await renderElement<Finder>(html`<camino-service-finder lang="es"></camino-service-finder>`);
    expect($(shown, 'camino-fraud-notice')).to.exist;
    const hidden = await renderElement<Finder>(html`<camino-service-finder lang="es" hide-fraud-notice></camino-service-finder>`);
    expect($(hidden, 'camino-fraud-notice')).to.not.exist;
  });

  it('keyboard order: search box, then filters, then results', async () => {
    const el = await renderElement<Finder>(html`<camino-service-finder city="tijuana" lang="es"></camino-service-finder>`);
    const focusable = $$(el, 'input, select, button, a[href]');
    const first = (selector: string) => focusable.findIndex((f) => f.matches(selector));
    expect(first('input[type="search"]')).to.equal(0);
    expect(first('select')).to.be.greaterThan(first('input[type="search"]'));
    expect(first('button.near-me')).to.be.lessThan(first('[part="result"] *'));
    expect(focusable.every((f) => f.tabIndex >= 0)).to.be.true;
    ($(el, 'input[type="search"]') as HTMLInputElement).focus();
    expect(el.shadowRoot!.activeElement).to.equal($(el, 'input[type="search"]'));
  });

  it('in English, the interface and the data are in English', async () => {
    const el = await renderElement<Finder>(html`<camino-service-finder city="tijuana" lang="en"></camino-service-finder>`);
    expect(count(el)).to.equal(`${officesIn('tijuana')} results in Tijuana`);
    expect(textOf(el)).to.contain('What help are you looking for?');
    expect(textOf(el)).to.contain('Legal advice');
  });
});

describe('<camino-service-finder> bad input', () => {
  let capture: ReturnType<typeof captureWarnings>;
  beforeEach(() => (capture = captureWarnings()));
  afterEach(() => capture.restore());

  it('unknown city, service and population: named in a message with what exists; the search still works', async () => {
    const el = await renderElement<Finder>(
      html`<camino-service-finder city="Gotham" service="lodging" population="pirates" lang="es"></camino-service-finder>`,
    );
    const message = $(el, '[part="message"]')!.textContent!;
    expect(message).to.contain('No encontramos la ciudad «Gotham»');
    expect(message).to.contain('Tijuana');
    expect(message).to.contain('No conocemos el tipo de ayuda «lodging»');
    expect(message).to.contain('Albergue');
    expect(message).to.contain('No conocemos el grupo «pirates»');
    const warnings = capture.warnings.join('\n');
    expect(warnings).to.contain('[camino-service-finder] Unknown city "Gotham"');
    expect(warnings).to.contain('Unknown service "lodging". Known: legal, shelter');
    expect(warnings).to.contain('Unknown population "pirates"');
    expect(results(el).length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('a src that cannot be loaded: a localized message and still the general fraud notice', async () => {
    const el = await renderElement<Finder>(html`<camino-service-finder src="/nowhere.json" lang="en"></camino-service-finder>`);
    expect($(el, '[part="message"]')!.textContent).to.contain('could not be loaded');
    expect($(el, 'camino-fraud-notice')).to.exist;
    expect(capture.warnings.join('\n')).to.contain('nowhere.json answered HTTP 404');
    await expect(el).to.be.accessible();
  });

  it('a partner directory: its offices, and its own cities in the picker', async () => {
    const el = await renderElement<Finder>(html`<camino-service-finder src=${PARTNER} lang="es"></camino-service-finder>`);
    expect(resultNames(el)).to.include('Refugio Ejemplo');
    const options = [...($$(el, 'select')[0] as HTMLSelectElement).options].map((o) => o.textContent!.trim());
    expect(options).to.include('Ciudad Ejemplo');
  });
});
