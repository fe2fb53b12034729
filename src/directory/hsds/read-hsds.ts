// Reads Open Referral HSDS 3.0 JSON as partners publish it into Camino's
// directory format, in the browser, so a partner's `src` works as it is:
// a compiled organization (one, a list, or a page `{ "contents": [...] }`) or
// compiled services (the same three shapes), told apart by their fields.
// data/README.md has the mapping, field by field. Records keep their HSDS
// fields (Camino's have the same names where HSDS has them); what comes out
// is checked like any partner directory (check-directory.ts), which drops a
// wrong-typed field with its path and names, in one note, the HSDS fields
// Camino does not show.
import { isObject, languageTag, POPULATIONS, TAXONOMY_IDS } from '../check-directory.js';
import { foldForMatching } from '../text-match.js';
import { kindOfTerm } from './kinds-of-help.js';

type Json = Record<string, unknown>;

export interface HsdsReading {
  /** A Camino directory, not yet checked; absent when the file is HSDS but holds neither organisations nor services. */
  directory?: Json;
  notes: string[];
  /** Why a file of other HSDS objects (locations, services at locations, taxonomies) is not a directory. */
  refused?: string;
}

/**
 * What an HSDS object other than an organisation or a service is, by a field only it has (HSDS 3.0
 * schemas service_at_location.json, location.json, where `location_type` is required, taxonomy_term.json,
 * taxonomy.json).
 */
const otherKind = (item: Json) =>
  'service' in item ? 'service_at_location'
  : 'location_type' in item ? 'location'
  : 'code' in item ? 'taxonomy_term'
  : 'version' in item ? 'taxonomy'
  : undefined;

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
/** A time of day as HSDS writes it: "10:00", "10:00:00", with an optional "Z" or UTC offset. */
const TIME_OF_DAY = /^(\d{1,2}):(\d\d)(?::\d\d(?:\.\d+)?)?\s*(Z|[+-]\d\d(?::?\d\d)?)?$/i;
/** iCalendar rules Camino cannot judge "open now" by. */
const IRREGULAR = ['byweekno', 'bymonthday', 'byyearday', 'count', 'until'];

/** An IANA zone for a fixed UTC offset in hours (Etc/GMT counts the other way), when whole. */
const offsetZone = (hours: number) =>
  Number.isInteger(hours) && Math.abs(hours) <= 14 ? (hours ? `Etc/GMT${hours > 0 ? '-' : '+'}${Math.abs(hours)}` : 'UTC') : undefined;

/**
 * @param input parsed JSON: HSDS, or anything else (then undefined is returned)
 * @param language BCP 47 language of the feed's text (the element's `data-lang`);
 *   without it, the document's own top-level `language`
 */
export function readHsds(input: unknown, language?: string | null): HsdsReading | undefined {
  const page = isObject(input) && Array.isArray(input.contents) ? input : undefined;
  const items = Array.isArray(input) ? input : page ? (page.contents as unknown[]) : isObject(input) && 'id' in input && !('camino_directory' in input) ? [input] : undefined;
  if (!items) return undefined;
  const notes: string[] = [];
  const document = (page ?? (Array.isArray(input) ? {} : input)) as Json;
  const lang = (language && languageTag(language)) || (typeof document.language === 'string' && languageTag(document.language)) || 'und';
  if (lang === 'und') notes.push('HSDS text of no language: set data-lang="en" (or a top-level "language")');
  if (page && Number(page.total_pages) > 1) notes.push(`page ${page.page_number} of ${page.total_pages} of an HSDS list: only its records are shown`);
  const partnerKinds = isObject(document.camino_taxonomy) ? document.camino_taxonomy : {};

  const text = (v: unknown) => (typeof v === 'string' ? (v.trim() ? { [lang]: v.trim() } : undefined) : v);
  /** An HSDS record as Camino's: the same fields, its text by language. */
  const texts = (record: Json, ...keys: string[]) => Object.fromEntries(keys.map((key) => [key, text(record[key])]));

  const phone = (p: unknown) => {
    if (!isObject(p)) return p;
    const type = typeof p.type === 'string' ? foldForMatching(p.type) : '';
    return {
      ...p,
      ...texts(p, 'description'),
      type: type === 'fax' ? 'fax' : type === 'text' || type === 'sms' ? 'text' : type === 'cell' || type === 'mobile' ? 'cell' : 'voice',
    };
  };
  /**
   * Weekly hours with days and times become Camino's hours, judged for "open
   * now"; anything else (by month, by week number, every other week, a set
   * number of times) keeps only its words, which Camino cannot judge.
   */
  const schedule = (s: unknown, label?: unknown) => {
    if (!isObject(s)) return s;
    const opens = TIME_OF_DAY.exec(String(s.opens_at));
    const closes = TIME_OF_DAY.exec(String(s.closes_at));
    const weekly = (s.freq ?? 'WEEKLY') === 'WEEKLY' && Number(s.interval ?? 1) === 1 && typeof s.byday === 'string' && opens && closes && !IRREGULAR.some((rule) => s[rule] != null && s[rule] !== '');
    const hhmm = (time: RegExpExecArray) => `${time[1].padStart(2, '0')}:${time[2]}`;
    // "09:00-05:00": the offset is the zone of the times; an offset with minutes has no Etc zone.
    const offset = /^([+-]\d\d):?(\d\d)?$/.exec(opens?.[3] ?? '');
    return {
      ...(weekly ? { freq: 'WEEKLY', byday: (s.byday as string).toUpperCase().replace(/\s/g, ''), opens_at: hhmm(opens!), closes_at: hhmm(closes!) } : {}),
      timezone:
        typeof s.timezone === 'number' ? offsetZone(s.timezone)
        : /^z$/i.test(opens?.[3] ?? '') ? 'UTC'
        : offset && !Number(offset[2]) ? offsetZone(Number(offset[1]))
        : undefined,
      description: label,
      notes: text([s.description, s.notes].filter((n) => typeof n === 'string' && n.trim()).join(' ')),
      valid_from: s.valid_from,
      valid_to: s.valid_to,
    };
  };

  /** Kinds of help and people served, from a service's taxonomy terms. */
  const classify = (attributes: unknown) => {
    const taxonomy = new Set<string>();
    const populations = new Set<string>();
    for (const attribute of list(attributes)) {
      const term = isObject(attribute) && attribute.taxonomy_term;
      if (!isObject(term)) continue;
      const scheme = typeof term.taxonomy === 'string' ? foldForMatching(term.taxonomy) : '';
      if (scheme === 'camino populations' && POPULATIONS.includes(term.code as never)) populations.add(term.code as string);
      else {
        const kind = scheme === 'camino' && TAXONOMY_IDS.includes(term.code as never) ? (term.code as string) : kindOfTerm(term, partnerKinds);
        if (kind) taxonomy.add(kind);
      }
    }
    return { taxonomy: [...taxonomy], populations: [...populations] };
  };

  // Services published on their own name their organisation: group them under it.
  const groups = new Map<unknown, { org: Json; services: unknown[] }>();
  const group = (org: Json) => {
    let found = groups.get(org.id);
    if (!found) groups.set(org.id, (found = { org, services: [] }));
    return found;
  };
  const others = new Set<string>();
  for (const item of items) {
    const kind = isObject(item) && otherKind(item);
    if (!isObject(item)) notes.push(`an HSDS item is not an object; skipped`);
    else if (kind) others.add(kind);
    else if ('status' in item || 'organization' in item || 'organization_id' in item || 'service_at_locations' in item) {
      // A service without its organisation is shown under its own name.
      group(isObject(item.organization) ? item.organization : { id: item.organization_id ?? item.id, name: item.name }).services.push(item);
    } else group(item).services.push(...list(item.services));
  }

  const other = others.size ? `HSDS ${[...others].join(', ')}: not organisations or services Camino can show` : '';
  if (other && !groups.size) return { notes: [], refused: other };
  if (other) notes.push(`${other}; skipped`);

  const organizations = [...groups.values()].map(({ org, services }) => {
    const offices = new Map<unknown, Json>();
    const offline = new Set<unknown>();
    const orgPhones: unknown[] = [];
    const numberOf = (p: unknown) => (isObject(p) ? p.number : p);
    /** The same phone is often given at the organisation, the service and the location: it is listed once per place. */
    const addPhone = (target: unknown[], p: unknown) => {
      if (!target.some((v) => numberOf(v) === numberOf(p))) target.push(phone(p));
    };
    /** The same schedule is often given at the location, the service and both: it is shown once. */
    const scheduleIds = new Map<Json, Set<unknown>>();
    const addHours = (place: Json, hours: unknown, label?: unknown) => {
      const seen = scheduleIds.get(place) ?? new Set();
      scheduleIds.set(place, seen);
      const key = isObject(hours) && hours.id !== undefined ? hours.id : hours;
      if (!seen.has(key)) (place.schedules as unknown[]).push(schedule(hours, label));
      seen.add(key);
    };
    /** A physical location becomes an office; a virtual one marks its services as remote; a postal one is a mailing address. */
    const office = (l: unknown) => {
      if (!isObject(l) || offices.has(l.id)) return offices.get(isObject(l) ? l.id : undefined);
      if (l.location_type === 'virtual' || l.location_type === 'postal') {
        offline.add(l.id);
        return undefined;
      }
      // The door first: a mailing address is only a fallback.
      const isPostal = (a: unknown) => isObject(a) && a.address_type === 'postal';
      const addresses = [...list(l.addresses).filter((a) => !isPostal(a)), ...list(l.addresses).filter(isPostal)];
      const mapped: Json = {
        ...l,
        ...texts(l, 'description'),
        name: text(l.name ?? (addresses[0] as Json | undefined)?.address_1),
        addresses,
        phones: list(l.phones).map(phone),
        schedules: [],
        location_type: undefined,
      };
      offices.set(l.id, mapped);
      list(l.schedules).forEach((h) => addHours(mapped, h));
      return mapped;
    };
    list(org.locations).forEach(office);
    list(org.phones).forEach((p) => addPhone(orgPhones, p));

    const mappedServices = services.map((s) => {
      if (!isObject(s)) return s;
      const here: Json[] = [];
      let remote = false;
      for (const link of list(s.service_at_locations)) {
        if (!isObject(link)) continue;
        const place = office(link.location) ?? offices.get(link.location_id);
        if (!place) {
          remote ||= offline.has(isObject(link.location) ? link.location.id : link.location_id);
          continue;
        }
        here.push(place);
        list(link.phones).forEach((p) => addPhone(place.phones as unknown[], p));
        list(link.schedules).forEach((h) => addHours(place, h, text(s.name)));
      }
      for (const place of here) {
        list(s.phones).forEach((p) => addPhone(place.phones as unknown[], p));
        list(s.schedules).forEach((h) => addHours(place, h, text(s.name)));
      }
      if (!here.length) list(s.phones).forEach((p) => addPhone(orgPhones, p));
      return {
        ...s,
        ...texts(s, 'name', 'description', 'fees_description', 'eligibility_description', 'application_process'),
        ...classify(s.attributes),
        location_ids: here.map((place) => place.id),
        remote: remote || undefined,
        languages: list(s.languages).map((l) => (isObject(l) ? l.code : l)).filter((code) => code != null),
        // Fields Camino has under the same name with another shape, and the links read above.
        organization: undefined, service_areas: undefined, phones: undefined, schedules: undefined, service_at_locations: undefined, attributes: undefined,
      };
    });
    // An office's own number is shown with the office, not again as the organisation's.
    const officeNumbers = new Set([...offices.values()].flatMap((o) => (o.phones as unknown[]).map(numberOf)));
    return {
      ...org,
      ...texts(org, 'name', 'alternate_name', 'description'),
      emails: org.email == null ? [] : [{ email: org.email }],
      email: undefined,
      phones: orgPhones.filter((p) => !officeNumbers.has(numberOf(p))),
      locations: [...offices.values()],
      services: mappedServices,
    };
  });
  return { directory: { camino_directory: 1, sources: [], organizations }, notes };
}
