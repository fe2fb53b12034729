// Turns the checked data/ folder into the directory the bundle ships: every
// phone as E.164, every city and location with GeoNames coordinates and a time
// zone, and nothing a browser does not use (source texts, notes, gazetteer keys).
import { normalisePhone } from './phone.js';
import { lookUpCity } from './gazetteer.js';

const withoutKeys = (object, keys) => Object.fromEntries(Object.entries(object).filter(([k]) => !keys.includes(k)));

const compilePhone = (phone) => {
  const { number } = normalisePhone(phone.source_text, phone.country);
  return { ...withoutKeys(phone, ['source_text', 'country']), number };
};
const compilePhones = (phones) => (phones ? { phones: phones.map(compilePhone) } : {});
/** Each source once: the browser needs which sources and their dates, not which field each entry is about. */
const shippedProvenance = (provenance) =>
  [...new Set(provenance.map((p) => p.source))].map((source) => ({ source, source_date: provenance.find((p) => p.source === source).source_date }));
/** An active record's status_reason says why it is still listed as active: an editor's reason, not shown, not shipped. */
const shownStatus = (record) => (record.status === 'active' ? withoutKeys(record, ['status_reason']) : record);

/**
 * @param {import('./validate-directory.js').DirectoryParts} parts a directory that passed validation
 * @param {{ fullProvenance?: boolean }} [options] keep every provenance entry (for checking the
 *   compiled directory by the browser's rules, which need each "free" entry), not what ships
 * @returns {{ directory?: object, errors: string[] }}
 */
export function compileDirectory(parts, { fullProvenance = false } = {}) {
  const compileProvenance = fullProvenance ? (provenance) => provenance : shippedProvenance;
  const errors = [];
  const cities = parts.cities.value.map((city) => {
    const found = lookUpCity(city.gazetteer, city.country);
    if ('error' in found) errors.push(`${parts.cities.file}: ${city.id}: gazetteer: ${found.error}`);
    return { ...withoutKeys(city, ['gazetteer']), ...found };
  });

  const organizations = parts.organizations.map(({ value: org }) => ({
    ...withoutKeys(shownStatus(org), ['$schema', 'notes', 'phones', 'fraud_reporting', 'services', 'locations', 'provenance']),
    ...compilePhones(org.phones),
    ...(org.fraud_reporting
      ? {
          fraud_reporting: {
            ...withoutKeys(org.fraud_reporting, ['phones', 'provenance']),
            ...compilePhones(org.fraud_reporting.phones),
            provenance: compileProvenance(org.fraud_reporting.provenance),
          },
        }
      : {}),
    services: org.services.map((service) => ({ ...shownStatus(service), provenance: compileProvenance(service.provenance) })),
    // A location's time zone, and its point when only the city is known, are
    // its city's: the browser fills them in (DirectoryIndex), so they are not
    // repeated here for every office.
    locations: org.locations.map((location) => ({
      ...withoutKeys(shownStatus(location), ['notes', 'phones', 'provenance']),
      ...compilePhones(location.phones),
      provenance: compileProvenance(location.provenance),
    })),
    provenance: compileProvenance(org.provenance),
  }));

  const sources = parts.sources.value.map((source) => withoutKeys(source, ['date_note', 'file']));
  return { errors, directory: { camino_directory: 1, sources, cities, organizations } };
}
