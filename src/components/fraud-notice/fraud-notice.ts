import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { CaminoElement } from '../../internal/camino-element.js';
import { heading, headingTag } from '../../internal/heading.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { pickText } from '../../directory/localized-text.js';
import type { Organization } from '../../directory/format.js';
import { renderContacts } from '../../internal/contacts.js';
import { renderDirectoryFailure } from '../../internal/directory-failure.js';
import { fraudNoticeStyles } from './fraud-notice.styles.js';
import { contactStyles } from '../../internal/contacts.styles.js';

/**
 * @tagname camino-fraud-notice
 * @summary Tells people that the services are free and how to report anyone who asks for money.
 *
 * Without `org`, a general notice for the whole directory. With `org`, that
 * organisation's own statement and reporting channel where the directory has
 * one (HIAS: its confidential e-mail).
 *
 * @csspart notice - The notice box.
 * @csspart heading - Its heading.
 * @csspart channel - The list of reporting channels.
 * @csspart message - A message about bad input (unknown organisation, unusable `src`).
 *
 * @cssproperty --camino-font-family - Font of all text. Default: the page's.
 * @cssproperty --camino-color-text - Text colour.
 * @cssproperty --camino-color-accent - Links and the notice's edge.
 * @cssproperty --camino-color-surface - Background of the notice.
 * @cssproperty --camino-color-border - Borders.
 * @cssproperty --camino-radius - Corner radius.
 * @cssproperty --camino-spacing - Base spacing unit.
 * @cssproperty --camino-focus-color - Keyboard focus ring.
 */
export class CaminoFraudNotice extends CaminoElement {
  static override styles = [sharedStyles, contactStyles, fraudNoticeStyles];

  /** Id of an organisation in the directory ("hias"). Without it, the general notice. */
  @property({ reflect: true }) org?: string;

  /** Level of the notice's heading (1–6), to fit the host page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  override render() {
    const loaded = this.loaded;
    if (!loaded && this.org) {
      return this.inLanguage(html`<p class="message" role="status" aria-busy="true">${msg('Cargando…')}</p>`);
    }
    const failure = loaded && renderDirectoryFailure(loaded);
    const orgId = this.org?.trim();
    let org: Organization | undefined;
    let unknownOrg = false;
    if (orgId && loaded?.index) {
      org = loaded.index.organization(orgId);
      if (!org) {
        unknownOrg = true;
        this.warnOnce(`Unknown org "${orgId}". Known ids: ${loaded.index.organizations.map((o) => o.id).join(', ')}.`);
      }
    }
    return this.inLanguage(html`
      ${failure ?? nothing}
      ${unknownOrg
        ? html`<p class="message" role="status" part="message">
            ${msg(str`No encontramos la organización «${orgId}» en el directorio. Este es el aviso general.`)}
          </p>`
        : nothing}
      ${org ? this.renderOrganizationNotice(org) : this.renderGeneralNotice()}
    `);
  }

  private renderGeneralNotice() {
    const h = headingTag(this.headingLevel);
    return html`
      <section class="notice" part="notice" role="note" aria-labelledby="heading">
        ${heading(h, msg('Los servicios de este directorio son gratuitos'), { id: 'heading', part: 'heading' })}
        <p>${msg('Nadie puede cobrarle por una cita, un formulario, un trámite o un lugar en la fila.')}</p>
        <p>${msg('Si alguien le pide dinero, no pague. Denúncielo ante la organización que esa persona dice representar, con los contactos que aparecen en este directorio.')}</p>
      </section>
    `;
  }

  private renderOrganizationNotice(org: Organization) {
    const h = headingTag(this.headingLevel);
    const name = pickText(org.name, this.locale);
    const report = org.fraud_reporting;
    const statement = report && pickText(report.statement, this.locale);
    const nameText = name ? html`<span lang=${name.lang} dir="auto" translate="no">${name.text}</span>` : org.id;
    return html`
      <section class="notice" part="notice" role="note" aria-labelledby="heading">
        ${heading(
          h,
          org.fees?.free ? msg(html`Los servicios de ${nameText} son gratuitos`) : msg(html`No pague por servicios de ${nameText}`),
          { id: 'heading', part: 'heading' },
        )}
        ${statement
          ? html`<p lang=${statement.lang} dir="auto">${statement.text}</p>`
          : html`<p>${msg('Nadie puede cobrarle por una cita, un formulario, un trámite o un lugar en la fila.')}</p>`}
        ${report
          ? html`<div part="channel">
              <p class="channel-heading">${msg('Dónde denunciar:')}</p>
              ${renderContacts({ emails: report.emails, phones: report.phones, url: report.url }, this.locale)}
            </div>`
          : html`<p>${msg('Si alguien le pide dinero en nombre de esta organización, no pague y denúncielo con los contactos oficiales de la organización que aparecen en este directorio.')}</p>`}
      </section>
    `;
  }
}
