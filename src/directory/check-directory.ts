// Checks a partner's directory (the `src` attribute) before any element reads
// it, by the rules `npm run validate-data` applies to a partner's file too (it
// runs this module). Every field an element reads is type-checked: a bad field
// is dropped, or the record when the field is one it cannot do without
// (an id, a name), each with a line naming its path; the rest is kept. Fields
// Camino does not read are left alone and named once, as a note. It never
// throws: a partner's typo must not hide the rest of its directory, and a
// hostile file must not break the host page.
import { E164, EMAIL } from './contact-patterns.js';
import type { CaminoDirectory, City, Location, Organization, Source } from './format.js';
import { readPhoneNumber } from './phone-number.js';
import { checkMaintainer, claimProblems } from './claim-rules.js';

export const TAXONOMY_IDS = [
  'legal', 'shelter', 'health', 'mental-health', 'gbv', 'human-rights',
  'family-reunification', 'livelihoods', 'information', 'humanitarian-aid', 'other',
] as const;
export const POPULATIONS = ['women', 'children', 'lgbtqi', 'indigenous', 'families', 'deportees', 'organizations', 'everyone'] as const;
const STATUSES = ['active', 'inactive', 'defunct', 'temporarily closed'];

export interface CheckedDirectory {
  /** The valid records; absent when the file is not a directory at all. */
  directory?: CaminoDirectory;
  /** One line per dropped record or field, naming its path and why. */
  problems: string[];
  /** What was read but lost nothing: fields Camino does not read, phones kept as written. */
  notes: string[];
}

type Json = Record<string, unknown>;
/** Why a value was refused. */
class Refused {
  constructor(readonly why: string) {}
}
/**
 * Where a value is ("organizations[0] (id "x").services[2]"), made into text
 * only when a line names it: at 10,000 services, a string for every record
 * and field costs more than all the checks.
 */
class Path {
  constructor(
    readonly parent: Path | string,
    readonly key: string | number,
    readonly id?: unknown,
  ) {}
  toString(): string {
    const label = typeof this.id === 'string' ? ` (id "${this.id}")` : '';
    return typeof this.key === 'number' ? `${this.parent}[${this.key}]${label}` : `${this.parent}.${this.key}${label}`;
  }
}
/**
 * A field check: the value to keep (possibly cleaned), or why it is refused.
 * `at` is where the record holding the field is and `key` the field's name
 * (absent for a list's items, whose `at` is their own place).
 */
type Check = (value: unknown, at: Path | string, key?: string, offset?: number) => unknown;
const pathOf = (at: Path | string, key?: string) => (key === undefined ? at : new Path(at, key));
/** A record's fields: their check, and whether the record is dropped without them. */
type Shape = Record<string, [check: Check, required?: 1]>;

const hasOwn = Object.prototype.hasOwnProperty;
export const isObject = (v: unknown): v is Json => v != null && typeof v === 'object' && !Array.isArray(v);
const shown = (v: unknown) => {
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
};
const refuse = (why: string, ...found: unknown[]) => new Refused(found.length ? `${why} (found ${shown(found[0])})` : why);

const LANGUAGE_KEY = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
/** Text objects use a handful of language keys over and over: each is tested once. */
const languageKeys = new Set<string>();
const isLanguageKey = (key: string) => languageKeys.has(key) || (LANGUAGE_KEY.test(key) && !!languageKeys.add(key));
const ID = /^\S{1,128}$/;
const HTTP_URL = /^https?:\/\/\S+$/i;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const DAYS = /^(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*$/;
const COUNTRY = /^[A-Z]{2}$/;
/** A year, a month or a day, with a four-digit year: what Intl can write. */
const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

const knownZones = new Map<string, boolean>();
/** Whether Intl knows a time zone (checked once per zone: a DateTimeFormat is slow to make). */
export function isTimeZone(zone: unknown): zone is string {
  if (typeof zone !== 'string') return false;
  let known = knownZones.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      known = true;
    } catch {
      known = false;
    }
    knownZones.set(zone, known);
  }
  return known;
}

const languageTags = new Map<string, string | null>();
/** A BCP 47 tag as Intl writes it ("es_MX" → "es-MX"), or null when Intl cannot read it. */
export function languageTag(code: string): string | null {
  let tag = languageTags.get(code);
  if (tag === undefined) {
    try {
      tag = Intl.getCanonicalLocales(code.trim().replace(/_/g, '-'))[0] ?? null;
    } catch {
      tag = null;
    }
    languageTags.set(code, tag);
  }
  return tag;
}

// Field checks that need nothing of the directory around them.
const plainText: Check = (v) => (typeof v === 'string' ? v : refuse('must be text', v));
const bool: Check = (v) => (typeof v === 'boolean' ? v : refuse('must be true or false', v));
const matching = (pattern: RegExp, what: string): Check => (v) =>
  typeof v === 'string' && pattern.test(v) ? v : refuse(`must be ${what}`, v);
const oneOf = (values: readonly string[]): Check => (v) =>
  values.includes(v as string) ? v : refuse(`must be one of: ${values.join(', ')}`, v);
const coordinate = (limit: number): Check => (v) =>
  typeof v === 'number' && Math.abs(v) <= limit ? v : refuse(`must be a number from -${limit} to ${limit}`, v);
const id = matching(ID, 'text without spaces (128 at most)');
const url = matching(HTTP_URL, 'an http(s) address');
const date = matching(DATE, 'a date, YYYY-MM-DD');
const email = matching(EMAIL, 'an e-mail address');
const whole: Check = (v) => (Number.isInteger(v) ? v : refuse('must be a whole number', v));
const country: Check = (v) => (typeof v === 'string' && COUNTRY.test(v.toUpperCase()) ? v.toUpperCase() : refuse('must be a country code, e.g. "MX"', v));
const zone: Check = (v) => (isTimeZone(v) ? v : refuse('must be an IANA time zone', v));
const language: Check = (v) => (typeof v === 'string' && languageTag(v)) || refuse('must be a language code (BCP 47)', v);

/** A partner's directory checked a batch of organisations at a time (a big file is read in slices). */
export interface DirectoryChecker {
  /** The directory so far: its organisations grow with each `add`. Absent when the file is not a directory at all. */
  directory?: CaminoDirectory;
  /** What was left out so far, one line per record or field. */
  problems: string[];
  /** Checks organisations, items `from`… of the file's list (for the places named in problems), and keeps the valid ones. */
  add(organizations: unknown[], from: number): void;
  /** Ends the reading: what the whole file says. */
  finish(): CheckedDirectory;
}

/**
 * @param input parsed JSON of a partner's directory, in Camino's format (an
 *   HSDS file is mapped to it first: hsds/read-hsds.ts)
 * @param builtInCities cities the directory may name without listing them
 */
export function checkDirectory(input: unknown, builtInCities: readonly City[]): CheckedDirectory {
  const checker = directoryChecker(input, builtInCities);
  checker.add((input as Json).organizations as unknown[], 0);
  return checker.finish();
}

/**
 * The checks of `checkDirectory`, for `input` whose `organizations` (an
 * empty list, for a file read in slices) are given to `add` in batches.
 */
export function directoryChecker(input: unknown, builtInCities: readonly City[]): DirectoryChecker {
  const problems: string[] = [];
  const unread = new Set<string>();
  // for…in is the fast way through a record's fields, but it also walks what a host page may have
  // added to Object.prototype; then each field is asked whether it is the record's own.
  let polluted = false;
  for (const key in {}) polluted = !!key;
  const notes: string[] = [];
  if (!isObject(input) || input.camino_directory !== 1 || !Array.isArray(input.organizations)) {
    problems.push('not a Camino directory ("camino_directory": 1, "organizations": […]) nor HSDS 3.0 JSON');
    return { problems, add() {}, finish: () => ({ problems, notes }) };
  }


  /** Every field of a record is checked, so that one reading names all that is wrong with it. */
  const record = (shape: Shape): Check => {
    // A lookup table without a prototype: a field named "constructor" is just unknown.
    const checks: Shape = Object.assign(Object.create(null), shape);
    const required = Object.keys(shape).filter((key) => shape[key][1]);
    return (v, holder, name) => {
      if (!isObject(v)) return refuse('is not an object', v);
      const at = pathOf(holder, name);
      let missing: string[] | undefined;
      let found = 0;
      // The record's own fields: fewer than the shape's, and one pass finds the unknown ones too.
      for (const key in v) {
        if (polluted && !hasOwn.call(v, key)) continue;
        const field = checks[key];
        const value = v[key];
        // null and "" are how exports and spreadsheets write "nothing": absent, not wrong, and nothing to note.
        if (value == null || value === '') {
          if (field) v[key] = undefined;
        } else if (!field) {
          // Ids and links (HSDS's organization_id, location_id…) are how records are tied, not what they say.
          if (key !== 'id' && !key.endsWith('_id')) unread.add(`${String(at).replace(/\[\d+\]( \(id "[^"]*"\))?/g, '[]')}.${key}`);
        }
        else {
          const check = field[0];
          // Plain and translated text are most fields: checked here, not through a call that cannot be inlined.
          const result =
            check === plainText ? (typeof value === 'string' ? value : refuse('must be text', value))
            : check === text ? text(value, at, key)
            : check(value, at, key);
          if (field[1]) found++;
          if (!(result instanceof Refused)) {
            if (result !== value) v[key] = result;
          } else if (field[1]) (missing ??= []).push(`${key} ${result.why}`);
          else {
            problems.push(`${at}.${key}: ${result.why}; ignored`);
            delete v[key];
          }
        }
      }
      if (found < required.length) {
        for (const key of required) if (v[key] == null || v[key] === '') (missing ??= []).push(`${key} is missing`);
      }
      return missing ? new Refused(missing.join('; ')) : v;
    };
  };
  /** Keeps a list's valid items and names each one left out (`offset`: the place of the first, when `v` is part of a list). */
  const list = (item: Check): Check => (v, holder, name, offset = 0) => {
    if (!Array.isArray(v)) return refuse('must be a list', v);
    // Places are made only for items that hold fields, or that are refused; a new list only once one is.
    let at: Path | string | undefined;
    let kept: unknown[] | undefined;
    for (let i = 0; i < v.length; i++) {
      const each = v[i];
      const where = each && typeof each === 'object' ? new Path((at ??= pathOf(holder, name)), offset + i, (each as Json).id) : '';
      const result = item(each, where);
      if (result instanceof Refused) {
        problems.push(`${where || new Path((at ??= pathOf(holder, name)), offset + i)}: ${result.why}; skipped`);
        kept ??= v.slice(0, i);
      } else {
        if (result !== each) v[i] = result;
        kept?.push(result);
      }
    }
    return kept ?? v;
  };
  /** Translated text, { "es": "…" }: entries that are not text are dropped one by one. */
  const text: Check = (v, holder, name) => {
    if (!isObject(v)) return refuse('must be text by language: {"es": "…"}', v);
    let kept = 0;
    for (const key in v) {
      if (polluted && !hasOwn.call(v, key)) continue;
      const value = v[key];
      if (typeof value === 'string' && value !== '' && isLanguageKey(key)) kept++;
      else {
        problems.push(`${pathOf(holder, name)}.${key}: ${LANGUAGE_KEY.test(key) ? 'must be text' : 'is not a language code'}; ignored`);
        delete v[key];
      }
    }
    return kept ? v : refuse('has no text');
  };
  /** Ids of organisations, services and locations, one namespace (events name them by id), any case. */
  const usedIds = new Set<string>();
  const claimId = (records: unknown[], at: Path | string, offset = 0) => {
    let kept: unknown[] | undefined;
    records.forEach((item, i) => {
      const id = (item as Json).id as string;
      // Lower-cased only when it has capitals: most ids have none, and a new string per id is slow at 10,000 services.
      const key = /[A-Z]/.test(id) ? id.toLowerCase() : id;
      if (usedIds.has(key)) {
        problems.push(`${at}[${offset + i}]: duplicate id "${id}"; skipped`);
        kept ??= records.slice(0, i);
      } else {
        usedIds.add(key);
        kept?.push(item);
      }
    });
    return kept ?? records;
  };
  const records = (shape: Shape): Check => {
    const items = list(record(shape));
    return (v, holder, name) => {
      const kept = items(v, holder, name);
      return kept instanceof Refused ? kept : claimId(kept as unknown[], pathOf(holder, name));
    };
  };

  /** A top-level list: a wrong one is named and read as empty. */
  const topLevel = <T>(check: Check, name: 'sources' | 'cities'): T[] => {
    const kept = input[name] == null ? [] : check(input[name], name);
    if (!(kept instanceof Refused)) return kept as T[];
    problems.push(`${name}: ${kept.why}; ignored`);
    return [];
  };
  const sources = topLevel<Source>(
    list(record({ id: [id, 1], title: [text, 1], date: [matching(PARTIAL_DATE, 'YYYY, YYYY-MM or YYYY-MM-DD')], url: [url] })),
    'sources',
  );
  const sourceIds = new Set(sources.map((s) => s.id));

  const cityShape: Shape = {
    id: [id, 1],
    name: [plainText, 1],
    aliases: [list(plainText)],
    state_province: [plainText],
    country: [country],
    latitude: [coordinate(90)],
    longitude: [coordinate(180)],
    timezone: [zone],
  };
  const ownCities = topLevel<City>(list(record(cityShape)), 'cities');
  const cities = [...builtInCities];
  for (const city of ownCities) {
    if (!cities.some((c) => c.id === city.id)) cities.push(city);
  }
  const cityIds = new Set(cities.map((c) => c.id));

  // Elements read only each entry's source; every record has provenance, so it is checked without the general machinery.
  const provenance: Check = (v, at, key) => {
    if (!Array.isArray(v)) return refuse('must be a list', v);
    return v.every((entry) => sourceIds.has((entry as Json | null)?.source as string))
      ? v
      : v.filter((entry, i) => {
          if (sourceIds.has((entry as Json | null)?.source as string)) return true;
          problems.push(`${new Path(pathOf(at, key), i)}: must name a source of "sources" (found ${shown(entry)}); skipped`);
          return false;
        });
  };
  // Checked with the claims (claim-rules.js), whose fixes say what is done.
  const byClaimRules: Check = (v) => v;
  const purpose: Shape[string] = [byClaimRules];
  const phones = list(
    record({
      number: [plainText, 1],
      extension: [(v) => (typeof v === 'number' || (typeof v === 'string' && /^\d{1,8}$/.test(v)) ? String(v) : refuse('must be digits', v))],
      type: [oneOf(['voice', 'cell', 'fax', 'text'])],
      whatsapp: [bool],
      sms: [bool],
      toll_free: [bool],
      description: [text],
      purpose,
    }),
  );
  const emails = list(record({ email: [email, 1], description: [text], purpose }));
  const serviceAreas = list(
    record({ country: [country, 1], state_province: [plainText], description: [text] }),
  );
  const provenanceFields: Shape = { provenance: [provenance], assured_date: [date], status: [oneOf(STATUSES)], status_reason: [text] };

  const schedule = record({
    freq: [oneOf(['WEEKLY'])],
    byday: [matching(DAYS, 'days like "MO,TU,WE"')],
    opens_at: [matching(TIME, 'a time, HH:MM')],
    closes_at: [matching(TIME, 'a time, HH:MM')],
    timezone: [zone],
    description: [text],
    notes: [text],
    valid_from: [date],
    valid_to: [date],
  });
  // Hours need their days and both times; without them only their text can be shown.
  const hours: Check = (v, at) => {
    // A list's item: `at` is its own path.
    const s = schedule(v, at) as Json | Refused;
    if (s instanceof Refused) return s;
    const timed = (s.byday ? 1 : 0) + (s.opens_at ? 1 : 0) + (s.closes_at ? 1 : 0);
    if (timed === 3) return s;
    if (timed) {
      problems.push(`${at}: byday, opens_at and closes_at go together; only the notes are kept`);
      delete s.byday;
      delete s.opens_at;
      delete s.closes_at;
    }
    return s.notes ? s : refuse('has no days and times, nor notes');
  };

  const locationShape: Shape = {
    id: [id, 1],
    name: [text, 1],
    description: [text],
    city_id: [(v) => (cityIds.has(v as string) ? v : refuse('is not a known city', v))],
    addresses: [
      list(
        record({
          address_1: [plainText, 1],
          address_2: [plainText],
          city: [plainText],
          region: [plainText],
          state_province: [plainText],
          postal_code: [plainText],
          country: [country],
          address_type: [oneOf(['physical', 'postal', 'virtual'])],
          landmark: [text],
        }),
      ),
    ],
    latitude: [coordinate(90)],
    longitude: [coordinate(180)],
    geo_precision: [oneOf(['address', 'city'])],
    timezone: [zone],
    phones: [phones],
    emails: [emails],
    schedules: [list(hours)],
    url: [url],
    ...provenanceFields,
  };
  const serviceShape: Shape = {
    id: [id, 1],
    name: [text, 1],
    description: [text],
    taxonomy: [list(oneOf(TAXONOMY_IDS))],
    populations: [list(oneOf(POPULATIONS))],
    // A broken list of offices places the service at none of them rather than at all of them.
    location_ids: [(v, at, key) => {
      const kept = list(id)(v, at, key);
      if (!(kept instanceof Refused)) return kept;
      problems.push(`${pathOf(at, key)}: ${kept.why}; shown at none of the offices`);
      return [];
    }],
    service_areas: [serviceAreas],
    remote: [bool],
    languages: [list(language)],
    fees_description: [text],
    free: [byClaimRules],
    eligibility_description: [text],
    application_process: [text],
    url: [url],
    email: [email],
    ...provenanceFields,
  };
  const organizationShape: Shape = {
    id: [id, 1],
    name: [text, 1],
    alternate_name: [text],
    description: [text],
    website: [url],
    emails: [emails],
    phones: [phones],
    year_incorporated: [whole],
    service_areas: [serviceAreas],
    fees: [byClaimRules],
    fraud_reporting: [record({ statement: [text, 1], emails: [emails], phones: [phones], url: [url], provenance: [provenance] })],
    // Locations before services: a service's location_ids are checked against them.
    locations: [records(locationShape)],
    services: [records(serviceShape)],
    notes: [plainText],
    ...provenanceFields,
  };

  const organization = list(record(organizationShape));
  const organizations: Organization[] = [];
  const asWritten: string[] = [];
  /** Organisations kept by their own checks, before duplicates are left out: the places duplicates are named by. */
  let checked = 0;
  const add = (items: unknown[], from: number) => {
    const valid = organization(items, 'organizations', undefined, from) as unknown[];
    const kept = claimId(valid, 'organizations', checked) as Organization[];
    checked += valid.length;
    const first = organizations.length;
    kept.forEach((org, o) => completeOrganization(org, `organizations[${first + o}] (id "${org.id}")`, problems, asWritten));
    kept.forEach((org, o) => {
      // What the records may claim ("free" without a source, a press contact offered for help): the same
      // rules as validate-data; each fix makes the record safe to show.
      for (const problem of claimProblems(org)) {
        problems.push(`organizations[${first + o}] (id "${org.id}").${problem.path}: ${problem.message}${problem.fixed ? `; ${problem.fixed}` : ''}`);
        problem.fix?.();
      }
    });
    for (const org of kept) organizations.push(org);
  };
  const { maintainer, problems: maintainerProblems } = checkMaintainer(input.maintainer);
  const directory: CaminoDirectory = { camino_directory: 1, maintainer, sources, cities, organizations };
  return {
    directory,
    problems,
    add,
    finish() {
      problems.push(...maintainerProblems);
      if (unread.size) notes.push(`fields Camino does not read, ignored: ${[...unread].join(', ')}`);
      if (asWritten.length) notes.push(`phones shown and dialled as written (no + and country code): ${asWritten.join(', ')}`);
      return { directory, problems, notes };
    },
  };
}

/**
 * What a record needs that its fields alone cannot say: lists where elements
 * expect them, a kind of help for every service ("other" when none fits),
 * services pointing at this organisation's own locations, and phone numbers
 * read as E.164 where they can be.
 */
function completeOrganization(org: Organization, at: string, problems: string[], asWritten: string[]) {
  org.locations ??= [];
  org.services ??= [];
  const locationIds = new Set(org.locations.map((l) => l.id.toLowerCase()));
  const isLocation = (id: string) => locationIds.has(id) || locationIds.has(id.toLowerCase());
  const country = (location?: Location) => location?.addresses?.find((a) => a.country)?.country;
  const readPhones = (owner: { phones?: Organization['phones'] }, where: string, location?: Location) => {
    for (const phone of owner.phones ?? []) {
      if (E164.test(phone.number!)) continue;
      const read = readPhoneNumber(phone.number!, country(location) ?? country(org.locations[0]));
      if (!read.e164) asWritten.push(`${where}: ${JSON.stringify(phone.number)}`);
      phone.number = read.number;
    }
  };
  readPhones(org, at);
  if (org.fraud_reporting) readPhones(org.fraud_reporting, `${at}.fraud_reporting`);
  org.locations.forEach((location, l) => {
    readPhones(location, `${at}.locations[${l}]`, location);
    if ((location.latitude === undefined) !== (location.longitude === undefined)) {
      problems.push(`${at}.locations[${l}] (id "${location.id}"): latitude and longitude go together; ignored`);
      delete location.latitude;
      delete location.longitude;
    }
  });
  org.services.forEach((service, s) => {
    service.taxonomy = service.taxonomy?.length ? service.taxonomy : ['other'];
    service.populations ??= [];
    if (service.location_ids) {
      service.location_ids = service.location_ids.filter((locationId) => {
        if (isLocation(locationId)) return true;
        problems.push(`${at}.services[${s}] (id "${service.id}").location_ids: "${locationId}" is no location of this organisation; ignored`);
        return false;
      });
    }
  });
}
