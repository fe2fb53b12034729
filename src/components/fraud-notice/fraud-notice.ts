import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { CaminoElement } from '../../internal/camino-element.js';
import { heading, headingTag } from '../../internal/heading.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { pickText } from '../../directory/localized-text.js';
import type { Organization } from '../../directory/format.js';
import { renderContacts } from '../../internal/contacts.js';
import { hasContact } from '../../directory/reachable.js';
import { fraudNoticeStyles } from './fraud-notice.styles.js';
import { contactStyles } from '../../internal/contacts.styles.js';
import { dataName, isolated, isolatedList } from '../../internal/bidi.js';

/** True of any organisation in any directory: the only promise the general notice makes. */
const NEVER_PAY = () =>
  msg('Nunca pague a nadie que le pida dinero en nombre de una organización: ni por un lugar en la fila, ni por un papel, ni por enviarlo a otro lugar.');
/** How to tell whether someone really works for an organisation. */
const CHECK = () =>
  msg('Para saber si alguien trabaja de verdad para una organización, llame o escriba a la organización con los teléfonos y correos de aquí, no con los que esa persona le dé.');

/**
 * @tagname camino-fraud-notice
 * @summary Tells people never to pay anyone who asks for money in an organisation's name, and how to check.
 *
 * Without `org`, a general notice that is true of any directory: ask the
 * organisation itself, with the contacts shown; never pay for a place in line,
 * a form or a referral; check with the organisation's own contacts. With `org`,
 * that organisation's own statement and reporting channel where the directory
 * has one (HIAS: its confidential e-mail); otherwise it says "free" only of the
 * services whose sources say so, and promises nothing about price.
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
    const failure = loaded && this.renderFailure(loaded);
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
            ${msg(html`No conocemos la organización «${isolated(orgId ?? '')}». Este es el aviso para todas.`)}
          </p>`
        : nothing}
      ${org ? this.renderOrganizationNotice(org) : this.renderGeneralNotice()}
    `);
  }

  private renderGeneralNotice() {
    const h = headingTag(this.headingLevel);
    return html`
      <section class="notice" part="notice" role="note" aria-labelledby="heading">
        ${heading(h, msg('Cuidado con quien le pida dinero'), { id: 'heading', part: 'heading' })}
        <p>${msg('Si no sabe si algo cuesta dinero, pregunte a la organización con los teléfonos y correos de aquí.')}</p>
        <p>${NEVER_PAY()}</p>
        <p>${CHECK()}</p>
      </section>
    `;
  }

  private renderOrganizationNotice(org: Organization) {
    const h = headingTag(this.headingLevel);
    const name = pickText(org.name, this.locale);
    const report = org.fraud_reporting;
    const statement = report && pickText(report.statement, this.locale);
    const nameText = dataName(name, org.id);
    // "Free" only of the services whose sources say so: all of them, some of them, or none.
    const free = org.services.filter((s) => s.free === true);
    const allFree = free.length === org.services.length;
    const freeNames = free.map((s) => pickText(s.name, this.locale) ?? s.id);
    return html`
      <section class="notice" part="notice" role="note" aria-labelledby="heading">
        ${heading(
          h,
          allFree ? msg(html`Los servicios de ${nameText} son gratis`) : msg(html`Cuidado con quien le pida dinero en nombre de ${nameText}`),
          { id: 'heading', part: 'heading' },
        )}
        ${statement
          ? html`<p lang=${statement.lang} dir="auto">${statement.text}</p>`
          : html`${allFree
                ? nothing
                : free.length
                  ? html`<p>${`${msg('Según las fuentes, estos servicios son gratis:')} `}${isolatedList(freeNames, this.locale)}.</p>`
                  : html`<p>${msg(html`No sabemos si ${nameText} cobra por sus servicios. Pregúntele directamente.`)}</p>`}
              <p>${NEVER_PAY()}</p>`}
        ${report
          ? html`<div part="channel">
              <p class="channel-heading">${msg('Dónde avisar:')}</p>
              ${renderContacts({ emails: report.emails, phones: report.phones, url: report.url }, this.locale, nameText)}
            </div>`
          : html`<p>${hasContact(org) ? CHECK() : msg('No tenemos ni teléfono ni correo de esta organización.')}</p>`}
      </section>
    `;
  }
}
