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

export interface CardView {
  locale: string;
  /** Level of the element's own heading; the card's sits one below. */
  headingLevel: number;
  /** The language of a single-language `src` (`data-lang`): that of addresses outside Mexico. */
  dataLang?: string;
  close(): void;
}

function frame(view: CardView, title: unknown, body: unknown) {
  const h = headingTag(view.headingLevel, 1);
  // Not a landmark: the card opens where the reader is, and focus goes to its heading.
  return html`<section class="office-card" part="card"
    @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && view.close()}>
    <div class="card-header">
      ${heading(h, title, { id: 'office-card-title', class: 'card-title', tabindex: '-1' })}
      <button type="button" class="close" aria-label=${msg('Cerrar')} @click=${view.close}><span aria-hidden="true">×</span></button>
    </div>
    ${body}
  </section>`;
}

export function renderOfficeCard(office: PlacedOffice, view: CardView) {
  const org = pickText(office.org.name, view.locale);
  return frame(
    view,
    html`<span lang=${org?.lang ?? nothing} dir="auto" translate="no">${org?.text ?? office.org.id}</span>`,
    // "Free" only when every service here has a source that says so.
    html`${office.services.length && office.services.every((s) => s.free === true) ? html`<p class="free">${msg('Gratis')}</p>` : nothing}
      <ul class="offices">${renderOffice({
        office: office.location,
        city: office.city,
        services: office.services,
        titleTag: headingTag(view.headingLevel, 2),
        locale: view.locale,
        now: new Date(),
        showServices: true,
        compact: true,
        dataLang: view.dataLang,
      })}</ul>`,
  );
}

/** Offices at one point, which no zoom can pull apart (often: all known only by their city). */
export function renderGroupCard(offices: readonly PlacedOffice[], indices: readonly number[], view: CardView & { open(index: number): void }) {
  const some = counted(msg('one{# oficina}other{# oficinas}'), indices.length, view.locale);
  return frame(
    view,
    msg(str`${some} en este punto del mapa`),
    html`<ul class="group-list">
      ${indices.map((index) => html`<li>${renderOfficeButton(offices[index], view.locale, () => view.open(index))}</li>`)}
    </ul>`,
  );
}
