// npm run validate-data: passes on good directories, and fails on each broken
// fixture with a message that names the file, the record, the field and the fault.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const validate = (...targets) => {
  const run = spawnSync(process.execPath, ['scripts/validate-data.js', ...targets], { encoding: 'utf8' });
  return { code: run.status, out: run.stdout, err: run.stderr };
};
const broken = (name) => `test/fixtures/directories/broken/${name}.json`;

/** Each broken fixture and the error line it must produce: file: record: path: message. */
const expectedErrors = {
  'duplicate-id': 'refugio-ejemplo-tijuana: organizations[0].locations[1].id: duplicate id "refugio-ejemplo-tijuana"',
  'unknown-source': 'refugio-ejemplo-albergue: organizations[0].services[0].provenance[0].source: source "lost-guide" is not in the sources list',
  'wrong-source-date': 'refugio-ejemplo: organizations[0].provenance[0].source_date: "2024-01" is not the date of source "example-guide" (2025-06)',
  'unknown-location': 'refugio-ejemplo-albergue: organizations[0].services[0].location_ids[0]: location "refugio-ejemplo-oaxaca" is not a location of refugio-ejemplo',
  'unknown-city': 'refugio-ejemplo-tijuana: organizations[0].locations[0].city_id: city "tijuna" is not in the city list',
  'phone-not-e164': 'refugio-ejemplo-tijuana: organizations[0].locations[0].phones[0].number: must match pattern',
  'phone-invalid-source-text': 'refugio-ejemplo-ejemplo: organizations[0].locations[1].phones[0].source_text: "55 14 15 19" does not make a valid MX number',
  'description-missing-en': 'refugio-ejemplo-albergue: organizations[0].services[0].description.en: has no "en" text',
  'missing-provenance': 'refugio-ejemplo-ejemplo: organizations[0].locations[1].provenance: has no provenance',
  'missing-assured-date': 'refugio-ejemplo-albergue: organizations[0].services[0].assured_date: is missing',
  'unknown-taxonomy': 'refugio-ejemplo-albergue: organizations[0].services[0].taxonomy[1]: must be one of: legal, shelter',
  'unknown-field': 'refugio-ejemplo-tijuana: organizations[0].locations[0].telephone: is not a field of this format',
  'bad-time-zone': 'ejemplo: cities[0].timezone: "GMT -6" is not an IANA time zone',
  'city-without-coordinates': 'ejemplo: cities[0]: needs latitude, longitude and timezone, or a gazetteer key',
  'wrong-version': '(file): camino_directory: must be 1, the format version (found 2)',
  'closes-before-opens': 'refugio-ejemplo-tijuana: organizations[0].locations[0].schedules[0].closes_at: closes (17:00) before it opens (18:00)',
  'not-json': '(file): (root): is not valid JSON',
  'free-without-source': 'refugio-ejemplo-albergue: organizations[0].services[0].free: has no source: add a provenance entry with "field": "free"',
  'press-contact-unmarked': 'refugio-ejemplo: organizations[0].emails[0]: "prensa@example.org" is for the press: mark it "purpose": "media"',
  'maintainer-not-email': '(file): maintainer.email: must match pattern',
};

/** Each warning fixture and the warning it must print; the file still passes. */
const expectedWarnings = {
  'inactive-without-reason': 'refugio-ejemplo-tijuana: organizations[0].locations[0].status_reason: warning: is missing: the record is "inactive"',
  'old-active-without-reason': 'refugio-ejemplo-tijuana: organizations[0].locations[0].status: warning: is "active", but its newest source (2019) is over 3 years older than its assured_date (2025-07-01)',
  'free-in-text-without-source': 'refugio-ejemplo-albergue: organizations[0].services[0].description: warning: says "free", but the service has no provenance entry for the field "free" or "fees_description"',
  'field-without-note': 'refugio-ejemplo-albergue: organizations[0].services[0].provenance[1].note: warning: is missing: quote the source\'s words for the field "free"',
};

test('the built-in Mexico directory in data/ is valid', () => {
  const { code, out, err } = validate();
  assert.equal(err, '');
  assert.equal(code, 0);
  assert.match(out, /✓ data: \d+ organisations, \d+ locations, valid/);
});

test('a valid partner directory file passes', () => {
  const { code, out } = validate('test/fixtures/directories/valid.json');
  assert.equal(code, 0);
  assert.match(out, /valid\.json: 1 organisations, 2 locations, valid/);
});

test('every broken fixture has an expected error, and every expectation a fixture', () => {
  const fixtures = readdirSync('test/fixtures/directories/broken').map((f) => f.replace(/\.json$/, ''));
  assert.deepEqual(fixtures.sort(), Object.keys(expectedErrors).sort());
});

for (const [name, expected] of Object.entries(expectedErrors)) {
  test(`broken fixture "${name}" fails with its message`, () => {
    const { code, err } = validate(broken(name));
    assert.equal(code, 1);
    assert.ok(err.includes(`${broken(name)}: ${expected}`), `expected\n  ${broken(name)}: ${expected}\nin\n${err}`);
  });
}

test('every warning fixture has an expected warning, and every expectation a fixture', () => {
  const fixtures = readdirSync('test/fixtures/directories/warnings').map((f) => f.replace(/\.json$/, ''));
  assert.deepEqual(fixtures.sort(), Object.keys(expectedWarnings).sort());
});

for (const [name, expected] of Object.entries(expectedWarnings)) {
  test(`warning fixture "${name}" passes with its warning`, () => {
    const file = `test/fixtures/directories/warnings/${name}.json`;
    const { code, out, err } = validate(file);
    assert.equal(code, 0, err);
    assert.ok(err.includes(`${file}: ${expected}`), `expected\n  ${file}: ${expected}\nin\n${err}`);
    assert.match(out, /valid \(\d+ warnings?\)/);
  });
}

test('a missing file is reported, not thrown', () => {
  const { code, err } = validate('test/fixtures/directories/nowhere.json');
  assert.equal(code, 1);
  assert.match(err, /nowhere\.json: \(file\): \(root\): file not found/);
  assert.doesNotMatch(err, /at .*\.js:\d+/);
});

test('several targets: one bad one fails the run and the good one is still reported', () => {
  const { code, out, err } = validate('test/fixtures/directories/valid.json', broken('unknown-city'));
  assert.equal(code, 1);
  assert.match(out, /valid\.json: 1 organisations/);
  assert.match(err, /unknown-city\.json: 1 error/);
});
