// Which offices the map shows: the directory's offices that match the `city`,
// `org` and `service` attributes, or a list given by a page's script. A value
// the directory does not know is reported and left out of the filter, so the
// map still shows what exists.
import { TAXONOMY_IDS } from '../../directory/check-directory.js';
import type { DirectoryIndex } from '../../directory/directory-index.js';
import type { City, Location, Organization, Service, TaxonomyId } from '../../directory/format.js';
import { inListOrder, SORTED_AT_ONCE } from './list-order.js';
import { nextSlice, overtime } from '../../directory/slices.js';

/** One office given to the map: an organisation and one of its locations. */
export interface MapOffice {
  org: Organization;
  location: Location;
}

/** An office ready to show: where its marker goes and what its card says. */
export interface PlacedOffice extends MapOffice {
  city?: City;
  services: Service[];
  latitude: number;
  longitude: number;
  /** Only the city is known: the marker stands on the city's centre. */
  approximate: boolean;
}

export interface Filters {
  city?: string;
  org?: string;
  service?: string;
}

export interface Matches {
  offices: PlacedOffice[];
  city?: City;
  org?: Organization;
  service?: TaxonomyId;
  /** Filter values the directory does not know (trimmed, as written). */
  unknown: Filters;
  /** Offices given without any position, not even their city's: ids, for the console. */
  unplaced: string[];
  /** More than a few hundred offices (SORTED_AT_ONCE): they are being placed and their list order worked out, and `offices` is empty until this resolves (then see `inOrder`). */
  ordering?: Promise<void>;
  /** While `ordering`: the offices placed so far, in no order. */
  unordered?: PlacedOffice[];
}

const hasPosition = (place: { latitude?: number; longitude?: number } | undefined): place is { latitude: number; longitude: number } =>
  typeof place?.latitude === 'number' && typeof place.longitude === 'number';

function place(index: DirectoryIndex, { org, location }: MapOffice): PlacedOffice | undefined {
  const city = index.city(location.city_id);
  const exact = hasPosition(location) && location.geo_precision === 'address';
  const at = hasPosition(location) ? location : city;
  if (!hasPosition(at)) return undefined;
  return { org, location, city, services: index.servicesAt(org, location), latitude: at.latitude, longitude: at.longitude, approximate: !exact };
}

/**
 * The offices placed and in list order. More than SORTED_AT_ONCE are placed a slice at a time (each one's
 * services looked up: for 8,000 offices about 60 ms at 4×): `offices` is empty, `unordered` fills,
 * and once `ordering` resolves `inOrder` puts them in the directory's order (or says it is still
 * being worked out).
 */
function placeAll(index: DirectoryIndex, offices: readonly MapOffice[], locale: string): Omit<Matches, 'unknown'> {
  const placed: PlacedOffice[] = [];
  const unplaced: string[] = [];
  const placeOne = (office: MapOffice) => {
    const where = place(index, office);
    if (where) placed.push(where);
    else unplaced.push(office.location.id);
  };
  if (offices.length <= SORTED_AT_ONCE) {
    offices.forEach(placeOne);
    return { ...inListOrder(index, placed, locale), unplaced };
  }
  const ordering = (async () => {
    for (const office of offices) {
      placeOne(office);
      if (overtime()) await nextSlice();
    }
  })();
  return { offices: [], ordering, unordered: placed, unplaced };
}

/**
 * Matches whose offices were being placed or ordered, once `ordering` has resolved: in list order,
 * or with a new `ordering` while the directory's order is still being worked out. The offices are
 * not looked up and placed again (for 10,000 offices, tens of ms at 4×).
 * @param locale - The locale `matches` were found in.
 */
export function inOrder(index: DirectoryIndex, matches: Matches, locale: string): Matches {
  if (!matches.unordered) return matches;
  const { offices, ordering } = inListOrder(index, matches.unordered, locale);
  return { ...matches, offices, ordering, unordered: ordering && matches.unordered };
}

/** The offices a page's script gave, in list order. */
export function givenOffices(index: DirectoryIndex, offices: readonly MapOffice[], locale: string): Matches {
  return { ...placeAll(index, offices, locale), unknown: {} };
}

/** The directory's open offices that match every known filter. */
export function matchingOffices(index: DirectoryIndex, filters: Filters, locale: string): Matches {
  const unknown: Filters = {};
  const cityQuery = filters.city?.trim();
  const city = cityQuery ? index.findCity(cityQuery) : undefined;
  if (cityQuery && !city) unknown.city = cityQuery;
  const orgQuery = filters.org?.trim();
  const org = orgQuery ? index.organization(orgQuery) : undefined;
  if (orgQuery && !org) unknown.org = orgQuery;
  const serviceQuery = filters.service?.trim();
  const service = TAXONOMY_IDS.find((id) => id === serviceQuery?.toLowerCase());
  if (serviceQuery && !service) unknown.service = serviceQuery;

  const offices = officesOf(index, org, service, city);
  return { ...placeAll(index, offices, locale), city, org, service, unknown };
}

/** Offices of one organisation (or all), offering one kind of service (or any), in one city (or all). */
export function officesOf(index: DirectoryIndex, org?: Organization, service?: TaxonomyId, city?: City): MapOffice[] {
  const offices: MapOffice[] = [];
  for (const each of org ? [org] : index.organizations) {
    if (each.status === 'defunct') continue;
    for (const location of index.officesOf(each, city?.id)) {
      if (service && !index.servicesAt(each, location).some((s) => s.taxonomy.includes(service))) continue;
      offices.push({ org: each, location });
    }
  }
  return offices;
}
