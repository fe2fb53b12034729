// What the elements claim around the facts: "free", who is served, what kind
// of help, how old the information is, whether a door may be closed, how to
// reach an organisation, and "report a mistake".
import { expect, html } from '@open-wc/testing';
import { $, $$, captureWarnings, PARTNER, renderElement, shownText, textOf } from './helpers.js';
import type { CaminoOrgCard, CaminoServiceFinder } from '../../src/index.js';
import directory from '../../src/generated/directory.js';

const CLAIMS = '/test/fixtures/directories/partner-claims.json';
const hrefs = (el: Element) => $$(el, 'a').map((a) => a.getAttribute('href') ?? '');
const reportHref = (el: Element) => ($(el, '[part="report"] a') as HTMLAnchorElement | null)?.getAttribute('href');
const results = (el: Element) => $$(el, '[part="result"]');
const resultFor = (el: Element, name: string) => results(el).find((r) => r.querySelector('.result-name')!.textContent!.includes(name))!;
/** Whether information from this source date is more than three years old now (from the end of its period). */
const olderThanThreeYears = (endOfPeriod: number) => Date.now() - endOfPeriod > 3 * 365.25 * 24 * 3600 * 1000;

describe('age of the information', () => {
  it('the card shows the date of its newest source, and past three years that it may have changed (MSF, 2019)', async () => {
    const el = await renderElement<CaminoOrgCard>(html`<camino-org-card org="msf" lang="en"></camino-org-card>`);
    const age = $(el, '[part="age"]')!.textContent!.replace(/\s+/g, ' ').trim();
    // MSF's offices have no phone or e-mail in the directory: no "call"; the notice beside it says who can be reached.
    expect(age).to.equal('Information from 2019. It may have changed.');
    expect($(el, '[part="no-contact"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('"it may have changed" says to call only where there is a phone, to ask where there is only an e-mail', async () => {
    const age = async (org: string) => {
      const el = await renderElement<CaminoOrgCard>(html`<camino-org-card org=${org} stale-after="0.1" lang="es"></camino-org-card>`);
      return $(el, '[part="age"] strong')!.textContent!.trim();
    };
    expect(await age('casa-del-migrante')).to.equal('Puede haber cambiado: llame antes de ir.');
    // NRC: an e-mail address, no phone.
    expect(await age('nrc')).to.equal('Puede haber cambiado: pregunte antes de ir.');
    expect(await age('unhcr')).to.equal('Puede haber cambiado.');
  });

  it('newer information is not called old until it is (NRC, 20 March 2025)', async () => {
    const el = await renderElement<CaminoOrgCard>(html`<camino-org-card org="nrc" lang="en"></camino-org-card>`);
    const age = $(el, '[part="age"]')!.textContent!;
    expect(age).to.contain('Information from March 20, 2025.');
    expect(age.includes('It may have changed')).to.equal(olderThanThreeYears(Date.UTC(2025, 2, 21)));
  });

  it('stale-after sets the threshold in years; a value that is not a positive number keeps three', async () => {
    const patient = await renderElement<CaminoOrgCard>(html`<camino-org-card org="msf" stale-after="50" lang="en"></camino-org-card>`);
    expect($(patient, '[part="age"]')!.textContent).to.not.contain('It may have changed');
    const strict = await renderElement<CaminoOrgCard>(html`<camino-org-card org="nrc" stale-after="0.1" lang="en"></camino-org-card>`);
    expect($(strict, '[part="age"]')!.textContent).to.contain('It may have changed');
    const wrong = await renderElement<CaminoOrgCard>(html`<camino-org-card org="msf" stale-after="soon" lang="en"></camino-org-card>`);
    expect($(wrong, '[part="age"]')!.textContent).to.contain('It may have changed');
  });

  it('the date of the editorial check is said to be that, not the date of the facts', async () => {
    const el = await renderElement<CaminoOrgCard>(html`<camino-org-card org="msf" lang="en"></camino-org-card>`);
    expect($(el, '[part="sources"]')!.textContent!.replace(/\s+/g, ' ')).to.contain(
      'On December 1, 2026 we checked this page against its sources. That is the date of the check, not of the information.',
    );
    expect(textOf(el)).to.not.contain('Checked against its sources');
  });

  it('every finder result shows how old its information is', async () => {
    const el = await renderElement<CaminoServiceFinder>(html`<camino-service-finder limit="100" lang="en"></camino-service-finder>`);
    // One result per organisation whose services are for people (services only for organisations are left out).
    const forPeople = directory.organizations.filter((o) => o.services.some((s) => !(s.populations.length && s.populations.every((p) => p === 'organizations'))));
    expect(results(el).length).to.equal(forPeople.length);
    for (const result of results(el)) expect(result.querySelector('[part="age"]')?.textContent, result.textContent!).to.match(/Information from \S/);
    const msf = resultFor(el, 'Doctors Without Borders');
    expect(msf.querySelector('[part="age"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Information from 2019. It may have changed.');
    // HIAS (2023): an e-mail address, no phone.
    expect(resultFor(el, 'HIAS México').querySelector('[part="age"] strong')!.textContent!.trim()).to.equal('It may have changed: ask before you go.');
  });
});

describe('"free" and cost only where a source says so', () => {
  it('a card whose sources say nothing of cost says so, and nothing is "free" (Proyecto Citlalli)', async () => {
    const el = await renderElement<CaminoOrgCard>(html`<camino-org-card org="proyecto-citlalli" lang="en"></camino-org-card>`);
    expect($(el, '[part="free"]')).to.not.exist;
    expect(textOf(el)).to.contain('Cost: we do not know if it charges.');
    expect(textOf(el)).to.not.match(/\bfree\b/i);
  });

  it('a cost the source limits to some places is said as the source says it (Asylum Access)', async () => {
    const el = await renderElement<CaminoOrgCard>(html`<camino-org-card org="asylum-access" lang="en"></camino-org-card>`);
    expect($(el, '[part="free"]')).to.not.exist;
    expect(textOf(el)).to.contain('Cost: Free near the Guatemalan border, the source says; it does not say what they cost elsewhere.');
  });

  it('a finder result is "Free" only when every service it shows has a source saying so', async () => {
    const el = await renderElement<CaminoServiceFinder>(html`<camino-service-finder city="tijuana" limit="50" lang="en"></camino-service-finder>`);
    expect(resultFor(el, 'HIAS México').querySelector('.types')!.textContent).to.contain('Free');
    expect(resultFor(el, 'Casa del Migrante').querySelector('.types')!.textContent).to.not.contain('Free');
  });
});

describe('who is served and what help', () => {
  it('Appleseed serves civil-society organisations, and no card says "everyone"', async () => {
    const el = await renderElement<CaminoOrgCard>(html`<camino-org-card org="appleseed" lang="en"></camino-org-card>`);
    expect(textOf(el)).to.contain('For: Aid organizations.');
    expect(textOf(el)).to.not.match(/everyone|serves:/i);
  });

  it('the finder can be asked for services to organisations', async () => {
    const el = await renderElement<CaminoServiceFinder>(html`<camino-service-finder population="organizations" limit="100" lang="en"></camino-service-finder>`);
    expect(results(el).map((r) => r.querySelector('.result-name > span')!.textContent)).to.deep.equal(['Appleseed Mexico']);
    const options = [...($$(el, 'select')[2] as HTMLSelectElement).options].map((o) => o.textContent!.trim());
    expect(options).to.include('Aid organizations');
  });

  it('a service whose source does not say what kind of help it gives says that (COMI)', async () => {
    const el = await renderElement<CaminoOrgCard>(html`<camino-org-card org="comi" lang="en"></camino-org-card>`);
    expect(textOf(el)).to.contain('We do not know what kind of help it gives.');
    expect(textOf(el)).to.not.contain('Humanitarian aid');
    await expect(el).to.be.accessible();
  });

  it('UNHCR is asylum information, not legal advice', async () => {
    const el = await renderElement<CaminoOrgCard>(html`<camino-org-card org="unhcr" lang="en"></camino-org-card>`);
    expect($$(el, '.tags li').map((t) => t.textContent)).to.deep.equal(['Information and advice']);
  });
});

describe('a door that may be closed', () => {
  it('an office the source tells in the past tense says it may no longer work, and why, with no directions or "open now"', async () => {
    const el = await renderElement<CaminoOrgCard>(html`<camino-org-card org="msf" city="tenosique" lang="en"></camino-org-card>`);
    const office = $(el, '[part="office"]')!;
    expect(office.querySelector('[part="status"]')!.textContent!.replace(/\s+/g, ' ')).to.contain(
      "It may no longer work. MSF's 2019 page tells of this work in the past: it 'provided' care here in 2018.",
    );
    expect(office.querySelector('[part="actions"], [part="open-state"]')).to.not.exist;
    await expect(el).to.be.accessible();
  });

  it('IOM Tapachula, told only as begun in 2005, is not called open', async () => {
    const el = await renderElement<CaminoOrgCard>(html`<camino-org-card org="iom" city="tapachula" lang="es"></camino-org-card>`);
    expect($(el, '[part="office"] [part="status"]')!.textContent).to.contain('Puede que ya no funcione.');
    expect($(el, '[part="office"] [part="status"]')!.textContent).to.contain('2005');
  });

  it('a finder result for such an office says so and offers no directions', async () => {
    const el = await renderElement<CaminoServiceFinder>(html`<camino-service-finder city="tenosique" lang="en"></camino-service-finder>`);
    const msf = resultFor(el, 'Doctors Without Borders');
    expect(msf.querySelector('[part="status"]')!.textContent).to.contain('It may no longer work.');
    expect([...msf.querySelectorAll('a')].map((a) => a.getAttribute('href')!).some((h) => h.includes('openstreetmap.org/directions'))).to.be.false;
    expect([...msf.querySelectorAll('a')].map((a) => shownText(a))).to.not.include('Directions');
    const unhcr = resultFor(el, 'United Nations High Commissioner');
    expect(unhcr.querySelector('[part="status"]')).to.not.exist;
  });
});

describe('contacts by purpose, and no dead end without one', () => {
  it('a press address is labelled as for journalists', async () => {
    const el = await renderElement<CaminoOrgCard>(html`<camino-org-card org="asylum-access" lang="en"></camino-org-card>`);
    const line = $$(el, '.contact').find((c) => c.textContent!.includes('medios@asylumaccess.org'))!;
    expect(line.querySelector('.contact-label')!.textContent!.trim()).to.equal('For journalists only:');
  });

  it('an office reachable only through a press address says it has no contact, and who nearby can be reached (Asylum Access, Tenosique)', async () => {
    const el = await renderElement<CaminoOrgCard>(html`<camino-org-card org="asylum-access" city="tenosique" lang="en"></camino-org-card>`);
    const block = $(el, '[part="no-contact"]')!.textContent!.replace(/\s+/g, ' ');
    expect(block).to.contain('We have no phone and no e-mail for this organization.');
    // NRC works in all of Tabasco and has an e-mail; no office in Tenosique has a contact.
    expect(block).to.contain('These organizations do have a phone or e-mail and help in Tenosique: Norwegian Refugee Council.');
  });

  it('an organisation with no contact at all names those that work in all of Mexico and can be reached (Centro Prodh)', async () => {
    const el = await renderElement<CaminoOrgCard>(html`<camino-org-card org="centro-prodh" lang="es"></camino-org-card>`);
    const block = $(el, '[part="no-contact"]')!.textContent!.replace(/\s+/g, ' ');
    expect(block).to.contain('No tenemos ni teléfono ni correo de esta organización.');
    expect(block).to.contain('Estas organizaciones sí tienen teléfono o correo y ayudan en todo México: Comisión Nacional de los Derechos Humanos e Instituto para las Mujeres en la Migración, AC.');
    expect(textOf(el)).to.not.contain('use sus teléfonos o correos');
    await expect(el).to.be.accessible();
  });

  it('an organisation with a contact has no such block (HIAS)', async () => {
    const el = await renderElement<CaminoOrgCard>(html`<camino-org-card org="hias" city="tijuana" lang="en"></camino-org-card>`);
    expect($(el, '[part="no-contact"]')).to.not.exist;
  });
});

describe('where an organisation works, in the partner\'s own country', () => {
  const GUATEMALA = '/test/fixtures/directories/partner-guatemala.json';

  it('a country-wide service area outside Mexico is named as that country, on the card, the result and the no-contact notice', async () => {
    const card = await renderElement<CaminoOrgCard>(html`<camino-org-card org="red-nacional-ejemplo" src=${GUATEMALA} lang="es"></camino-org-card>`);
    expect(textOf(card)).to.contain('Dónde ayuda: en todo el país (Guatemala).');
    expect(textOf(card)).to.not.contain('México');

    const finder = await renderElement<CaminoServiceFinder>(html`<camino-service-finder src=${GUATEMALA} lang="en"></camino-service-finder>`);
    expect(resultFor(finder, 'Red Nacional Ejemplo').querySelector('.where')!.textContent!.trim()).to.equal(
      'No office here. It helps in the whole country (Guatemala) or from a distance.',
    );
    // The house with no contact names who can be reached instead, and where.
    expect(resultFor(finder, 'Casa Sin Contacto Ejemplo').querySelector('[part="no-contact"]')!.textContent!.replace(/\s+/g, ' ')).to.contain(
      'These organizations do have a phone or e-mail and help in the whole country (Guatemala): Red Nacional Ejemplo.',
    );
    expect(textOf(finder)).to.not.contain('Mexico');

    const arabic = await renderElement<CaminoOrgCard>(html`<camino-org-card org="red-nacional-ejemplo" src=${GUATEMALA} lang="ar"></camino-org-card>`);
    expect(textOf(arabic)).to.contain(`في كل البلد (${new Intl.DisplayNames(['ar'], { type: 'region' }).of('GT')})`);
    await expect(finder).to.be.accessible();
    await expect(arabic).to.be.accessible();
  });

  it('Mexico keeps its own words; remote work without an area is said as that', async () => {
    const card = await renderElement<CaminoOrgCard>(html`<camino-org-card org="imumi" lang="es"></camino-org-card>`);
    expect(textOf(card)).to.contain('Dónde ayuda: en todo México.');
    // HIAS's counselling by phone has no area of its own: its entry outside its cities says "from a distance", not "all of Mexico".
    const finder = await renderElement<CaminoServiceFinder>(html`<camino-service-finder city="ciudad-de-mexico" query="psicólogo" lang="en" limit="50"></camino-service-finder>`);
    const hias = resultFor(finder, 'HIAS México');
    expect(hias.querySelector('.where')!.textContent!.trim()).to.equal('No office here. It helps from a distance.');
  });
});

describe('report a mistake', () => {
  let capture: ReturnType<typeof captureWarnings>;
  beforeEach(() => (capture = captureWarnings()));
  afterEach(() => capture.restore());

  it('with no channel there is no link', async () => {
    const el = await renderElement<CaminoOrgCard>(html`<camino-org-card org="hias" lang="en"></camino-org-card>`);
    expect($(el, '[part="report"]')).to.not.exist;
  });

  it('corrections-to an e-mail address: a message with the record\'s name and id, for the person to send', async () => {
    const el = await renderElement<CaminoOrgCard>(html`<camino-org-card org="hias" corrections-to="datos@example.org" lang="en"></camino-org-card>`);
    const link = $(el, '[part="report"] a') as HTMLAnchorElement;
    expect(shownText(link)).to.equal('Report a mistake');
    // Out of context (a screen reader's list of links) it says whose information it is; a mailto: opens no tab.
    expect(link.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Report a mistake in the information about HIAS México');
    const url = new URL(link.href);
    expect(url.protocol).to.equal('mailto:');
    expect(url.pathname).to.equal('datos@example.org');
    expect(url.searchParams.get('subject')).to.equal('Correction: HIAS México (hias)');
    expect(url.searchParams.get('body')).to.contain('HIAS México\nid: hias');
    expect(link.hasAttribute('target')).to.be.false;
    await expect(el).to.be.accessible();
  });

  it('corrections-to a web address: {id} and {name} filled in, opened in a new tab', async () => {
    const el = await renderElement<CaminoOrgCard>(html`<camino-org-card org="comi" corrections-to="https://example.org/fix?id={id}&name={name}" lang="en"></camino-org-card>`);
    const link = $(el, '[part="report"] a')!;
    expect(link.getAttribute('href')).to.equal('https://example.org/fix?id=comi&name=COMI');
    expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
  });

  it('corrections-to anything else: no link and a precise warning', async () => {
    const el = await renderElement<CaminoOrgCard>(html`<camino-org-card org="comi" corrections-to="javascript:alert(1)" lang="en"></camino-org-card>`);
    expect($(el, '[part="report"]')).to.not.exist;
    expect(hrefs(el).some((h) => h.startsWith('javascript'))).to.be.false;
    expect(capture.warnings.join('\n')).to.contain('[camino-org-card] corrections-to "javascript:alert(1)" is neither an e-mail address nor an http(s) address');
  });

  it('a partner directory\'s maintainer is its channel, before the attribute', async () => {
    const el = await renderElement<CaminoOrgCard>(html`<camino-org-card org="refugio-ejemplo" src=${PARTNER} corrections-to="site@example.org" lang="es"></camino-org-card>`);
    const href = reportHref(el)!;
    expect(href.startsWith('mailto:correcciones@example.org?')).to.be.true;
    expect(decodeURIComponent(href)).to.contain('Corrección: Refugio Ejemplo (refugio-ejemplo)');
  });

  it('every finder result has the link, naming its organisation and office', async () => {
    const el = await renderElement<CaminoServiceFinder>(html`<camino-service-finder city="tijuana" corrections-to="https://example.org/c?r={id}" lang="es" limit="50"></camino-service-finder>`);
    for (const result of results(el)) expect(result.querySelector('[part="report"] a'), result.textContent!).to.exist;
    const link = resultFor(el, 'Casa del Migrante').querySelector('[part="report"] a')!;
    expect(link.getAttribute('href')).to.equal('https://example.org/c?r=casa-del-migrante-tijuana');
  });

  it('a correction names an office once, when its name already holds its organisation\'s', async () => {
    const el = await renderElement<CaminoServiceFinder>(html`<camino-service-finder city="tijuana" corrections-to="datos@example.org" lang="es" limit="50"></camino-service-finder>`);
    const subject = decodeURIComponent(resultFor(el, 'HIAS').querySelector('[part="report"] a')!.getAttribute('href')!);
    expect(subject).to.contain('Corrección: HIAS México — Tijuana (');
    expect(subject).not.to.contain('HIAS México — HIAS México');
  });
});

describe('a partner directory\'s claims, checked by the same rules as validate-data', () => {
  let capture: ReturnType<typeof captureWarnings>;
  beforeEach(() => (capture = captureWarnings()));
  afterEach(() => capture.restore());

  it('"free" without a source is not shown; a press address and line are never offered for help; the maintainer\'s form gets the record', async () => {
    const el = await renderElement<CaminoOrgCard>(html`<camino-org-card org="albergue-ejemplo" src=${CLAIMS} lang="en"></camino-org-card>`);
    expect($(el, '[part="free"]')).to.not.exist;
    expect(textOf(el)).to.not.match(/\bfree\b/i);
    for (const contact of $$(el, '.contact')) expect(contact.querySelector('.contact-label')!.textContent!.trim()).to.equal('For journalists only:');
    expect($(el, '[part="no-contact"]')).to.exist;
    expect(reportHref(el)).to.equal('https://example.org/correcciones?registro=albergue-ejemplo&nombre=Albergue%20Ejemplo');
    expect($(el, '[part="office"] [part="status"]')!.textContent).to.contain('The 2019 guide says it closed in 2018.');
    const warnings = capture.warnings.join('\n');
    expect(warnings).to.contain('organizations[0] (id "albergue-ejemplo").services[0].free: has no source');
    expect(warnings).to.contain('organizations[0] (id "albergue-ejemplo").emails[0]: "prensa@example.org" is for the press');
    expect(warnings).to.contain('organizations[0] (id "albergue-ejemplo").phones[0]: "+526649990000" is for the press');
    await expect(el).to.be.accessible();
  });

  it('a finder result offers no call to a press line', async () => {
    const el = await renderElement<CaminoServiceFinder>(html`<camino-service-finder src=${CLAIMS} lang="en"></camino-service-finder>`);
    const result = results(el)[0];
    expect([...result.querySelectorAll('a')].some((a) => a.getAttribute('href')!.startsWith('tel:'))).to.be.false;
    expect(result.querySelector('[part="status"]')).to.exist;
  });
});
