// The claim rules (src/directory/claim-rules.js) and the age of information
// (src/directory/information-age.js), called directly: what each rule finds,
// and what its fix leaves for the elements to show.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkMaintainer, claimProblems, editorialProblems } from '../../src/directory/claim-rules.js';
import { isOlderThan, newestSourceDate, periodEnd } from '../../src/directory/information-age.js';

const provenance = [{ source: 'guide', source_date: '2025-06' }];
const service = (extra = {}) => ({ id: 's', name: { es: 'Albergue', en: 'Shelter' }, description: { es: 'Camas.', en: 'Beds.' }, status: 'active', provenance, assured_date: '2025-07-01', ...extra });
const org = (extra = {}) => ({ id: 'o', status: 'active', description: { es: 'd', en: 'd' }, services: [service()], locations: [], provenance, assured_date: '2025-07-01', ...extra });

test('"free" without a source is an error whose fix drops the claim; with one, it stays', () => {
  const unsupported = org({ services: [service({ free: true })] });
  const [problem] = claimProblems(unsupported);
  assert.equal(problem.severity, 'error');
  assert.equal(problem.path, 'services[0].free');
  problem.fix();
  assert.equal(unsupported.services[0].free, undefined);

  const sourced = org({ services: [service({ free: true, provenance: [...provenance, { ...provenance[0], field: 'free', note: "'free'" }] })] });
  assert.deepEqual(claimProblems(sourced), []);
  assert.equal(sourced.services[0].free, true);
});

test('a "free" that is not true or false is dropped in the browser, and left to the schema in Node', () => {
  const record = org({ services: [service({ free: 'yes' })] });
  const problems = claimProblems(record);
  assert.match(problems[0].message, /true or false/);
  problems[0].fix();
  assert.equal(record.services[0].free, undefined);
  assert.match(claimProblems(org({ services: [service({ free: 'yes' })] }), { schemaChecked: true })[0].message, /has no source/);
});

test('a press contact not marked as such is an error whose fix marks it; other contacts are left alone', () => {
  const record = org({
    emails: [{ email: 'info@example.org' }, { email: 'Medios@example.org' }, { email: 'x@example.org', description: { en: 'Media inquiries' } }],
    locations: [{ id: 'l', status: 'active', phones: [{ number: '+525512345678', type: 'voice', description: { es: 'Prensa' } }], provenance }],
  });
  const problems = claimProblems(record);
  assert.deepEqual(problems.map((p) => p.path), ['emails[1]', 'emails[2]', 'locations[0].phones[0]']);
  assert.deepEqual(problems.map((p) => p.record), ['o', 'o', 'l']);
  problems.forEach((p) => p.fix());
  assert.deepEqual(record.emails.map((e) => e.purpose), [undefined, 'media', 'media']);
  assert.equal(record.locations[0].phones[0].purpose, 'media');
  assert.deepEqual(claimProblems(record), []);
});

test('fields of the wrong type are dropped with a message naming where', () => {
  const record = org({ fees: { free: true }, status_reason: 'closed', services: [service({ fees_description: 5 })], emails: [{ email: 'a@example.org', purpose: 'help' }] });
  const problems = claimProblems(record);
  assert.deepEqual(problems.map((p) => p.path).sort(), ['emails[0].purpose', 'fees', 'services[0].fees_description', 'status_reason']);
  problems.forEach((p) => p.fix());
  assert.equal(record.fees, undefined);
  assert.equal(record.status_reason, undefined);
  assert.equal(record.services[0].fees_description, undefined);
  assert.equal(record.emails[0].purpose, undefined);
});

test('status: not active needs a reason; old and active needs one, of its own or its organisation\'s', () => {
  const inactive = org({ locations: [{ id: 'l', status: 'inactive', provenance, assured_date: '2025-07-01' }] });
  assert.deepEqual(editorialProblems(inactive).map((p) => [p.path, p.severity]), [['locations[0].status_reason', 'warning']]);

  const old = [{ source: 'old', source_date: '2019' }];
  const stale = org({ provenance: old, services: [service({ provenance: old })] });
  assert.deepEqual(editorialProblems(stale).map((p) => p.path), ['status', 'services[0].status']);
  stale.status_reason = { es: 'La fuente de 2019 lo dice en presente.', en: 'The 2019 source says so in the present tense.' };
  assert.deepEqual(editorialProblems(stale), [], "the organisation's reason covers its services");
  // Three years from the end of 2019 is the end of 2022: checked on 2022-12-30 it is not yet old.
  assert.deepEqual(editorialProblems(org({ provenance: old, assured_date: '2022-12-30', services: [service({ provenance: old, assured_date: '2022-12-30' })] })), []);
});

test('"free" in the text needs a fee source; a field entry needs a note', () => {
  const record = org({ description: { es: 'Asesoría gratuita.', en: 'Free advice.' }, services: [service({ name: { es: 'Asesoría gratis', en: 'Advice' } })] });
  assert.deepEqual(editorialProblems(record).map((p) => p.path).sort(), ['description', 'services[0].name']);
  record.services[0].provenance = [...provenance, { ...provenance[0], field: 'fees_description', note: "'free advice'" }];
  assert.deepEqual(editorialProblems(record), []);
  record.services[0].provenance[1] = { ...provenance[0], field: 'free' };
  assert.deepEqual(editorialProblems(record).map((p) => p.path), ['services[0].provenance[1].note']);
  assert.deepEqual(editorialProblems(org({ description: { es: 'Vivir libre de violencia', en: 'freedom' } })), [], 'not the word "free"');
});

test('never throws on what is not an organisation', () => {
  for (const value of [null, 5, 'x', [], { services: 5, locations: [null], emails: [7] }]) {
    assert.deepEqual(claimProblems(value), []);
    assert.ok(Array.isArray(editorialProblems(value)));
  }
});

test('the maintainer keeps a valid e-mail and an http(s) address only', () => {
  assert.deepEqual(checkMaintainer(undefined), { problems: [] });
  assert.deepEqual(checkMaintainer({ name: 'Red', email: 'datos@example.org', url: 'https://example.org/c?id={id}' }), {
    maintainer: { name: 'Red', email: 'datos@example.org', url: 'https://example.org/c?id={id}' },
    problems: [],
  });
  const hostile = checkMaintainer({ email: 'a@b.org?bcc=x@y.org', url: 'javascript:alert(1)' });
  assert.deepEqual(hostile.maintainer, {});
  assert.equal(hostile.problems.length, 2);
  assert.equal(checkMaintainer('x').problems.length, 1);
});

test('age: the newest source, measured from the end of its period', () => {
  assert.equal(periodEnd('2019'), Date.UTC(2020, 0, 1) - 1);
  assert.equal(periodEnd('2023-09'), Date.UTC(2023, 9, 1) - 1);
  assert.equal(periodEnd('2025-03-20'), Date.UTC(2025, 2, 21) - 1);
  assert.ok(Number.isNaN(periodEnd('March 2024')));
  const records = [{ provenance: [{ source: 'a', source_date: '2021' }, { source: 'b', source_date: '2023-09' }] }, { provenance: [{ source: 'c', source_date: '2023' }] }, undefined];
  assert.equal(newestSourceDate(records), '2023', 'the end of 2023 is after September 2023');
  assert.equal(newestSourceDate([{}]), undefined);
  assert.equal(isOlderThan('2019', 3, Date.UTC(2022, 11, 31)), false);
  assert.equal(isOlderThan('2019', 3, Date.UTC(2023, 0, 2)), true);
  assert.equal(isOlderThan('2023-09', 3, Date.UTC(2026, 11, 1)), true);
  assert.equal(isOlderThan('2024-03', 3, Date.UTC(2026, 11, 1)), false);
  assert.equal(isOlderThan('nonsense', 3, Date.now()), false);
});
