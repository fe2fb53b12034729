// Whether a person can reach an organisation from the directory, and which
// other organisations they can reach instead when they cannot: a record with
// no phone, e-mail or website must not leave a person without a next step.
import type { DirectoryIndex } from './directory-index.js';
import type { Email, Location, Organization, Phone } from './format.js';
import { areasOf, countriesServed } from './service-areas.js';

/** A phone a person can use: not a fax, not the press's. */
const usablePhone = (p: Phone) => !!p.number && p.type !== 'fax' && p.purpose !== 'media';
/** A phone a person can call (not one only for text messages). */
const callable = (p: Phone) => usablePhone(p) && p.type !== 'text';
/** An e-mail address not for the press. */
const usableEmail = (e: Email) => !!e.email && e.purpose !== 'media';
const websiteOf = (record: Organization | Location) => (record as Organization).website ?? (record as Location).url;

/** Whether a record has a phone a person can call or write to, an e-mail not for the press, or a website. */
export const contactOn = (record: Organization | Location) => !!websiteOf(record) || !!record.phones?.some(usablePhone) || !!record.emails?.some(usableEmail);

/** How a person can ask before going: by calling, by writing (WhatsApp, SMS, e-mail, a website), or not at all from the directory. */
export type AskBy = 'call' | 'write' | undefined;

/**
 * How a person can ask the organisation about `offices` (by default all of
 * its offices still listed) before going there: `call` with a phone to call,
 * `write` with only WhatsApp, SMS, an e-mail or a website, undefined with no
 * contact at all (then "no contact in the directory" says who can be reached
 * instead). Another city's office phone does not count for an office that
 * has none: it is not shown beside it.
 */
export function howToAsk(org: Organization, offices: readonly Location[] = org.locations.filter((l) => l.status !== 'defunct')): AskBy {
  const records = [org, ...offices];
  if (records.some((r) => r.phones?.some(callable))) return 'call';
  return records.some(contactOn) ? 'write' : undefined;
}

/**
 * How many ways a person can reach an office, or an organisation without
 * one, from the directory: a phone to call, WhatsApp or SMS, an e-mail, a
 * website (its own or its organisation's; never the press's, never a fax).
 * 0 to 4: the finder's tie-break.
 */
export function waysToReach(org: Organization, location?: Location): number {
  const records = location ? [location, org] : [org];
  const phones = records.flatMap((r) => r.phones ?? []).filter(usablePhone);
  return (
    Number(phones.some(callable)) +
    Number(phones.some((p) => p.whatsapp || p.sms || p.type === 'text')) +
    Number(records.some((r) => r.emails?.some(usableEmail))) +
    Number(records.some(websiteOf))
  );
}

/** Whether a person can reach the organisation about `offices` from the directory at all (see howToAsk). */
export function hasContact(org: Organization, offices?: readonly Location[]): boolean {
  return !!howToAsk(org, offices);
}

export interface Alternatives {
  /** `city`: they serve one of the cities asked about; `national`: none does, so these work in a whole country. */
  where: 'city' | 'national';
  organizations: Organization[];
  /** For `national`: the countries they work in as a whole (ISO 3166 codes: ["MX"]). */
  countries: string[];
}

/**
 * Organisations a person can reach instead of `org`: those that serve one of
 * `cityIds` and can be asked about it (an open office there with a contact of
 * its own or of its organisation, or work in the whole state and a contact of
 * the organisation); when there are none, those that work in a whole country
 * and have a contact. Never `org` itself, nor one whose services are all for
 * organisations rather than people.
 */
export function reachableAlternatives(index: DirectoryIndex, org: Organization, cityIds: readonly string[]): Alternatives {
  const candidates = index.organizations.filter(
    (o) => o !== org && (o.status ?? 'active') === 'active' && hasContact(o) && !o.services.every((s) => s.populations.includes('organizations')),
  );
  const states = new Set(cityIds.map((id) => index.city(id)?.state_province));
  const servesHere = (o: Organization) =>
    o.locations.some((l) => (l.status ?? 'active') === 'active' && cityIds.includes(l.city_id!) && (contactOn(l) || contactOn(o))) ||
    (contactOn(o) && areasOf(o).some((a) => a.state_province && states.has(a.state_province)));
  const here = candidates.filter(servesHere);
  if (here.length) return { where: 'city', organizations: here, countries: [] };
  const national = candidates.filter((o) => areasOf(o).some((a) => !a.state_province));
  return { where: 'national', organizations: national, countries: countriesServed(national.flatMap(areasOf)) };
}
