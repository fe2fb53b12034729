// npm run export:hsds: the built-in directory as HSDS 3.0, valid against the
// official schemas (vendored in test/fixtures/hsds), readable by Camino again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toHsds, uuidV5 } from '../../scripts/data/to-hsds.js';
import { hsdsOrganizationErrors, hsdsValidator } from '../../scripts/data/hsds-schemas.js';
import { importDirectory } from '../../scripts/data/import-directory.js';

const builtIn = () => JSON.parse(readFileSync('src/generated/directory.json', 'utf8'));

test('the official examples validate against the vendored schemas (the validator is set up right)', () => {
  for (const [example, object] of [['organization_full', 'organization'], ['service_full', 'service'], ['location', 'location'], ['service_at_location_full', 'service_at_location']]) {
    const validate = hsdsValidator(object);
    assert.ok(validate(JSON.parse(readFileSync(`test/fixtures/hsds/v3.0/examples/${example}.json`, 'utf8'))), `${example}: ${JSON.stringify(validate.errors)}`);
  }
});

test('the validator refuses what HSDS refuses: it is not a rubber stamp', () => {
  const validate = hsdsValidator('organization');
  const [org] = toHsds(builtIn());
  assert.equal(validate({ ...org, name: { es: 'not a string' } }), false);
  assert.equal(validate({ ...org, id: 'hias' }), false, 'ids are UUIDs');
  assert.deepEqual(
    hsdsOrganizationErrors({ ...org, services: [{ ...org.services[0], status: 'open' }] }).map((e) => e.path),
    ['/services/0/status'],
    'a service\'s status is one of HSDS values (services are checked with the service schema)',
  );
  const { description, ...withoutDescription } = org;
  assert.equal(validate(withoutDescription), false, 'description is required');
});

test('every organisation of the built-in directory, and each of its services, validates as HSDS 3.0', () => {
  const organizations = toHsds(builtIn());
  assert.equal(organizations.length, builtIn().organizations.length);
  for (const org of organizations) assert.deepEqual(hsdsOrganizationErrors(org), [], org.name);
});

test('HSDS fields carry the data, and Camino\'s additions sit in the "camino" extension', () => {
  const directory = builtIn();
  const hias = toHsds(directory).find((o) => o.organization_identifiers?.[0].identifier === 'hias');
  assert.equal(hias.id, uuidV5('organization:hias'), 'a slug id becomes a stable UUID');
  assert.equal(hias.name, 'HIAS México');
  assert.equal(hias.email, 'info@hias.org');
  assert.ok(hias.camino.description.fr, 'translations are kept');
  assert.ok(hias.camino.fraud_reporting.statement.ar, 'the fraud statement in every language');
  assert.ok(hias.camino.sources.length > 0 && hias.camino.provenance.length > 0, 'provenance and its sources');
  const tijuana = hias.locations.find((l) => l.external_identifier === 'hias-tijuana');
  assert.equal(tijuana.camino.geo_precision, 'city', 'the point is the city\'s: said so');
  assert.equal(tijuana.camino.timezone, 'America/Tijuana');
  const legal = hias.services.find((s) => s.camino.id === 'hias-legal');
  const source = directory.organizations.find((o) => o.id === 'hias').services.find((s) => s.id === 'hias-legal');
  assert.ok(source.taxonomy.includes('legal'));
  assert.deepEqual(
    legal.attributes.map((a) => [a.taxonomy_term.taxonomy, a.taxonomy_term.code]),
    [...source.taxonomy.map((k) => ['camino', k]), ...source.populations.map((p) => ['camino-populations', p])],
  );
  assert.equal(legal.service_at_locations.length, directory.organizations.find((o) => o.id === 'hias').locations.length);
});

test('npm run export:hsds writes a valid page, one file per organization and the tabular package; Camino reads it back', async () => {
  const out = mkdtempSync(join(tmpdir(), 'camino-hsds-'));
  const run = spawnSync(process.execPath, ['scripts/export-hsds.js', '--out', out], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /valid against the HSDS 3\.0 schemas/);
  const page = JSON.parse(readFileSync(join(out, 'organizations.json'), 'utf8'));
  assert.equal(page.contents.length, builtIn().organizations.length);
  assert.equal(readdirSync(join(out, 'organizations')).length, page.contents.length);
  assert.ok(readdirSync(join(out, 'tabular')).includes('services.csv'));
  // Read back as a partner's src would be: every organisation, service and office.
  const read = await importDirectory(join(out, 'organizations.json'));
  const count = (d, key) => d.organizations.reduce((n, o) => n + o[key].length, 0);
  assert.deepEqual(read.problems, []);
  assert.equal(read.directory.organizations.length, builtIn().organizations.length);
  assert.equal(count(read.directory, 'services'), count(builtIn(), 'services'));
  assert.equal(count(read.directory, 'locations'), count(builtIn(), 'locations'));
  // And from its tabular form.
  const fromTables = await importDirectory(join(out, 'tabular'));
  assert.equal(count(fromTables.directory, 'services'), count(builtIn(), 'services'));
  // In the language it was written in, without "HSDS text of no language".
  assert.equal(fromTables.language, 'es');
  assert.ok(!fromTables.notes.some((note) => note.includes('no language')), fromTables.notes.join('\n'));
});
