// One office of an organisation: where it is, how to reach it, when it is
// open, and how to get there. Shared by the org card and the map's compact card.
import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { StaticValue } from 'lit/static-html.js';
import type { Address, City, Location, Service } from '../../directory/format.js';
import { pickText } from '../../directory/localized-text.js';
import { openState } from '../../directory/opening-hours.js';
import { renderContacts } from '../../internal/contacts.js';
import { formatDays, formatTimeRange } from '../../internal/format.js';
import { taxonomyLabel } from '../../internal/labels.js';
import { directionsHref } from '../../internal/safe-links.js';
import { heading } from '../../internal/heading.js';
import { renderStatus } from '../../internal/status-line.js';
import { isolated } from '../../internal/bidi.js';

/** One line of an address, the way it is written on an envelope in Mexico. */
export function addressLine(address: Address): string {
  return [address.address_1, address.address_2, address.region, address.postal_code ? `C.P. ${address.postal_code}` : '', address.city, address.state_province]
    .filter(Boolean)
    .join(', ');
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
  const place = city?.name ?? '';
  return html`<p class="open-state ${state}" part="open-state">
    <strong>${state === 'open' ? msg('Abierto ahora') : msg('Cerrado ahora')}</strong>
    ${place ? html`<span class="muted">(${msg(html`hora local de ${html`<span translate="no" dir="auto">${place}</span>`}`)})</span>` : nothing}
  </p>`;
}

function renderHours(office: Location, locale: string) {
  if (!office.schedules?.length) return nothing;
  return html`<ul class="hours" aria-label=${msg('Horario')}>
    ${office.schedules.map((s) => {
      const what = pickText(s.description, locale);
      return html`<li>
        ${what ? html`<span lang=${what.lang} dir="auto">${what.text}</span>: ` : nothing}${formatDays(s.byday, locale)},
        <bdi dir="ltr">${formatTimeRange(s.opens_at, s.closes_at, locale)}</bdi>
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
}

export function renderOffice({ office, city, services, titleTag, locale, now, showServices, compact = false }: OfficeView) {
  const name = pickText(office.name, locale);
  const description = compact ? undefined : pickText(office.description, locale);
  const address = office.addresses?.[0];
  // An office that may be closed gets no directions and no "open now": nobody is sent to a door that may be shut.
  const active = office.status === 'active';
  const directions = active ? directionsFor(office) : undefined;
  const approximate = office.geo_precision !== 'address';
  return html`<li class="office" part="office">
    ${heading(titleTag, name ? html`<span lang=${name.lang} dir="auto" translate="no">${name.text}</span>` : office.id, { class: 'office-name', dir: 'auto' })}
    ${renderStatus(office, locale)}
    ${description ? html`<p lang=${description.lang} dir="auto">${description.text}</p>` : nothing}
    ${address
      ? html`<p class="address"><span class="label">${msg('Dirección')}:</span>
          <span translate="no" dir="auto">${addressLine(address)}</span>
          ${address.landmark ? landmark(address.landmark, locale) : nothing}</p>`
      : html`<p class="address muted">${
          city
            ? msg(html`Sin dirección en el directorio; ubicación aproximada: <span translate="no">${isolated(city.name)}</span>.`)
            : msg('Sin dirección en el directorio.')
        }</p>`}
    ${address && approximate ? html`<p class="muted approximate">${msg('En el mapa, la ubicación es aproximada (centro de la ciudad).')}</p>` : nothing}
    ${showServices && services.length
      ? html`<p class="office-services">${msg('Servicios aquí')}: ${services.map((s) => pickText(s.name, locale)?.text).join(' · ')}</p>`
      : nothing}
    ${renderContacts({ phones: office.phones, emails: office.emails, url: office.url }, locale)}
    ${active ? renderOpenState(office, city, now) : nothing}
    ${compact ? nothing : renderHours(office, locale)}
    ${directions
      ? html`<p class="actions" part="actions">
          <a class="action" href=${directions} target="_blank" rel="noopener noreferrer">${msg('Cómo llegar (OpenStreetMap)')}</a>
        </p>`
      : nothing}
  </li>`;
}

function landmark(text: Address['landmark'], locale: string) {
  const picked = pickText(text, locale);
  return picked ? html`<span class="landmark" lang=${picked.lang} dir="auto">(${picked.text})</span>` : nothing;
}

/** Distinct taxonomy labels of some services, in a stable order. */
export function serviceTypes(services: readonly Service[]): string[] {
  return [...new Set(services.flatMap((s) => s.taxonomy))].map(taxonomyLabel);
}
