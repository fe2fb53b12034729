// npm run import (and npx camino-widgets import): a spreadsheet's HSDS tabular
// package or HSDS JSON becomes a Camino directory file, with a report of what
// was not carried; a tabular package round-trips to the same directory.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importDirectory } from '../../scripts/data/import-directory.js';
import { fromTabular, readTabularFolder, toTabular, writeTabularFolder } from '../../scripts/data/hsds-tabular.js';
import { hsdsPage, toHsds } from '../../scripts/data/to-hsds.js';

const EXAMPLES = 'test/fixtures/hsds/v3.0/examples';
const temp = () => mkdtempSync(join(tmpdir(), 'camino-import-'));

test('the spreadsheet template imports as one organisation with its service, office, phone and hours', async () => {
  const { directory, problems, notCarried, language } = await importDirectory('data/templates');
  assert.equal(language, 'es', 'the package says its language in meta_table_descriptions.csv');
  assert.deepEqual(problems, []);
  assert.deepEqual(notCarried, []);
  const [org] = directory.organizations;
  assert.deepEqual(org.name, { es: 'Albergue Ejemplo' });
  const [service] = org.services;
  assert.deepEqual(service.taxonomy, ['shelter']);
  assert.deepEqual(service.populations, ['families']);
  assert.deepEqual(service.eligibility_description, { es: 'Ejemplo: personas migrantes y solicitantes de asilo.' });
  assert.equal(service.assured_date, '2025-07-01');
  const [office] = org.locations;
  assert.deepEqual(service.location_ids, [office.id]);
  assert.equal(office.addresses[0].city, 'Tijuana');
  assert.equal(office.phones[0].number, '+526640000000', 'an international number written with spaces becomes E.164');
  assert.deepEqual(
    { byday: office.schedules[0].byday, opens_at: office.schedules[0].opens_at, closes_at: office.schedules[0].closes_at },
    { byday: 'MO,TU,WE,TH,FR', opens_at: '17:00', closes_at: '21:00' },
  );
});

/** A directory written as HSDS tabular CSV files and imported again. */
async function roundTrip(directory, folder) {
  writeTabularFolder(folder, toTabular(toHsds(directory, { language: 'es' })));
  return (await importDirectory(folder, { language: 'es' })).directory;
}

test('a tabular package round-trips: imported, written back as HSDS CSV, imported again, the same directory', async () => {
  const first = (await importDirectory('data/templates')).directory;
  const second = await roundTrip(first, temp());
  assert.deepEqual(second, first);
  // And once more, from the round trip's own output: a fixed point.
  assert.deepEqual(await roundTrip(second, temp()), first);
});

test('HSDS JSON written from an imported directory imports to the same directory', async () => {
  const first = (await importDirectory('data/templates')).directory;
  const file = join(temp(), 'organizations.json');
  writeFileSync(file, JSON.stringify(hsdsPage(toHsds(first), 'es')));
  assert.deepEqual((await importDirectory(file)).directory, first);
});

test('the official tabular example and the official full organization give the same organisation, service, office, phone and hours', async () => {
  const tabular = await importDirectory(`${EXAMPLES}/tabular.json`, { language: 'en' });
  const compiled = await importDirectory(`${EXAMPLES}/organization_full.json`, { language: 'en' });
  const facts = ({ directory }) => {
    const [org] = directory.organizations;
    const [office] = org.locations;
    return {
      org: org.name.en,
      website: org.website,
      service: org.services.map((s) => [s.name.en, s.status, s.fees_description.en, s.eligibility_description.en, s.application_process.en, s.languages]),
      office: [office.name.en, office.addresses[0].address_1, office.addresses[0].postal_code, office.addresses[0].country],
      phones: office.phones.map((p) => [p.number, p.extension, p.type]),
      hours: office.schedules.map((s) => [s.notes.en, s.valid_from, s.valid_to, s.timezone]),
    };
  };
  assert.deepEqual(facts(tabular), facts(compiled));
  assert.equal(facts(compiled).phones[0][0], '+441234234567', 'the example\'s quoted "+44 1234 234567" is dialled as E.164');
});

test('the official tabular package as CSV files (as a spreadsheet saves them) imports like its JSON form', async () => {
  const tables = JSON.parse(readFileSync(`${EXAMPLES}/tabular.json`, 'utf8'));
  const folder = temp();
  // Every cell written as text, the way a spreadsheet exports it.
  writeTabularFolder(folder, Object.fromEntries(Object.entries(tables).map(([file, rows]) => [file, rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, String(v)])))])));
  const fromCsv = await importDirectory(folder, { language: 'en' });
  const fromJson = await importDirectory(`${EXAMPLES}/tabular.json`, { language: 'en' });
  assert.deepEqual(fromCsv.directory, fromJson.directory);
});

test('the report names every field and table it could not carry', async () => {
  const { notCarried } = await importDirectory(`${EXAMPLES}/tabular.json`, { language: 'en' });
  const report = notCarried.join('\n');
  for (const expected of ['services[].wait_time', 'services[].alert', 'organizations[].tax_status', 'locations[].transportation', 'locations[].addresses[].attention', 'funding.csv: 1 row', 'cost_options.csv: 1 row', 'accessibility.csv: 1 row']) {
    assert.ok(report.includes(expected), `the report should name ${expected}:\n${report}`);
  }
  // The example's attribute links to an id that is not its service: said, not silently dropped.
  assert.match(report, /attributes\.csv: row ae58cc39-8b70-4ab1-8aea-786882e5ac8e links to nothing Camino shows/);
});

test('spreadsheet cells: empty is absent, numbers are numbers, 20250701 is a date', () => {
  const { items } = fromTabular({
    'organizations.csv': [{ id: 'o1', name: 'Org', description: 'D', email: '' }],
    'services.csv': [{ id: 's1', organization_id: 'o1', name: 'S', status: 'active', assured_date: '20250701', minimum_age: '12' }],
    'locations.csv': [{ id: 'l1', organization_id: 'o1', location_type: 'physical', latitude: '19.43', longitude: '-99.13' }],
  });
  const [org] = items;
  assert.equal('email' in org, false);
  assert.equal(org.services[0].assured_date, '2025-07-01');
  assert.equal(org.services[0].minimum_age, 12);
  assert.equal(org.locations[0].latitude, 19.43);
});

test('a CSV with a byte-order mark and quoted commas reads right', () => {
  const folder = temp();
  writeFileSync(join(folder, 'organizations.csv'), '\uFEFFid,name,description\no1,"Casa, Refugio","Dice ""hola"""\n');
  const tables = readTabularFolder(folder);
  assert.deepEqual(tables['organizations.csv'], [{ id: 'o1', name: 'Casa, Refugio', description: 'Dice "hola"' }]);
});

test('npm run import writes the file and prints the report; the package command does the same', () => {
  const out = join(temp(), 'dir.json');
  const run = spawnSync(process.execPath, ['scripts/import.js', `${EXAMPLES}/tabular.json`, '--lang', 'en', '--out', out], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /Not carried \(Camino does not show these\):/);
  assert.match(run.stdout, /Left out \(fix these in your data; the rest is written\):\n {2}- .*latitude: must be a number from -90 to 90 \(found 100\)/);
  assert.match(run.stdout, /Wrote .*dir\.json: 1 organisations, 1 services, 1 locations\./);
  // A file outside the current folder is named by its absolute path, as given, in the report and the next command.
  assert.ok(run.stdout.includes(`Wrote ${out}: `), run.stdout);
  assert.ok(run.stdout.includes(`npm run validate-data -- ${out})`), run.stdout);
  const written = JSON.parse(readFileSync(out, 'utf8'));
  assert.equal(written.camino_directory, 1);
  const bin = spawnSync(process.execPath, ['scripts/camino-widgets.js', 'import', 'data/templates', '--out', join(temp(), 'x.json')], { encoding: 'utf8' });
  assert.equal(bin.status, 0, bin.stderr);
  assert.match(bin.stdout, /Wrote .*x\.json: 1 organisations, 1 services, 1 locations\./);
  const usage = spawnSync(process.execPath, ['scripts/import.js'], { encoding: 'utf8' });
  assert.equal(usage.status, 2);
  assert.match(usage.stderr, /Usage: npm run import -- <folder of HSDS CSV files \| HSDS JSON file>/);
});

test('an imported file passes validate-data', () => {
  const out = join(temp(), 'template.json');
  spawnSync(process.execPath, ['scripts/import.js', 'data/templates', '--out', out], { encoding: 'utf8' });
  const run = spawnSync(process.execPath, ['scripts/validate-data.js', out], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /1 organisations, 1 services, 1 locations, valid/);
});
