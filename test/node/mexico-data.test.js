// The built-in Mexico directory, checked against what its source documents
// (../shared/seeds) say: offices per organisation, phones, addresses and time zones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { loadDataFolder } from '../../scripts/data/load-directory.js';
import { validateDirectory } from '../../scripts/data/validate-directory.js';
import { compileDirectory } from '../../scripts/data/compile-directory.js';

const { parts } = loadDataFolder(fileURLToPath(new URL('../../data/', import.meta.url)));
const { directory, errors } = compileDirectory(parts);
const orgs = new Map(directory.organizations.map((o) => [o.id, o]));
const locations = new Map(directory.organizations.flatMap((o) => o.locations).map((l) => [l.id, l]));
const phonesOf = (record) => (record.phones ?? []).map((p) => p.number);
const cities = new Map(directory.cities.map((c) => [c.id, c]));
/** A location's time zone is its city's (the browser fills it in; see DirectoryIndex). */
const zoneOf = (locationId) => cities.get(locations.get(locationId).city_id).timezone;

test('data/ is valid and compiles', () => {
  assert.deepEqual(validateDirectory(parts), []);
  assert.deepEqual(errors, []);
});

test('the organisation ids the components are documented with exist', () => {
  for (const id of ['hias', 'unhcr', 'asylum-access', 'iom', 'nrc', 'msf', 'imumi', 'sin-fronteras', 'casa-del-migrante', 'fray-matias', 'cndh']) {
    assert.ok(orgs.has(id), id);
  }
});

test('offices per organisation match the sources', () => {
  const expected = {
    hias: 9, // 2023 HIAS page: Tijuana, Mexicali, Nogales, Ciudad Juárez, Reynosa, Matamoros, Monterrey, Palenque, Tapachula
    unhcr: 10, // 002: eight field offices and units, the Representation, the Tuxtla sub-office
    'asylum-access': 7, // 002: "seven different locations"
    'casa-del-migrante': 3, // 002: Tapachula, Tijuana, Nuevo Laredo (listed twice)
    iom: 2, // 002: Mexico City, and the Southern Border Field Office in Tapachula
    msf: 10, // 004: project sites named with a city
    nrc: 0, // 003: states only
    imumi: 0, // 002: phones and e-mail, no address
    'centro-prodh': 0, // 002: no contact details
  };
  for (const [id, count] of Object.entries(expected)) assert.equal(orgs.get(id).locations.length, count, id);
  const hiasCities = orgs.get('hias').locations.map((l) => l.city_id).sort();
  assert.deepEqual(hiasCities, ['ciudad-juarez', 'matamoros', 'mexicali', 'monterrey', 'nogales', 'palenque', 'reynosa', 'tapachula', 'tijuana']);
});

test('phones from the sources, normalised to E.164', () => {
  assert.deepEqual(phonesOf(locations.get('casa-del-migrante-tapachula')), ['+529626254812', '+529626267770']);
  assert.deepEqual(phonesOf(locations.get('casa-del-migrante-tijuana')), ['+526643827685', '+526646825180']);
  assert.deepEqual(phonesOf(locations.get('casa-del-migrante-nuevo-laredo')), ['+528677145611']);
  assert.ok(phonesOf(locations.get('asylum-access-ciudad-de-mexico')).includes('+525515180730'));
  assert.ok(phonesOf(locations.get('comi-oaxaca')).includes('+529513100375'), 'COMI 044 mobile');
  assert.ok(phonesOf(locations.get('cndh-ciudad-de-mexico')).includes('+528007152000'), 'CNDH 01 800 toll-free');
  assert.ok(phonesOf(locations.get('voces-mesoamericanas-san-cristobal-de-las-casas')).includes('+528008378689'));
  assert.ok(phonesOf(orgs.get('imumi')).includes('+12087537041'), 'IMUMI US line');
  const citlalli = locations.get('proyecto-citlalli-durango').phones[0];
  assert.equal(citlalli.number, '+526183644213');
  assert.equal(citlalli.whatsapp, true);
  assert.equal(citlalli.type, 'text', 'the source says WhatsApp only');
  assert.equal(locations.get('casa-del-migrante-tapachula').phones[1].type, 'fax');
});

test('addresses from the sources', () => {
  const tijuana = locations.get('unhcr-tijuana').addresses[0];
  assert.match(tijuana.address_1, /Rufino Tamayo 9990/);
  assert.equal(tijuana.postal_code, '22010');
  assert.equal(locations.get('fray-matias-tapachula').addresses[0].postal_code, '30700');
  assert.match(locations.get('asylum-access-ciudad-de-mexico').addresses[0].address_1, /Insurgentes Sur 1150/);
  assert.match(locations.get('casa-del-migrante-nuevo-laredo').addresses[0].address_1, /Madero, # 350/);
  // 27900 is not a Tapachula postal code: left out, not copied.
  assert.equal(locations.get('casa-del-migrante-tapachula').addresses[0].postal_code, undefined);
});

test('time zones are derived from where each office is, not from the sources\' "GMT -6"', () => {
  const zones = {
    'unhcr-tijuana': 'America/Tijuana',
    'unhcr-mexicali': 'America/Tijuana',
    'unhcr-ciudad-juarez': 'America/Ciudad_Juarez',
    'hias-nogales': 'America/Hermosillo',
    'hias-reynosa': 'America/Matamoros',
    'casa-del-migrante-nuevo-laredo': 'America/Matamoros',
    'unhcr-saltillo': 'America/Monterrey',
    'hias-monterrey': 'America/Monterrey',
    'proyecto-citlalli-durango': 'America/Monterrey',
    'unhcr-ciudad-de-mexico': 'America/Mexico_City',
    'fray-matias-tapachula': 'America/Mexico_City',
    'unhcr-tenosique': 'America/Mexico_City',
  };
  for (const [id, zone] of Object.entries(zones)) assert.equal(zoneOf(id), zone, id);
});

test('Nuevo Laredo opening hours as the source gives them', () => {
  const hours = locations.get('casa-del-migrante-nuevo-laredo').schedules.map((s) => [s.byday, s.opens_at, s.closes_at]);
  assert.deepEqual(hours.sort(), [
    ['MO,TU,WE,TH,FR,SA', '09:30', '13:00'],
    ['MO,TU,WE,TH,FR,SA,SU', '16:00', '21:30'],
  ]);
});

test('coordinates come from the gazetteer; no office has an exact point, so each takes its city\'s', () => {
  for (const location of locations.values()) {
    assert.equal(location.latitude, undefined, `${location.id}: no source gives an exact position`);
    assert.ok(cities.has(location.city_id), location.id);
  }
  for (const city of directory.cities) {
    assert.ok(city.geonames_id > 0, city.id);
    assert.ok(city.latitude > 14 && city.latitude < 33 && city.longitude > -118 && city.longitude < -86, `${city.id} is in Mexico`);
  }
  const tijuana = cities.get('tijuana');
  assert.ok(Math.abs(tijuana.latitude - 32.5) < 0.1 && Math.abs(tijuana.longitude + 117.0) < 0.1);
});

test('the HIAS fraud-reporting channel is its confidential e-mail', () => {
  const report = orgs.get('hias').fraud_reporting;
  assert.deepEqual(report.emails.map((e) => e.email), ['ethics@hias.org']);
  assert.match(report.statement.en, /HIAS' services are free/);
  assert.equal(orgs.get('hias').fees.free, true);
});

test('the shipped directory carries nothing a browser does not use', () => {
  const json = JSON.stringify(directory);
  for (const key of ['"source_text"', '"notes"', '"gazetteer"', '"date_note"', '"$schema"']) {
    assert.ok(!json.includes(key), `${key} is not shipped`);
  }
});

test('city list: Spanish names with accents and the aliases people type', () => {
  const byId = new Map(directory.cities.map((c) => [c.id, c]));
  assert.equal(byId.get('ciudad-juarez').name, 'Ciudad Juárez');
  assert.equal(byId.get('queretaro').name, 'Querétaro');
  for (const alias of ['CDMX', 'Mexico City', 'DF']) assert.ok(byId.get('ciudad-de-mexico').aliases.includes(alias), alias);
  for (const alias of ['Juárez', 'Cd. Juárez']) assert.ok(byId.get('ciudad-juarez').aliases.includes(alias), alias);
});
