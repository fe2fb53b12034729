// Checks a directory that came from outside (the `src` attribute) in the
// browser. It keeps every valid record, skips each invalid one with a precise
// reason, and never throws: a partner's typo must not hide the rest of its
// directory, and a hostile file must not break the host page. The full JSON
// Schema check (npm run validate-data) is for partners' build pipelines; this
// one covers what the components rely on, at a fraction of the size.
import { E164, EMAIL } from '../internal/safe-links.js';
import type { CaminoDirectory, City, Location, Organization, Service, Source } from './format.js';
import { checkMaintainer, claimProblems } from './claim-rules.js';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const HTTP_URL = /^https?:\/\//i;
const TIME = /^([01]\d|2[0-4]):[0-5]\d$/;
const DAYS = /^(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*$/;
const STATUSES = ['active', 'inactive', 'defunct', 'temporarily closed'];
export const TAXONOMY_IDS = [
  'legal', 'shelter', 'health', 'mental-health', 'gbv', 'human-rights',
  'family-reunification', 'livelihoods', 'information', 'humanitarian-aid',
] as const;
export const POPULATIONS = ['women', 'children', 'lgbtqi', 'indigenous', 'families', 'deportees', 'organizations', 'everyone'] as const;

export interface CheckedDirectory {
  /** The valid records; absent when the file is not a directory at all. */
  directory?: CaminoDirectory;
  /** One line per skipped record or field, naming where and why. */
  problems: string[];
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => v != null && typeof v === 'object' && !Array.isArray(v);
const isText = (v: unknown): boolean =>
  isObject(v) && Object.keys(v).length > 0 && Object.values(v).every((s) => typeof s === 'string' && s !== '');
const hasEsEn = (v: unknown): boolean => isText(v) && typeof (v as Json).es === 'string' && typeof (v as Json).en === 'string';
const isNumberIn = (v: unknown, limit: number) => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= limit;

function isTimeZone(zone: unknown): boolean {
  if (typeof zone !== 'string') return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The first thing wrong with a record, or null. */
type Rule = [failed: boolean, what: string];
const firstFailure = (rules: Rule[]) => rules.find(([failed]) => failed)?.[1] ?? null;

/**
 * @param input parsed JSON of an external directory
 * @param builtInCities cities the directory may name without listing them
 */
export function checkDirectory(input: unknown, builtInCities: readonly City[]): CheckedDirectory {
  const problems: string[] = [];
  if (!isObject(input) || input.camino_directory !== 1 || !Array.isArray(input.organizations)) {
    problems.push('not a Camino directory: expected an object with "camino_directory": 1 and an "organizations" list');
    return { problems };
  }
  const keep = <T>(list: unknown, where: string, check: (item: Json, at: string) => string | null): T[] => {
    if (list === undefined) return [];
    if (!Array.isArray(list)) {
      problems.push(`${where}: must be a list; ignored`);
      return [];
    }
    return list.filter((item, i) => {
      const at = `${where}[${i}]${isObject(item) && typeof item.id === 'string' ? ` (id "${item.id}")` : ''}`;
      const problem = isObject(item) ? check(item, at) : 'is not an object';
      if (problem) problems.push(`${at}: ${problem}; skipped`);
      return !problem;
    }) as T[];
  };

  const sources = keep<Source>(input.sources, 'sources', (s) =>
    firstFailure([
      [typeof s.id !== 'string' || !SLUG.test(s.id), 'id must be a lowercase slug'],
      [!isText(s.title), 'title must be translated text'],
      [typeof s.date !== 'string', 'date is missing'],
      [s.url !== undefined && !(typeof s.url === 'string' && HTTP_URL.test(s.url)), 'url must be http(s)'],
    ]),
  );
  const sourceIds = new Set(sources.map((s) => s.id));
  const ownCities = keep<City>(input.cities, 'cities', (c) =>
    firstFailure([
      [typeof c.id !== 'string' || !SLUG.test(c.id), 'id must be a lowercase slug'],
      [typeof c.name !== 'string' || c.name === '', 'name is missing'],
      [!isNumberIn(c.latitude, 90) || !isNumberIn(c.longitude, 180), 'latitude and longitude must be numbers'],
      [!isTimeZone(c.timezone), `timezone ${JSON.stringify(c.timezone)} is not an IANA time zone`],
    ]),
  );
  const cities = [...builtInCities, ...ownCities.filter((c) => !builtInCities.some((b) => b.id === c.id))];
  const cityById = new Map(cities.map((c) => [c.id, c]));
  const usedIds = new Set<string>();

  const provenanceProblem = (record: Json): string | null => {
    const provenance = record.provenance;
    if (!Array.isArray(provenance) || provenance.length === 0) return 'has no provenance';
    const unknown = provenance.find((p) => !isObject(p) || !sourceIds.has(p.source as string));
    return unknown ? `provenance names a source that is not in "sources" (${JSON.stringify(isObject(unknown) ? unknown.source : unknown)})` : null;
  };
  const idProblem = (record: Json): string | null => {
    if (typeof record.id !== 'string' || !SLUG.test(record.id)) return 'id must be a lowercase slug';
    if (usedIds.has(record.id)) return `duplicate id "${record.id}"`;
    usedIds.add(record.id);
    return null;
  };
  const keepContacts = (record: Json, at: string) => {
    const phones = keep(record.phones, `${at}.phones`, (p) =>
      firstFailure([[typeof p.number !== 'string' || !E164.test(p.number), `number ${JSON.stringify(p.number)} is not E.164`]]),
    );
    const emails = keep(record.emails, `${at}.emails`, (e) =>
      firstFailure([[typeof e.email !== 'string' || !EMAIL.test(e.email), `${JSON.stringify(e.email)} is not an e-mail address`]]),
    );
    const url = typeof record.url === 'string' && HTTP_URL.test(record.url) ? record.url : undefined;
    if (record.url !== undefined && !url) problems.push(`${at}.url: ${JSON.stringify(record.url)} is not an http(s) address; ignored`);
    return { phones, emails, url };
  };

  const organizations = keep<Organization>(input.organizations, 'organizations', (org, at) => {
    const problem = firstFailure([
      [!isText(org.name), 'name must be translated text, e.g. {"es": "…"}'],
      [!hasEsEn(org.description), 'description needs es and en text'],
      [!STATUSES.includes(org.status as string), `status must be one of ${STATUSES.join(', ')}`],
      [!Array.isArray(org.services), 'services must be a list'],
      [!Array.isArray(org.locations), 'locations must be a list'],
    ]) ?? provenanceProblem(org) ?? idProblem(org);
    if (problem) return problem;

    const locations = keep<Location>(org.locations, `${at}.locations`, (location, locationAt) => {
      const city = cityById.get(location.city_id as string);
      const failure = firstFailure([
        [!isText(location.name), 'name must be translated text'],
        [!city, `city_id ${JSON.stringify(location.city_id)} is not a known city`],
        [!STATUSES.includes(location.status as string), `status must be one of ${STATUSES.join(', ')}`],
        [location.latitude !== undefined && !isNumberIn(location.latitude, 90), 'latitude must be a number'],
        [location.longitude !== undefined && !isNumberIn(location.longitude, 180), 'longitude must be a number'],
      ]) ?? provenanceProblem(location) ?? idProblem(location);
      if (failure || !city) return failure;
      Object.assign(location, keepContacts(location, locationAt), {
        schedules: keep<Json>(location.schedules, `${locationAt}.schedules`, (s) =>
          firstFailure([
            [typeof s.byday !== 'string' || !DAYS.test(s.byday), 'byday must be like "MO,TU"'],
            [typeof s.opens_at !== 'string' || !TIME.test(s.opens_at), 'opens_at must be HH:MM'],
            [typeof s.closes_at !== 'string' || !TIME.test(s.closes_at), 'closes_at must be HH:MM'],
          ]),
        ),
        addresses: keep(location.addresses, `${locationAt}.addresses`, (a) =>
          firstFailure([[typeof a.address_1 !== 'string', 'address_1 is missing']]),
        ),
      });
      return null;
    });
    const locationIds = new Set(locations.map((l) => l.id));
    const services = keep<Service>(org.services, `${at}.services`, (service) =>
      firstFailure([
        [!hasEsEn(service.name), 'name needs es and en text'],
        [!hasEsEn(service.description), 'description needs es and en text'],
        [
          !Array.isArray(service.taxonomy) ||
            service.taxonomy.some((t) => !(TAXONOMY_IDS as readonly unknown[]).includes(t)),
          `taxonomy must list ids from: ${TAXONOMY_IDS.join(', ')}`,
        ],
        [
          !Array.isArray(service.populations) ||
            service.populations.some((p) => !(POPULATIONS as readonly unknown[]).includes(p)),
          `populations must list ids from: ${POPULATIONS.join(', ')}`,
        ],
        [!STATUSES.includes(service.status as string), `status must be one of ${STATUSES.join(', ')}`],
        [
          Array.isArray(service.location_ids) && service.location_ids.some((id) => !locationIds.has(id as string)),
          'location_ids names a location this organisation does not have',
        ],
      ]) ?? provenanceProblem(service) ?? idProblem(service),
    );
    if (services.length === 0) return 'has no valid service';
    Object.assign(org, keepContacts(org, at), { locations, services });
    // What the records may claim ("free" without a source, a press contact offered for help, fields of
    // the wrong type): the same rules as validate-data; each fix makes the record safe to show.
    for (const problem of claimProblems(org)) {
      problems.push(`${at}.${problem.path}: ${problem.message}${problem.fixed ? `; ${problem.fixed}` : ''}`);
      problem.fix?.();
    }
    if (org.fraud_reporting !== undefined) {
      const report = org.fraud_reporting;
      if (!isObject(report) || !hasEsEn(report.statement)) {
        problems.push(`${at}.fraud_reporting: statement needs es and en text; ignored`);
        delete org.fraud_reporting;
      } else {
        Object.assign(report, keepContacts(report, `${at}.fraud_reporting`));
      }
    }
    return null;
  });

  const { maintainer, problems: maintainerProblems } = checkMaintainer(input.maintainer);
  problems.push(...maintainerProblems);
  return { directory: { camino_directory: 1, maintainer, sources, cities, organizations }, problems };
}
