// One office of an organisation: where it is, how to reach it, when it is
// open, and how to get there. Shared by the org card and the map's compact card.
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { StaticValue } from 'lit/static-html.js';
import type { Address, City, Location, Service } from '../../directory/format.js';
import { pickText } from '../../directory/localized-text.js';
import { openState, wallClock } from '../../directory/opening-hours.js';
import { renderContacts } from '../../internal/contacts.js';
import { formatDays, formatPartialDate, formatTimeRange } from '../../internal/format.js';
import { taxonomyLabel } from '../../internal/labels.js';
import { directionsHref } from '../../internal/safe-links.js';
import { heading } from '../../internal/heading.js';
import { mayHaveStopped, renderStatus } from '../../internal/status-line.js';
import { dataName, dataRun, isolatedList, placeLanguage, placeName } from '../../internal/bidi.js';
import { isRightToLeft } from '../../internal/locale.js';
import { newTab } from '../../internal/link-names.js';

/**
 * One line of an address, the way it is written on an envelope in Mexico; a
 * postal code carries Mexico's "C.P." only there (a partner's address in
 * another country keeps its code as written).
 */
export function addressLine(address: Address): string {
  const postalCode = address.postal_code && (!address.country || address.country === 'MX' ? `C.P. ${address.postal_code}` : address.postal_code);
  return [address.address_1, address.address_2, address.region, postalCode, address.city, address.state_province].filter(Boolean).join(', ');
}

/** OpenStreetMap directions to an office: to its point when the door is known, else to its street address. */
export function directionsFor(office: Location): string | undefined {
  const address = office.addresses?.[0];
  if (office.geo_precision === 'address' && typeof office.latitude === 'number' && typeof office.longitude === 'number') {
    return directionsHref(`${office.latitude.toFixed(5)},${office.longitude.toFixed(5)}`);
  }
  // Only the city's point is known: send the street address, never the city centre.
  return address ? directionsHref(addressLine(address)) : undefined;
}

function renderOpenState(office: Location, city: City | undefined, now: Date) {
  const state = openState(office.schedules, office.timezone, now);
  if (state === 'unknown') return nothing;
  return html`<p class="open-state ${state}" part="open-state">
    <strong>${state === 'open' ? msg('Abierto ahora') : msg('Cerrado ahora')}</strong>${city
      ? html`<span class="muted"> (${msg(html`hora de ${placeName(city.name)}`)})</span>`
      : nothing}
  </p>`;
}

/**
 * Weekly hours as days and times; hours Camino cannot judge (an HSDS schedule
 * by month, say) as the partner's own words. Hours that no longer apply, or
 * not yet, say so.
 */
export function renderHours(office: Location, locale: string, now: Date) {
  if (!office.schedules?.length) return nothing;
  const today = office.timezone ? wallClock(office.timezone, now).date : now.toISOString().slice(0, 10);
  return html`<ul class="hours" aria-label=${msg('Horario')}>
    ${office.schedules.map((s) => {
      const what = pickText(s.description, locale);
      const notes = pickText(s.notes, locale);
      const ended = s.valid_to && s.valid_to < today ? s.valid_to : undefined;
      return html`<li>
        ${what ? html`<span lang=${what.lang} dir="auto">${what.text}</span>${s.byday ? ': ' : nothing}` : nothing}${s.byday
          ? msg(html`${formatDays(s.byday, locale)}, ${html`<bdi dir=${isRightToLeft(locale) ? 'rtl' : 'ltr'}>${formatTimeRange(s.opens_at!, s.closes_at!, locale)}</bdi>`}`)
          : nothing}
        ${notes ? html`<span class="hours-notes" lang=${notes.lang} dir="auto">${notes.text}</span>` : nothing}
        ${ended ? html`<strong class="hours-validity">${msg(str`Este horario terminó el ${formatPartialDate(ended, locale)}.`)}</strong>` : nothing}
      </li>`;
    })}
  </ul>`;
}

export interface OfficeView {
  office: Location;
  city?: City;
  services: Service[];
  /** Tag for the office's name: one level below the card's own heading. */
  titleTag: StaticValue;
  locale: string;
  now: Date;
  /** Show the services offered here (when the card lists several offices with different services). */
  showServices: boolean;
  /** Leave out the description and the weekly hours (the open-now line stays): a map's card. */
  compact?: boolean;
  /** The language of a single-language `src` (`data-lang`): that of addresses outside Mexico. */
  dataLang?: string;
}

export function renderOffice({ office, city, services, titleTag, locale, now, showServices, compact = false, dataLang }: OfficeView) {
  const name = pickText(office.name, locale);
  const who = dataName(name, office.id);
  const description = compact ? undefined : pickText(office.description, locale);
  const address = office.addresses?.[0];
  // An office that may be closed gets no directions and no "open now": nobody is sent to a door that may be shut.
  const active = !mayHaveStopped(office);
  const directions = active ? directionsFor(office) : undefined;
  const approximate = office.geo_precision !== 'address';
  return html`<li class="office" part="office">
    ${heading(titleTag, name ? html`<span lang=${name.lang} dir="auto" translate="no">${name.text}</span>` : office.id, { class: 'office-name', dir: 'auto' })}
    ${renderStatus(office, locale)}
    ${description ? html`<p lang=${description.lang} dir="auto">${description.text}</p>` : nothing}
    ${address
      ? html`<p class="address"><span class="label">${msg('Dirección')}: </span>${dataRun(
            placeLanguage(address.country, dataLang),
            html`<span translate="no" dir="auto" lang=${placeLanguage(address.country, dataLang)}>${addressLine(address)}</span>${address.landmark
              ? landmark(address.landmark, locale)
              : nothing}`,
          )}</p>`
      : html`<p class="address muted">${city ? msg(html`No tenemos la dirección. Está en ${placeName(city.name)}.`) : msg('No tenemos la dirección.')}</p>`}
    ${address && approximate && typeof office.latitude === 'number' ? html`<p class="muted approximate">${msg('En el mapa se ve en el centro de la ciudad, no en la puerta.')}</p>` : nothing}
    ${showServices && services.length
      ? html`<p class="office-services">${msg('Servicios aquí')}: ${isolatedList(services.map((s) => pickText(s.name, locale) ?? s.id), locale, undefined, 'unit')}</p>`
      : nothing}
    ${renderContacts({ phones: office.phones, emails: office.emails, url: office.url }, locale, who)}
    ${active ? renderOpenState(office, city, now) : nothing}
    ${compact ? nothing : renderHours(office, locale, now)}
    ${directions
      ? html`<p class="actions" part="actions">
          <a class="action" href=${directions} target="_blank" rel="noopener noreferrer" referrerpolicy="no-referrer"
            >${msg(html`Cómo llegar<span class="visually-hidden"> a ${who}</span>`)}${osmBrand}${newTab()}</a
          >
        </p>`
      : nothing}
  </li>`;
}

/**
 * The map's brand after "directions", isolated left to right with its brackets and kept whole: in an
 * Arabic button it would otherwise take the button's direction (brackets turned the wrong way) and,
 * in a narrow button, break mid-word ("(OpenStreetMa" / "p)").
 */
const osmBrand = html`<bdi class="brand" dir="ltr" translate="no"> (OpenStreetMap)</bdi>`;

function landmark(text: Address['landmark'], locale: string) {
  const picked = pickText(text, locale);
  return picked ? html`<span class="landmark" lang=${picked.lang} dir="auto"> (${picked.text})</span>` : nothing;
}

/** Distinct taxonomy labels of some services, in a stable order. */
export function serviceTypes(services: readonly Service[]): string[] {
  return [...new Set(services.flatMap((s) => s.taxonomy))].map(taxonomyLabel);
}
