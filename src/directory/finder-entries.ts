// What the finder searches and lists: one entry per office (an organisation
// at a location, with the services offered there), plus one per organisation
// that also works without an office (nationally, statewide or remotely).
import type { City, Location, Organization, Service } from './format.js';
import type { DirectoryIndex } from './directory-index.js';
import { openState } from './opening-hours.js';
import { POPULATION_WORDS, TAXONOMY_WORDS } from './search/vocabulary.js';
import type { SearchField } from './search/service-search.js';

export interface FinderEntry {
  /** Stable key: the location id, or the organisation id for an entry without office. */
  key: string;
  org: Organization;
  location?: Location;
  city?: City;
  services: Service[];
  /** States it serves without an office here; `national` when all of Mexico. */
  areas?: { national: boolean; states: string[] };
}

export function finderEntries(index: DirectoryIndex): FinderEntry[] {
  const entries: FinderEntry[] = [];
  for (const org of index.organizations) {
    if (org.status === 'defunct') continue;
    for (const location of index.officesOf(org)) {
      entries.push({ key: location.id, org, location, city: index.city(location.city_id), services: index.servicesAt(org, location) });
    }
    // A service linked to none of the offices (an HSDS service without a location) is listed here too, never dropped.
    const areaServices = org.services.filter(
      (s) => s.remote || s.service_areas?.length || org.service_areas?.length || org.locations.length === 0 || s.location_ids?.length === 0,
    );
    if (areaServices.length) {
      const areas = [...(org.service_areas ?? []), ...areaServices.flatMap((s) => s.service_areas ?? [])];
      entries.push({
        key: org.id,
        org,
        services: areaServices,
        areas: {
          // Only an area or remote work says where it serves: a partner's organisation without either serves nowhere known.
          national: areas.some((a) => !a.state_province) || areaServices.some((s) => s.remote),
          states: [...new Set(areas.map((a) => a.state_province).filter((s): s is string => !!s))],
        },
      });
    }
  }
  return entries;
}

const allTexts = (text: Record<string, string> | undefined) => Object.values(text ?? {});

/** The shared word lists of the search: each kind of help and each group of people, in every language. */
export const SEARCH_GROUPS: Record<string, readonly string[]> = Object.fromEntries([
  ...Object.entries(TAXONOMY_WORDS).map(([id, words]) => [`taxonomy:${id}`, words]),
  ...Object.entries(POPULATION_WORDS).map(([id, words]) => [`population:${id}`, words]),
]);

/** What an entry is found by, in every language, weighted: names count most. */
export function searchableFields(entry: FinderEntry): SearchField[] {
  const fields: SearchField[] = [];
  const add = (weight: number, texts: (string | undefined)[]) => {
    for (const text of texts) if (text) fields.push({ text, weight });
  };
  add(3, [...allTexts(entry.org.name), ...allTexts(entry.org.alternate_name)]);
  for (const service of entry.services) {
    add(2, allTexts(service.name));
    for (const id of service.taxonomy) fields.push({ group: `taxonomy:${id}`, weight: 2 });
    for (const id of service.populations) fields.push({ group: `population:${id}`, weight: 1.5 });
    add(0.5, allTexts(service.description));
  }
  add(0.5, allTexts(entry.org.description));
  if (entry.city) add(1.5, [entry.city.name, ...(entry.city.aliases ?? []), entry.city.state_province]);
  if (entry.location) {
    add(1, allTexts(entry.location.name));
    add(1, (entry.location.addresses ?? []).map((a) => [a.address_1, a.address_2, a.region].join(' ')));
  }
  if (entry.areas) add(1, [...entry.areas.states, entry.areas.national ? 'México Mexico' : undefined]);
  return fields;
}

export interface FinderFilters {
  service?: string;
  population?: string;
  language?: string;
  openNow?: boolean;
  now?: Date;
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

export function passesFilters(entry: FinderEntry, filters: FinderFilters): boolean {
  if (servicesMatching(entry, filters).length === 0) return false;
  if (filters.openNow) {
    return !!entry.location && openState(entry.location.schedules, entry.location.timezone, filters.now) === 'open';
  }
  return true;
}

/** Whether an entry without an office here still serves a city: nationally or in its state. */
export function servesCity(entry: FinderEntry, city: City): boolean {
  return !!entry.areas && (entry.areas.national || entry.areas.states.includes(city.state_province ?? ''));
}

export interface FinderMatch {
  entry: FinderEntry;
  /** Search score (higher is better); 0 without a query. */
  score: number;
}

/**
 * The entries a search shows: those matching the query (all of them without
 * one) and the filters, split into offices in the city and organisations that
 * serve it without an office there.
 */
export function matchEntries(
  entries: readonly FinderEntry[],
  scores: Map<number, number> | undefined,
  filters: FinderFilters,
  city: City | undefined,
): { here: FinderMatch[]; nearby: FinderMatch[] } {
  const filtering = !!(filters.service || filters.population || filters.language || filters.openNow);
  const keep = (entry: FinderEntry) => !filtering || passesFilters(entry, filters);
  const matches: FinderMatch[] = [];
  // With a query, walk only its matches; without one, every entry.
  if (scores) {
    for (const [i, score] of scores) if (keep(entries[i])) matches.push({ entry: entries[i], score });
  } else {
    for (const entry of entries) if (keep(entry)) matches.push({ entry, score: 0 });
  }
  const here = city ? matches.filter((m) => m.entry.location?.city_id === city.id) : matches;
  const withOfficeHere = new Set(here.map((m) => m.entry.org.id));
  const nearby = city
    ? matches.filter((m) => !m.entry.location && !withOfficeHere.has(m.entry.org.id) && servesCity(m.entry, city))
    : [];
  return { here, nearby };
}
