import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { $, $$, captureWarnings, PARTNER, renderElement, shownText, textOf, at } from './helpers.js';
import directory from '../../src/generated/directory.js';
import type { CaminoServiceFinder } from '../../src/index.js';

type Finder = CaminoServiceFinder;
const results = (el: Element) => $$(el, '.results:not(.elsewhere .results) > [part="result"]');
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

/** Organisations of the built-in directory with an office in a city, counted from the data itself: one result each. */
const orgsIn = (cityId: string) => directory.organizations.filter((o) => o.locations.some((l) => l.city_id === cityId && l.status !== 'defunct')).length;
/** Organisations with an office in a city that offers a kind of help. */
const orgsOffering = (cityId: string, service: string) =>
  directory.organizations.filter((o) =>
    o.locations.some((l) => l.city_id === cityId && o.services.some((s) => s.taxonomy.includes(service as never) && (!s.location_ids || s.location_ids.includes(l.id)))),
  ).length;
const focused = (el: Element) => el.shadowRoot!.activeElement;
const button = (el: Element, text: string) => $$(el, 'button').find((b) => b.textContent!.includes(text));

/** Runs a test with the browser's geolocation answering a position (or refusing). */
async function located<T>(answer: { latitude: number; longitude: number } | 'denied', work: () => Promise<T>): Promise<T> {
  const geolocation = navigator.geolocation;
  Object.defineProperty(navigator, 'geolocation', {
    configurable: true,
    value: {
      getCurrentPosition: (ok: PositionCallback, fail: PositionErrorCallback) =>
        answer === 'denied' ? fail({ code: 1, PERMISSION_DENIED: 1 } as GeolocationPositionError) : ok({ coords: answer } as GeolocationPosition),
    },
  });
  try {
    return await work();
  } finally {
    Object.defineProperty(navigator, 'geolocation', { configurable: true, value: geolocation });
  }
}
const cityPoint = (id: string) => {
  const city = directory.cities!.find((c) => c.id === id)!;
  return { latitude: city.latitude!, longitude: city.longitude! };
};

describe('<camino-service-finder>', () => {
  it('lists every organisation with an office in the city, one result each, with a count announced to screen readers', async () => {
    const el = await renderElement<Finder>(html`<camino-service-finder city="tijuana" lang="es" limit="50"></camino-service-finder>`);
    expect(results(el)).to.have.length(orgsIn('tijuana'));
    expect(count(el)).to.equal(`${orgsIn('tijuana')} resultados en Tijuana`);
    // Said to screen readers by its own status region, once typing pauses (see announcements.test.ts).
    expect($(el, '.count-status')!.getAttribute('role')).to.equal('status');
    expect(resultNames(el).join(' ')).to.contain('Casa del Migrante');
    await expect(el).to.be.accessible();
  });

  for (const word of ['abogado', 'lawyer', 'avocat', 'avoka', 'advogado', 'محامي', 'abogdo', 'ABOGADO']) {
    it(`"${word}" finds legal help in Tijuana, whatever the page language`, async () => {
      const el = await renderElement<Finder>(html`<camino-service-finder city="tijuana" lang="es" limit="50"></camino-service-finder>`);
      await type(el, word);
      expect(results(el)).to.have.length(orgsOffering('tijuana', 'legal'));
      for (const result of results(el)) expect(result.querySelector('.types')!.textContent).to.contain('Ayuda legal');
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
    expect(count(el)).to.equal(`${orgsIn('tapachula')} resultados en Tapachula`);
  });

  it('service attribute preselects a kind of help; the filter can change it', async () => {
    const el = await renderElement<Finder>(html`<camino-service-finder city="tijuana" service="shelter" lang="es"></camino-service-finder>`);
    expect(results(el)).to.have.length(orgsOffering('tijuana', 'shelter'));
    await choose(el, 'Tipo de ayuda', 'legal');
    expect(results(el)).to.have.length(orgsOffering('tijuana', 'legal'));
  });

  it('population filter keeps services that name the group', async () => {
    const el = await renderElement<Finder>(html`<camino-service-finder population="lgbtqi" lang="es" limit="100"></camino-service-finder>`);
    expect(results(el).length).to.be.greaterThan(0);
    expect(resultNames(el)).to.include('HIAS México');
  });

  it('"hide closed now": open places first, hours unknown after, closed ones out; overnight hours on the office\'s clock', async () => {
    const night = '/test/fixtures/directories/night-shelter.json';
    // 23:30 on a Tuesday in Tapachula (UTC−6): the night shelter is open, the day office closed, one house has no known hours.
    await at('2025-01-07T23:30:00-06:00', async () => {
      const el = await renderElement<Finder>(html`<camino-service-finder src=${night} city="tapachula" lang="es"></camino-service-finder>`);
      expect(resultNames(el)).to.have.length(3);
      const checkbox = $$(el, 'label').find((l) => l.textContent!.includes('No mostrar lugares cerrados ahora'))!.querySelector('input')!;
      checkbox.click();
      await el.updateComplete;
      expect(resultNames(el)).to.deep.equal(['Albergue Nocturno Ejemplo', 'Casa Sin Horario Ejemplo']);
      const states = results(el).map((r) => r.querySelector('[part="open-state"]')!.textContent!.trim());
      expect(states).to.deep.equal(['Abierto ahora', 'No sabemos el horario: llame antes de ir']);
      await expect(el).to.be.accessible();
    });
    // 03:00 on Wednesday: still Tuesday night's hours.
    await at('2025-01-08T03:00:00-06:00', async () => {
      const el = await renderElement<Finder>(html`<camino-service-finder src=${night} city="tapachula" lang="en"></camino-service-finder>`);
      $$(el, 'label').find((l) => l.textContent!.includes('Do not show places closed now'))!.querySelector('input')!.click();
      await el.updateComplete;
      expect(resultNames(el)).to.deep.equal(['Albergue Nocturno Ejemplo', 'Casa Sin Horario Ejemplo']);
      expect(results(el)[1].textContent).to.contain('We do not know the hours: call before you go');
    });
  });

  it('every office whose hours are unknown says so on its card, and says to call only where there is a phone', async () => {
    const el = await renderElement<Finder>(html`<camino-service-finder city="tijuana" lang="es" limit="50"></camino-service-finder>`);
    const said = new Set<string>();
    for (const result of results(el)) {
      const state = result.querySelector('[part="open-state"]')!.textContent!.trim();
      const call = result.querySelector('[part="actions"] a[href^="tel:"]');
      const noContact = result.querySelector('[part="no-contact"]');
      // A phone to call: call; no contact at all: only what is not known, beside who can be reached; else ask (e-mail, web).
      const expected = call ? 'No sabemos el horario: llame antes de ir' : noContact ? 'No sabemos el horario' : 'No sabemos el horario: pregunte antes de ir';
      expect(state, result.querySelector('.result-name')!.textContent!).to.equal(expected);
      said.add(expected);
    }
    expect(said.size, [...said].join(' / ')).to.equal(3);
  });

  it('"near me" asks the browser once, sorts by distance, says a city-centre distance is one, and keeps the position in the page', async () => {
    const requests: string[] = [];
    const realFetch = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => (requests.push(String(input)), realFetch(input, init));
    try {
      // About 12 km north of Tapachula's centre.
      const tapachula = cityPoint('tapachula');
      await located({ latitude: tapachula.latitude + 0.11, longitude: tapachula.longitude }, async () => {
        const el = await renderElement<Finder>(html`<camino-service-finder lang="es" limit="3"></camino-service-finder>`);
        const status = $(el, '.geo-status[role="status"]')!;
        expect(status.textContent!.trim()).to.equal('');
        const nearMe = $(el, 'button.near-me')!;
        expect(nearMe.getAttribute('aria-pressed')).to.equal('false');
        nearMe.click();
        await el.updateComplete;
        expect(nearMe.getAttribute('aria-pressed')).to.equal('true');
        // Announced by the status region that was already in the page: same element, new text.
        expect($(el, '.geo-status[role="status"]')).to.equal(status);
        expect(status.textContent).to.contain('No enviamos su ubicación a nadie');
        // What is in Tapachula or serves Chiapas comes first; offices known only by their city give the
        // distance to its centre, rounded.
        for (const result of results(el)) expect(result.textContent).to.match(/Tapachula|Chiapas/);
        const where = $$(el, '.where').find((w) => w.textContent!.includes('Tapachula'))!.textContent!;
        expect(where).to.contain('del centro de Tapachula');
        expect(where).to.match(/a unos 10 km del centro de Tapachula/);
        expect(where).not.to.match(/0,\d km/);
        expect(requests).to.deep.equal([]);
        await expect(el).to.be.accessible();
      });
    } finally {
      window.fetch = realFetch;
    }
  });

  it('"near me" far from the chosen city offers the nearest city with services; one tap goes there and focus goes to the results', async () => {
    await located(cityPoint('ciudad-juarez'), async () => {
      const el = await renderElement<Finder>(html`<camino-service-finder city="tijuana" lang="es"></camino-service-finder>`);
      $(el, 'button.near-me')!.click();
      await el.updateComplete;
      const notes = $(el, '[part="notes"]')!.textContent!;
      expect(notes).to.match(/Está a unos [\d.,\s]+ km de Tijuana\. La ciudad más cercana con servicios es Ciudad Juárez/);
      const go = button(el, 'Buscar en Ciudad Juárez')!;
      expect(go.textContent).to.contain(`(${orgsIn('ciudad-juarez')})`);
      go.click();
      await el.updateComplete;
      expect(count(el)).to.equal(`${orgsIn('ciudad-juarez')} resultados en Ciudad Juárez`);
      expect(focused(el)).to.equal(results(el)[0]);
      await expect(el).to.be.accessible();
    });
  });

  it('"near me" refused: says so in the status region and keeps the list', async () => {
    await located('denied', async () => {
      const el = await renderElement<Finder>(html`<camino-service-finder city="tijuana" lang="en"></camino-service-finder>`);
      const status = $(el, '.geo-status[role="status"]')!;
      $(el, 'button.near-me')!.click();
      await el.updateComplete;
      expect($(el, '.geo-status[role="status"]')).to.equal(status);
      expect(status.textContent).to.contain('permission');
      expect(results(el).length).to.equal(orgsIn('tijuana'));
    });
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

  it('nothing understood: says so plainly, names the word, and one tap shows every service, focus on the results', async () => {
    const el = await renderElement<Finder>(html`<camino-service-finder city="tijuana" lang="es"></camino-service-finder>`);
    await type(el, 'zzqxw');
    expect(count(el)).to.equal('0 resultados en Tijuana');
    const empty = $(el, '[part="empty"]')!;
    expect(empty.textContent).to.contain('No encontramos servicios para «zzqxw» en Tijuana');
    expect($(el, 'camino-fraud-notice')).to.exist;
    await expect(el).to.be.accessible();
    const all = button(el, 'Ver todos los servicios')!;
    expect(all.textContent).to.contain(`(${orgsIn('tijuana')})`);
    all.click();
    await el.updateComplete;
    expect(results(el)).to.have.length(orgsIn('tijuana'));
    expect(focused(el)).to.equal(results(el)[0]);
  });

  it('no results in a city: the same search in other cities, each with its count, one tap away', async () => {
    const el = await renderElement<Finder>(html`<camino-service-finder city="aguascalientes" lang="es"></camino-service-finder>`);
    await type(el, 'albergue');
    expect(results(el)).to.have.length(0);
    const steps = $$(el, '[part="empty"] [part="next-steps"] button').map((b) => b.textContent!.trim());
    const shelters = directory.organizations.filter((o) => o.services.some((s) => s.taxonomy.includes('shelter')));
    const shelterCities = new Set(shelters.flatMap((o) => o.locations.filter((l) => o.services.some((s) => s.taxonomy.includes('shelter') && (!s.location_ids || s.location_ids.includes(l.id)))).map((l) => l.city_id)));
    expect(steps.filter((t) => t.startsWith('Buscar en '))).to.have.length(Math.min(3, shelterCities.size));
    expect(steps).to.include(`Buscar en Tijuana (${orgsOffering('tijuana', 'shelter')})`);
    await expect(el).to.be.accessible();
    button(el, 'Buscar en Tijuana')!.click();
    await el.updateComplete;
    expect(results(el)).to.have.length(orgsOffering('tijuana', 'shelter'));
    expect(resultNames(el)).to.include('Casa del Migrante');
    expect(focused(el)).to.equal(results(el)[0]);
  });

  it('words not in the directory are named and not used; the rest still finds', async () => {
    const el = await renderElement<Finder>(html`<camino-service-finder city="tijuana" lang="es"></camino-service-finder>`);
    await type(el, 'necesito un abogado xqzwv');
    expect(results(el)).to.have.length(orgsOffering('tijuana', 'legal'));
    expect($(el, '[part="notes"]')!.textContent).to.contain('No buscamos estas palabras porque no están en la lista de servicios: xqzwv.');
    await expect(el).to.be.accessible();
  });

  it('no result has every word: those with some are shown, and each shorter search is offered with its count', async () => {
    const el = await renderElement<Finder>(html`<camino-service-finder city="tijuana" lang="es"></camino-service-finder>`);
    await type(el, 'abogado dormir');
    expect($(el, '[part="notes"]')!.textContent).to.contain('Ningún resultado tiene todas sus palabras');
    expect(results(el).length).to.be.greaterThan(0);
    const fewer = button(el, 'Buscar solo «abogado»')!;
    expect(fewer.textContent).to.contain(`(${orgsOffering('tijuana', 'legal')})`);
    await expect(el).to.be.accessible();
    fewer.click();
    await el.updateComplete;
    expect(($(el, 'input[type="search"]') as HTMLInputElement).value).to.equal('abogado');
    expect(results(el)).to.have.length(orgsOffering('tijuana', 'legal'));
    expect(focused(el)).to.equal(results(el)[0]);
  });

  it('a question as people ask it, in Arabic, on an Arabic page', async () => {
    const el = await renderElement<Finder>(html`<camino-service-finder city="tijuana" lang="ar"></camino-service-finder>`);
    await type(el, 'أحتاج محامي');
    expect(results(el)).to.have.length(orgsOffering('tijuana', 'legal'));
    expect($(el, '[part="notes"]')).to.not.exist;
  });

  it('organisations without an office in the city but serving its state or the country are offered apart', async () => {
    const el = await renderElement<Finder>(html`<camino-service-finder city="tapachula" lang="en"></camino-service-finder>`);
    const elsewhere = $(el, '.elsewhere')!;
    expect(elsewhere.textContent).to.contain('Norwegian Refugee Council');
    expect(elsewhere.textContent).to.contain('Chiapas');
  });

  it('when the city has none but an organisation serves it from elsewhere, the count says what is shown, and the step to it leads there', async () => {
    const el = await renderElement<Finder>(html`<camino-service-finder city="oaxaca" lang="es"></camino-service-finder>`);
    await type(el, 'abogado indígena');
    expect(results(el)).to.have.length(0);
    const shown = $$(el, '.elsewhere [part="result"]');
    expect(shown.length).to.be.greaterThan(0);
    expect(shown[0].textContent).to.contain('CNDH');
    // Not "0 resultados en Oaxaca" above a result.
    expect(shownText($(el, '[part="count"]')!)).to.equal(shown.length === 1 ? '1 resultado' : `${shown.length} resultados`);
    const step = button(el, 'No tienen oficina en Oaxaca, pero ayudan a distancia o en todo el estado')!;
    expect(step.textContent).to.contain(`(${shown.length})`);
    step.click();
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('elsewhere-heading');
    expect(shownText($(el, '[part="count"]')!)).to.equal(shown.length === 1 ? '1 resultado' : `${shown.length} resultados`);
    await expect(el).to.be.accessible();
  });

  it('limit sets the page size; "show more" adds a page and moves focus to the first new result, the last page too', async () => {
    const el = await renderElement<Finder>(html`<camino-service-finder limit="2" lang="es"></camino-service-finder>`);
    expect(results(el)).to.have.length(2);
    expect(shownText($(el, '[part="more"]')!)).to.match(/^Mostrar más \(quedan \d+\)$/);
    $(el, '[part="more"]')!.click();
    await el.updateComplete;
    expect(results(el)).to.have.length(4);
    expect(focused(el)).to.equal(results(el)[2]);
    // The last page: the button goes away and focus does not fall to the page.
    const tijuana = await renderElement<Finder>(html`<camino-service-finder city="tijuana" limit=${orgsIn('tijuana') - 1} lang="es"></camino-service-finder>`);
    // How many are left, in the singular for one.
    expect(shownText($(tijuana, '[part="more"]')!)).to.equal('Mostrar más (queda 1)');
    $(tijuana, '[part="more"]')!.click();
    await tijuana.updateComplete;
    expect($(tijuana, '[part="more"]')).to.not.exist;
    expect(focused(tijuana)).to.equal(results(tijuana)[orgsIn('tijuana') - 1]);
  });

  it('one result per organisation: its other offices one tap away, focus on the first of them', async () => {
    const el = await renderElement<Finder>(html`<camino-service-finder lang="es" limit="50"></camino-service-finder>`);
    await type(el, 'acnur');
    expect(resultNames(el)).to.deep.equal(['Alto Comisionado de las Naciones Unidas para los Refugiados']);
    const unhcr = directory.organizations.find((o) => o.id === 'unhcr')!;
    const toggle = results(el)[0].querySelector<HTMLButtonElement>('.others-toggle')!;
    expect(shownText(toggle)).to.equal(`Otras oficinas (${unhcr.locations.length - 1})`);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const others = $$(el, '[part="other-offices"] > li');
    expect(others).to.have.length(unhcr.locations.length - 1);
    expect(focused(el)).to.equal(others[0]);
    await expect(el).to.be.accessible();
  });

  it('in a city, an organisation\'s office there comes first; "Sin Fronteras" comes before Médicos Sin Fronteras', async () => {
    const el = await renderElement<Finder>(html`<camino-service-finder city="reynosa" lang="es"></camino-service-finder>`);
    const msf = results(el).find((r) => r.textContent!.includes('Médicos Sin Fronteras'))!;
    expect(msf.querySelector('.where')!.textContent).to.contain('Reynosa');
    const all = await renderElement<Finder>(html`<camino-service-finder lang="es"></camino-service-finder>`);
    await type(all, 'Sin Fronteras');
    expect(resultNames(all).slice(0, 2)).to.deep.equal(['Sin Fronteras', 'Médicos Sin Fronteras']);
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
    expect(map.offices).to.have.length(directory.organizations.flatMap((o) => o.locations).filter((l) => l.city_id === 'tijuana').length);
    expect(map.getAttribute('lang')).to.equal('es');
    expect(map.getAttribute('tile-url')).to.equal(tile);
    // One list / map switch: the finder's. The map's own (for narrow screens) is not there.
    await map.updateComplete;
    expect(map.shadowRoot!.querySelector('.views')).to.not.exist;
    expect($$(el, '.views')).to.have.length(1);
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

  it('a key is answered after its own task, so the letter shows at once; keys typed before the answer are answered once', async () => {
    const el = await renderElement<Finder>(html`<camino-service-finder city="tijuana" lang="es"></camino-service-finder>`);
    const before = count(el);
    const searched: string[] = [];
    const render = el.render.bind(el);
    el.render = () => {
      searched.push((el as unknown as { text: string }).text);
      return render();
    };
    const input = $(el, 'input[type="search"]') as HTMLInputElement;
    for (const text of ['a', 'al', 'alb', 'albergue']) {
      input.value = text;
      input.dispatchEvent(new Event('input'));
    }
    // Everything the key's own task would still run (an update is one microtask away).
    for (let i = 0; i < 20; i++) await null;
    expect(searched, 'nothing searched in the key\'s task').to.deep.equal([]);
    expect(count(el)).to.equal(before);
    await el.updateComplete;
    expect([...new Set(searched)], 'only the last text searched').to.deep.equal(['albergue']);
    expect(count(el)).to.not.equal(before);
    expect(input.value).to.equal('albergue');
    expect(resultNames(el).length).to.be.greaterThan(0);
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
    expect(count(el)).to.equal(`${orgsIn('tijuana')} results in Tijuana`);
    expect(textOf(el)).to.contain('What help are you looking for?');
    expect(textOf(el)).to.contain('Legal help');
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
    expect(message).to.contain('No conocemos la ciudad «Gotham»');
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
    expect($(el, '[part="message"]')!.textContent).to.contain('We could not load the list of services');
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
