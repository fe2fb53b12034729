import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { RecordElement } from '../../internal/record-element.js';
import { heading, headingTag } from '../../internal/heading.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { contactStyles } from '../../internal/contacts.styles.js';
import { renderContacts } from '../../internal/contacts.js';
import { renderSkippedRecords } from '../../internal/directory-failure.js';
import { formatCountries, formatList, formatPartialDate, onlyMexico } from '../../internal/format.js';
import { populationLabel } from '../../internal/labels.js';
import { pickText } from '../../directory/localized-text.js';
import type { DirectoryIndex } from '../../directory/directory-index.js';
import type { City, Organization, Provenance, Service } from '../../directory/format.js';
import { renderInformationAge } from '../../internal/age-line.js';
import { renderCorrectionLink } from '../../internal/correction.js';
import { renderNoContact } from '../../internal/no-contact.js';
import { howToAsk } from '../../directory/reachable.js';
import { areasOf, countriesServed } from '../../directory/service-areas.js';
import { renderStatus } from '../../internal/status-line.js';
import { claimStyles } from '../../internal/claims.styles.js';
import { webHref } from '../../internal/safe-links.js';
import { renderOffice, serviceTypes } from './office.js';
import { officeStyles } from './office.styles.js';
import { orgCardStyles } from './org-card.styles.js';
import { collator, formatCount } from '../../internal/intl-cache.js';
import { dataName, isolated, isolatedList, placeName } from '../../internal/bidi.js';
import { recordActionStyles, renderRecordActions } from '../../internal/record-actions.js';
import { printOnly, printStyles } from '../../internal/print.js';

/**
 * @tagname camino-org-card
 * @summary One organisation: what it does, for whom, what its sources say it costs, its offices, how old its information is and where it comes from.
 *
 * "Free", "for whom" and "open now" are said only where the directory's data,
 * with its sources, says so; what the sources do not say is shown as unknown.
 *
 * "Share" sends its name, services, address, phones, hours and a link to it;
 * "Save contact" downloads it as a contact file (vCard); "Print" prints the card
 * alone, without buttons.
 *
 * @csspart card - The card's outer box.
 * @csspart name - The organisation's name (the card's heading).
 * @csspart age - "Information from 2019", and past `stale-after` years "this may have changed".
 * @csspart free - A service's "free" (only where a source says so).
 * @csspart status - What a service or office that may no longer work says, and why.
 * @csspart no-contact - "No contact in the directory" and organisations nearby that can be reached.
 * @csspart office - Each office.
 * @csspart open-state - An office's "open now / closed now".
 * @csspart actions - An office's directions link.
 * @csspart fraud - The organisation's fraud-reporting box.
 * @csspart sources - Where the information comes from, and the date of the directory's last check.
 * @csspart report - The "report a mistake" link (only with a correction channel).
 * @csspart message - A message about bad input (unknown org or city, unusable `src`).
 *
 * @cssproperty --camino-font-family - Font of all text. Default: the page's.
 * @cssproperty --camino-color-text - Text colour.
 * @cssproperty --camino-color-muted - Secondary text.
 * @cssproperty --camino-color-background - The card's background.
 * @cssproperty --camino-color-surface - Background of offices and notices.
 * @cssproperty --camino-color-border - Borders.
 * @cssproperty --camino-color-accent - Links and tags.
 * @cssproperty --camino-color-open - "Open now".
 * @cssproperty --camino-color-closed - "Closed now".
 * @cssproperty --camino-radius - Corner radius.
 * @cssproperty --camino-spacing - Base spacing unit.
 * @cssproperty --camino-focus-color - Keyboard focus ring.
 */
export class CaminoOrgCard extends RecordElement {
  static override styles = [sharedStyles, contactStyles, officeStyles, claimStyles, recordActionStyles, orgCardStyles, printStyles];

  /** Id of the organisation to show ("hias", "unhcr", "casa-del-migrante"). */
  @property({ reflect: true }) org?: string;

  /**
   * Show only the offices in this city: its id, name or a common alias
   * ("tijuana", "Ciudad Juárez", "CDMX"), whatever the case and accents.
   */
  @property({ reflect: true }) city?: string;

  /** Level of the card's heading (1–6), to fit the host page's outline; offices sit one level below. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  override render() {
    const loaded = this.loaded;
    if (!loaded) {
      return this.inLanguage(html`<p class="message" role="status" aria-busy="true">${msg('Cargando…')}</p>`);
    }
    const failure = this.renderFailure(loaded);
    if (failure || !loaded.index) return this.inLanguage(failure);
    return this.inLanguage(html`${renderSkippedRecords(loaded) ?? nothing}${this.renderFor(loaded.index)}`);
  }

  private renderFor(index: DirectoryIndex) {
    const orgId = this.org?.trim();
    if (!orgId) {
      this.warnOnce('The org attribute is missing: say which organisation to show, e.g. org="hias".');
      return this.renderUnknownOrg(index, msg('No se dijo qué organización mostrar.'));
    }
    const org = index.organization(orgId);
    if (!org) {
      this.warnOnce(`Unknown org "${orgId}". Known ids: ${index.organizations.map((o) => o.id).join(', ')}.`);
      return this.renderUnknownOrg(index, msg(html`No conocemos la organización «${isolated(orgId)}».`));
    }
    return this.renderCard(index, org);
  }

  private renderUnknownOrg(index: DirectoryIndex, problem: unknown) {
    const names = index.organizations
      .map((o) => pickText(o.name, this.locale) ?? { text: o.id, lang: '' })
      .sort((a, b) => collator(this.locale).compare(a.text, b.text));
    return html`<div class="message" role="status" part="message">
      <p>${problem}</p>
      <p>${`${msg('Organizaciones que conocemos:')} `}<span translate="no">${isolatedList(names, this.locale)}</span>.</p>
    </div>`;
  }

  private renderCard(index: DirectoryIndex, org: Organization) {
    const locale = this.locale;
    const h = headingTag(this.headingLevel);
    const h2 = headingTag(this.headingLevel, 1);
    const h3 = headingTag(this.headingLevel, 2);
    const name = pickText(org.name, locale);
    const alternate = pickText(org.alternate_name, locale);
    const description = pickText(org.description, locale);
    const types = serviceTypes(org.services);

    const cityQuery = this.city?.trim();
    const city = cityQuery ? index.findCity(cityQuery) : undefined;
    if (cityQuery && !city) {
      this.warnOnce(`Unknown city "${cityQuery}". Known: ${index.cities.map((c) => c.id).join(', ')}.`);
    }
    const offices = index.officesOf(org, city?.id);
    const hasOffices = org.locations.length > 0;
    const who = dataName(name, org.id);
    const orgContacts = renderContacts({ phones: org.phones, emails: org.emails, url: org.website }, locale, who);
    const cityIds = city ? [city.id] : index.citiesOf(org).map((c) => c.id);
    const feesKnown = org.services.some((s) => s.free !== undefined || s.fees_description);

    return html`<article class="card" part="card" aria-labelledby="org-name">
      <header>
        ${heading(h, name ? html`<span lang=${name.lang} dir="auto" translate="no">${name.text}</span>` : org.id, { id: 'org-name', part: 'name', dir: 'auto' })}
        ${alternate && alternate.text !== name?.text ? html`<p class="alternate-name" lang=${alternate.lang} dir="auto" translate="no">${alternate.text}</p>` : nothing}
        ${renderInformationAge([org, ...org.services, ...offices], this.staleAfterYears, locale, new Date(), howToAsk(org, offices))}
      </header>
      ${renderRecordActions(
        { org, location: offices.length === 1 ? offices[0] : undefined, services: offices.length === 1 ? index.servicesAt(org, offices[0]) : org.services },
        { locale, rtl: this.direction === 'rtl', link: { org: org.id }, print: () => printOnly(this) },
      )}
      ${description ? html`<p lang=${description.lang} dir="auto">${description.text}</p>` : nothing}

      <!-- Parts of one card, found by their headings: not landmarks (a page of cards would have dozens). -->
      <section>
        ${heading(h2, msg('Servicios'))}
        ${types.length
          ? html`<ul class="tags">${types.map((label) => html`<li>${label}</li>`)}</ul>`
          : html`<p class="muted">${msg('No sabemos qué tipo de ayuda da.')}</p>`}
        <ul class="services">${org.services.map((service) => this.renderService(service))}</ul>
        ${feesKnown ? nothing : html`<p><span class="label">${msg('Costo')}: </span>${msg('no sabemos si cobra.')}</p>`}
        ${this.renderServiceAreas(org)}
      </section>

      ${renderNoContact(index, org, offices, cityIds, locale)}
      ${orgContacts === nothing
        ? nothing
        : html`<section>
            ${heading(h2, msg('Contacto'))}
            ${orgContacts}
          </section>`}

      <section>
        ${heading(
          h2,
          html`${city ? msg(html`Oficinas en ${placeName(city.name)}`) : msg('Oficinas')}<span class="count">${` (${formatCount(offices.length, locale)})`}</span>`,
          { id: 'offices-heading' },
        )}
        ${cityQuery && !city ? this.renderUnknownCity(cityQuery, index.citiesOf(org)) : nothing}
        ${city && offices.length === 0 ? this.renderNoOfficeInCity(org, city, index.citiesOf(org)) : nothing}
        ${hasOffices ? nothing : html`<p>${msg('No tenemos oficinas de esta organización.')}</p>`}
        ${offices.length
          ? html`<ul class="offices">${offices.map((office) =>
              renderOffice({
                office,
                city: index.city(office.city_id),
                services: index.servicesAt(org, office),
                titleTag: h3,
                locale,
                now: new Date(),
                showServices: org.services.some((s) => s.location_ids),
                dataLang: this.dataLang,
              }),
            )}</ul>`
          : nothing}
      </section>

      ${this.renderFraudReporting(org, h2, who)}
      ${this.renderSources(index, org, who)}
    </article>`;
  }

  /**
   * One service: its name, whether its sources say it is free, what it costs, for whom, who can
   * receive it and how to ask for it, its own web page, and whether it may have stopped.
   */
  private renderService(service: Service) {
    const locale = this.locale;
    const name = pickText(service.name, locale);
    const description = pickText(service.description, locale);
    const fees = pickText(service.fees_description, locale);
    const groups = service.populations.map(populationLabel);
    // HSDS's eligibility_description and application_process, where a partner's directory gives them.
    const details = [
      [msg('Quién puede pedirlo'), service.eligibility_description],
      [msg('Cómo pedirlo'), service.application_process],
    ] as const;
    const website = webHref(service.url);
    // Data text reads in its own language and direction, each on its own line; the labels in the page's.
    // Spaces between inline parts sit inside their text: a space alone beside a binding is lost to screen readers.
    return html`<li>
      <strong lang=${name?.lang ?? nothing} dir="auto">${name?.text}</strong>${service.free === true
        ? html`<span class="visually-hidden">: </span><span class="free" part="free">${msg('Gratis')}</span>`
        : nothing}${service.free === false ? html`<span class="label">${` (${msg('Cuesta dinero')})`}</span>` : nothing}${service.remote
        ? html`<span class="muted">${` (${msg('también a distancia')})`}</span>`
        : nothing}
      ${description ? html`<p lang=${description.lang} dir="auto">${description.text}</p>` : nothing}
      ${groups.length ? html`<p><span class="label">${msg('Para')}: </span>${formatList(groups, locale)}.</p>` : nothing}
      ${fees ? html`<p><span class="label">${msg('Costo')}: </span><span lang=${fees.lang} dir="auto">${fees.text}</span></p>` : nothing}
      ${details.map(([label, value]) => {
        const picked = pickText(value, locale);
        return picked ? html`<p><span class="label">${label}: </span><span lang=${picked.lang} dir="auto">${picked.text}</span></p>` : nothing;
      })}
      ${website || service.email ? renderContacts({ emails: service.email ? [{ email: service.email }] : [], url: website }, locale, dataName(name, service.id)) : nothing}
      ${renderStatus(service, locale)}
    </li>`;
  }

  private renderServiceAreas(org: Organization) {
    const areas = areasOf(org);
    if (!areas.length) return nothing;
    const countries = countriesServed(areas);
    const states = [...new Set(areas.map((a) => a.state_province).filter((s): s is string => !!s))];
    return html`<p>
      <span class="label">${msg('Dónde ayuda')}: </span>${countries.length
        ? onlyMexico(countries)
          ? msg('en todo México')
          : msg(str`en todo el país (${formatCountries(countries, this.locale)})`)
        : html`<span translate="no">${isolatedList(states, this.locale, 'es')}</span>`}.
    </p>`;
  }

  private renderUnknownCity(query: string, cities: City[]) {
    return html`<div class="message" role="status" part="message">
      <p>${msg(html`No conocemos la ciudad «${isolated(query)}». Mostramos todas las oficinas.`)}</p>
      ${this.citiesWithOffices(cities)}
    </div>`;
  }

  private renderNoOfficeInCity(org: Organization, city: City, cities: City[]) {
    const name = dataName(pickText(org.name, this.locale), org.id);
    return html`<div class="message" role="status" part="message">
      <p>${msg(html`No tenemos oficinas de ${name} en ${placeName(city.name)}.`)}</p>
      ${this.citiesWithOffices(cities)}
    </div>`;
  }

  private citiesWithOffices(cities: City[]) {
    return cities.length
      ? html`<p>${`${msg('Ciudades con oficinas:')} `}<span translate="no">${isolatedList(cities.map((c) => c.name), this.locale, 'es')}</span>.</p>`
      : nothing;
  }

  private renderFraudReporting(org: Organization, h2: ReturnType<typeof headingTag>, who: unknown) {
    const report = org.fraud_reporting;
    if (!report) return nothing;
    const statement = pickText(report.statement, this.locale);
    return html`<section class="fraud" part="fraud" role="note" aria-labelledby="fraud-heading">
      ${heading(h2, msg('Si alguien le pide dinero'), { id: 'fraud-heading' })}
      ${statement ? html`<p lang=${statement.lang} dir="auto">${statement.text}</p>` : nothing}
      ${renderContacts({ emails: report.emails, phones: report.phones, url: report.url }, this.locale, who)}
    </section>`;
  }

  private renderSources(index: DirectoryIndex, org: Organization, who: unknown) {
    const records: { provenance?: Provenance[] }[] = [org, ...org.services, ...org.locations];
    const ids = [...new Set(records.flatMap((r) => (r.provenance ?? []).map((p) => p.source)))];
    const sources = ids.map((id) => index.source(id)).filter((s) => s !== undefined);
    const correction = renderCorrectionLink(this.correctionChannel, { id: org.id, name: pickText(org.name, this.locale)?.text ?? org.id }, who);
    if (!sources.length && !org.assured_date && correction === nothing) return nothing;
    return html`<footer class="sources" part="sources">
      ${sources.length
        ? html`<p>${msg('De dónde viene esta información:')}</p>
            <ul>
              ${sources.map((source) => {
                const title = pickText(source.title, this.locale);
                return html`<li>
                  <span lang=${title?.lang ?? nothing} dir="auto">${title?.text ?? source.id}</span>${source.date
                    ? html`, ${msg(str`de ${formatPartialDate(source.date, this.locale)}`)}`
                    : nothing}
                </li>`;
              })}
            </ul>`
        : nothing}
      ${org.assured_date
        ? html`<p>${msg(str`El ${formatPartialDate(org.assured_date, this.locale)} revisamos esta ficha con sus fuentes. Es la fecha de la revisión, no la de la información.`)}</p>`
        : nothing}
      ${correction}
    </footer>`;
  }

}
