const EARTH_RADIUS_KM = 6371;
const radians = (degrees: number) => (degrees * Math.PI) / 180;

export interface Point {
  latitude: number;
  longitude: number;
}

/** Great-circle distance in kilometres (haversine). */
export function distanceKm(from: Point, to: Point): number {
  const dLat = radians(to.latitude - from.latitude);
  const dLon = radians(to.longitude - from.longitude);
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(radians(from.latitude)) * Math.cos(radians(to.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(a));
}

/** How far a place is, said as precisely as its position is known. */
export interface SaidDistance {
  /** Kilometres, rounded to what they are worth. */
  km: number;
  /** The office is known only by its city: the distance is to the city's centre. */
  toCityCentre: boolean;
}

/** A city spans kilometres: a distance to its centre is rounded to 5 km (10 km past 100 km). */
const CITY_STEP_KM = 5;

/**
 * The distance to say for an office: to its door when that is known (to
 * 0.1 km under 10 km, else whole kilometres), else to its city's centre,
 * rounded to 5 km, because a distance to a city centre cannot say where in
 * the city the office is. Undefined for a city-centre distance under 5 km:
 * the reader is in that city, and a number would only pretend to know more.
 */
export function sayDistance(km: number, knownDoor: boolean): SaidDistance | undefined {
  if (knownDoor) return { km: km < 10 ? Math.round(km * 10) / 10 : Math.round(km), toCityCentre: false };
  if (km < CITY_STEP_KM) return undefined;
  const step = km < 100 ? CITY_STEP_KM : CITY_STEP_KM * 2;
  return { km: Math.round(km / step) * step, toCityCentre: true };
}
