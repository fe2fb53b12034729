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
import type { SaidDistance } from '../../directory/distance.js';
import { taxonomyLabel } from '../../internal/labels.js';
import { telHref, whatsappHref } from '../../internal/safe-links.js';
import { phoneNumber, whatsappLink } from '../../internal/contacts.js';
import { newTab } from '../../internal/link-names.js';
import { formatCountries, formatList, onlyMexico } from '../../internal/format.js';
import { addressLine, directionsFor, renderHours } from '../org-card/office.js';
import { numberFormat } from '../../internal/intl-cache.js';
import { counted } from '../../internal/plural.js';
import { heading } from '../../internal/heading.js';
import { renderInformationAge } from '../../internal/age-line.js';
import { officeRecordName, renderCorrectionLink } from '../../internal/correction.js';
import { renderNoContact } from '../../internal/no-contact.js';
import { howToAsk } from '../../directory/reachable.js';
import { mayHaveStopped, renderStatus } from '../../internal/status-line.js';
import { dataName, isolatedList, placeLanguage, placeName } from '../../internal/bidi.js';
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
  /** The language of a single-language `src` (`data-lang`): that of addresses outside Mexico. */
  dataLang?: string;
  /** The first frame with results: the hours on paper, which the screen does not show, wait for the next render. */
  firstFrame?: boolean;
}

/**
 * Call, WhatsApp and directions, one tap each. Each link's name says whom it reaches ("Llamar a
 * Casa del Migrante: 664 …", "Cómo llegar a Casa del Migrante en Tijuana") and, for those that
 * open another tab, that they do.
 */
function quickActions({ entry }: ResultOffice, locale: string) {
  const location = entry.location;
  // A press line is never offered as the way to get help.
  const phones = [...(location?.phones ?? []), ...(entry.org.phones ?? [])].filter((p) => p.number && p.purpose !== 'media');
  const call = phones.find((p) => (!p.type || p.type === 'voice' || p.type === 'cell') && telHref(p.number!));
  const whatsapp = phones.find((p) => p.whatsapp);
  // No directions to an office that may be closed.
  const directions = location && !mayHaveStopped(location) ? directionsFor(location) : undefined;
  if (!call && !whatsapp && !directions) return nothing;
  const who = dataName(pickText(entry.org.name, locale), entry.org.id);
  const place = location?.name ? dataName(pickText(location.name, locale), location.id) : who;
  const number = call && phoneNumber(call);
  return html`<p class="quick-actions" part="actions">
    ${call ? html`<a class="action" href=${telHref(call.number!)!}>${msg(html`Llamar <span class="visually-hidden">a ${who}: </span>${number}`)}</a>` : nothing}
    ${whatsapp ? whatsappLink(whatsappHref(whatsapp.number!)!, who, 'action') : nothing}
    ${directions
      ? html`<a class="action" href=${directions} target="_blank" rel="noopener noreferrer" referrerpolicy="no-referrer"
          >${msg(html`Cómo llegar<span class="visually-hidden"> a ${place}</span>`)}${newTab()}</a
        >`
      : nothing}
  </p>`;
}

/** "a 2,3 km de usted" to a known door; "a unos 15 km del centro de Tapachula" when only the city is known. */
function distanceText(distance: SaidDistance, cityName: string, locale: string) {
  const km = numberFormat(locale, { style: 'unit', unit: 'kilometer', maximumFractionDigits: 1 }).format(distance.km);
  return distance.toCityCentre ? msg(html`a unos ${km} del centro de ${placeName(cityName)}`) : msg(str`a ${km} de usted`);
}

function where({ entry, distance }: ResultOffice, locale: string, dataLang?: string) {
  if (entry.location) {
    const address = entry.location.addresses?.[0];
    const city = entry.city?.name ?? '';
    return html`<p class="where">${address
        ? html`<span translate="no" dir="auto" lang=${placeLanguage(address.country, dataLang)}>${addressLine(address)}</span>`
        : msg(html`En ${placeName(city)} (no tenemos la dirección)`)}${distance ? html`<span>${' · '}</span>${distanceText(distance, city, locale)}` : nothing}</p>`;
  }
  const areas = entry.areas!;
  return html`<p class="where">
    ${areas.national
      ? !areas.countries.length
        ? msg('No tiene oficina aquí. Ayuda a distancia.')
        : onlyMexico(areas.countries)
          ? msg('No tiene oficina aquí. Ayuda en todo México o a distancia.')
          : msg(str`No tiene oficina aquí. Ayuda en todo el país (${formatCountries(areas.countries, locale)}) o a distancia.`)
      : areas.states.length
        ? msg(html`No tiene oficina aquí. Ayuda en ${html`<span translate="no">${isolatedList(areas.states, locale, 'es')}</span>`}.`)
        : msg('No sabemos dónde atiende: use sus teléfonos o correos.')}
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
  const ask = askBy(office);
  return html`<p class="open-state ${state}" part="open-state">
    ${state !== 'unknown'
      ? html`<strong>${state === 'open' ? msg('Abierto ahora') : msg('Cerrado ahora')}</strong>`
      : ask === 'call'
        ? msg('No sabemos el horario: llame antes de ir')
        : ask
          ? msg('No sabemos el horario: pregunte antes de ir')
          : msg('No sabemos el horario')}
  </p>`;
}

/** How a person can ask about this office before going: its own contacts and its organisation's (those the result shows). */
const askBy = ({ entry }: ResultOffice) => howToAsk(entry.org, entry.location ? [entry.location] : entry.org.locations);

/** How old the office's information is, from its organisation, the office and its services. */
const age = (office: ResultOffice, view: ResultView) =>
  renderInformationAge([office.entry.org, office.entry.location, ...office.services], view.staleAfter, view.locale, view.now, askBy(office));

/** One more office of the organisation, in the list one tap away. */
function otherOffice(office: ResultOffice, view: ResultView) {
  const name = office.entry.location ? pickText(office.entry.location.name, view.locale) : undefined;
  return html`<li class="other-office" tabindex="-1">
    ${name ? html`<p class="office-name" lang=${name.lang} dir="auto" translate="no">${name.text}</p>` : nothing}
    ${where(office, view.locale, view.dataLang)} ${stateLines(office, view.locale, view.now)} ${age(office, view)} ${quickActions(office, view.locale)}
  </li>`;
}

export function renderResult(view: ResultView) {
  const { group, index, titleTag, locale, now, expanded, onToggle, othersShown, onOthers, details } = view;
  const [first, ...others] = group.offices;
  const { entry, services } = first;
  const name = pickText(entry.org.name, locale);
  // An alternate name that has its own brackets ("HIAS (Hebrew …)") is not put in another pair.
  const alternate = pickText(entry.org.alternate_name, locale);
  const office = entry.location ? pickText(entry.location.name, locale) : undefined;
  const types = [...new Set(services.flatMap((s) => s.taxonomy))].map(taxonomyLabel);
  // "Free" only when every service shown here has a source that says so.
  const free = services.length > 0 && services.every((s) => s.free === true);
  const key = entry.org.id;
  const who = dataName(name, entry.org.id);
  return html`<li class="result" part="result" tabindex="-1">
    <article aria-labelledby=${`result-${key}`}>
      ${heading(
        titleTag,
        html`${name ? html`<span lang=${name.lang} dir="auto" translate="no">${name.text}</span>` : entry.org.id}${alternate && alternate.text !== name?.text ? html`<span class="alternate" lang=${alternate.lang} dir="auto" translate="no"
              >${alternate.text.includes('(') ? ` — ${alternate.text}` : ` (${alternate.text})`}</span
            >` : nothing}`,
        { id: `result-${key}`, class: 'result-name', dir: 'auto' },
      )}
      <p class="types">${types.length ? formatList(types, locale, 'unit') : msg('No sabemos qué tipo de ayuda da.')}${free
          ? html`<span>${' · '}</span><span class="free">${msg('Gratis')}</span>`
          : nothing}</p>
      ${office ? html`<p class="office-name" lang=${office.lang} dir="auto" translate="no">${office.text}</p>` : nothing}
      ${where(first, locale, view.dataLang)} ${stateLines(first, locale, now)}
      ${entry.location ? html`<div class="print-only">${view.firstFrame ? nothing : renderHours(entry.location, locale, now)}</div>` : nothing}
      ${age(first, view)} ${quickActions(first, locale)}
      ${renderRecordActions({ org: entry.org, location: entry.location, services }, { locale, rtl: view.rtl, link: { org: entry.org.id, location: entry.location?.id } })}
      ${entry.location
        ? renderNoContact(index, entry.org, [entry.location], entry.location.city_id ? [entry.location.city_id] : [], locale)
        : renderNoContact(index, entry.org, entry.org.locations, [], locale)}
      ${others.length
        ? html`<button type="button" class="others-toggle" aria-expanded=${othersShown ? 'true' : 'false'} aria-controls=${`others-${key}`} @click=${onOthers}>
            ${msg(html`${counted(msg('one{Otra oficina (#)}other{Otras oficinas (#)}'), others.length, locale)}<span class="visually-hidden"> de ${who}</span>`)}
          </button>`
        : nothing}
      <button type="button" class="toggle" aria-expanded=${expanded ? 'true' : 'false'} aria-controls=${`details-${key}`} @click=${onToggle}>
        ${expanded ? msg(html`Ocultar detalles<span class="visually-hidden"> de ${who}</span>`) : msg(html`Ver detalles<span class="visually-hidden"> de ${who}</span>`)}
      </button>
      ${others.length
        ? html`<ul id=${`others-${key}`} class="other-offices" part="other-offices" ?hidden=${!othersShown}>
            ${othersShown ? others.map((o) => otherOffice(o, view)) : nothing}
          </ul>`
        : nothing}
      <div id=${`details-${key}`} class="details" ?hidden=${!expanded}>${expanded ? details : nothing}</div>
      ${renderCorrectionLink(view.correctionChannel, {
        id: entry.key,
        name: officeRecordName(name?.text ?? entry.org.id, office?.text),
      }, who)}
    </article>
  </li>`;
}
