// What opens when a person chooses a marker or a list entry: one office's
// compact card (renderOffice, as on the org card), or the offices that share
// one point of the map, to choose from.
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { heading, headingTag } from '../../internal/heading.js';
import { pickText } from '../../directory/localized-text.js';
import { counted } from '../../internal/plural.js';
import { renderOffice } from '../org-card/office.js';
import type { PlacedOffice } from './matching-offices.js';
import { renderOfficeButton } from './office-list.js';
import type { DirectoryIndex } from '../../directory/directory-index.js';
import { contactOn, howToAsk } from '../../directory/reachable.js';
import { renderContacts } from '../../internal/contacts.js';
import { renderInformationAge } from '../../internal/age-line.js';
import { officeRecordName, renderCorrectionLink } from '../../internal/correction.js';
import { renderNoContact } from '../../internal/no-contact.js';
import { renderRecordActions } from '../../internal/record-actions.js';
import { dataName } from '../../internal/bidi.js';

export interface CardView {
  index: DirectoryIndex;
  locale: string;
  /** The element lays out right to left. */
  rtl: boolean;
  /** Years after which the information "may have changed". */
  staleAfter: number;
  /** Where mistakes are reported (see correctionChannel); no link without one. */
  correctionChannel?: string;
  /** Level of the element's own heading; the card's sits one below. */
  headingLevel: number;
  /** The language of a single-language `src` (`data-lang`): that of addresses outside Mexico. */
  dataLang?: string;
  close(): void;
}

/** The card around `body`: its heading, and a close button named for what it closes (`closes`, said to screen readers). */
function frame(view: CardView, title: unknown, closes: unknown, body: unknown) {
  const h = headingTag(view.headingLevel, 1);
  // Not a landmark: the card opens where the reader is, and focus goes to its heading.
  return html`<section class="office-card" part="card"
    @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && view.close()}>
    <div class="card-header">
      ${heading(h, title, { id: 'office-card-title', class: 'card-title', tabindex: '-1' })}
      <button type="button" class="close" @click=${view.close}><span aria-hidden="true">×</span><span class="visually-hidden">${closes}</span></button>
    </div>
    ${body}
  </section>`;
}

/**
 * One office: "Free" where its sources say so of every service there, how old its information is,
 * Share and Save contact, the office itself, the organisation's contacts when the office has none of
 * its own, who can be reached when neither has any, and "report a mistake", as on a finder result.
 */
export function renderOfficeCard(office: PlacedOffice, view: CardView) {
  const { org: organization, location, services } = office;
  const org = pickText(organization.name, view.locale);
  const name = pickText(location.name, view.locale);
  const now = new Date();
  // An office with no contact of its own: the organisation's, so that "ask before you go" says where.
  const orgContacts =
    !contactOn(location) && contactOn(organization)
      ? renderContacts({ phones: organization.phones, emails: organization.emails, url: organization.website }, view.locale, dataName(org, organization.id))
      : nothing;
  return frame(
    view,
    html`<span lang=${org?.lang ?? nothing} dir="auto" translate="no">${org?.text ?? organization.id}</span>`,
    msg(html`Cerrar los datos de ${name ? dataName(name, location.id) : dataName(org, organization.id)}`),
    // "Free" only when every service here has a source that says so.
    html`${services.length && services.every((s) => s.free === true) ? html`<p class="free">${msg('Gratis')}</p>` : nothing}
      ${renderInformationAge([organization, location, ...services], view.staleAfter, view.locale, now, howToAsk(organization, [location]))}
      ${renderRecordActions({ org: organization, location, services }, { locale: view.locale, rtl: view.rtl, link: { org: organization.id, location: location.id } })}
      <ul class="offices">${renderOffice({
        office: location,
        city: office.city,
        services,
        titleTag: headingTag(view.headingLevel, 2),
        locale: view.locale,
        now,
        showServices: true,
        compact: true,
        dataLang: view.dataLang,
      })}</ul>
      ${orgContacts}
      ${renderNoContact(view.index, organization, [location], location.city_id ? [location.city_id] : [], view.locale)}
      ${renderCorrectionLink(view.correctionChannel, { id: location.id, name: officeRecordName(org?.text ?? organization.id, name?.text) }, dataName(org, organization.id))}`,
  );
}

/** Offices at one point, which no zoom can pull apart (often: all known only by their city). */
export function renderGroupCard(offices: readonly PlacedOffice[], indices: readonly number[], view: CardView & { open(index: number): void }) {
  const some = counted(msg('one{# oficina}other{# oficinas}'), indices.length, view.locale);
  return frame(
    view,
    msg(str`${some} en este punto del mapa`),
    msg('Cerrar la lista de oficinas de este punto'),
    html`<ul class="group-list">
      ${indices.map((index) => html`<li>${renderOfficeButton(offices[index], view.locale, () => view.open(index))}</li>`)}
    </ul>`,
  );
}
