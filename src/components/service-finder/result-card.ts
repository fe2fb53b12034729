// One search result, compact: who, what help, where, open now, how old the
// information is, and one tap to call, write on WhatsApp or get directions.
// "Details" opens the full org card.
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { StaticValue } from 'lit/static-html.js';
import type { Service } from '../../directory/format.js';
import type { DirectoryIndex } from '../../directory/directory-index.js';
import type { FinderEntry } from '../../directory/finder-entries.js';
import { pickText } from '../../directory/localized-text.js';
import { openState } from '../../directory/opening-hours.js';
import { displayPhone } from '../../directory/phone-display.js';
import { taxonomyLabel } from '../../internal/labels.js';
import { telHref, whatsappHref } from '../../internal/safe-links.js';
import { addressLine, directionsFor } from '../org-card/office.js';
import { numberFormat } from '../../internal/intl-cache.js';
import { heading } from '../../internal/heading.js';
import { renderInformationAge } from '../../internal/age-line.js';
import { renderCorrectionLink } from '../../internal/correction.js';
import { renderNoContact } from '../../internal/no-contact.js';
import { mayHaveStopped, renderStatus } from '../../internal/status-line.js';
import { isolatedList } from '../../internal/bidi.js';

export interface ResultView {
  entry: FinderEntry;
  index: DirectoryIndex;
  services: Service[];
  titleTag: StaticValue;
  locale: string;
  now: Date;
  distanceKm?: number;
  expanded: boolean;
  onToggle: () => void;
  /** The full org card, rendered by the finder when the result is open. */
  details: unknown;
  /** Years after which the information "may have changed". */
  staleAfter: number;
  /** Where mistakes are reported (see correctionChannel); no link without one. */
  correctionChannel?: string;
}

function quickActions(entry: FinderEntry) {
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
      ? html`<a class="action" href=${whatsappHref(whatsapp.number!)!} target="_blank" rel="noopener noreferrer">${msg('WhatsApp')}</a>`
      : nothing}
    ${directions
      ? html`<a class="action" href=${directions} target="_blank" rel="noopener noreferrer">${msg('Cómo llegar')}</a>`
      : nothing}
  </p>`;
}

function where(entry: FinderEntry, locale: string, distance: number | undefined) {
  if (entry.location) {
    const address = entry.location.addresses?.[0];
    const distanceText =
      distance === undefined
        ? ''
        : ` · ${msg(str`a ${numberFormat(locale, { style: 'unit', unit: 'kilometer', maximumFractionDigits: distance < 10 ? 1 : 0 }).format(distance)}`)}`;
    return html`<p class="where">
      ${address
        ? html`<span translate="no" dir="auto">${addressLine(address)}</span>`
        : html`${msg('Ubicación aproximada:')} <span translate="no">${entry.city?.name ?? ''}</span>`}${distanceText}
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

export function renderResult(view: ResultView) {
  const { entry, index, services, titleTag, locale, now, distanceKm, expanded, onToggle, details } = view;
  const name = pickText(entry.org.name, locale);
  const alternate = pickText(entry.org.alternate_name, locale);
  const office = entry.location ? pickText(entry.location.name, locale) : undefined;
  const types = [...new Set(services.flatMap((s) => s.taxonomy))].map(taxonomyLabel);
  // "Free" only when every service shown here has a source that says so.
  if (services.length && services.every((s) => s.free === true)) types.push(msg('Gratuito'));
  // The office, or else every service shown, may no longer work: say so and why, and claim no "open now".
  const stopped = entry.location && mayHaveStopped(entry.location) ? entry.location : services.every(mayHaveStopped) ? services[0] : undefined;
  const state = entry.location && !stopped ? openState(entry.location.schedules, entry.location.timezone, now) : 'unknown';
  const detailsId = `details-${entry.key}`;
  const headingId = `result-${entry.key}`;
  return html`<li class="result" part="result">
    <article aria-labelledby=${headingId}>
      ${heading(
        titleTag,
        html`${name ? html`<span lang=${name.lang} dir="auto" translate="no">${name.text}</span>` : entry.org.id}
          ${alternate && alternate.text !== name?.text ? html` <span class="alternate" lang=${alternate.lang} dir="auto" translate="no">(${alternate.text})</span>` : nothing}`,
        { id: headingId, class: 'result-name', dir: 'auto' },
      )}
      <p class="types">${types.length ? types.join(' · ') : msg('Las fuentes no dicen qué tipo de ayuda da.')}</p>
      ${office ? html`<p class="office-name" lang=${office.lang} dir="auto" translate="no">${office.text}</p>` : nothing}
      ${where(entry, locale, distanceKm)}
      ${stopped ? renderStatus(stopped, locale) : nothing}
      ${renderInformationAge([entry.org, entry.location, ...services], view.staleAfter, locale, now)}
      ${state === 'unknown'
        ? nothing
        : html`<p class="open-state ${state}" part="open-state"><strong>${state === 'open' ? msg('Abierto ahora') : msg('Cerrado ahora')}</strong></p>`}
      ${quickActions(entry)}
      ${entry.location
        ? renderNoContact(index, entry.org, [entry.location], entry.location.city_id ? [entry.location.city_id] : [], locale)
        : renderNoContact(index, entry.org, entry.org.locations, [], locale)}
      <button type="button" class="toggle" aria-expanded=${expanded ? 'true' : 'false'} aria-controls=${detailsId} @click=${onToggle}>
        ${expanded ? msg('Ocultar detalles') : msg('Ver detalles')}
      </button>
      <div id=${detailsId} class="details" ?hidden=${!expanded}>${expanded ? details : nothing}</div>
      ${renderCorrectionLink(view.correctionChannel, {
        id: entry.key,
        name: [name?.text ?? entry.org.id, office?.text].filter(Boolean).join(' — '),
      })}
    </article>
  </li>`;
}
