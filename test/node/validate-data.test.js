// npm run validate-data: the built-in data/ by its strict rules; a partner's
// file by exactly the browser's rules (the same code), every problem of every
// record listed with its path, notes for what is only ignored.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const validate = (...args) => {
  const run = spawnSync(process.execPath, ['scripts/validate-data.js', ...args], { encoding: 'utf8' });
  return { code: run.status, out: run.stdout, err: run.stderr };
};
const fixture = (folder, name) => `test/fixtures/directories/${folder}/${name}.json`;
const names = (folder) => readdirSync(`test/fixtures/directories/${folder}`).map((f) => f.replace(/\.json$/, '')).sort();

test('the built-in Mexico directory in data/ is valid', () => {
  const { code, out, err } = validate();
  assert.equal(err, '');
  assert.equal(code, 0);
  assert.match(out, /✓ data: \d+ organisations, \d+ locations, valid/);
});

test('a valid partner file passes', () => {
  const { code, out } = validate('test/fixtures/directories/valid.json');
  assert.equal(code, 0);
  assert.match(out, /valid\.json: 1 organisations, \d+ services, 2 locations, valid/);
});

/** A partner's file that breaks one rule: the line the browser would also warn with (test/browser/bad-directory.test.ts). */
const PARTNER_PROBLEMS = {
  'duplicate-id': 'organizations[0] (id "refugio-ejemplo").locations[1]: duplicate id "REFUGIO-EJEMPLO-TIJUANA"; skipped',
  'unknown-source': 'organizations[0] (id "refugio-ejemplo").services[0] (id "refugio-ejemplo-albergue").provenance[0]: must name a source of "sources"',
  'unknown-location': 'organizations[0] (id "refugio-ejemplo").services[0] (id "refugio-ejemplo-albergue").location_ids: "refugio-ejemplo-oaxaca" is no location of this organisation; ignored',
  'unknown-city': 'organizations[0] (id "refugio-ejemplo").locations[0] (id "refugio-ejemplo-tijuana").city_id: is not a known city (found "tijuna"); ignored',
  'unknown-taxonomy': 'organizations[0] (id "refugio-ejemplo").services[0] (id "refugio-ejemplo-albergue").taxonomy[0]: must be one of: legal, shelter',
  'bad-time-zone': 'cities[0] (id "ejemplo").timezone: must be an IANA time zone (found "GMT -6"); ignored',
  'wrong-version': 'not a Camino directory ("camino_directory": 1, "organizations": […]) nor HSDS 3.0 JSON',
  'location-without-id-or-name': 'organizations[0] (id "refugio-ejemplo").locations[1] (id "refugio ejemplo"): id must be text without spaces (128 at most) (found "refugio ejemplo"); name is missing; skipped',
  'many-problems': 'organizations[0] (id "refugio-ejemplo").services[0] (id "refugio-ejemplo-albergue"): name is missing; skipped',
  'not-json': 'is not valid JSON',
  'free-without-source': 'organizations[0] (id "refugio-ejemplo").services[0].free: has no source: add a provenance entry with "field": "free" quoting the source; ignored',
  'press-contact-unmarked': 'organizations[0] (id "refugio-ejemplo").emails[0]: "prensa@example.org" is for the press: mark it "purpose": "media", so that it is never offered as the way to get help; shown as for the press only',
  'maintainer-not-email': 'maintainer.email: "datos en example.org" is not usable; ignored',
};

/** An editor's warnings (claim-rules.js): printed, and the file still passes. */
const PARTNER_WARNINGS = {
  'inactive-without-reason': 'organizations[0] (id "refugio-ejemplo").locations[0].status_reason: is missing: the record is "inactive"',
  'old-active-without-reason': 'organizations[0] (id "refugio-ejemplo").locations[0].status: is "active", but its newest source (2019) is over 3 years older than its assured_date (2025-07-01)',
  'free-in-text-without-source': 'organizations[0] (id "refugio-ejemplo").services[0].description: says "free", but the service has no provenance entry for the field "free" or "fees_description"',
  'field-without-note': 'organizations[0] (id "refugio-ejemplo").services[0].provenance[1].note: is missing: quote the source\'s words for the field "free"',
};

test('every warning fixture has an expected warning, and every expectation a fixture', () => {
  assert.deepEqual(names('warnings'), Object.keys(PARTNER_WARNINGS).sort());
});

for (const [name, expected] of Object.entries(PARTNER_WARNINGS)) {
  test(`warning fixture "${name}" passes with its warning`, () => {
    const file = fixture('warnings', name);
    const { code, out, err } = validate(file);
    assert.equal(code, 0, err);
    assert.ok(err.includes(`${file}: warning: ${expected}`), `expected\n  ${file}: warning: ${expected}\nin\n${err}`);
    assert.match(out, /valid \(\d+ warnings?\)/);
  });
}

test('every broken partner fixture has an expected problem, and every expectation a fixture', () => {
  assert.deepEqual(names('broken'), Object.keys(PARTNER_PROBLEMS).sort());
});

for (const [name, expected] of Object.entries(PARTNER_PROBLEMS)) {
  test(`partner rule "${name}": the problem, with its path`, () => {
    const { code, err } = validate(fixture('broken', name));
    assert.equal(code, 1);
    assert.ok(err.includes(`${fixture('broken', name)}: ${expected}`), `expected\n  ${expected}\nin\n${err}`);
  });
}

test('every problem of a record is listed, not only the first', () => {
  const { err } = validate(fixture('broken', 'many-problems'));
  const service = 'organizations[0] (id "refugio-ejemplo").services[0] (id "refugio-ejemplo-albergue")';
  for (const line of [
    `${service}.taxonomy: must be a list (found "shelter"); ignored`,
    `${service}.remote: must be true or false (found "yes"); ignored`,
    `${service}.languages[0]: must be a language code (BCP 47) (found "xx-!!"); skipped`,
    `${service}.url: must be an http(s) address (found "ftp://example.org"); ignored`,
    `${service}: name is missing; skipped`,
  ]) {
    assert.ok(err.includes(line), `missing\n  ${line}\nin\n${err}`);
  }
  assert.match(err, /many-problems\.json: 5 problems/);
});

/** Each wrong-typed field the browser once threw on: the line naming it (the browser warns the same line). */
const WRONG_TYPES = {
  'languages-not-bcp47': 'services[0] (id "refugio-ejemplo-albergue").languages[1]: must be a language code (BCP 47) (found "not a language!"); skipped',
  'service-areas-object': 'organizations[0] (id "refugio-ejemplo").service_areas: must be a list (found {"country":"MX"}); ignored',
  'service-areas-null': 'services[0] (id "refugio-ejemplo-albergue").service_areas[0]: is not an object (found null); skipped',
  'city-aliases-number': 'cities[0] (id "ejemplo").aliases: must be a list (found 5); ignored',
  'alternate-name-number': 'organizations[0] (id "refugio-ejemplo").alternate_name.es: must be text; ignored',
  'assured-date-number': 'organizations[0] (id "refugio-ejemplo").assured_date: must be a date, YYYY-MM-DD (found 20250701); ignored',
  'location-ids-number': 'services[0] (id "refugio-ejemplo-albergue").location_ids: must be a list (found 5); shown at none of the offices',
  'source-date-far': 'sources[0] (id "guia-ejemplo").date: must be YYYY, YYYY-MM or YYYY-MM-DD (found "300000-01"); ignored',
};

test('every wrong-type fixture has an expected line', () => {
  assert.deepEqual(names('wrong-types'), Object.keys(WRONG_TYPES).sort());
});

for (const [name, expected] of Object.entries(WRONG_TYPES)) {
  test(`wrong type "${name}": named, and only that field is left out`, () => {
    const { code, err, out } = validate(fixture('wrong-types', name));
    assert.equal(code, 1);
    assert.ok(err.includes(expected), `expected\n  ${expected}\nin\n${err}`);
    // Nothing else of the file is lost: the same two organisations are read.
    assert.doesNotMatch(err + out, /skipped.*organizations\[\d\] \(id "[^"]+"\): /);
  });
}

test('"es_MX" is read as the language es-MX, not refused', () => {
  const { err } = validate(fixture('wrong-types', 'languages-not-bcp47'));
  assert.doesNotMatch(err, /languages\[0\]/);
});

test('fields Camino does not read and phones it cannot make international are notes: the file is valid', () => {
  const unknown = validate(fixture('notes', 'unknown-field'));
  assert.equal(unknown.code, 0);
  assert.match(unknown.out, /note: fields Camino does not read, ignored: organizations\[\]\.locations\[\]\.telephone/);
  const asWritten = validate(fixture('notes', 'phone-as-written'));
  assert.equal(asWritten.code, 0);
  assert.match(asWritten.out, /note: phones shown and dialled as written.*"664-NOT-A-NUMBER"/);
  // A Mexican address makes a national number international: no note.
  const national = validate(fixture('notes', 'phone-national'));
  assert.equal(national.code, 0);
  assert.doesNotMatch(national.out, /: note:/);
});

test('official HSDS 3.0 examples are read as HSDS; a wrong value in them is named', () => {
  const list = validate('--lang', 'en', 'test/fixtures/hsds/v3.0/examples/service_list.json');
  assert.equal(list.code, 0);
  assert.match(list.out, /service_list\.json: HSDS 3\.0, 1 organisations, 1 services, 0 locations, valid/);
  assert.match(list.out, /note: page 1 of 10 of an HSDS list: only its records are shown/);
  assert.match(list.out, /note: fields Camino does not read, ignored: .*organizations\[\]\.services\[\]\.wait_time/);
  // The example's location has latitude 100: the point is left out, the location kept.
  const full = validate('--lang', 'en', 'test/fixtures/hsds/v3.0/examples/organization_full.json');
  assert.equal(full.code, 1);
  assert.match(full.err, /locations\[0\] \(id "3a19ff88-4620-4d17-9830-ac1d859eb5d5"\)\.latitude: must be a number from -90 to 90 \(found 100\); ignored/);
  const withoutLanguage = validate('test/fixtures/hsds/v3.0/examples/service_list.json');
  assert.match(withoutLanguage.out, /HSDS text of no language: set data-lang="en"/);
});

test('HSDS files of locations, services at locations or taxonomies are said to be no directory, not read as organisations', () => {
  for (const [file, what] of [
    ['location', 'location'],
    ['service_at_location_full', 'service_at_location'],
    ['service_at_location_list', 'service_at_location'],
    ['taxonomy_term', 'taxonomy_term'],
    ['taxonomy_list', 'taxonomy'],
  ]) {
    const { code, out, err } = validate('--lang', 'en', `test/fixtures/hsds/v3.0/examples/${file}.json`);
    assert.equal(code, 1, file);
    assert.doesNotMatch(out, /✓|organisations/, file);
    assert.doesNotMatch(err, /name is missing/, file);
    assert.match(err, new RegExp(`${file}\\.json: HSDS ${what}: not organisations or services Camino can show`), file);
    assert.match(err, new RegExp(`✗ .*${file}\\.json: not a directory Camino can show`), file);
  }
});

test('a file over the size limit is refused as too large, as the browser would', () => {
  const dir = mkdtempSync(join(tmpdir(), 'camino-large-'));
  const file = join(dir, 'large.json');
  writeFileSync(file, `{"camino_directory":1,"sources":[],"organizations":[],"padding":"${'x'.repeat(16_000_001)}"}`);
  const { code, err } = validate(file);
  assert.equal(code, 1);
  assert.match(err, /large\.json: is \d+ bytes, over the 16000000 a browser reads from a src: it would show "this directory is too large"/);
});

/**
 * The built-in data's own rules, stricter than a partner's: each fixture is
 * written out as a data/ folder (sources.json, cities.json with the built-in
 * cities, organizations/<id>.json).
 */
const BUILT_IN_ERRORS = {
  'duplicate-id': 'refugio-ejemplo-tijuana: locations[1].id: duplicate id "refugio-ejemplo-tijuana"',
  'unknown-source': 'refugio-ejemplo-albergue: services[0].provenance[0].source: source "lost-guide" is not in the sources list',
  'wrong-source-date': 'refugio-ejemplo: provenance[0].source_date: "2024-01" is not the date of source "example-guide" (2025-06)',
  'unknown-location': 'refugio-ejemplo-albergue: services[0].location_ids[0]: location "refugio-ejemplo-oaxaca" is not a location of refugio-ejemplo',
  'unknown-city': 'refugio-ejemplo-tijuana: locations[0].city_id: city "tijuna" is not in the city list',
  'phone-not-e164': 'refugio-ejemplo-tijuana: locations[0].phones[0].number: "664 123 4567" is not E.164',
  'phone-invalid-source-text': 'refugio-ejemplo-ejemplo: locations[1].phones[0].source_text: "55 14 15 19" does not make a valid MX number',
  'description-missing-en': 'refugio-ejemplo-albergue: services[0].description.en: has no "en" text',
  'missing-provenance': 'refugio-ejemplo-ejemplo: locations[1].provenance: has no provenance',
  'missing-assured-date': 'refugio-ejemplo-albergue: services[0].assured_date: is missing',
  'missing-status': 'refugio-ejemplo-tijuana: locations[0].status: is required in the built-in directory',
  'id-not-slug': 'Refugio_Albergue: services[0].id: "Refugio_Albergue" is not a lowercase slug',
  'unknown-taxonomy': 'refugio-ejemplo-albergue: services[0].taxonomy[1]: must be one of: legal, shelter',
  'unknown-field': 'refugio-ejemplo-tijuana: locations[0].telephone: is not a field of this format',
  'bad-time-zone': 'ejemplo: [24].timezone: "GMT -6" is not an IANA time zone',
  'city-without-coordinates': 'ejemplo: [24]: needs latitude, longitude and timezone, or a gazetteer key',
  'opens-and-closes-at-same-time': 'refugio-ejemplo-tijuana: locations[0].schedules[0].closes_at: opens and closes at the same time (09:00)',
};
const builtInCities = JSON.parse(readFileSync('data/cities.json', 'utf8'));
function asDataFolder(name, folder = 'built-in-rules') {
  const directory = JSON.parse(readFileSync(fixture(folder, name), 'utf8'));
  const dir = mkdtempSync(join(tmpdir(), 'camino-data-'));
  mkdirSync(join(dir, 'organizations'));
  writeFileSync(join(dir, 'sources.json'), JSON.stringify(directory.sources));
  writeFileSync(join(dir, 'cities.json'), JSON.stringify([...builtInCities, ...(directory.cities ?? [])]));
  for (const org of directory.organizations) writeFileSync(join(dir, 'organizations', `${org.id}.json`), JSON.stringify(org));
  return dir;
}

test('every built-in rule fixture has an expected error, and every expectation a fixture', () => {
  assert.deepEqual(names('built-in-rules'), Object.keys(BUILT_IN_ERRORS).sort());
});

for (const [name, expected] of Object.entries(BUILT_IN_ERRORS)) {
  test(`built-in rule "${name}" fails with its message`, () => {
    const { code, err } = validate(asDataFolder(name));
    assert.equal(code, 1);
    assert.ok(err.includes(expected), `expected\n  ${expected}\nin\n${err}`);
  });
}

test('hours past midnight (a night shelter open 20:00–08:00) pass as a partner\'s file and in the built-in data', () => {
  const partner = validate('test/fixtures/directories/night-shelter.json');
  assert.equal(partner.err, '');
  assert.equal(partner.code, 0);
  assert.match(partner.out, /night-shelter\.json: 3 organisations, \d+ services, 3 locations, valid/);
  const builtIn = validate(asDataFolder('night-shelter', '.'));
  assert.equal(builtIn.err, '');
  assert.equal(builtIn.code, 0);
});

test('a missing file is reported, not thrown', () => {
  const { code, err } = validate('test/fixtures/directories/nowhere.json');
  assert.equal(code, 1);
  assert.match(err, /nowhere\.json: file not found/);
  assert.doesNotMatch(err, /at .*\.js:\d+/);
});

test('several targets: one bad one fails the run and the good one is still reported', () => {
  const { code, out, err } = validate('test/fixtures/directories/valid.json', fixture('broken', 'unknown-city'));
  assert.equal(code, 1);
  assert.match(out, /valid\.json: 1 organisations/);
  assert.match(err, /unknown-city\.json: 1 problem/);
});
