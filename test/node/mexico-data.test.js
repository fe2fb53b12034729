// The built-in Mexico directory, checked against what its source documents
// (../shared/seeds) say: offices per organisation, phones, addresses and time zones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadDataFolder } from '../../scripts/data/load-directory.js';
import { validateDirectory } from '../../scripts/data/validate-directory.js';
import { compileDirectory } from '../../scripts/data/compile-directory.js';
import { newestSourceDate } from '../../src/directory/information-age.js';

const { parts } = loadDataFolder(fileURLToPath(new URL('../../data/', import.meta.url)));
const { directory, errors } = compileDirectory(parts);
const orgs = new Map(directory.organizations.map((o) => [o.id, o]));
const locations = new Map(directory.organizations.flatMap((o) => o.locations).map((l) => [l.id, l]));
const phonesOf = (record) => (record.phones ?? []).map((p) => p.number);
const cities = new Map(directory.cities.map((c) => [c.id, c]));
/** The records as data/ has them, with provenance notes (the build drops them). */
const raw = new Map(parts.organizations.map((p) => p.value).flatMap((o) => [o, ...o.services, ...o.locations]).map((r) => [r.id, r]));
const services = directory.organizations.flatMap((o) => o.services);
const records = directory.organizations.flatMap((o) => [o, ...o.services, ...o.locations]);
/** The note of a record's provenance entry for one field, in data/. */
const noteFor = (id, field) => raw.get(id).provenance.find((p) => p.field === field)?.note;
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

// What the elements claim around the facts, checked against the sources'
// words: "free", who is served, what kind of help, active, contacts.

test('"free" only on the services whose source says so, each with the source\'s words', () => {
  const quotes = {
    'hias-legal': "HIAS' services are free.", // 000: the fraud notice
    'hias-mental-health': "HIAS' services are free.",
    'hias-gbv': "HIAS' services are free.",
    'appleseed-legal': 'through free legal advice', // 002
    'fray-matias-legal': 'provides free advice, support and legal monitoring', // 002
    'fundacion-barra-legal': 'providing free guidance and legal support', // 002
    'sin-fronteras-legal': 'ProBono Legal Aid', // 002: pro bono, without charge
  };
  assert.deepEqual(services.filter((s) => s.free !== undefined).map((s) => s.id).sort(), Object.keys(quotes).sort());
  for (const [id, quote] of Object.entries(quotes)) {
    assert.equal(services.find((s) => s.id === id).free, true, id);
    assert.ok(noteFor(id, 'free')?.includes(quote), `${id}: the "free" provenance quotes "${quote}"`);
  }
  for (const org of parts.organizations) assert.equal(org.value.fees, undefined, `${org.value.id}: no organisation-level fee claim`);
});

test('Asylum Access: free legal services only "near the Guatemalan border", so no "free" on its service', () => {
  const service = services.find((s) => s.id === 'asylum-access-legal');
  assert.equal(service.free, undefined);
  assert.match(service.fees_description.en, /Free near the Guatemalan border/);
  assert.match(service.fees_description.es, /frontera con Guatemala/);
  assert.ok(noteFor('asylum-access-legal', 'fees_description').includes('Near the Guatemalan border, AAMX offers free legal services'));
  assert.doesNotMatch(service.description.en, /^Free/);
});

test('who is served: no source says "everyone"; Appleseed serves organisations', () => {
  assert.deepEqual(services.filter((s) => s.populations.includes('everyone')).map((s) => s.id), []);
  assert.deepEqual(services.find((s) => s.id === 'appleseed-legal').populations, ['organizations']);
  assert.deepEqual(services.filter((s) => s.populations.includes('organizations')).map((s) => s.id), ['appleseed-legal']);
  assert.deepEqual(services.find((s) => s.id === 'hias-gbv').populations, ['women', 'children', 'lgbtqi']); // "women, girls, and LGBTQ communities"
});

test('kinds of help as the sources say them', () => {
  const service = (id) => services.find((s) => s.id === id);
  // 002: UNHCR works "so that people ... are able to ... apply for asylum": asylum information, not legal advice.
  assert.deepEqual(service('unhcr-protection').taxonomy, ['information']);
  // 002: COMI offers "support in solidarity", of no stated kind.
  assert.deepEqual(service('comi-support').taxonomy, []);
  // 004: the therapeutic centre's "safe shelter" is for its patients.
  assert.ok(!service('msf-therapeutic-centre').taxonomy.includes('shelter'));
  // 002: only "Tel Legal Clinic" and two numbers; nothing says the clinic serves by phone.
  assert.equal(service('imumi-legal-clinic').remote, undefined);
  assert.doesNotMatch(service('imumi-legal-clinic').name.es, /tel[eé]fono/);
});

test('status: what the sources tell in the past tense, or as begun long ago, is not active, and says why', () => {
  const inactive = records.filter((r) => r.status !== 'active').map((r) => r.id).sort();
  assert.deepEqual(inactive, [
    'iom-tapachula', // 002: "One year later [2005], IOM Mexico started activities in Tapachula"
    'msf-acapulco', // 004: "In December, we reduced our activities to focus on ... Renacimiento hospital"
    'msf-coatzacoalcos-railway', // "In 2018, we began running an additional mobile clinic"
    'msf-deportees',
    'msf-matamoros', // "In September, an additional team ... started working"
    'msf-nuevo-laredo-casa-amar', // "At the end of October, we began providing"
    'msf-nuevo-laredo-casa-nazareth',
    'msf-reynosa-reception-centre', // "In 2018, our teams also began assisting"
    'msf-sexual-violence',
    'msf-tenosique', // "we provided ... at a migrant shelter known as Shelter 72"
  ]);
  for (const id of inactive) {
    const record = records.find((r) => r.id === id);
    assert.equal(record.status, 'inactive', id);
    assert.ok(record.status_reason?.es && record.status_reason?.en, `${id}: a reason people read, in es and en`);
  }
  assert.match(records.find((r) => r.id === 'iom-tapachula').status_reason.en, /2005/);
  // Present tense in 2019 ("we run", "we continue", "We have a team"): active, with the date shown.
  for (const id of ['msf-ciudad-de-mexico', 'msf-reynosa-clinic', 'msf-coatzacoalcos-casa-del-migrante']) {
    assert.equal(records.find((r) => r.id === id).status, 'active', id);
  }
  // An active record's reason is for editors: not shipped.
  assert.deepEqual(records.filter((r) => r.status === 'active' && r.status_reason).map((r) => r.id), []);
  assert.ok(raw.get('msf').status_reason && raw.get('hias').status_reason, 'old active records say why in data/');
});

test('the date of each organisation\'s information is its newest source', () => {
  const dated = (id) => {
    const org = orgs.get(id);
    return newestSourceDate([org, ...org.services, ...org.locations]);
  };
  assert.equal(dated('msf'), '2019');
  assert.equal(dated('hias'), '2023-09');
  assert.equal(dated('unhcr'), '2024-03');
  assert.equal(dated('nrc'), '2025-03-20');
});

test('contacts: the press address is marked, and the records without any contact are the ones the sources leave without', () => {
  const emails = directory.organizations.flatMap((o) => [o, ...o.locations]).flatMap((r) => r.emails ?? []);
  assert.deepEqual(emails.filter((e) => e.purpose === 'media').map((e) => e.email), ['medios@asylumaccess.org']);
  const reachable = (org) => [org, ...org.locations].some((r) => r.phones?.length || r.emails?.some((e) => e.purpose !== 'media') || r.url);
  assert.deepEqual(directory.organizations.filter((o) => !reachable(o)).map((o) => o.id).sort(), ['centro-prodh', 'msf', 'unhcr']);
});

test('names the source does not write are marked in provenance: taken from an e-mail domain', () => {
  assert.match(noteFor('voces-mesoamericanas', 'name'), /e-mail domain \(comunicacion@vocesmesoamericanas\.org\)/);
  assert.match(noteFor('sin-fronteras', 'name'), /e-mail domain \(sinfronteras\.org\.mx\)/);
  assert.match(noteFor('fundacion-barra', 'name'), /fbma\.org\.mx/);
});

test('data/README.md gives the reasons for what is left out', () => {
  const readme = readFileSync(new URL('../../data/README.md', import.meta.url), 'utf8');
  const row = (what) => readme.split('\n').find((line) => line.startsWith('|') && line.includes(what)) ?? '';
  assert.match(row('info@probono.mx'), /lost its name/);
  assert.doesNotMatch(row('info@probono.mx'), /rather than serving people/);
  assert.match(row('Una Luz en el Camino'), /photo caption/);
});
