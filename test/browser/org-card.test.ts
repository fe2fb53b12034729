import { expect, fixture, html } from '@open-wc/testing';
import { $, $$, captureWarnings, PARTNER, renderElement, shownText, textOf } from './helpers.js';
import type { CaminoOrgCard } from '../../src/index.js';

const hrefs = (el: Element) => $$(el, 'a').map((a) => a.getAttribute('href') ?? '');

describe('<camino-org-card> rendering from the built-in directory', () => {
  it('shows HIAS in English: name, services, populations, free, its Tijuana office and sources', async () => {
    const el = await renderElement<CaminoOrgCard>(html`<camino-org-card org="hias" city="tijuana" lang="en"></camino-org-card>`);
    expect($(el, '[part="name"]')!.textContent).to.contain('HIAS México');
    // "HIAS' services are free" (2023 page): each of its three services says so.
    expect($$(el, '[part="free"]').map((f) => f.textContent!.trim())).to.deep.equal(['Free', 'Free', 'Free']);
    const text = textOf(el);
    for (const label of ['Legal help', 'Mental health and emotional support', 'Help with violence at home or sexual violence']) {
      expect(text).to.contain(label);
    }
    // "LGBTQI+" in an isolate, so its "+" stays in place in a right-to-left line too.
    expect(text).to.contain('\u2068LGBTQI+\u2069 people');
    expect($$(el, '[part="office"]')).to.have.length(1);
    expect($(el, '[part="office"]')!.textContent).to.contain('Tijuana');
    expect($(el, '[part="sources"]')!.textContent).to.contain('dated September 2023');
    expect(hrefs(el)).to.include('mailto:info@hias.org');
    await expect(el).to.be.accessible();
  });

  it('lists all nine HIAS offices of the 2023 source without city', async () => {
    const el = await renderElement<CaminoOrgCard>(html`<camino-org-card org="hias" lang="es"></camino-org-card>`);
    expect($$(el, '[part="office"]')).to.have.length(9);
    expect(textOf(el)).to.contain('Oficinas (9)');
  });

  it('shows the fraud-reporting channel on the HIAS card', async () => {
    const el = await renderElement<CaminoOrgCard>(html`<camino-org-card org="hias" lang="es"></camino-org-card>`);
    expect($(el, '[part="fraud"]')!.textContent).to.contain('ethics@hias.org');
    expect($(el, '[part="fraud"]')!.getAttribute('role')).to.equal('note');
  });

  it('UNHCR in Tijuana, in Spanish: ACNUR, the street address, and directions by address', async () => {
    const el = await renderElement<CaminoOrgCard>(html`<camino-org-card org="unhcr" city="tijuana" lang="es"></camino-org-card>`);
    expect(textOf(el)).to.contain('ACNUR');
    const office = $(el, '[part="office"]')!;
    expect(office.textContent).to.contain('Rufino Tamayo 9990');
    expect(office.querySelector('[translate="no"]')).to.exist;
    const directions = $(el, '[part="actions"] a') as HTMLAnchorElement;
    expect(directions.href).to.match(/^https:\/\/www\.openstreetmap\.org\/directions\?to=.*Rufino%20Tamayo/);
    await expect(el).to.be.accessible();
  });

  it('Casa del Migrante in Nuevo Laredo: tel: link with E.164, national format shown, e-mail, hours, open state in its own time zone', async () => {
    const el = await renderElement<CaminoOrgCard>(html`<camino-org-card org="casa-del-migrante" city="nuevo-laredo" lang="en"></camino-org-card>`);
    const tel = $$(el, 'a').find((a) => a.getAttribute('href') === 'tel:+528677145611');
    expect(tel, 'tel:+528677145611').to.exist;
    expect(shownText(tel!)).to.equal('867 714 5611');
    // Said to screen readers: whom it calls.
    expect(tel!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Call Casa del Migrante — Nuevo Laredo: 867 714 5611');
    expect(hrefs(el)).to.include('mailto:casamigrantenl@yahoo.com');
    const text = textOf(el);
    expect(text).to.contain('Migrant reception: Monday – Sunday');
    expect(text).to.contain('Office: Monday – Saturday');

    // The expected state, worked out here from the source's hours on Nuevo Laredo's clock.
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-US', { timeZone: 'America/Matamoros', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
        .formatToParts(new Date())
        .map((p) => [p.type, p.value]),
    );
    const minutes = Number(parts.hour) * 60 + Number(parts.minute);
    const open = (minutes >= 16 * 60 && minutes < 21 * 60 + 30) || (parts.weekday !== 'Sun' && minutes >= 9 * 60 + 30 && minutes < 13 * 60);
    expect($(el, '[part="open-state"]')!.textContent).to.contain(open ? 'Open now' : 'Closed now');
    expect($(el, '[part="open-state"]')!.textContent).to.contain('(Nuevo Laredo time)');
    await expect(el).to.be.accessible();
  });

  it('city matches names and aliases whatever the case and accents', async () => {
    for (const city of ['CDMX', 'mexico city', 'Ciudad de México', 'ciudad-de-mexico']) {
      const el = await renderElement<CaminoOrgCard>(html`<camino-org-card org="unhcr" city=${city} lang="es"></camino-org-card>`);
      expect(textOf(el), city).to.contain('Oficinas en Ciudad de México (1)');
    }
    const juarez = await renderElement<CaminoOrgCard>(html`<camino-org-card org="unhcr" city="cd. juarez" lang="es"></camino-org-card>`);
    expect(textOf(juarez)).to.contain('Oficinas en Ciudad Juárez (1)');
  });

  it('an office without an address says its location is approximate and offers no directions to the city centre', async () => {
    const el = await renderElement<CaminoOrgCard>(html`<camino-org-card org="hias" city="nogales" lang="en"></camino-org-card>`);
    expect($(el, '[part="office"]')!.textContent).to.contain('We do not have the address. It is in Nogales.');
    expect($(el, '[part="actions"]')).to.not.exist;
  });

  it('an organisation without offices shows where it works and how to contact it', async () => {
    const el = await renderElement<CaminoOrgCard>(html`<camino-org-card org="nrc" lang="en"></camino-org-card>`);
    expect(textOf(el)).to.contain('Where it helps');
    expect(textOf(el)).to.contain('Chiapas');
    expect(hrefs(el)).to.include('mailto:nrc.ncaym@nrc.no');
    await expect(el).to.be.accessible();
  });

  it('parts card, name, office and actions exist for theming', async () => {
    const el = await renderElement<CaminoOrgCard>(html`<camino-org-card org="unhcr" city="tijuana"></camino-org-card>`);
    for (const part of ['card', 'name', 'office', 'actions', 'sources']) expect($(el, `[part~="${part}"]`), part).to.exist;
  });

  it('heading-level moves the card heading and the office headings', async () => {
    const el = await renderElement<CaminoOrgCard>(html`<camino-org-card org="unhcr" city="tijuana" heading-level="3"></camino-org-card>`);
    expect($(el, 'h3[part="name"]')).to.exist;
    expect($(el, '[part="office"] h5')).to.exist;
  });

  it('re-renders when org or city change after the first render', async () => {
    const el = await renderElement<CaminoOrgCard>(html`<camino-org-card org="hias" city="tijuana" lang="en"></camino-org-card>`);
    el.setAttribute('city', 'monterrey');
    await el.updateComplete;
    expect(textOf(el)).to.contain('Offices in Monterrey (1)');
    el.setAttribute('org', 'unhcr');
    el.setAttribute('city', 'saltillo');
    await el.updateComplete;
    expect(textOf(el)).to.contain('Boulevard Galerias');
  });

  it('shows data from a partner directory (src): address, tel:, WhatsApp, toll-free, website, open now', async () => {
    const el = await renderElement<CaminoOrgCard>(html`<camino-org-card org="refugio-ejemplo" city="tijuana" src=${PARTNER} lang="en"></camino-org-card>`);
    const links = hrefs(el);
    expect(links).to.include('tel:+526641234567');
    expect(links).to.include('https://wa.me/526641234567');
    expect(links).to.include('tel:+528001234567');
    expect(links).to.include('https://example.org/refugio');
    expect(links.some((h) => h.startsWith('https://www.openstreetmap.org/directions?to=32.53000%2C-117.03000'))).to.be.true;
    expect(textOf(el)).to.contain('Free call');
    expect($(el, '[part="open-state"]')!.textContent).to.contain('Open now');
    expect(textOf(el)).to.contain('Example partner guide, dated June 2025');
    await expect(el).to.be.accessible();
  });

  it('renders data as text, never as markup', async () => {
    const el = await renderElement<CaminoOrgCard>(html`<camino-org-card org="refugio-ejemplo" src=${PARTNER}></camino-org-card>`);
    expect(el.shadowRoot!.querySelector('script, img, iframe')).to.not.exist;
  });
});

describe('<camino-org-card> bad input', () => {
  let capture: ReturnType<typeof captureWarnings>;
  beforeEach(() => (capture = captureWarnings()));
  afterEach(() => capture.restore());

  it('unknown org: a localized message listing what exists, and a precise warning', async () => {
    const el = await renderElement<CaminoOrgCard>(html`<camino-org-card org="acnur-mx" lang="es"></camino-org-card>`);
    const message = $(el, '[part="message"]')!;
    expect(message.textContent).to.contain('No conocemos la organización «acnur-mx»');
    expect(message.textContent).to.contain('HIAS México');
    expect(capture.warnings.join('\n')).to.match(/\[camino-org-card\] Unknown org "acnur-mx"\. Known ids: .*unhcr/);
    await expect(el).to.be.accessible();
  });

  it('missing org attribute: a message and a warning that says what to add', async () => {
    const el = await renderElement<CaminoOrgCard>(html`<camino-org-card lang="en"></camino-org-card>`);
    expect($(el, '[part="message"]')!.textContent).to.contain('No one said which organization to show');
    expect(capture.warnings.join('\n')).to.contain('org attribute is missing');
    await expect(el).to.be.accessible();
  });

  it('unknown city: says so, keeps every office, and names the cities it has', async () => {
    const el = await renderElement<CaminoOrgCard>(html`<camino-org-card org="casa-del-migrante" city="Gotham" lang="en"></camino-org-card>`);
    expect($(el, '[part="message"]')!.textContent).to.contain('We do not know the city “Gotham”');
    expect($(el, '[part="message"]')!.textContent).to.contain('Cities with offices: Tijuana, Nuevo Laredo, and Tapachula.');
    expect($$(el, '[part="office"]')).to.have.length(3);
    expect(capture.warnings.join('\n')).to.contain('Unknown city "Gotham"');
    await expect(el).to.be.accessible();
  });

  it('a city where the organisation has no office: says so and lists its cities', async () => {
    const el = await renderElement<CaminoOrgCard>(html`<camino-org-card org="casa-del-migrante" city="monterrey" lang="es"></camino-org-card>`);
    expect($(el, '[part="message"]')!.textContent).to.contain('No tenemos oficinas de Casa del Migrante en Monterrey');
    expect($$(el, '[part="office"]')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('while a src loads: a busy status that is accessible', async () => {
    const realFetch = window.fetch;
    window.fetch = () => new Promise(() => {}); // never answers
    try {
      const el = await fixture<CaminoOrgCard>(html`<camino-org-card org="hias" src="/slow-directory.json" lang="en"></camino-org-card>`);
      const status = $(el, '[role="status"]')!;
      expect(status.getAttribute('aria-busy')).to.equal('true');
      expect(status.textContent).to.contain('Loading');
      await expect(el).to.be.accessible();
    } finally {
      window.fetch = realFetch;
    }
  });

  it('a src that 404s: a localized message, a warning with the URL and status, no exception', async () => {
    const el = await renderElement<CaminoOrgCard>(html`<camino-org-card org="hias" src="/test/fixtures/directories/missing.json" lang="en"></camino-org-card>`);
    expect($(el, '[part="message"]')!.textContent).to.contain('We could not load the list of services');
    expect(capture.warnings.join('\n')).to.match(/missing\.json answered HTTP 404/);
    await expect(el).to.be.accessible();
  });

  it('a src that is not JSON', async () => {
    const el = await renderElement<CaminoOrgCard>(html`<camino-org-card org="hias" src="/test/fixtures/directories/broken/not-json.json" lang="es"></camino-org-card>`);
    expect($(el, '[part="message"]')!.textContent).to.contain('tiene un error y no se puede mostrar');
    expect(capture.warnings.join('\n')).to.match(/not-json\.json is not JSON/);
  });

  it('a src that is JSON but not a directory', async () => {
    const el = await renderElement<CaminoOrgCard>(html`<camino-org-card org="hias" src="/package.json" lang="es"></camino-org-card>`);
    expect($(el, '[part="message"]')!.textContent).to.contain('tiene un error');
    expect(capture.warnings.join('\n')).to.contain('not a Camino directory');
  });
});
