import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, captureWarnings, PARTNER, renderElement, shownText, textOf } from './helpers.js';
import directory from '../../src/generated/directory.js';
import type { CaminoOfficeMap } from '../../src/index.js';
import { LIST_PAGE } from '../../src/components/office-map/office-list.js';

// No test asks the network for anything: tiles are a data: image, or a local
// path that answers 404 for the tile-failure tests.
const TILE = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
const MISSING_TILES = '/no-tiles-here/{z}/{x}/{y}.png';

type Map = CaminoOfficeMap;
const markers = (el: Element) => $$(el, '.leaflet-marker-icon');
/** Offices on the map: a group's marker counts its offices. */
const officesOnMap = (el: Element) => markers(el).reduce((sum, m) => sum + Number(m.querySelector<HTMLElement>('[data-count]')!.dataset.count), 0);
const listed = (el: Element) => $$(el, '.office-list .office-button');
const heading = (el: Element) => $(el, '[part="heading"]')!.textContent!.replace(/\s+/g, ' ').trim();

async function renderMap(template: ReturnType<typeof html>): Promise<Map> {
  const el = await renderElement<Map>(template);
  await waitUntil(() => markers(el).length > 0, 'no markers on the map', { timeout: 3000 });
  return el;
}

/** The built-in directory's open offices that pass a test, counted from the data itself. */
function builtInOffices(pass: (org: (typeof directory.organizations)[number], location: (typeof directory.organizations)[number]['locations'][number]) => boolean) {
  return directory.organizations.flatMap((org) => org.locations.filter((l) => l.status !== 'defunct' && pass(org, l)));
}
const offersService = (org: (typeof directory.organizations)[number], locationId: string, service: string) =>
  org.services.some((s) => (s.taxonomy as string[]).includes(service) && (!s.location_ids || s.location_ids.includes(locationId)));

describe('<camino-office-map> markers and list', () => {
  it('Tapachula: a marker for every office there, the same offices in the list, all approximate', async () => {
    const el = await renderMap(html`<camino-office-map city="tapachula" lang="es" tile-url=${TILE}></camino-office-map>`);
    const expected = builtInOffices((_, l) => l.city_id === 'tapachula').length;
    expect(expected).to.be.greaterThan(1);
    expect(officesOnMap(el)).to.equal(expected);
    expect(listed(el)).to.have.length(expected);
    expect(heading(el)).to.equal(`Oficinas en Tapachula (${expected})`);
    // The built-in offices are known only by their city: one point, so one group.
    expect(markers(el)).to.have.length(1);
    expect(markers(el)[0].classList.contains('approximate')).to.be.true;
    expect(markers(el)[0].textContent).to.contain('ubicación aproximada');
    for (const item of listed(el)) expect(item.textContent).to.contain('Ubicación aproximada');
    // Leaflet's stylesheet is inside the shadow root.
    expect(getComputedStyle($(el, '.leaflet-map-pane')!).position).to.equal('absolute');
    await expect(el).to.be.accessible();
  });

  it('org="unhcr": every UNHCR office in Mexico, and the map fits them', async () => {
    const el = await renderMap(html`<camino-office-map org="unhcr" lang="es" tile-url=${TILE}></camino-office-map>`);
    const expected = builtInOffices((org) => org.id === 'unhcr').length;
    expect(officesOnMap(el)).to.equal(expected);
    expect(listed(el)).to.have.length(expected);
    const name = directory.organizations.find((o) => o.id === 'unhcr')!.name.es;
    for (const item of listed(el)) expect(item.querySelector('.office-org')!.textContent).to.equal(name);
    const box = $(el, '.map')!.getBoundingClientRect();
    for (const marker of markers(el)) {
      const at = marker.getBoundingClientRect();
      expect(at.left >= box.left && at.right <= box.right && at.top >= box.top && at.bottom <= box.bottom, 'marker inside the map').to.be.true;
    }
  });

  it('service="legal": only offices that give legal advice', async () => {
    const el = await renderMap(html`<camino-office-map service="legal" lang="es" tile-url=${TILE}></camino-office-map>`);
    const expected = builtInOffices((org, l) => offersService(org, l.id, 'legal')).length;
    const all = builtInOffices(() => true).length;
    expect(expected).to.be.within(1, all - 1);
    expect(officesOnMap(el)).to.equal(expected);
    expect(listed(el)).to.have.length(expected);
    expect(textOf(el)).to.contain('Ayuda legal');
  });

  it('city, org and service together', async () => {
    const el = await renderMap(html`<camino-office-map city="tijuana" org="hias" service="legal" lang="es" tile-url=${TILE}></camino-office-map>`);
    const expected = builtInOffices((org, l) => org.id === 'hias' && l.city_id === 'tijuana' && offersService(org, l.id, 'legal')).length;
    expect(expected).to.equal(1);
    expect(officesOnMap(el)).to.equal(1);
    expect(listed(el)[0].textContent).to.contain('HIAS');
  });

  it('an office with a street position has a pin; offices known by their city a dashed ring, said in words', async () => {
    const el = await renderMap(html`<camino-office-map src=${PARTNER} lang="es" tile-url=${TILE}></camino-office-map>`);
    expect(officesOnMap(el)).to.equal(3);
    expect(listed(el)).to.have.length(3);
    const exact = $(el, '.camino-marker.marker-office.exact')!;
    expect(exact.textContent).to.equal('Refugio Ejemplo: Refugio Ejemplo Tijuana');
    const approximate = markers(el).filter((m) => m.classList.contains('approximate'));
    expect(approximate.length).to.be.greaterThan(0);
    for (const marker of approximate) expect(marker.textContent).to.contain('ubicación aproximada');
    expect($(el, '[part="legend"]')!.textContent).to.contain('Solo sabemos la ciudad');
    await expect(el).to.be.accessible();
  });

  it('the list and the markers show the same offices, each once', async () => {
    const el = await renderMap(html`<camino-office-map city="tijuana" src=${PARTNER} lang="es" tile-url=${TILE}></camino-office-map>`);
    expect(officesOnMap(el)).to.equal(1);
    expect(listed(el).map((b) => b.querySelector('.office-place')!.textContent!.trim())).to.deep.equal(['Refugio Ejemplo Tijuana · Tijuana']);
    expect(markers(el)[0].textContent).to.contain('Refugio Ejemplo Tijuana');
  });

  it('offices set from a script replace the attribute filters', async () => {
    const el = await renderMap(html`<camino-office-map city="tapachula" lang="es" tile-url=${TILE}></camino-office-map>`);
    const unhcr = directory.organizations.find((o) => o.id === 'unhcr')!;
    el.offices = unhcr.locations.slice(0, 2).map((location) => ({ org: unhcr, location }));
    await el.updateComplete;
    await waitUntil(() => officesOnMap(el) === 2);
    expect(listed(el)).to.have.length(2);
    expect(heading(el)).to.equal('Oficinas (2)');
  });
});

describe('<camino-office-map> lifecycle', () => {
  it('follows a change of lang: the list and the markers are rebuilt in the new language', async () => {
    const el = await renderMap(html`<camino-office-map city="tapachula" lang="es" tile-url=${TILE}></camino-office-map>`);
    el.lang = 'en';
    await el.updateComplete;
    await waitUntil(() => markers(el).length > 0);
    expect(heading(el)).to.match(/^Offices in Tapachula \(\d+\)$/);
    expect(officesOnMap(el)).to.equal(builtInOffices((_, l) => l.city_id === 'tapachula').length);
  });

  it('moved in the page, it makes its map again', async () => {
    const el = await renderMap(html`<camino-office-map city="tijuana" lang="es" tile-url=${TILE}></camino-office-map>`);
    const parent = el.parentElement!;
    el.remove();
    expect(markers(el).length).to.equal(0);
    parent.append(el);
    await waitUntil(() => markers(el).length > 0, 'markers after moving');
    expect(officesOnMap(el)).to.equal(builtInOffices((_, l) => l.city_id === 'tijuana').length);
  });
});

describe('<camino-office-map> card', () => {
  it('choosing an office in the list opens its compact card and fires camino-select', async () => {
    const el = await renderMap(html`<camino-office-map city="tijuana" src=${PARTNER} lang="es" tile-url=${TILE}></camino-office-map>`);
    const selected = oneEvent(document.body, 'camino-select');
    listed(el)[0].click();
    const event = (await selected) as CustomEvent;
    expect(event.detail).to.deep.equal({ organizationId: 'refugio-ejemplo', locationId: 'refugio-ejemplo-tijuana' });
    expect(event.bubbles && event.composed).to.be.true;
    await el.updateComplete;
    const card = $(el, '[part="card"]')!;
    expect(card.querySelector('#office-card-title')!.textContent).to.contain('Refugio Ejemplo');
    const text = card.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Refugio Ejemplo Tijuana');
    expect(text).to.contain('Servicios aquí: Albergue nocturno');
    expect(text).to.contain('Calle Falsa 123');
    expect(card.querySelector('[part="open-state"]')!.textContent).to.contain('Abierto ahora');
    const hrefs = [...card.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.include('tel:+526641234567');
    expect(hrefs).to.include('https://wa.me/526641234567');
    expect(hrefs.some((h) => h!.startsWith('https://www.openstreetmap.org/directions?to=32.53000%2C-117.03000'))).to.be.true;
    // Compact: no weekly hours.
    expect(card.querySelector('.hours') === null, 'no weekly hours').to.be.true;
    expect(el.shadowRoot!.activeElement === card.querySelector('#office-card-title'), 'focus on the card').to.be.true;
    expect(listed(el)[0].getAttribute('aria-current')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('clicking a marker opens its card', async () => {
    const el = await renderMap(html`<camino-office-map city="tijuana" src=${PARTNER} lang="es" tile-url=${TILE}></camino-office-map>`);
    markers(el)[0].click();
    await el.updateComplete;
    expect($(el, '[part="card"]')!.textContent).to.contain('Calle Falsa 123');
    expect(markers(el)[0].classList.contains('selected')).to.be.true;
  });

  it('offices at one point: their marker lists them, and each opens its card', async () => {
    const el = await renderMap(html`<camino-office-map city="tapachula" lang="es" tile-url=${TILE}></camino-office-map>`);
    const count = builtInOffices((_, l) => l.city_id === 'tapachula').length;
    markers(el)[0].click();
    await el.updateComplete;
    const card = $(el, '[part="card"]')!;
    expect(card.querySelector('#office-card-title')!.textContent).to.equal(`${count} oficinas en este punto del mapa`);
    const choices = [...card.querySelectorAll<HTMLButtonElement>('.office-button')];
    expect(choices).to.have.length(count);
    await expect(el).to.be.accessible();
    choices[0].click();
    await el.updateComplete;
    expect($(el, '[part="card"] [part="office"]')).to.exist;
    expect($(el, '[part="card"]')!.textContent).to.contain('En el mapa se ve en el centro de la ciudad, no en la puerta.');
  });

  it('the card says how old its information is, shares the office and reports a mistake in it, as the org card does', async () => {
    const el = await renderMap(html`<camino-office-map city="tijuana" org="hias" stale-after="2" corrections-to="datos@example.org" lang="es" tile-url=${TILE}></camino-office-map>`);
    listed(el)[0].click();
    await el.updateComplete;
    const card = $(el, '[part="card"]')!;
    // HIAS's newest source is of September 2023: past two years it may have changed.
    expect(shownText(card.querySelector('[part="age"]')!)).to.equal('Información de septiembre de 2023. Puede haber cambiado: pregunte antes de ir.');
    // The office has no contact of its own: the card gives the organisation's, where to ask.
    const hias = directory.organizations.find((o) => o.id === 'hias')!;
    const tijuana = hias.locations.find((l) => l.id === 'hias-tijuana')!;
    expect(tijuana.phones ?? [], 'the office has no phone').to.deep.equal([]);
    expect(tijuana.emails ?? [], 'the office has no e-mail').to.deep.equal([]);
    const mailto = [...card.querySelectorAll<HTMLAnchorElement>('a[href^="mailto:"]')].filter((a) => !a.closest('[part="report"]'));
    expect(mailto.map((a) => a.getAttribute('href'))).to.deep.equal(hias.emails!.filter((e) => e.purpose !== 'media').map((e) => `mailto:${e.email}`));
    expect(shownText(card.querySelector('.record-actions summary')!)).to.equal('Compartir');
    const whatsapp = card.querySelector<HTMLAnchorElement>('.share-ways a[href^="https://wa.me/?text="]')!;
    expect(decodeURIComponent(whatsapp.href)).to.contain('HIAS México\n');
    expect(decodeURIComponent(whatsapp.href)).to.contain('hias-tijuana');
    const report = new URL(card.querySelector<HTMLAnchorElement>('[part="report"] a')!.href);
    expect(report.pathname).to.equal('datos@example.org');
    expect(report.searchParams.get('subject')).to.equal('Corrección: HIAS México — Tijuana (hias-tijuana)');
    await expect(el).to.be.accessible();

    el.staleAfter = 50;
    el.removeAttribute('corrections-to');
    await el.updateComplete;
    expect(shownText($(el, '[part="card"] [part="age"]')!)).to.equal('Información de septiembre de 2023.');
    expect($(el, '[part="card"] [part="report"]')).to.not.exist;
  });

  it('the close button closes the card', async () => {
    const el = await renderMap(html`<camino-office-map city="tijuana" lang="es" tile-url=${TILE}></camino-office-map>`);
    listed(el)[0].focus();
    listed(el)[0].click();
    await el.updateComplete;
    // It says what it closes: the office, its name in its own language.
    const office = $(el, '.close .visually-hidden bdi[lang]')!;
    expect(office.textContent).to.have.length.greaterThan(0);
    expect($(el, '[part="card"] [part="office"]')!.textContent).to.contain(office.textContent!);
    expect($(el, '.close .visually-hidden')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Cerrar los datos de ${office.textContent}`);
    ($(el, '.close') as HTMLButtonElement).click();
    await el.updateComplete;
    expect($(el, '[part="card"]') === null, 'the card is closed').to.be.true;
    expect(el.shadowRoot!.activeElement === listed(el)[0], 'focus back on the list entry').to.be.true;
  });
});

describe('<camino-office-map> keyboard', () => {
  it('markers are buttons in the tab order; Enter opens the card, Escape closes it and returns to the marker', async () => {
    const el = await renderMap(html`<camino-office-map city="tijuana" src=${PARTNER} lang="es" tile-url=${TILE}></camino-office-map>`);
    const marker = markers(el)[0];
    expect(marker.getAttribute('role')).to.equal('button');
    expect(marker.tabIndex).to.equal(0);
    marker.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'office-card-title', 'focus moves to the card');
    expect($(el, '[part="card"]')!.textContent).to.contain('Calle Falsa 123');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect($(el, '[part="card"]') === null, 'the card is closed').to.be.true;
    expect(el.shadowRoot!.activeElement === marker, 'focus back on the marker').to.be.true;
  });

  it('Space on a group of nearby offices zooms in until they come apart, and focus stays on the map', async () => {
    const el = await renderMap(html`<camino-office-map src=${PARTNER} lang="es" tile-url=${TILE}></camino-office-map>`);
    const group = markers(el).find((m) => m.classList.contains('marker-group'))!;
    expect(group, 'Ciudad Ejemplo and Tapachula share a marker at this zoom').to.exist;
    group.focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => !markers(el).some((m) => m.classList.contains('marker-group')), 'the group came apart', { timeout: 3000 });
    expect(officesOnMap(el)).to.be.greaterThan(0);
    expect(el.shadowRoot!.activeElement?.classList.contains('camino-marker')).to.be.true;
  });

  it('Tab goes from the skip button to the map, then to its markers; the skip button jumps to the list', async () => {
    const el = await renderMap(html`<camino-office-map city="tijuana" src=${PARTNER} lang="es" tile-url=${TILE}></camino-office-map>`);
    const skip = $(el, '.skip') as HTMLButtonElement;
    skip.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement === $(el, '.map'), 'focus on the map').to.be.true;
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement === markers(el)[0], 'focus on the marker').to.be.true;
    skip.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement === $(el, '#office-list'), 'focus on the list').to.be.true;
  });

  it('the map itself takes focus and has a name and instructions', async () => {
    const el = await renderMap(html`<camino-office-map city="tapachula" lang="es" tile-url=${TILE}></camino-office-map>`);
    const map = $(el, '.map')!;
    expect(map.tabIndex).to.equal(0);
    expect(map.getAttribute('aria-label')).to.equal('Mapa de oficinas');
    expect($(el, `#${map.getAttribute('aria-describedby')}`)!.textContent).to.contain('Tab');
    expect($(el, '.leaflet-control-zoom-in')!.getAttribute('aria-label')).to.equal('Acercar');
  });
});

describe('<camino-office-map> tiles, size and layout', () => {
  it('tiles load from tile-url; the credit is the partner text, links kept, markup shown as text', async () => {
    const el = await renderMap(html`<camino-office-map city="tapachula" lang="es" tile-url=${TILE}
      tile-attribution='© <a href="https://example.org/licence">Socio</a> <img src=x onerror="alert(1)"><a href="javascript:alert(1)">mal</a>'></camino-office-map>`);
    await waitUntil(() => $$(el, '.leaflet-tile-loaded').length > 0, 'tiles loaded');
    const credit = $(el, '.leaflet-control-attribution')!;
    expect(shownText(credit.querySelector('a[href="https://example.org/licence"]')!)).to.equal('Socio');
    expect(credit.querySelector('img, [href^="javascript"]') === null, 'no image, no javascript: link').to.be.true;
    expect($(el, '[part="tile-notice"]') === null, 'no tile notice').to.be.true;
  });

  it('by default: OpenStreetMap tiles and their credit', async () => {
    // Tile images get their URL recorded instead of set, so nothing is fetched.
    const src = Object.getOwnPropertyDescriptor(HTMLImageElement.prototype, 'src')!;
    const tiles: string[] = [];
    Object.defineProperty(HTMLImageElement.prototype, 'src', { ...src, set: (url: string) => tiles.push(url) });
    try {
      const el = await renderMap(html`<camino-office-map city="tapachula" lang="es"></camino-office-map>`);
      expect(tiles.length).to.be.greaterThan(0);
      for (const url of tiles) expect(url).to.match(/^https:\/\/tile\.openstreetmap\.org\/\d+\/\d+\/\d+\.png$/);
      const credit = $(el, '.leaflet-control-attribution a[href="https://www.openstreetmap.org/copyright"]')!;
      expect(shownText(credit)).to.equal('colaboradores de OpenStreetMap');
    } finally {
      Object.defineProperty(HTMLImageElement.prototype, 'src', src);
    }
  });

  it('when tiles fail, a quiet notice; markers, cards and the list keep working', async () => {
    const el = await renderMap(html`<camino-office-map city="tijuana" lang="es" tile-url=${MISSING_TILES}></camino-office-map>`);
    await waitUntil(() => $(el, '[part="tile-notice"]'), 'tile notice', { timeout: 3000 });
    const notice = $(el, '[part="tile-notice"]')!;
    expect(notice.textContent).to.contain('No se pudo cargar la imagen del mapa');
    expect(notice.parentElement!.getAttribute('role')).to.equal('status');
    expect(officesOnMap(el)).to.equal(builtInOffices((_, l) => l.city_id === 'tijuana').length);
    listed(el)[0].click();
    await el.updateComplete;
    expect($(el, '[part="card"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('asks for nothing but tiles', async () => {
    performance.clearResourceTimings();
    const before = performance.getEntriesByType('resource').length;
    const el = await renderMap(html`<camino-office-map city="tijuana" lang="es" tile-url=${MISSING_TILES}></camino-office-map>`);
    await waitUntil(() => $(el, '[part="tile-notice"]'));
    const requests = performance.getEntriesByType('resource').slice(before).map((e) => new URL(e.name).pathname);
    expect(requests.length).to.be.greaterThan(0);
    for (const path of requests) expect(path).to.match(/^\/no-tiles-here\/\d+\/\d+\/\d+\.png$/);
  });

  it('a map first rendered hidden sizes itself and shows its markers when shown', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="display: none; width: 600px">
      <camino-office-map org="unhcr" lang="es" tile-url=${TILE}></camino-office-map>
    </div>`);
    const el = wrapper.querySelector('camino-office-map')!;
    await el.updateComplete;
    expect(markers(el).length).to.equal(0);
    wrapper.style.display = 'block';
    await waitUntil(() => markers(el).length > 0, 'markers after showing', { timeout: 3000 });
    const map = $(el, '.map')!;
    expect(map.offsetWidth).to.be.greaterThan(500);
    expect(officesOnMap(el)).to.equal(builtInOffices((org) => org.id === 'unhcr').length);
    // Leaflet knows its size: its panes cover the container and markers sit inside it.
    const box = map.getBoundingClientRect();
    for (const marker of markers(el)) {
      const at = marker.getBoundingClientRect();
      expect(at.left >= box.left && at.right <= box.right && at.top >= box.top && at.bottom <= box.bottom).to.be.true;
    }
  });

  it('takes its height from --camino-map-height', async () => {
    const el = await renderMap(html`<camino-office-map city="tapachula" lang="es" tile-url=${TILE} style="--camino-map-height: 300px"></camino-office-map>`);
    expect($(el, '.map')!.offsetHeight).to.equal(300);
  });

  it('narrow: a toggle between map and list; wide: both side by side', async () => {
    const el = await renderMap(html`<camino-office-map city="tijuana" lang="es" tile-url=${TILE} style="width: 320px"></camino-office-map>`);
    const [mapButton, listButton] = $$(el, '.views button');
    expect($(el, '.views')!.offsetParent).to.not.equal(null);
    expect($(el, '.list-area')!.offsetParent).to.equal(null);
    expect(mapButton.getAttribute('aria-pressed')).to.equal('true');
    listButton.click();
    await el.updateComplete;
    expect(listButton.getAttribute('aria-pressed')).to.equal('true');
    expect($(el, '.list-area')!.offsetParent).to.not.equal(null);
    expect($(el, '.map-area')!.offsetParent).to.equal(null);
    await expect(el).to.be.accessible();
    mapButton.click();
    await el.updateComplete;
    expect(markers(el).length).to.be.greaterThan(0);

    el.style.width = '900px';
    await waitUntil(() => $(el, '.views')!.offsetParent === null, 'toggle hidden when wide');
    expect($(el, '.list-area')!.offsetParent).to.not.equal(null);
    expect($(el, '.map-area')!.offsetParent).to.not.equal(null);
  });

  it('long lists grow page by page, focus on the first new office, every office on the map from the start', async () => {
    const el = await renderMap(html`<camino-office-map lang="es" tile-url=${TILE}></camino-office-map>`);
    const all = builtInOffices(() => true).length;
    expect(all, 'more than a page').to.be.above(LIST_PAGE);
    expect(listed(el)).to.have.length(LIST_PAGE);
    expect(officesOnMap(el)).to.equal(all);
    expect($(el, '.more')!.textContent).to.contain(`Se ven ${LIST_PAGE} de ${all} oficinas.`);
    ($(el, '.more-button') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(listed(el)).to.have.length(Math.min(all, 2 * LIST_PAGE));
    // The button may be gone (the last page): focus is on the first new office, not lost.
    expect(el.shadowRoot!.activeElement === listed(el)[LIST_PAGE], 'focus on the first new office').to.be.true;
  });
});

describe('<camino-office-map> bad input', () => {
  let capture: ReturnType<typeof captureWarnings>;
  beforeEach(() => (capture = captureWarnings()));
  afterEach(() => capture.restore());

  it('unknown city: says so, shows every office, warns precisely', async () => {
    const el = await renderMap(html`<camino-office-map city="Gotham" lang="es" tile-url=${TILE}></camino-office-map>`);
    expect($(el, '[part="message"]')!.textContent).to.contain('No conocemos la ciudad «Gotham». Mostramos todas las oficinas.');
    expect($(el, '[part="message"]')!.textContent).to.contain('Tapachula');
    expect(officesOnMap(el)).to.equal(builtInOffices(() => true).length);
    expect(capture.warnings.join('\n')).to.match(/\[camino-office-map\] Unknown city "Gotham"\. Known: .*tapachula/);
    await expect(el).to.be.accessible();
  });

  it('unknown org: says so, shows every organisation in the city', async () => {
    const el = await renderMap(html`<camino-office-map org="acnur-mx" city="tapachula" lang="es" tile-url=${TILE}></camino-office-map>`);
    expect($(el, '[part="message"]')!.textContent).to.contain('No conocemos la organización «acnur-mx»');
    expect(officesOnMap(el)).to.equal(builtInOffices((_, l) => l.city_id === 'tapachula').length);
    expect(capture.warnings.join('\n')).to.match(/\[camino-office-map\] Unknown org "acnur-mx"\. Known ids: .*unhcr/);
    await expect(el).to.be.accessible();
  });

  it('unknown service: says so and lists the kinds that exist', async () => {
    const el = await renderMap(html`<camino-office-map service="abogado" city="tijuana" lang="es" tile-url=${TILE}></camino-office-map>`);
    const message = $(el, '[part="message"]')!.textContent!;
    expect(message).to.contain('No conocemos el tipo de ayuda «abogado»');
    expect(message).to.contain('Ayuda legal (legal)');
    expect(officesOnMap(el)).to.equal(builtInOffices((_, l) => l.city_id === 'tijuana').length);
    expect(capture.warnings.join('\n')).to.match(/\[camino-office-map\] Unknown service "abogado"\. Known ids: legal, shelter/);
    await expect(el).to.be.accessible();
  });

  it('nothing matches: says so and where there are offices, with no empty map', async () => {
    const el = await renderElement<Map>(html`<camino-office-map org="hias" city="oaxaca" lang="es" tile-url=${TILE}></camino-office-map>`);
    const message = $(el, '[part="message"]')!.textContent!;
    expect(message).to.contain('No tenemos oficinas para lo que busca');
    expect(message).to.contain('Tijuana');
    expect($(el, '.map') === null, 'no map').to.be.true;
    expect(capture.warnings.join('\n')).to.contain('[camino-office-map] No office in the directory matches city="oaxaca", org="hias".');
    await expect(el).to.be.accessible();
  });

  it('a src that does not load: a localized message, no map, one warning', async () => {
    const el = await renderElement<Map>(html`<camino-office-map src="/test/fixtures/directories/missing.json" lang="es"></camino-office-map>`);
    expect($(el, '[part="message"]')!.textContent).to.contain('No pudimos cargar la lista de servicios');
    expect($(el, '.map') === null, 'no map').to.be.true;
    expect(capture.warnings.join('\n')).to.match(/\[camino-office-map\] .*missing\.json answered HTTP 404/);
    await expect(el).to.be.accessible();
  });

  it('an unsupported lang falls back with a warning and still shows the map', async () => {
    const el = await renderMap(html`<camino-office-map city="tapachula" lang="de" tile-url=${TILE}></camino-office-map>`);
    expect(capture.warnings.join('\n')).to.contain('[camino-office-map] lang "de" is not a language Camino speaks');
    expect(officesOnMap(el)).to.be.greaterThan(0);
  });

  it('never throws on odd values', async () => {
    const el = await renderMap(html`<camino-office-map city="  " org="" service=" LEGAL " heading-level="9" lang="es" tile-url=${TILE}></camino-office-map>`);
    expect(officesOnMap(el)).to.equal(builtInOffices((org, l) => offersService(org, l.id, 'legal')).length);
    expect($(el, 'h6[part="heading"]')).to.exist;
  });
});
