// Checks the built-in directory (data/) against the format's JSON Schema and
// the stricter rules the built-in data keeps, which a schema cannot say or
// which partners are spared: lowercase slug ids, unique ids, references that
// resolve, cities of the list, phones that libphonenumber validates, es+en
// descriptions and service names, a status, provenance and assured_date on
// every record, Mexican postal codes, whole weekly hours. (A partner's file is
// checked by the browser's own rules instead: scripts/lib/partner-rules.js.)
// Every problem is reported as { file, record, path, message } so a person can
// find and fix it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { normalisePhone, checkE164 } from './phone.js';
import { claimProblems, editorialProblems } from '../../src/directory/claim-rules.js';

const schemaFile = fileURLToPath(new URL('../../data/schema/directory.schema.json', import.meta.url));
const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addSchema(schema);
const definition = (name) => ajv.getSchema(`${schema.$id}#/definitions/${name}`);
const validators = {
  Source: definition('Source'),
  City: definition('City'),
  Organization: definition('Organization'),
  Maintainer: definition('Maintainer'),
};

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Languages every description must have. */
export const REQUIRED_LANGUAGES = ['es', 'en'];

/**
 * @typedef {{ file: string, record: string, path: string, message: string, severity?: 'warning' }} DirectoryError
 *   a warning does not fail the check
 * @typedef {{ file: string, path: string, value: unknown }} Part  one record list or record, where it was read
 * @typedef {{ sources: Part, cities?: Part, maintainer?: Part, organizations: Part[], knownCities?: object[] }} DirectoryParts
 */

/** Formats an error as one line: file: record: path: message (a warning's message starts "warning:"). */
export function formatError({ file, record, path, message, severity }) {
  return `${file}: ${record || '(file)'}: ${path || '(root)'}: ${severity === 'warning' ? 'warning: ' : ''}${message}`;
}

const joinPath = (base, key) =>
  typeof key === 'number' ? `${base}[${key}]` : base ? `${base}.${key}` : String(key);

/** The id of the innermost record on a path, for error messages. */
function recordIdAt(root, segments) {
  let node = root;
  let id = root && typeof root === 'object' && typeof root.id === 'string' ? root.id : '';
  for (const segment of segments) {
    if (node == null || typeof node !== 'object') break;
    node = node[segment];
    if (node && typeof node === 'object' && !Array.isArray(node) && typeof node.id === 'string') id = node.id;
  }
  return id;
}

function schemaErrors(validate, part, errors) {
  if (validate(part.value)) return;
  for (const e of validate.errors) {
    // Missing es/en and missing provenance get the clearer messages of the rules below.
    if (e.keyword === 'required' && REQUIRED_LANGUAGES.includes(e.params.missingProperty)) continue;
    if (e.keyword === 'required' && ['provenance', 'assured_date'].includes(e.params.missingProperty)) continue;
    if (e.keyword === 'anyOf' || e.keyword === 'allOf') continue;
    const segments = e.instancePath.split('/').slice(1).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    let path = segments.reduce(joinPath, part.path);
    let message = e.message;
    if (e.keyword === 'additionalProperties') {
      path = joinPath(path, e.params.additionalProperty);
      message = 'is not a field of this format';
    } else if (e.keyword === 'enum') {
      message = `must be one of: ${e.params.allowedValues.join(', ')}`;
    } else if (e.keyword === 'required') {
      path = joinPath(path, e.params.missingProperty);
      message = 'is required';
    }
    const value = segments.reduce((node, s) => (node == null ? node : node[s]), part.value);
    if (['pattern', 'enum', 'const', 'type'].includes(e.keyword) && value !== undefined) {
      message += ` (found ${JSON.stringify(value)})`;
    }
    errors.push({ file: part.file, record: recordIdAt(part.value, segments), path, message });
  }
}

const asArray = (value) => (Array.isArray(value) ? value : []);
const isObject = (value) => value != null && typeof value === 'object' && !Array.isArray(value);

function isTimeZone(zone) {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * Validates a directory given as parts (one file per organisation, or one file for everything).
 * @param {DirectoryParts} parts
 * @returns {DirectoryError[]}
 */
export function validateDirectory(parts) {
  const errors = [];
  const report = (file, record, path, message) => errors.push({ file, record, path, message });

  const sources = asArray(parts.sources.value);
  if (!Array.isArray(parts.sources.value)) report(parts.sources.file, '', parts.sources.path, 'must be a list of sources');
  sources.forEach((source, i) => {
    schemaErrors(validators.Source, { file: parts.sources.file, path: joinPath(parts.sources.path, i), value: source }, errors);
    if (isObject(source) && source.date === undefined) report(parts.sources.file, source.id, joinPath(joinPath(parts.sources.path, i), 'date'), 'is required in the built-in directory');
  });
  const cities = parts.cities ? asArray(parts.cities.value) : [];
  cities.forEach((city, i) =>
    schemaErrors(validators.City, { file: parts.cities.file, path: joinPath(parts.cities.path, i), value: city }, errors),
  );
  for (const part of parts.organizations) schemaErrors(validators.Organization, part, errors);
  if (parts.maintainer) schemaErrors(validators.Maintainer, parts.maintainer, errors);

  // Unique ids: sources, cities and records each have their own namespace; records
  // (organisations, services, locations) share one because events name them by id.
  const seen = { source: new Map(), city: new Map(), record: new Map() };
  const claim = (space, id, file, path) => {
    if (typeof id !== 'string') return;
    const first = seen[space].get(id);
    if (first) report(file, id, joinPath(path, 'id'), `duplicate id "${id}" (first used at ${first.file} ${first.path})`);
    else seen[space].set(id, { file, path: path || '(root)' });
  };
  sources.forEach((s, i) => claim('source', s?.id, parts.sources.file, joinPath(parts.sources.path, i)));
  cities.forEach((c, i) => claim('city', c?.id, parts.cities.file, joinPath(parts.cities.path, i)));

  for (const [i, city] of cities.entries()) {
    if (isObject(city)) {
      for (const field of ['state_province', 'country']) {
        if (city[field] === undefined) report(parts.cities.file, city.id, joinPath(joinPath(parts.cities.path, i), field), 'is required in the built-in directory');
      }
    }
    const located = typeof city?.latitude === 'number' && typeof city?.longitude === 'number' && city?.timezone;
    if (isObject(city) && !located && !city.gazetteer) {
      report(parts.cities.file, city.id, joinPath(parts.cities.path, i), 'needs latitude, longitude and timezone, or a gazetteer key to derive them from');
    }
    if (city?.timezone && !isTimeZone(city.timezone)) {
      report(parts.cities.file, city.id, joinPath(joinPath(parts.cities.path, i), 'timezone'), `"${city.timezone}" is not an IANA time zone`);
    }
  }

  const sourceDates = new Map(sources.filter(isObject).map((s) => [s.id, s.date]));
  const cityIds = new Set([...asArray(parts.knownCities), ...cities].filter(isObject).map((c) => c.id));

  for (const part of parts.organizations) {
    const org = part.value;
    if (!isObject(org)) {
      report(part.file, '', part.path, 'must be an organisation object');
      continue;
    }
    const { file } = part;
    const checkProvenance = (record, id, path, { needsAssuredDate = true } = {}) => {
      const provenance = record.provenance;
      if (!Array.isArray(provenance) || provenance.length === 0) {
        report(file, id, joinPath(path, 'provenance'), 'has no provenance: every record names the source document it comes from');
      } else {
        provenance.forEach((p, k) => {
          const at = joinPath(joinPath(path, 'provenance'), k);
          if (!isObject(p)) return;
          if (!sourceDates.has(p.source)) {
            report(file, id, joinPath(at, 'source'), `source "${p.source}" is not in the sources list`);
          } else if (p.source_date !== sourceDates.get(p.source)) {
            report(file, id, joinPath(at, 'source_date'), `"${p.source_date}" is not the date of source "${p.source}" (${sourceDates.get(p.source)})`);
          }
        });
      }
      if (needsAssuredDate && typeof record.assured_date !== 'string') {
        report(file, id, joinPath(path, 'assured_date'), 'is missing: every record says when it was last checked against its sources');
      }
    };
    const checkDescription = (text, id, path) => {
      if (!isObject(text)) {
        report(file, id, path, `is missing: it needs ${REQUIRED_LANGUAGES.join(' and ')} text`);
        return;
      }
      for (const lang of REQUIRED_LANGUAGES) {
        if (typeof text[lang] !== 'string' || text[lang].trim() === '') {
          report(file, id, joinPath(path, lang), `has no "${lang}" text: every description needs ${REQUIRED_LANGUAGES.join(' and ')}`);
        }
      }
    };
    const checkPhones = (phones, id, path) => {
      asArray(phones).forEach((phone, k) => {
        if (!isObject(phone)) return;
        const at = joinPath(path, k);
        if (typeof phone.source_text === 'string') {
          const result = normalisePhone(phone.source_text, phone.country);
          if ('error' in result) report(file, id, joinPath(at, 'source_text'), result.error);
          else if (phone.number && phone.number !== result.number) {
            report(file, id, joinPath(at, 'number'), `"${phone.number}" does not match the source text, which reads as ${result.number}`);
          }
        } else if (typeof phone.number === 'string') {
          const problem = checkE164(phone.number);
          if (problem) report(file, id, joinPath(at, 'number'), problem);
        } else {
          report(file, id, at, 'has neither number (E.164) nor source_text');
        }
      });
    };

    const requireFields = (record, id, path, fields) => {
      for (const field of fields) if (record[field] === undefined) report(file, id, joinPath(path, field), 'is required in the built-in directory');
    };
    const requireSlug = (record, path) => {
      if (typeof record.id === 'string' && !SLUG.test(record.id)) report(file, record.id, joinPath(path, 'id'), `"${record.id}" is not a lowercase slug (letters, digits, single hyphens)`);
    };
    claim('record', org.id, file, part.path);
    requireSlug(org, part.path);
    requireFields(org, org.id, part.path, ['status']);
    if (Array.isArray(org.services) && org.services.length === 0) report(file, org.id, joinPath(part.path, 'services'), 'needs at least one service');
    checkProvenance(org, org.id, part.path);
    checkDescription(org.description, org.id, joinPath(part.path, 'description'));
    checkPhones(org.phones, org.id, joinPath(part.path, 'phones'));
    for (const key of ['fees', 'fraud_reporting']) {
      if (isObject(org[key])) checkProvenance(org[key], org.id, joinPath(part.path, key), { needsAssuredDate: false });
    }
    if (isObject(org.fraud_reporting)) {
      checkDescription(org.fraud_reporting.statement, org.id, joinPath(joinPath(part.path, 'fraud_reporting'), 'statement'));
      checkPhones(org.fraud_reporting.phones, org.id, joinPath(joinPath(part.path, 'fraud_reporting'), 'phones'));
    }

    const locationIds = new Set();
    asArray(org.locations).forEach((location, k) => {
      if (!isObject(location)) return;
      const path = joinPath(joinPath(part.path, 'locations'), k);
      claim('record', location.id, file, path);
      requireSlug(location, path);
      requireFields(location, location.id, path, ['city_id', 'status']);
      locationIds.add(location.id);
      checkProvenance(location, location.id, path);
      asArray(location.addresses).forEach((address, a) => {
        if (!isObject(address)) return;
        const at = joinPath(joinPath(path, 'addresses'), a);
        requireFields(address, location.id, at, ['city', 'state_province', 'country']);
        if (address.country === 'MX' && address.postal_code !== undefined && !/^\d{5}$/.test(address.postal_code)) {
          report(file, location.id, joinPath(at, 'postal_code'), `"${address.postal_code}" is not a Mexican postal code (5 digits)`);
        }
      });
      if (typeof location.city_id === 'string' && !cityIds.has(location.city_id)) {
        report(file, location.id, joinPath(path, 'city_id'), `city "${location.city_id}" is not in the city list`);
      }
      checkPhones(location.phones, location.id, joinPath(path, 'phones'));
      asArray(location.schedules).forEach((schedule, s) => {
        if (isObject(schedule)) requireFields(schedule, location.id, joinPath(joinPath(path, 'schedules'), s), ['freq', 'byday', 'opens_at', 'closes_at']);
        // A closing time earlier than the opening time crosses midnight (a night
        // shelter's 20:00–08:00); the same time for both says nothing usable.
        if (isObject(schedule) && typeof schedule.opens_at === 'string' && schedule.closes_at === schedule.opens_at) {
          report(file, location.id, joinPath(joinPath(joinPath(path, 'schedules'), s), 'closes_at'), `opens and closes at the same time (${schedule.opens_at}): for hours past midnight give the next morning's closing time (20:00–08:00); for all day, 00:00–24:00`);
        }
        if (isObject(schedule) && schedule.timezone && !isTimeZone(schedule.timezone)) {
          report(file, location.id, joinPath(joinPath(joinPath(path, 'schedules'), s), 'timezone'), `"${schedule.timezone}" is not an IANA time zone`);
        }
      });
      if (location.timezone && !isTimeZone(location.timezone)) {
        report(file, location.id, joinPath(path, 'timezone'), `"${location.timezone}" is not an IANA time zone`);
      }
    });

    asArray(org.services).forEach((service, k) => {
      if (!isObject(service)) return;
      const path = joinPath(joinPath(part.path, 'services'), k);
      claim('record', service.id, file, path);
      requireSlug(service, path);
      requireFields(service, service.id, path, ['status']);
      checkProvenance(service, service.id, path);
      checkDescription(service.name, service.id, joinPath(path, 'name'));
      checkDescription(service.description, service.id, joinPath(path, 'description'));
      asArray(service.location_ids).forEach((locationId, l) => {
        if (!locationIds.has(locationId)) {
          report(file, service.id, joinPath(joinPath(path, 'location_ids'), l), `location "${locationId}" is not a location of ${org.id}`);
        }
      });
    });

    // What the elements may claim from these records ("free", active, contacts): src/directory/claim-rules.js.
    for (const { record, path, message, severity } of [...claimProblems(org, { schemaChecked: true }), ...editorialProblems(org)]) {
      errors.push({ file, record, path: path ? joinPath(part.path, path) : part.path, message, ...(severity === 'warning' ? { severity } : {}) });
    }
  }
  return errors;
}
