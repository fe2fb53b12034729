// What a person takes away from one record, by message, contact file or
// paper: who, what help, where, how to call and when. Only the directory's
// facts: nothing about the person who shares it.
import { msg } from '@lit/localize';
import type { Address, Email, Location, Organization, Phone, Service } from '../directory/format.js';
import { pickText } from '../directory/localized-text.js';
import { displayPhone } from '../directory/phone-display.js';
import { inForce } from '../directory/opening-hours.js';
import { addressLine } from '../components/org-card/office.js';
import { formatDays, formatList, formatTimeRange } from './format.js';
import { EMAIL, webHref } from './safe-links.js';

/** One organisation as a result or a card shows it: with the office shown, if one is, and the services shown. */
export interface RecordView {
  org: Organization;
  location?: Location;
  services: readonly Service[];
}

export interface RecordFacts {
  name: string;
  office?: string;
  services: string[];
  address?: Address;
  /** Phones to call or write to (no press lines), office first. */
  phones: Phone[];
  emails: Email[];
  website?: string;
  /** Weekly hours in force today, in words: "lunes–viernes 9:00–17:00". */
  hours: string[];
}

const text = (value: Parameters<typeof pickText>[0], locale: string) => pickText(value, locale)?.text;

/** The facts of a record, in `locale` (names fall back as pickText does). */
export function recordFacts({ org, location, services }: RecordView, locale: string): RecordFacts {
  const today = new Date().toISOString().slice(0, 10);
  return {
    name: text(org.name, locale) ?? org.id,
    office: location && text(location.name, locale),
    services: services.map((s) => text(s.name, locale)!).filter(Boolean),
    address: location?.addresses?.[0],
    phones: [...(location?.phones ?? []), ...(org.phones ?? [])].filter((p) => p.number && p.purpose !== 'media'),
    emails: [...(location?.emails ?? []), ...(org.emails ?? [])].filter((e) => e.purpose !== 'media' && EMAIL.test(e.email)),
    website: webHref(org.website),
    hours: (location?.schedules ?? [])
      .filter((s) => s.byday && s.opens_at && s.closes_at && inForce(s, today))
      .map((s) => `${formatDays(s.byday!, locale)} ${formatTimeRange(s.opens_at!, s.closes_at!, locale)}`),
  };
}

/**
 * The message "Share" sends: name, services, office, address, phones, hours
 * and the link to the record, one a line, in the element's language (call
 * while rendering). In a right-to-left language a phone number has a
 * left-to-right mark (U+200E) before and after it, or its digit groups would be
 * shown in reverse order (Unicode Standard Annex #9, rule W7: digits after a
 * left-to-right letter are laid out left to right). Not isolates (U+2066…U+2069):
 * the number stays a plain run of digits and spaces, which SMS and WhatsApp
 * apps recognise and link. Lists are written as `locale` writes them (Arabic "،").
 */
export function shareText(facts: RecordFacts, url: string, rtl: boolean, locale: string): string {
  const { name, services, office, address, phones, hours } = facts;
  const phone = (p: Phone) => (rtl ? `\u200e${displayPhone(p.number!)}\u200e` : displayPhone(p.number!));
  return [
    name,
    formatList(services, locale, 'unit'),
    office,
    address && `${msg('Dirección')}: ${addressLine(address)}`,
    phones.length && `${msg('Teléfono')}: ${formatList(phones.map(phone), locale, 'unit')}`,
    hours.length && `${msg('Horario')}: ${formatList(hours, locale, 'unit')}`,
    url,
  ]
    .filter(Boolean)
    .join('\n');
}
