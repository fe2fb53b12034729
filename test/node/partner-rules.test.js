// The browser's reading of a partner's directory, run in Node on the same
// TypeScript (bundled with esbuild): HSDS mapping, field checks, placement,
// and everything the elements compute from it. Random wrong types at random
// places must never throw.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { importSource } from '../../scripts/lib/import-source.js';

const m = await importSource(`
  export { readDirectory } from './src/directory/read-directory.ts';
  export { placeLocations } from './src/directory/place-locations.ts';
  export { DirectoryIndex } from './src/directory/directory-index.ts';
  export { FinderSearch } from './src/directory/search/find-services.ts';
  export { openState } from './src/directory/opening-hours.ts';
  export { pickText } from './src/directory/localized-text.ts';
  export { readPhoneNumber } from './src/directory/phone-number.ts';
  export { kindOfTerm } from './src/directory/hsds/kinds-of-help.ts';
  export { formatPartialDate, formatDays } from './src/internal/format.ts';
`);
const builtIn = JSON.parse(readFileSync('src/generated/directory.json', 'utf8'));
const json = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** What the browser does with a file, and what the elements then compute from it. */
function loadAndUse(input, language) {
  const read = m.readDirectory(input, builtIn.cities, language);
  if (!read.directory) return read;
  m.placeLocations(read.directory.organizations, read.directory.cities);
  const index = new m.DirectoryIndex(read.directory);
  const finder = new m.FinderSearch(index);
  finder.find({ service: 'other', openNow: true, now: new Date(), city: index.cities[0] });
  finder.find({ text: 'necesito un abogado en tijuana', position: { latitude: 32.5, longitude: -117 } });
  for (const org of index.organizations) {
    for (const text of [org.name, org.alternate_name, org.description]) m.pickText(text, 'ar');
    for (const location of index.officesOf(org)) {
      m.openState(location.schedules, location.timezone);
      for (const s of location.schedules ?? []) if (s.byday) m.formatDays(s.byday, 'es');
      index.servicesAt(org, location);
    }
    for (const service of org.services) for (const code of service.languages ?? []) new Intl.DisplayNames(['es'], { type: 'language' }).of(code);
  }
  for (const source of read.directory.sources) if (source.date) m.formatPartialDate(source.date, 'fr');
  return read;
}

test('the official HSDS examples: organisation, service, office, phone and hours', () => {
  const read = loadAndUse(json('test/fixtures/hsds/v3.0/examples/organization_full.json'), 'en');
  assert.equal(read.format, 'hsds');
  const [org] = read.directory.organizations;
  assert.deepEqual(org.name, { en: 'Example Organization Inc.' });
  const [service] = org.services;
  assert.deepEqual(service.taxonomy, ['other'], 'a term no mapping places: other help, not dropped');
  assert.deepEqual(service.languages, ['ur']);
  const [office] = org.locations;
  assert.equal(office.addresses[0].postal_code, 'ABC 1234', 'a postal code of another country is kept');
  assert.equal(office.latitude, undefined, 'latitude 100 is not a place on Earth');
  assert.deepEqual(office.phones.map((p) => [p.number, p.extension]), [['+441234234567', '100']]);
  // Its hours come with week numbers and month days Camino cannot judge: their words are kept, no open/closed claim.
  assert.equal(office.schedules.length, 1, 'the same schedule given at three levels is shown once');
  assert.equal(office.schedules[0].byday, undefined);
  assert.match(office.schedules[0].notes.en, /available from 10 am to 6pm weekdays/);
  assert.equal(m.openState(office.schedules, office.timezone), 'unknown');
  // Placed by its address: a city named as the address writes it.
  assert.equal(read.directory.cities.find((c) => c.id === office.city_id)?.name, 'MyCity');

  for (const example of ['service_full', 'service_list', 'organization_list']) {
    const each = loadAndUse(json(`test/fixtures/hsds/v3.0/examples/${example}.json`), 'en');
    assert.equal(each.directory.organizations[0].name.en, 'Example Organization Inc.', example);
  }
  const list = loadAndUse(json('test/fixtures/hsds/v3.0/examples/service_list.json'), 'en');
  assert.deepEqual(list.directory.organizations[0].services[0].location_ids, [], 'a service at no location is at none, not at all of them');
});

test('kinds of help: the file\'s own mapping, the "camino" taxonomy, the documented words; else other', () => {
  const service = (terms) => ({ id: 's', name: 'S', status: 'active', attributes: terms.map((t, i) => ({ id: `a${i}`, taxonomy_term: { id: `t${i}`, ...t } })) });
  const read = (doc) => m.readDirectory(doc, builtIn.cities, 'en').directory.organizations[0].services[0];
  const org = (services, extra = {}) => ({ id: 'o', name: 'O', description: 'D', services, ...extra });
  assert.deepEqual(read(org([service([{ code: 'BD-1800', name: 'Emergency Food' }])])).taxonomy, ['humanitarian-aid']);
  assert.deepEqual(read(org([service([{ name: 'Mental Health Care' }])])).taxonomy, ['mental-health'], 'not health: the first rule wins');
  assert.deepEqual(read(org([service([{ name: 'Asesoría jurídica' }])])).taxonomy, ['legal']);
  assert.deepEqual(read(org([service([{ code: 'shelter', taxonomy: 'camino' }, { code: 'women', taxonomy: 'camino-populations' }])])), {
    ...read(org([service([{ code: 'shelter', taxonomy: 'camino' }, { code: 'women', taxonomy: 'camino-populations' }])])),
    taxonomy: ['shelter'],
    populations: ['women'],
  });
  assert.deepEqual(read(org([service([{ code: 'XQ-77', name: 'Thing' }])], { camino_taxonomy: { 'XQ-77': 'livelihoods' } })).taxonomy, ['livelihoods']);
  assert.deepEqual(read(org([service([{ code: 'XQ-77', name: 'Thing' }])])).taxonomy, ['other']);
  assert.deepEqual(read(org([service([])])).taxonomy, ['other']);
});

test('phones: international numbers however written become E.164; national ones of MX, US and CA with the address\'s country; the rest as written', () => {
  assert.deepEqual(m.readPhoneNumber('"+44 1234 234567"'), { number: '+441234234567', e164: true });
  assert.deepEqual(m.readPhoneNumber('00 52 (664) 123-4567'), { number: '+526641234567', e164: true });
  assert.deepEqual(m.readPhoneNumber('+52 1 664 123 4567'), { number: '+526641234567', e164: true }, 'the mobile 1 Mexico dropped in 2019');
  assert.deepEqual(m.readPhoneNumber('044 664 123 4567', 'MX'), { number: '+526641234567', e164: true });
  assert.deepEqual(m.readPhoneNumber('(619) 555-0100', 'US'), { number: '+16195550100', e164: true });
  assert.deepEqual(m.readPhoneNumber('664 123 4567'), { number: '664 123 4567', e164: false }, 'no country known: kept as written');
  assert.deepEqual(m.readPhoneNumber('1-800-FLOWERS', 'US'), { number: '1-800-FLOWERS', e164: false });
});

test('time zones: from an HSDS offset, from the coordinates near a known city, else none', () => {
  const org = (location) => ({ id: 'o', name: 'O', description: 'D', locations: [{ id: 'l', location_type: 'physical', name: 'L', ...location }], services: [] });
  const place = (location) => {
    const { directory } = m.readDirectory(org(location), builtIn.cities, 'en');
    m.placeLocations(directory.organizations, directory.cities);
    return directory.organizations[0].locations[0];
  };
  const weekly = { id: 'h', freq: 'WEEKLY', byday: 'MO', opens_at: '09:00', closes_at: '17:00' };
  assert.equal(place({ schedules: [{ ...weekly, timezone: -6 }] }).timezone, 'Etc/GMT+6');
  assert.equal(place({ schedules: [{ ...weekly, opens_at: '09:00-07:00', closes_at: '17:00-07:00' }] }).timezone, 'Etc/GMT+7');
  assert.equal(place({ schedules: [{ ...weekly, opens_at: '09:00Z', closes_at: '17:00Z' }] }).timezone, 'UTC');
  // 20 km from Tijuana's centre: Tijuana's clock (Pacific time, with its daylight saving).
  assert.equal(place({ latitude: 32.45, longitude: -116.85, schedules: [weekly] }).timezone, 'America/Tijuana');
  // San Diego, across the border: Tijuana's zone keeps the same clock.
  assert.equal(place({ latitude: 32.7157, longitude: -117.1611, schedules: [weekly] }).timezone, 'America/Tijuana');
  // Far from every known city, and no zone in the hours: no open/closed claim.
  const far = place({ latitude: 48.85, longitude: 2.35, schedules: [weekly] });
  assert.equal(far.timezone, undefined);
  assert.equal(m.openState(far.schedules, far.timezone), 'unknown');
  // An address in a known city: that city, its zone.
  const byAddress = place({ addresses: [{ address_1: 'Calle 1', city: 'Ciudad Juárez', state_province: 'Chihuahua', country: 'MX' }] });
  assert.equal(byAddress.city_id, 'ciudad-juarez');
  assert.equal(byAddress.timezone, builtIn.cities.find((c) => c.id === 'ciudad-juarez').timezone);
});

test('hours no longer in force make no open/closed claim; hours in force do', () => {
  const hours = { freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR,SA,SU', opens_at: '00:00', closes_at: '24:00' };
  assert.equal(m.openState([hours], 'America/Mexico_City'), 'open');
  assert.equal(m.openState([{ ...hours, valid_to: '2005-01-01' }], 'America/Mexico_City'), 'unknown');
  assert.equal(m.openState([{ ...hours, valid_from: '2999-01-01' }], 'America/Mexico_City'), 'unknown');
});

test('single-language feeds: the language given marks the text; none given marks it unknown', () => {
  const doc = { id: 'o', name: 'Refugio', description: 'Texto', services: [] };
  assert.deepEqual(m.readDirectory(structuredClone(doc), builtIn.cities, 'es-MX').directory.organizations[0].name, { 'es-MX': 'Refugio' });
  assert.deepEqual(m.readDirectory({ ...structuredClone(doc), language: 'es' }, builtIn.cities).directory.organizations[0].name, { es: 'Refugio' });
  const unknown = m.readDirectory(structuredClone(doc), builtIn.cities);
  assert.deepEqual(m.pickText(unknown.directory.organizations[0].name, 'en'), { text: 'Refugio', lang: '' });
  assert.match(unknown.notes[0], /HSDS text of no language/);
});

/** mulberry32: seeded, so a failure can be replayed. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const WRONG_VALUES = [null, 5, -1, 1e309 === Infinity ? 1e308 : 0, '', ' ', 'x', '300000-01', 'es_MX', '<img src=x>', true, [], [null], [5], {}, { es: 5 }, { country: 'MX' }, ['x'], [{}], 20250701, 'javascript:alert(1)'];

/** Every path to a value inside a JSON document. */
function paths(value, at = []) {
  if (value === null || typeof value !== 'object') return [at];
  return [at, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...at, Array.isArray(value) ? Number(k) : k]))];
}
function mutate(doc, rand, times) {
  const copy = structuredClone(doc);
  for (let n = 0; n < times; n++) {
    const all = paths(copy).filter((p) => p.length);
    const path = all[Math.floor(rand() * all.length)];
    const parent = path.slice(0, -1).reduce((node, key) => node[key], copy);
    parent[path[path.length - 1]] = structuredClone(WRONG_VALUES[Math.floor(rand() * WRONG_VALUES.length)]);
  }
  return copy;
}

for (const [name, file, language] of [
  ['a Camino partner file', 'test/fixtures/directories/partner.json'],
  ['HSDS organization_full', 'test/fixtures/hsds/v3.0/examples/organization_full.json', 'en'],
  ['HSDS service_list', 'test/fixtures/hsds/v3.0/examples/service_list.json', 'en'],
]) {
  test(`fuzz: random wrong types at random places of ${name} never throw, and what is kept is read`, () => {
    const doc = json(file);
    const rand = random(11);
    for (let i = 0; i < 400; i++) {
      const broken = mutate(doc, rand, 1 + Math.floor(rand() * 4));
      let read;
      assert.doesNotThrow(() => (read = loadAndUse(broken, language)), `case ${i}: ${JSON.stringify(broken).slice(0, 200)}`);
      assert.ok(Array.isArray(read.problems));
    }
  });
}
