// Places a partner's locations that do not name a city of the list: their
// city comes from their street address (a known city when the name matches,
// else a new one named as the address writes it), and their time zone from
// their hours (an HSDS schedule may carry a UTC offset), their own IANA zone,
// their city, or their coordinates: the zone of the nearest known city within
// NEAREST_ZONE_KM. A phone cannot carry the world's time-zone borders; near a
// known city (and the built-in cities cover Mexico's zones and its border
// towns, whose neighbours across the border keep the same clock) the zone is
// that city's. A location with none of these makes no open / closed claim.
import type { City, Location, Organization } from './format.js';
import { distanceKm } from './distance.js';
import { foldForMatching } from './text-match.js';

/** How far from a known city a location still takes that city's time zone. */
export const NEAREST_ZONE_KM = 50;

const hasPoint = (place: { latitude?: number; longitude?: number } | undefined): place is { latitude: number; longitude: number } =>
  typeof place?.latitude === 'number' && typeof place.longitude === 'number';

/**
 * Sets `city_id` (adding cities to `cities` as needed) and `timezone` on the
 * locations that lack them. Mutates its arguments.
 */
export function placeLocations(organizations: readonly Organization[], cities: City[]) {
  locationPlacer(cities)(organizations);
}

/** `placeLocations` for organisations that come a batch at a time, into one list of cities. */
export function locationPlacer(cities: City[]) {
  let byName: Map<string, City> | undefined;
  const cityNamed = (name: string, state?: string, country?: string): City => {
    if (!byName) {
      byName = new Map();
      for (const city of cities) for (const n of [city.name, ...(city.aliases ?? [])]) byName.set(`${foldForMatching(n)}|${city.country ?? ''}`, city);
    }
    const key = `${foldForMatching(name)}|${country ?? ''}`;
    let city = byName.get(key) ?? (country ? undefined : byName.get(`${key}MX`));
    if (!city) {
      const id = foldForMatching([name, state, country].filter(Boolean).join(' ')).replace(/ /g, '-') || 'city';
      city = { id: cities.some((c) => c.id === id) ? `${id}-${cities.length}` : id, name, state_province: state, country };
      cities.push(city);
      byName.set(key, city);
    }
    return city;
  };
  const zoned = cities.filter((c) => c.timezone && hasPoint(c));
  const zoneNear = (place: { latitude: number; longitude: number }) => {
    let nearest: City | undefined;
    let best = NEAREST_ZONE_KM;
    for (const city of zoned) {
      const km = distanceKm(place, city as { latitude: number; longitude: number });
      if (km <= best) [nearest, best] = [city, km];
    }
    return nearest?.timezone;
  };
  const cityById = new Map(cities.map((c) => [c.id, c]));

  return (organizations: readonly Organization[]) => {
    for (const org of organizations) {
      for (const location of org.locations as Location[]) {
        if (!location.city_id) {
          // The door's address names the city; a mailing address is the next best.
          const address = location.addresses?.find((a) => a.city && a.address_type !== 'postal') ?? location.addresses?.find((a) => a.city);
          if (address) location.city_id = cityNamed(address.city!, address.state_province, address.country).id;
        }
        location.timezone ??=
          location.schedules?.find((s) => s.timezone)?.timezone ??
          cityById.get(location.city_id!)?.timezone ??
          (hasPoint(location) ? zoneNear(location) : undefined);
      }
    }
  };
}
