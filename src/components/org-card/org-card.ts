import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { CaminoElement } from '../../internal/camino-element.js';
import { heading, headingTag } from '../../internal/heading.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { contactStyles } from '../../internal/contacts.styles.js';
import { renderContacts } from '../../internal/contacts.js';
import { renderDirectoryFailure, renderSkippedRecords } from '../../internal/directory-failure.js';
import { formatList, formatPartialDate } from '../../internal/format.js';
import { populationLabel } from '../../internal/labels.js';
import { pickText } from '../../directory/localized-text.js';
import type { DirectoryIndex } from '../../directory/directory-index.js';
import type { City, Organization, Provenance } from '../../directory/format.js';
import { renderOffice, serviceTypes } from './office.js';
import { officeStyles } from './office.styles.js';
import { orgCardStyles } from './org-card.styles.js';
import { collator, formatCount } from '../../internal/intl-cache.js';

/**
 * @tagname camino-org-card
 * @summary One organisation: what it does, for whom, whether it is free, its offices and where the information comes from.
 *
 * @csspart card - The card's outer box.
 * @csspart name - The organisation's name (the card's heading).
 * @csspart free - The "services are free" line.
 * @csspart office - Each office.
 * @csspart open-state - An office's "open now / closed now".
 * @csspart actions - An office's directions link.
 * @csspart fraud - The organisation's fraud-reporting box.
 * @csspart sources - Where the information comes from.
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
export class CaminoOrgCard extends CaminoElement {
  static override styles = [sharedStyles, contactStyles, officeStyles, orgCardStyles];

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
    const failure = renderDirectoryFailure(loaded);
    if (failure || !loaded.index) return this.inLanguage(failure);
    return this.inLanguage(html`${renderSkippedRecords(loaded) ?? nothing}${this.renderFor(loaded.index)}`);
  }

  private renderFor(index: DirectoryIndex) {
    const orgId = this.org?.trim();
    if (!orgId) {
      this.warnOnce('The org attribute is missing: say which organisation to show, e.g. org="hias".');
      return this.renderUnknownOrg(index, msg('Falta indicar qué organización mostrar.'));
    }
    const org = index.organization(orgId);
    if (!org) {
      this.warnOnce(`Unknown org "${orgId}". Known ids: ${index.organizations.map((o) => o.id).join(', ')}.`);
      return this.renderUnknownOrg(index, msg(str`No encontramos la organización «${orgId}» en el directorio.`));
    }
    return this.renderCard(index, org);
  }

  private renderUnknownOrg(index: DirectoryIndex, problem: string) {
    const names = index.organizations
      .map((o) => pickText(o.name, this.locale)?.text ?? o.id)
      .sort(collator(this.locale).compare);
    return html`<div class="message" role="status" part="message">
      <p>${problem}</p>
      <p>${msg('Organizaciones disponibles:')} <span translate="no">${formatList(names, this.locale)}</span>.</p>
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
    const populations = [...new Set(org.services.flatMap((s) => s.populations))].map(populationLabel);

    const cityQuery = this.city?.trim();
    const city = cityQuery ? index.findCity(cityQuery) : undefined;
    if (cityQuery && !city) {
      this.warnOnce(`Unknown city "${cityQuery}". Known: ${index.cities.map((c) => c.id).join(', ')}.`);
    }
    const offices = index.officesOf(org, city?.id);
    const hasOffices = org.locations.length > 0;
    const orgContacts = renderContacts({ phones: org.phones, emails: org.emails, url: org.url }, locale);

    return html`<article class="card" part="card" aria-labelledby="org-name">
      <header>
        ${heading(h, name ? html`<span lang=${name.lang} dir="auto" translate="no">${name.text}</span>` : org.id, { id: 'org-name', part: 'name', dir: 'auto' })}
        ${alternate && alternate.text !== name?.text ? html`<p class="alternate-name" lang=${alternate.lang} dir="auto" translate="no">${alternate.text}</p>` : nothing}
        ${org.fees?.free ? html`<p class="free" part="free">${msg('Sus servicios son gratuitos.')}</p>` : nothing}
      </header>
      ${description ? html`<p lang=${description.lang} dir="auto">${description.text}</p>` : nothing}

      <section aria-labelledby="services-heading">
        ${heading(h2, msg('Servicios'), { id: 'services-heading' })}
        <ul class="tags">${serviceTypes(org.services).map((label) => html`<li>${label}</li>`)}</ul>
        <ul class="services">
          ${org.services.map((service) => {
            const serviceName = pickText(service.name, locale);
            const serviceDescription = pickText(service.description, locale);
            return html`<li dir="auto">
              <strong lang=${serviceName?.lang} dir="auto">${serviceName?.text}</strong>${service.remote ? html` <span class="muted">(${msg('también a distancia')})</span>` : nothing}
              ${serviceDescription ? html`<span lang=${serviceDescription.lang} dir="auto"> — ${serviceDescription.text}</span>` : nothing}
            </li>`;
          })}
        </ul>
        ${populations.length ? html`<p><span class="label">${msg('Atiende a')}:</span> ${formatList(populations, locale)}.</p>` : nothing}
        ${this.renderServiceAreas(org)}
      </section>

      ${orgContacts === nothing
        ? nothing
        : html`<section aria-labelledby="contact-heading">
            ${heading(h2, msg('Contacto'), { id: 'contact-heading' })}
            ${orgContacts}
          </section>`}

      <section aria-labelledby="offices-heading">
        ${heading(
          h2,
          html`${city ? msg(str`Oficinas en ${city.name}`) : msg('Oficinas')}
            <span class="count">(${formatCount(offices.length, locale)})</span>`,
          { id: 'offices-heading' },
        )}
        ${cityQuery && !city ? this.renderUnknownCity(cityQuery, index.citiesOf(org)) : nothing}
        ${city && offices.length === 0 ? this.renderNoOfficeInCity(org, city, index.citiesOf(org)) : nothing}
        ${hasOffices
          ? nothing
          : html`<p>${msg('Esta organización no tiene oficinas en el directorio; use sus datos de contacto.')}</p>`}
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
              }),
            )}</ul>`
          : nothing}
      </section>

      ${this.renderFraudReporting(org, h2)}
      ${this.renderSources(index, org)}
    </article>`;
  }

  private renderServiceAreas(org: Organization) {
    const areas = [...(org.service_areas ?? []), ...org.services.flatMap((s) => s.service_areas ?? [])];
    if (!areas.length) return nothing;
    const national = areas.some((a) => !a.state_province);
    const states = [...new Set(areas.map((a) => a.state_province).filter((s): s is string => !!s))];
    return html`<p>
      <span class="label">${msg('Dónde trabaja')}:</span>
      ${national ? msg('en todo México') : html`<span translate="no">${formatList(states, this.locale)}</span>`}.
    </p>`;
  }

  private renderUnknownCity(query: string, cities: City[]) {
    return html`<div class="message" role="status" part="message">
      <p>${msg(str`No encontramos la ciudad «${query}». Se muestran todas las oficinas.`)}</p>
      ${cities.length ? html`<p>${msg('Ciudades con oficinas:')} <span translate="no">${formatList(cities.map((c) => c.name), this.locale)}</span>.</p>` : nothing}
    </div>`;
  }

  private renderNoOfficeInCity(org: Organization, city: City, cities: City[]) {
    const name = pickText(org.name, this.locale)?.text ?? org.id;
    return html`<div class="message" role="status" part="message">
      <p>${msg(str`${name} no tiene oficinas en ${city.name} según el directorio.`)}</p>
      ${cities.length ? html`<p>${msg('Ciudades con oficinas:')} <span translate="no">${formatList(cities.map((c) => c.name), this.locale)}</span>.</p>` : nothing}
    </div>`;
  }

  private renderFraudReporting(org: Organization, h2: ReturnType<typeof headingTag>) {
    const report = org.fraud_reporting;
    if (!report) return nothing;
    const statement = pickText(report.statement, this.locale);
    return html`<section class="fraud" part="fraud" role="note" aria-labelledby="fraud-heading">
      ${heading(h2, msg('Denuncie cobros indebidos'), { id: 'fraud-heading' })}
      ${statement ? html`<p lang=${statement.lang} dir="auto">${statement.text}</p>` : nothing}
      ${renderContacts({ emails: report.emails, phones: report.phones, url: report.url }, this.locale)}
    </section>`;
  }

  private renderSources(index: DirectoryIndex, org: Organization) {
    const records: { provenance: Provenance[] }[] = [org, ...org.services, ...org.locations];
    const ids = [...new Set(records.flatMap((r) => r.provenance.map((p) => p.source)))];
    const sources = ids.map((id) => index.source(id)).filter((s) => s !== undefined);
    if (!sources.length) return nothing;
    return html`<footer class="sources" part="sources">
      <p>${msg('Fuentes de esta información:')}</p>
      <ul>
        ${sources.map((source) => {
          const title = pickText(source.title, this.locale);
          return html`<li>
            <span lang=${title?.lang ?? nothing} dir="auto">${title?.text ?? source.id}</span>,
            ${msg(str`con fecha de ${formatPartialDate(source.date, this.locale)}`)}
          </li>`;
        })}
      </ul>
      ${org.assured_date
        ? html`<p>${msg(str`Revisado contra sus fuentes el ${formatPartialDate(org.assured_date, this.locale)}.`)}</p>`
        : nothing}
    </footer>`;
  }
}
