// What the finder searches and lists: one entry per office (an organisation
// at a location, with the services offered there), plus one per organisation
// that also works without an office (nationally, statewide or remotely).
import type { City, Location, Organization, Service } from './format.js';
import type { DirectoryIndex } from './directory-index.js';
import { informationDate } from './information-age.js';
import { countriesServed } from './service-areas.js';
import { NEED_WORDS } from './search/vocabulary.js';
import { EVERYONE_GROUP, type SearchField } from './search/service-search.js';

export interface FinderEntry {
  /** Stable key: the location id, or the organisation id for an entry without office. */
  key: string;
  org: Organization;
  location?: Location;
  city?: City;
  services: Service[];
  /**
   * Where it serves without an office: `states`; `national` when a whole country (`countries`, ISO
   * 3166 codes: "MX") or remotely.
   */
  areas?: { national: boolean; states: string[]; countries: string[] };
  /**
   * Date of the newest source behind the entry (its organisation, office or
   * services), as written in provenance: "2019", "2024-03", "2025-03-20";
   * without a dated source, the newest day its publisher checked it
   * (`assured_date`). Empty when no record names a date.
   */
  newestSource: string;
}

/** An organisation's entries: one per office, and one for its work without an office. None when it has closed for good. */
export function organizationEntries(index: DirectoryIndex, org: Organization): FinderEntry[] {
  const entries: FinderEntry[] = [];
  if (org.status === 'defunct') return entries;
  // Every entry has the same fields, in the same order (one shape for the engine: a search reads thousands at
  // each key). Its date is the one the result shows ("Information from 2019"): its organisation's, office's
  // and services' newest source (or check).
  const entry = (key: string, location: Location | undefined, services: Service[], areas?: FinderEntry['areas']): FinderEntry => ({
    key,
    org,
    location,
    city: location && index.city(location.city_id),
    services,
    areas,
    newestSource: informationDate([org, location, ...services])?.date ?? '',
  });
  for (const location of index.officesOf(org)) entries.push(entry(location.id, location, index.servicesAt(org, location)));
  // A service linked to none of the offices (an HSDS service without a location) is listed here too, never dropped.
  const areaServices = org.services.filter(
    (s) => s.remote || s.service_areas?.length || org.service_areas?.length || org.locations.length === 0 || s.location_ids?.length === 0,
  );
  if (areaServices.length) {
    const areas = [...(org.service_areas ?? []), ...areaServices.flatMap((s) => s.service_areas ?? [])];
    entries.push(
      entry(org.id, undefined, areaServices, {
        // Only an area or remote work says where it serves: a partner's organisation without either serves nowhere known.
        national: areas.some((a) => !a.state_province) || areaServices.some((s) => s.remote),
        states: [...new Set(areas.map((a) => a.state_province).filter((s): s is string => !!s))],
        countries: countriesServed(areas),
      }),
    );
  }
  return entries;
}

const allTexts = (text: Record<string, string> | undefined) => Object.values(text ?? {});

/**
 * The search's vocabulary groups: each kind of help and each group of
 * people in every language (vocabulary.ts), and each city by its names
 * ("in:" and its id), so "Ciudad de México" or "CDMX" is one place.
 */
export function searchGroups(cities: readonly City[]): Record<string, readonly string[]> {
  const groups: Record<string, readonly string[]> = { ...NEED_WORDS };
  for (const city of cities) groups[`in:${city.id}`] = [[city.name, ...(city.aliases ?? [])].join(',')];
  return groups;
}

/**
 * What an entry is found by, in every language, weighted: names count most
 * (the organisation's name is found by its letters even for a vocabulary word: "Refugio Ejemplo");
 * the kinds of help and people of its services, and its city, are groups of
 * the vocabulary; descriptions only mention words.
 */
export function searchableFields(entry: FinderEntry): SearchField[] {
  const fields: SearchField[] = [];
  const add = (weight: number, texts: (string | undefined)[], name?: 'organization' | 'service') => {
    for (const text of texts) if (text) fields.push({ text, weight, name });
  };
  add(3, [...allTexts(entry.org.name), ...allTexts(entry.org.alternate_name)], 'organization');
  for (const service of entry.services) {
    add(2, allTexts(service.name), 'service');
    // A service's first kind of help is what it is for; the others, what it also does.
    service.taxonomy.forEach((id, i) => fields.push({ group: id, weight: i ? 1.5 : 2 }));
    // A service for everyone serves each group of people too, but one that names the group comes
    // first; one whose sources name no group is not known to turn anyone away: it comes after both.
    for (const id of service.populations) fields.push({ group: `for:${id}`, weight: id === 'everyone' ? 1.2 : 2 });
    if (!service.populations.length) fields.push({ group: EVERYONE_GROUP, weight: 1 });
    add(0.5, allTexts(service.description));
  }
  add(0.5, allTexts(entry.org.description));
  if (entry.city) {
    fields.push({ group: `in:${entry.city.id}`, weight: 1.5 });
    add(1.5, [entry.city.state_province]);
  }
  if (entry.location) {
    add(1, allTexts(entry.location.name));
    add(1, (entry.location.addresses ?? []).map((a) => [a.address_1, a.address_2, a.region].join(' ')));
  }
  if (entry.areas) add(1, entry.areas.states);
  return fields;
}

export interface FinderFilters {
  service?: string;
  population?: string;
  language?: string;
}

/** The entry's services that pass the service, population and language filters. */
export function servicesMatching(entry: FinderEntry, filters: FinderFilters): Service[] {
  return entry.services.filter(
    (s) =>
      (!filters.service || s.taxonomy.includes(filters.service as Service['taxonomy'][number])) &&
      (!filters.population || s.populations.includes(filters.population as Service['populations'][number])) &&
      (!filters.language || (s.languages ?? []).includes(filters.language)),
  );
}

/** A service whose users are organisations only, not people (Appleseed's advice to civil-society groups). */
export const forOrganizationsOnly = (service: Service) =>
  service.populations.length > 0 && service.populations.every((p) => p === 'organizations');

/** Whether an entry without an office here still serves a city: nationally or in its state. */
export function servesCity(entry: FinderEntry, city: City): boolean {
  return !!entry.areas && (entry.areas.national || entry.areas.states.includes(city.state_province ?? ''));
}
