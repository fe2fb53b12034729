// The offices as a list beside or under the map: the same offices as the
// markers, in the same order, each a button that opens its card. A map alone
// is of no use to a screen reader; a list is of use to everybody.
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { pickText } from '../../directory/localized-text.js';
import { formatCount } from '../../internal/intl-cache.js';
import { formatList } from '../../internal/format.js';
import { counted } from '../../internal/plural.js';
import { placeName } from '../../internal/bidi.js';
import { serviceTypes } from '../org-card/office.js';
import type { PlacedOffice } from './matching-offices.js';

/**
 * Long lists grow by this many at a time: the first paint stays quick with 10,000 offices. Laying out
 * 100 entries took 150-300 ms at 4× slowdown, in the task that makes the map; a phone's screen
 * shows about eight.
 */
export const LIST_PAGE = 40;

/** Said between the parts of a button's name (", "), not shown: each part is on its own line. */
const pause = html`<span class="visually-hidden">, </span>`;

/** One office as a button: organisation, office, city, kinds of service, and whether its place is approximate. */
export function renderOfficeButton(office: PlacedOffice, locale: string, open: () => void, current = false) {
  const org = pickText(office.org.name, locale);
  const name = pickText(office.location.name, locale);
  const types = serviceTypes(office.services);
  return html`<button type="button" class="office-button" aria-current=${current ? 'true' : nothing} @click=${open}>
    <span class="office-org" lang=${org?.lang ?? nothing} dir="auto" translate="no">${org?.text ?? office.org.id}</span>${pause}<span class="office-place"
      ><span lang=${name?.lang ?? nothing} dir="auto" translate="no">${name?.text ?? office.location.id}</span>${office.city
        ? html`<span>${' · '}</span>${placeName(office.city.name)}`
        : nothing}</span
    >${types.length ? html`${pause}<span class="office-types">${formatList(types, locale, 'unit')}</span>` : nothing}${office.approximate
      ? html`${pause}<span class="office-approximate">${msg('Ubicación aproximada')}</span>`
      : nothing}
  </button>`;
}

export interface ListView {
  offices: readonly PlacedOffice[];
  locale: string;
  /** How many are listed so far. */
  shown: number;
  current?: number;
  open(index: number): void;
  showMore(): void;
}

export function renderOfficeList({ offices, locale, shown, current, open, showMore }: ListView) {
  return html`<ul class="office-list" id="office-list" tabindex="-1" aria-label=${msg('Lista de oficinas')}>
      ${offices.slice(0, shown).map((office, index) => html`<li>${renderOfficeButton(office, locale, () => open(index), index === current)}</li>`)}
    </ul>
    ${shown < offices.length
      ? html`<p class="more">
          ${msg(str`Se ven ${formatCount(shown, locale)} de ${counted(msg('one{# oficina}other{# oficinas}'), offices.length, locale)}.`)}
          <button type="button" class="more-button" @click=${showMore}>${msg('Mostrar más oficinas')}</button>
        </p>`
      : nothing}`;
}
