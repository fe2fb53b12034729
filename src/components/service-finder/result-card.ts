// One search result: one organisation, compact. Its first office (in the
// chosen city, or the nearest) says who, what help, where, whether it is open
// now, how old the information is, and gives one tap to call, write on
// WhatsApp or get directions; its other offices are one tap away. "Details"
// opens the full org card.
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { StaticValue } from 'lit/static-html.js';
import type { DirectoryIndex } from '../../directory/directory-index.js';
import type { ResultGroup, ResultOffice } from '../../directory/search/find-services.js';
import { pickText } from '../../directory/localized-text.js';
import { openState } from '../../directory/opening-hours.js';
import { displayPhone } from '../../directory/phone-display.js';
import type { SaidDistance } from '../../directory/distance.js';
import { taxonomyLabel } from '../../internal/labels.js';
import { telHref, whatsappHref } from '../../internal/safe-links.js';
import { addressLine, directionsFor, renderHours } from '../org-card/office.js';
import { formatCount, numberFormat } from '../../internal/intl-cache.js';
import { heading } from '../../internal/heading.js';
import { renderInformationAge } from '../../internal/age-line.js';
import { renderCorrectionLink } from '../../internal/correction.js';
import { renderNoContact } from '../../internal/no-contact.js';
import { mayHaveStopped, renderStatus } from '../../internal/status-line.js';
import { isolated, isolatedList } from '../../internal/bidi.js';
import { renderRecordActions } from '../../internal/record-actions.js';

export interface ResultView {
  group: ResultGroup;
  index: DirectoryIndex;
  titleTag: StaticValue;
  locale: string;
  /** The element lays out right to left. */
  rtl: boolean;
  now: Date;
  expanded: boolean;
  onToggle: () => void;
  /** The other offices are shown. */
  othersShown: boolean;
  onOthers: () => void;
  /** The full org card, rendered by the finder when the result is open. */
  details: unknown;
  /** Years after which the information "may have changed". */
  staleAfter: number;
  /** Where mistakes are reported (see correctionChannel); no link without one. */
  correctionChannel?: string;
}

function quickActions({ entry }: ResultOffice) {
  const location = entry.location;
  // A press line is never offered as the way to get help.
  const phones = [...(location?.phones ?? []), ...(entry.org.phones ?? [])].filter((p) => p.number && p.purpose !== 'media');
  const call = phones.find((p) => (!p.type || p.type === 'voice' || p.type === 'cell') && telHref(p.number!));
  const whatsapp = phones.find((p) => p.whatsapp);
  // No directions to an office that may be closed.
  const directions = location && !mayHaveStopped(location) ? directionsFor(location) : undefined;
  if (!call && !whatsapp && !directions) return nothing;
  return html`<p class="quick-actions" part="actions">
    ${call
      ? html`<a class="action" href=${telHref(call.number!)!}
          >${msg('Llamar')} <bdi dir="ltr" translate="no">${displayPhone(call.number!)}</bdi></a
        >`
      : nothing}
    ${whatsapp
      ? html`<a class="action" href=${whatsappHref(whatsapp.number!)!} target="_blank" rel="noopener noreferrer" referrerpolicy="no-referrer">${msg('WhatsApp')}</a>`
      : nothing}
    ${directions
      ? html`<a class="action" href=${directions} target="_blank" rel="noopener noreferrer" referrerpolicy="no-referrer">${msg('Cómo llegar')}</a>`
      : nothing}
  </p>`;
}

/** "a 2,3 km" to a known door; "a unos 15 km del centro de Tapachula" when only the city is known. */
function distanceText(distance: SaidDistance, cityName: string, locale: string) {
  const km = numberFormat(locale, { style: 'unit', unit: 'kilometer', maximumFractionDigits: 1 }).format(distance.km);
  return distance.toCityCentre ? msg(html`a unos ${km} del centro de ${isolated(cityName)}`) : msg(str`a ${km}`);
}

function where({ entry, distance }: ResultOffice, locale: string) {
  if (entry.location) {
    const address = entry.location.addresses?.[0];
    const city = entry.city?.name ?? '';
    return html`<p class="where">
      ${address
        ? html`<span translate="no" dir="auto">${addressLine(address)}</span>`
        : html`${msg('Ubicación aproximada:')} <span translate="no">${city}</span>`}${distance ? html` · ${distanceText(distance, city, locale)}` : nothing}
    </p>`;
  }
  const areas = entry.areas!;
  return html`<p class="where">
    ${areas.national
      ? msg('Sin oficina aquí: atiende en todo México o a distancia.')
      : areas.states.length
        ? html`${msg('Sin oficina aquí: atiende en')} <span translate="no">${isolatedList(areas.states, locale)}</span>.`
        : msg('El directorio no dice dónde atiende: use sus datos de contacto.')}
  </p>`;
}

/** The office, or else every service shown, that may no longer work (then no "open now" is claimed). */
function stoppedRecord({ entry, services }: ResultOffice) {
  return entry.location && mayHaveStopped(entry.location) ? entry.location : services.every(mayHaveStopped) ? services[0] : undefined;
}

/**
 * Its status when it may no longer work; else open now, closed now, or, for
 * an office whose hours are not known, that saying so is all we can do.
 */
function stateLines(office: ResultOffice, locale: string, now: Date) {
  const location = office.entry.location;
  const stopped = stoppedRecord(office);
  if (stopped) return renderStatus(stopped, locale);
  if (!location) return nothing;
  const state = openState(location.schedules, location.timezone, now);
  return html`<p class="open-state ${state}" part="open-state">
    ${state === 'unknown' ? msg('Horario desconocido: llame antes de ir') : html`<strong>${state === 'open' ? msg('Abierto ahora') : msg('Cerrado ahora')}</strong>`}
  </p>`;
}

/** How old the office's information is, from its organisation, the office and its services. */
const age = ({ entry, services }: ResultOffice, view: ResultView) =>
  renderInformationAge([entry.org, entry.location, ...services], view.staleAfter, view.locale, view.now);

/** One more office of the organisation, in the list one tap away. */
function otherOffice(office: ResultOffice, view: ResultView) {
  const name = office.entry.location ? pickText(office.entry.location.name, view.locale) : undefined;
  return html`<li class="other-office" tabindex="-1">
    ${name ? html`<p class="office-name" lang=${name.lang} dir="auto" translate="no">${name.text}</p>` : nothing}
    ${where(office, view.locale)} ${stateLines(office, view.locale, view.now)} ${age(office, view)} ${quickActions(office)}
  </li>`;
}

export function renderResult(view: ResultView) {
  const { group, index, titleTag, locale, now, expanded, onToggle, othersShown, onOthers, details } = view;
  const [first, ...others] = group.offices;
  const { entry, services } = first;
  const name = pickText(entry.org.name, locale);
  const alternate = pickText(entry.org.alternate_name, locale);
  const office = entry.location ? pickText(entry.location.name, locale) : undefined;
  const types = [...new Set(services.flatMap((s) => s.taxonomy))].map(taxonomyLabel);
  // "Free" only when every service shown here has a source that says so.
  if (services.length && services.every((s) => s.free === true)) types.push(msg('Gratuito'));
  const key = entry.org.id;
  return html`<li class="result" part="result" tabindex="-1">
    <article aria-labelledby=${`result-${key}`}>
      ${heading(
        titleTag,
        html`${name ? html`<span lang=${name.lang} dir="auto" translate="no">${name.text}</span>` : entry.org.id}
          ${alternate && alternate.text !== name?.text ? html` <span class="alternate" lang=${alternate.lang} dir="auto" translate="no">(${alternate.text})</span>` : nothing}`,
        { id: `result-${key}`, class: 'result-name', dir: 'auto' },
      )}
      <p class="types">${types.length ? types.join(' · ') : msg('Las fuentes no dicen qué tipo de ayuda da.')}</p>
      ${office ? html`<p class="office-name" lang=${office.lang} dir="auto" translate="no">${office.text}</p>` : nothing}
      ${where(first, locale)} ${stateLines(first, locale, now)}
      ${entry.location ? html`<div class="print-only">${renderHours(entry.location, locale, now)}</div>` : nothing}
      ${age(first, view)} ${quickActions(first)}
      ${renderRecordActions({ org: entry.org, location: entry.location, services }, { locale, rtl: view.rtl, link: { org: entry.org.id, location: entry.location?.id } })}
      ${entry.location
        ? renderNoContact(index, entry.org, [entry.location], entry.location.city_id ? [entry.location.city_id] : [], locale)
        : renderNoContact(index, entry.org, entry.org.locations, [], locale)}
      ${others.length
        ? html`<button type="button" class="others-toggle" aria-expanded=${othersShown ? 'true' : 'false'} aria-controls=${`others-${key}`} @click=${onOthers}>
            ${msg(str`Otras oficinas (${formatCount(others.length, locale)})`)}
          </button>`
        : nothing}
      <button type="button" class="toggle" aria-expanded=${expanded ? 'true' : 'false'} aria-controls=${`details-${key}`} @click=${onToggle}>
        ${expanded ? msg('Ocultar detalles') : msg('Ver detalles')}
      </button>
      ${others.length
        ? html`<ul id=${`others-${key}`} class="other-offices" part="other-offices" ?hidden=${!othersShown}>
            ${othersShown ? others.map((o) => otherOffice(o, view)) : nothing}
          </ul>`
        : nothing}
      <div id=${`details-${key}`} class="details" ?hidden=${!expanded}>${expanded ? details : nothing}</div>
      ${renderCorrectionLink(view.correctionChannel, {
        id: entry.key,
        name: [name?.text ?? entry.org.id, office?.text].filter(Boolean).join(' — '),
      })}
    </article>
  </li>`;
}
