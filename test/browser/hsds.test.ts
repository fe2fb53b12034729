// Open Referral HSDS 3.0 JSON straight into `src`: the official examples, as a
// partner publishes them, show their organisation, service, location, phone
// and hours, in text marked with the feed's language.
import { expect, html } from '@open-wc/testing';
import { $, $$, captureWarnings, renderElement, textOf } from './helpers.js';
import type { CaminoOfficeMap, CaminoOrgCard, CaminoServiceFinder } from '../../src/index.js';

const EXAMPLE = (name: string) => `/test/fixtures/hsds/v3.0/examples/${name}.json`;
const ORG = 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610';
const results = (el: Element) => $$(el, '.results > [part="result"]');

/** An HSDS document as a src, from an object. */
const asSrc = (doc: unknown) => URL.createObjectURL(new Blob([JSON.stringify(doc)], { type: 'application/json' }));
const service = (attributes: unknown[], extra: Record<string, unknown> = {}) => ({
  id: 's1',
  name: 'Servicio',
  status: 'active',
  attributes: attributes.map((term, i) => ({ id: `a${i}`, taxonomy_term: { id: `t${i}`, ...(term as object) } })),
  ...extra,
});
const organization = (services: unknown[], extra: Record<string, unknown> = {}) => ({ id: 'o1', name: 'Refugio HSDS', description: 'Un refugio.', services, ...extra });

describe('HSDS 3.0 through src', () => {
  let capture: ReturnType<typeof captureWarnings>;
  beforeEach(() => (capture = captureWarnings()));
  afterEach(() => capture.restore());

  it('organization_full.json: organisation, service with who can get it, how to ask and cost, office, phone and hours', async () => {
    const el = await renderElement<CaminoOrgCard>(html`<camino-org-card org=${ORG} src=${EXAMPLE('organization_full')} data-lang="en" lang="es"></camino-org-card>`);
    const text = textOf(el);
    expect($(el, '[part="name"]')!.textContent).to.contain('Example Organization Inc.');
    expect(text).to.contain('Example Org is a non-profit organization');
    expect(text).to.contain('Community Counselling');
    expect(text).to.contain('Quién puede pedirlo: This service is intended for all people aged 12 and over');
    expect(text).to.contain('Cómo pedirlo: If you are an NHS patient');
    expect(text).to.contain('Costo: Non-NHS patients are expected to pay');
    // Its kind of help is no kind Camino knows: shown under "other help", not dropped.
    expect($$(el, '.tags li').map((li) => li.textContent)).to.deep.equal(['Otra ayuda']);
    // The office: name, address with its own country's postal code (no Mexican "C.P."), phone, hours.
    const office = $(el, '[part="office"]')!;
    expect(office.textContent).to.contain('MyCity Civic Center');
    expect(office.textContent).to.contain('1-30 Main Street, MyVillage, MyRegion, ABC 1234, MyCity, MyState');
    expect(office.textContent).to.not.contain('C.P.');
    expect(office.querySelector('a[href="tel:+441234234567"]')).to.exist;
    expect(office.textContent).to.contain('ext. 100');
    const hours = office.querySelector('.hours')!.textContent!;
    expect(hours).to.contain('The service is available from 10 am to 6pm weekdays');
    // Its hours apply in weeks 41 and 42 of 2005 only: shown in its own words, dated, and no open/closed claim.
    expect(hours).to.contain('Este horario terminó el 1 de enero de 2005.');
    expect(office.querySelector('[part="open-state"]')).to.not.exist;
    // The text is marked with the feed's language.
    expect($(el, '[part="name"] span')!.getAttribute('lang')).to.equal('en');
    expect($(el, '.services strong')!.getAttribute('lang')).to.equal('en');
    expect(capture.warnings.join('\n')).to.contain('latitude: must be a number from -90 to 90 (found 100); ignored');
    await expect(el).to.be.accessible();
  });

  it('service_full.json: the same organisation, from its service', async () => {
    const el = await renderElement<CaminoOrgCard>(html`<camino-org-card org=${ORG} src=${EXAMPLE('service_full')} data-lang="en" lang="en"></camino-org-card>`);
    expect(textOf(el)).to.contain('Community Counselling');
    expect($(el, '[part="office"]')!.textContent).to.contain('MyCity Civic Center');
    expect($(el, '[part="office"] a[href="tel:+441234234567"]')).to.exist;
    expect($(el, '[part="office"] .hours')!.textContent).to.contain('The service is available from 10 am to 6pm');
  });

  it('service_full.json: the day the publisher last checked the service (assured_date) is shown as that, on the card and in the finder', async () => {
    // The example's service was last checked on 2005-01-01; the feed names no source, so that is all that dates it.
    const card = await renderElement<CaminoOrgCard>(html`<camino-org-card org=${ORG} src=${EXAMPLE('service_full')} data-lang="en" lang="en"></camino-org-card>`);
    const checked = 'The people who publish this list checked this information on January 1, 2005. It may have changed: call before you go.';
    expect($(card, '[part="age"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(checked);
    expect(textOf(card)).to.not.contain('Information from');
    const finder = await renderElement<CaminoServiceFinder>(html`<camino-service-finder src=${EXAMPLE('service_full')} data-lang="en" lang="es"></camino-service-finder>`);
    expect(results(finder)[0].querySelector('[part="age"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Quien publica esta lista revisó esta información el 1 de enero de 2005. Puede haber cambiado: llame antes de ir.',
    );
    await expect(card).to.be.accessible();
  });

  it('location.json and service_at_location_full.json are no directory: the finder says so, and the console says what the file is', async () => {
    for (const [name, what] of [
      ['location', 'location'],
      ['service_at_location_full', 'service_at_location'],
    ]) {
      const el = await renderElement<CaminoServiceFinder>(html`<camino-service-finder src=${EXAMPLE(name)} data-lang="en" lang="en"></camino-service-finder>`);
      expect($(el, '[part="message"]')!.textContent!.trim()).to.equal('The list of services on this page has a mistake and cannot be shown.');
      expect(results(el)).to.have.length(0);
      expect(capture.warnings.join('\n')).to.contain(`${name}.json: HSDS ${what}: not organisations or services Camino can show`);
      expect(capture.warnings.join('\n')).to.not.contain('name is missing');
    }
  });

  it('organization_list.json (organisations without services): the finder says the list has no services, not that filters found none', async () => {
    const el = await renderElement<CaminoServiceFinder>(html`<camino-service-finder src=${EXAMPLE('organization_list')} data-lang="en" lang="es"></camino-service-finder>`);
    expect(results(el)).to.have.length(0);
    expect($(el, '[part="empty"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('La lista de servicios está vacía.');
    expect(textOf(el)).to.not.contain('filtros');
    await expect(el).to.be.accessible();
  });

  it('service_list.json (a page of services): the service, with its organisation, in the finder', async () => {
    const el = await renderElement<CaminoServiceFinder>(html`<camino-service-finder src=${EXAMPLE('service_list')} data-lang="en" lang="en"></camino-service-finder>`);
    expect(results(el)).to.have.length(1);
    const result = results(el)[0].textContent!;
    expect(result).to.contain('Example Organization Inc.');
    expect(result).to.contain('Other help');
    // Nothing says where it serves: the finder says so rather than "all of Mexico".
    expect(result).to.contain('We do not know where it sees people: use its phones or e-mails.');
    expect(result).to.not.contain('Mexico');
    await expect(el).to.be.accessible();
  });

  it('organization_list.json (a page of organisations): each one\'s card', async () => {
    const el = await renderElement<CaminoOrgCard>(html`<camino-org-card org=${ORG} src=${EXAMPLE('organization_list')} data-lang="en" lang="en"></camino-org-card>`);
    expect($(el, '[part="name"]')!.textContent).to.contain('Example Organization Inc.');
    expect(textOf(el)).to.contain('We have no offices of this organization.');
  });

  it('the map: the example\'s office has no usable point (latitude 100), so it is named, not placed at random', async () => {
    const el = await renderElement<CaminoOfficeMap>(html`<camino-office-map src=${EXAMPLE('organization_full')} data-lang="en" lang="en" tile-url="data:,"></camino-office-map>`);
    expect(capture.warnings.join('\n')).to.contain('No position for these offices, nor for their city; they are left off the map: 3a19ff88-4620-4d17-9830-ac1d859eb5d5');
    const messages = $$(el, '[part="message"]').map((m) => m.textContent!.trim()).join(' ');
    expect(messages).to.contain('There are no offices to show on the map.');
    expect(messages).to.not.contain('We have no offices for what you are looking for');
    await expect(el).to.be.accessible();
  });

  it('without data-lang, the text is marked as of unknown language and the console says how to fix it', async () => {
    const info: string[] = [];
    const original = console.info;
    console.info = (...args: unknown[]) => info.push(args.join(' '));
    try {
      const el = await renderElement<CaminoOrgCard>(html`<camino-org-card org=${ORG} src=${EXAMPLE('organization_list')} lang="es"></camino-org-card>`);
      expect($(el, '[part="name"] span')!.getAttribute('lang')).to.equal('');
      expect(info.join('\n')).to.contain('HSDS text of no language: set data-lang="en"');
      expect(info.join('\n')).to.contain('page 1 of 10 of an HSDS list: only its records are shown');
    } finally {
      console.info = original;
    }
  });

  it('kinds of help: the file\'s mapping, Camino\'s own taxonomy and the documented words place services; the finder filters by them', async () => {
    const src = asSrc({
      language: 'es',
      camino_taxonomy: { 'BD-1800': 'humanitarian-aid' },
      contents: [
        organization([
          service([{ code: 'BD-1800', name: 'Despensa' }], { id: 's1', name: 'Despensas' }),
          service([{ taxonomy: 'camino', code: 'legal', name: 'Legal' }], { id: 's2', name: 'Abogadas' }),
          service([{ name: 'Mental Health Care' }], { id: 's3', name: 'Escucha' }),
          service([], { id: 's4', name: 'Clases de guitarra' }),
        ]),
      ],
    });
    const el = await renderElement<CaminoOrgCard>(html`<camino-org-card org="o1" src=${src} lang="es"></camino-org-card>`);
    expect($$(el, '.tags li').map((li) => li.textContent)).to.deep.equal(['Ayuda humanitaria', 'Ayuda legal', 'Salud mental y apoyo emocional', 'Otra ayuda']);
    expect($(el, '.services')!.textContent).to.contain('Clases de guitarra');
    const finder = await renderElement<CaminoServiceFinder>(html`<camino-service-finder src=${src} service="other" lang="es"></camino-service-finder>`);
    expect(results(finder)).to.have.length(1);
    const kinds = [...($$(finder, 'select')[1] as HTMLSelectElement).options].map((o) => o.value);
    expect(kinds).to.include('other');
  });

  it('"other help" is offered in the finder only where a directory has some', async () => {
    const el = await renderElement<CaminoServiceFinder>(html`<camino-service-finder lang="es"></camino-service-finder>`);
    const kinds = [...($$(el, 'select')[1] as HTMLSelectElement).options].map((o) => o.value);
    expect(kinds).to.not.include('other');
  });

  it('an office placed by its coordinates takes the time zone near them and says whether it is open; one with neither says nothing', async () => {
    const always = { id: 'h1', freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR,SA,SU', opens_at: '00:00', closes_at: '24:00' };
    const src = asSrc({
      language: 'es',
      contents: [
        organization(
          [service([{ taxonomy: 'camino', code: 'shelter' }], { service_at_locations: [{ id: 'x1', location_id: 'near' }, { id: 'x2', location_id: 'nowhere' }] })],
          {
            locations: [
              { id: 'near', location_type: 'physical', name: 'Cerca de Tijuana', latitude: 32.45, longitude: -116.85, schedules: [always] },
              { id: 'nowhere', location_type: 'physical', name: 'Sin lugar', schedules: [{ ...always, id: 'h2' }] },
            ],
          },
        ),
      ],
    });
    const el = await renderElement<CaminoOrgCard>(html`<camino-org-card org="o1" src=${src} lang="es"></camino-org-card>`);
    const [near, nowhere] = $$(el, '[part="office"]');
    expect(near.querySelector('[part="open-state"]')!.textContent).to.contain('Abierto ahora');
    expect(nowhere.querySelector('[part="open-state"]')).to.not.exist;
    expect(nowhere.querySelector('.hours')!.textContent).to.contain('lunes');
  });

  it('a phone that cannot be made international is shown and dialled as written', async () => {
    const src = asSrc({ ...organization([]), language: 'es', phones: [{ id: 'p1', number: '664 123 4567', type: 'voice' }] });
    const el = await renderElement<CaminoOrgCard>(html`<camino-org-card org="o1" src=${src} lang="es"></camino-org-card>`);
    expect(textOf(el)).to.contain('664 123 4567');
    expect($(el, 'a[href="tel:6641234567"]')).to.exist;
  });
});
