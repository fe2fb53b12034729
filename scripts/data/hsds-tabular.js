// The HSDS 3.0 tabular package (organizations.csv, services.csv,
// locations.csv, service_at_location.csv, phones.csv, schedules.csv, …: what a
// spreadsheet exports) read into compiled HSDS objects, the shape Camino's
// HSDS reading takes, and compiled organizations written back as tables. The
// files and their columns are the official schemas' (each schema's "path" and
// its text and number properties); each row is linked to its parent by the
// *_id columns, as HSDS defines them. CSV is read and written by csv-parse and
// csv-stringify.
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

// The official schemas, imported (not read from disk) so that the package's command carries them.
import accessibilitySchema from '../../test/fixtures/hsds/v3.0/schema/accessibility.json' with { type: 'json' };
import addressSchema from '../../test/fixtures/hsds/v3.0/schema/address.json' with { type: 'json' };
import attributeSchema from '../../test/fixtures/hsds/v3.0/schema/attribute.json' with { type: 'json' };
import contactSchema from '../../test/fixtures/hsds/v3.0/schema/contact.json' with { type: 'json' };
import costoptionSchema from '../../test/fixtures/hsds/v3.0/schema/cost_option.json' with { type: 'json' };
import fundingSchema from '../../test/fixtures/hsds/v3.0/schema/funding.json' with { type: 'json' };
import languageSchema from '../../test/fixtures/hsds/v3.0/schema/language.json' with { type: 'json' };
import locationSchema from '../../test/fixtures/hsds/v3.0/schema/location.json' with { type: 'json' };
import metatabledescriptionSchema from '../../test/fixtures/hsds/v3.0/schema/meta_table_description.json' with { type: 'json' };
import metadataSchema from '../../test/fixtures/hsds/v3.0/schema/metadata.json' with { type: 'json' };
import organizationSchema from '../../test/fixtures/hsds/v3.0/schema/organization.json' with { type: 'json' };
import organizationidentifierSchema from '../../test/fixtures/hsds/v3.0/schema/organization_identifier.json' with { type: 'json' };
import phoneSchema from '../../test/fixtures/hsds/v3.0/schema/phone.json' with { type: 'json' };
import programSchema from '../../test/fixtures/hsds/v3.0/schema/program.json' with { type: 'json' };
import requireddocumentSchema from '../../test/fixtures/hsds/v3.0/schema/required_document.json' with { type: 'json' };
import scheduleSchema from '../../test/fixtures/hsds/v3.0/schema/schedule.json' with { type: 'json' };
import serviceSchema from '../../test/fixtures/hsds/v3.0/schema/service.json' with { type: 'json' };
import serviceareaSchema from '../../test/fixtures/hsds/v3.0/schema/service_area.json' with { type: 'json' };
import serviceatlocationSchema from '../../test/fixtures/hsds/v3.0/schema/service_at_location.json' with { type: 'json' };
import taxonomySchema from '../../test/fixtures/hsds/v3.0/schema/taxonomy.json' with { type: 'json' };
import taxonomytermSchema from '../../test/fixtures/hsds/v3.0/schema/taxonomy_term.json' with { type: 'json' };

/** Each tabular file of HSDS: its object, its columns, and which columns hold numbers. */
export const TABLES = Object.fromEntries(
  [accessibilitySchema, addressSchema, attributeSchema, contactSchema, costoptionSchema, fundingSchema, languageSchema, locationSchema, metatabledescriptionSchema, metadataSchema, organizationSchema, organizationidentifierSchema, phoneSchema, programSchema, requireddocumentSchema, scheduleSchema, serviceSchema, serviceareaSchema, serviceatlocationSchema, taxonomySchema, taxonomytermSchema].map((schema) => {
    const columns = Object.entries(schema.properties).filter(([, p]) => p.type === 'string' || p.type === 'number');
    return [schema.path, { object: schema.name, columns: columns.map(([name]) => name), numbers: new Set(columns.filter(([, p]) => p.type === 'number').map(([name]) => name)) }];
  }),
);

/** The tables Camino reads; any other file of a package is reported as not carried. */
const READ_TABLES = [
  'organizations.csv', 'services.csv', 'locations.csv', 'service_at_location.csv', 'addresses.csv', 'phones.csv',
  'schedules.csv', 'languages.csv', 'attributes.csv', 'taxonomy_terms.csv', 'taxonomies.csv', 'meta_table_descriptions.csv',
];
const DATE_COLUMNS = new Set(['assured_date', 'valid_from', 'valid_to', 'dtstart', 'until', 'last_action_date']);

/**
 * A cell as HSDS means it: empty is absent, a number column holds a number,
 * and a date a spreadsheet wrote as 20250701 or 2025/07/01 becomes 2025-07-01.
 */
function cell(table, column, value) {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') return value;
  const text = value.trim();
  if (text === '') return undefined;
  if (TABLES[table]?.numbers.has(column) && /^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  if (DATE_COLUMNS.has(column)) {
    const date = /^(\d{4})[-/]?(\d{2})[-/]?(\d{2})$/.exec(text);
    if (date) return `${date[1]}-${date[2]}-${date[3]}`;
  }
  return text;
}

/** Reads every .csv file of a folder: { "organizations.csv": [rows…], … }. */
export function readTabularFolder(folder) {
  const tables = {};
  for (const file of readdirSync(folder).filter((f) => f.toLowerCase().endsWith('.csv'))) {
    tables[file] = parse(readFileSync(join(folder, file)), { columns: true, bom: true, skip_empty_lines: true, relax_column_count: true });
  }
  return tables;
}

/** Writes tables as CSV files, one per table, with the schema's columns in its order. */
export function writeTabularFolder(folder, tables) {
  mkdirSync(folder, { recursive: true });
  for (const [file, rows] of Object.entries(tables)) {
    writeFileSync(join(folder, file), stringify(rows, { header: true, columns: TABLES[file].columns }));
  }
}

/**
 * Links a package's rows into compiled HSDS objects.
 * @param {Record<string, object[]>} tables rows by file name (from CSV: text cells; from JSON: typed)
 * @returns {{ items: object[], language?: string, notCarried: string[] }} organizations (and services
 *   that name no organisation of the package), the package's language if it says one, and what was left out
 */
export function fromTabular(tables) {
  const notCarried = [];
  const rows = (file) =>
    (tables[file] ?? []).map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, cell(file, k, v)]).filter(([, v]) => v !== undefined)));
  const byId = (file) => new Map(rows(file).map((row) => [row.id, row]));
  for (const [file, list] of Object.entries(tables)) {
    if (!READ_TABLES.includes(file) && list.length) notCarried.push(`${file}: ${list.length} row${list.length === 1 ? '' : 's'} (Camino does not show ${TABLES[file]?.object ?? 'this table'})`);
  }

  const organizations = byId('organizations.csv');
  const services = byId('services.csv');
  const locations = byId('locations.csv');
  const links = byId('service_at_location.csv');
  const terms = byId('taxonomy_terms.csv');
  const taxonomies = byId('taxonomies.csv');
  for (const o of organizations.values()) Object.assign(o, { locations: [], services: [] });
  for (const link of links.values()) link.location = locations.get(link.location_id);

  const attach = (file, row, list, targets) => {
    const target = targets.map(([map, key]) => map.get(row[key])).find(Boolean);
    if (target) (target[list] ??= []).push(row);
    else notCarried.push(`${file}: row ${row.id ?? '(no id)'} links to nothing Camino shows (${targets.map(([, key]) => key).join(', ')})`);
  };
  for (const link of links.values()) attach('service_at_location.csv', link, 'service_at_locations', [[services, 'service_id']]);
  for (const row of rows('addresses.csv')) attach('addresses.csv', row, 'addresses', [[locations, 'location_id']]);
  // A phone or schedule row often names several records: it belongs to the most precise one.
  const mostPrecise = [[links, 'service_at_location_id'], [locations, 'location_id'], [services, 'service_id']];
  for (const row of rows('phones.csv')) attach('phones.csv', row, 'phones', [...mostPrecise, [organizations, 'organization_id']]);
  for (const row of rows('schedules.csv')) attach('schedules.csv', row, 'schedules', mostPrecise);
  for (const row of rows('languages.csv')) attach('languages.csv', row, 'languages', [[services, 'service_id'], [locations, 'location_id']]);
  for (const row of rows('attributes.csv')) {
    const term = terms.get(row.taxonomy_term_id);
    if (term) row.taxonomy_term = { ...term, taxonomy: term.taxonomy ?? taxonomies.get(term.taxonomy_id)?.name };
    attach('attributes.csv', row, 'attributes', [[services, 'link_id']]);
  }
  const orphans = [];
  for (const s of services.values()) {
    const org = organizations.get(s.organization_id);
    if (org) org.services.push(s);
    else orphans.push(s);
  }
  const linked = new Set([...links.values()].map((l) => l.location_id));
  for (const l of locations.values()) {
    const org = organizations.get(l.organization_id);
    if (org) org.locations.push(l);
    else if (!linked.has(l.id)) notCarried.push(`locations.csv: row ${l.id} belongs to no organisation or service of the package`);
  }
  const language = rows('meta_table_descriptions.csv').find((m) => m.language)?.language;
  return { items: [...organizations.values(), ...orphans], language, notCarried };
}

/** Compiled HSDS organizations as tables (the inverse of fromTabular, for what Camino writes). */
export function toTabular(organizations) {
  const tables = {};
  const add = (file, object, links = {}) => {
    const row = {};
    for (const column of TABLES[file].columns) {
      const value = links[column] ?? object[column];
      if (value !== undefined) row[column] = value;
    }
    (tables[file] ??= []).push(row);
  };
  const seenTerms = new Set();
  for (const org of organizations) {
    add('organizations.csv', org);
    for (const phone of org.phones ?? []) add('phones.csv', phone, { organization_id: org.id });
    for (const location of org.locations ?? []) {
      add('locations.csv', location, { organization_id: org.id });
      for (const address of location.addresses ?? []) add('addresses.csv', address, { location_id: location.id });
      for (const phone of location.phones ?? []) add('phones.csv', phone, { location_id: location.id });
      for (const hours of location.schedules ?? []) add('schedules.csv', hours, { location_id: location.id });
    }
    for (const service of org.services ?? []) {
      add('services.csv', service, { organization_id: org.id });
      for (const phone of service.phones ?? []) add('phones.csv', phone, { service_id: service.id });
      for (const language of service.languages ?? []) add('languages.csv', language, { service_id: service.id });
      for (const attribute of service.attributes ?? []) {
        add('attributes.csv', attribute, { link_id: service.id, link_type: 'service', link_entity: 'service' });
        const term = attribute.taxonomy_term;
        if (term && !seenTerms.has(term.id)) {
          seenTerms.add(term.id);
          add('taxonomy_terms.csv', term);
        }
      }
      for (const link of service.service_at_locations ?? []) {
        add('service_at_location.csv', link, { service_id: service.id });
        for (const hours of link.schedules ?? []) add('schedules.csv', hours, { service_at_location_id: link.id, service_id: service.id, location_id: link.location_id });
        for (const phone of link.phones ?? []) add('phones.csv', phone, { service_at_location_id: link.id });
      }
    }
  }
  return tables;
}
