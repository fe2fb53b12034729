// The finder's search layer (src/directory/search): how a query is read, what
// it finds, in which order, grouped how, and what is offered when nothing has
// every word. Expectations are worked out from the data, not copied from output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { search, builtInDirectory, finderOver, orgIds } from './search-source.js';

const { index, finder } = finderOver();
const NOW = new Date('2026-12-01T18:00:00Z');
const find = (text, options = {}) => finder.find({ text, now: NOW, ...options });
const city = (id) => index.city(id);
/** Organisations of the built-in directory with a service of a kind of help for people (not only for organisations). */
const orgsOffering = (taxonomy) =>
  index.organizations.filter(
    (o) => o.status !== 'defunct' && o.services.some((s) => s.taxonomy.includes(taxonomy) && !(s.populations.length && s.populations.every((p) => p === 'organizations'))),
  ).length;

test('one need gives the same results, in the same order, in all six languages', () => {
  const needs = {
    shelter: ['albergue', 'shelter', 'abri', 'refij', 'abrigo', 'ملجأ'],
    legal: ['abogado', 'lawyer', 'avocat', 'avoka', 'advogado', 'محامي'],
    doctor: ['doctor', 'médecin', 'doktè', 'médico', 'طبيب', 'دكتور'],
    psychologist: ['psicóloga', 'psychologist', 'psychologue', 'sikològ', 'psicólogo', 'أخصائية نفسية'],
    'violence against women': ['violencia contra la mujer', 'violence against women', 'violence contre les femmes', 'vyolans kont fanm', 'violência contra a mulher', 'عنف ضد المرأة'],
  };
  for (const [need, words] of Object.entries(needs)) {
    const first = orgIds(find(words[0]));
    assert.ok(first.length > 0, need);
    for (const word of words.slice(1)) assert.deepEqual(orgIds(find(word)), first, `${word} (${need})`);
  }
  // Every legal organisation, once; the shelter first for "refugio", not the refugee agency.
  assert.equal(find('abogado').groups.length, orgsOffering('legal'));
  assert.equal(orgIds(find('refugio'))[0], 'casa-del-migrante');
});

test('Arabic plurals, broken ones too, find what their singulars find: doctors, lawyers, shelters', () => {
  for (const [plural, singular] of [
    ['أطباء', 'طبيب'],
    ['محاميين', 'محامي'],
    ['محامين', 'محامي'],
    ['ملاجئ', 'ملجأ'],
  ]) {
    assert.ok(find(singular).groups.length > 0, singular);
    assert.deepEqual(orgIds(find(plural)), orgIds(find(singular)), plural);
  }
  // The one shelter, alone: not every organisation with it third.
  assert.deepEqual(orgIds(find('ملاجئ')), ['casa-del-migrante']);
});

test('words that carry no need are dropped; words that match nothing do not empty the list and are named', () => {
  assert.deepEqual(orgIds(find('necesito un abogado')), orgIds(find('abogado')));
  assert.deepEqual(orgIds(find('¿Dónde puedo dormir esta noche?')), orgIds(find('dormir')));
  const answer = find('abogado xqzwv');
  assert.deepEqual(orgIds(answer), orgIds(find('abogado')));
  assert.deepEqual(answer.unused, ['xqzwv']);
  assert.equal(answer.partial, false);
  // A question of words that carry no need at all lists everything, as an empty search does.
  assert.deepEqual(orgIds(find('necesito ayuda por favor')), orgIds(find('')));
  // A misspelt word that carries no need is dropped too.
  assert.deepEqual(orgIds(find('nesesito abogado')), orgIds(find('abogado')));
});

test('nothing understood: no results, and one step that shows everything, with its count', () => {
  const answer = find('xqzwv', { city: city('tijuana') });
  assert.equal(answer.groups.length, 0);
  assert.equal(answer.notUnderstood, true);
  assert.deepEqual(answer.unused, ['xqzwv']);
  assert.deepEqual(answer.nextSteps, [{ kind: 'clear-search', count: find('', { city: city('tijuana') }).groups.length }]);
});

test('query limits: long text is cut, repeated words are read once, a huge word is cut', () => {
  const pasted = 'necesito un abogado en tijuana por favor '.repeat(500);
  assert.equal(search.readQuery(pasted).cut, true);
  assert.deepEqual(orgIds(find(pasted)), orgIds(find('abogado tijuana')));
  const read = search.readQuery('abogado ABOGADO abogado albergue');
  assert.deepEqual(read.words.map((w) => w.word), ['abogado', 'albergue']);
  const long = search.readQuery('a'.repeat(5000));
  assert.equal(long.cut, true);
  assert.equal(long.words[0].word.length, search.QUERY_LIMITS.wordLength);
  const many = search.readQuery(Array.from({ length: 40 }, (_, i) => `palabra${i}`).join(' '));
  assert.equal(many.words.length, search.QUERY_LIMITS.words);
  assert.equal(many.cut, true);
});

test('Arabic: the article, tāʾ marbūṭa and alif maqṣūra do not matter', () => {
  assert.deepEqual(search.tokenize('المحامي والنساء'), search.tokenize('محامي نساء'));
  assert.deepEqual(search.tokenize('مساعدة'), search.tokenize('مساعده'));
  assert.deepEqual(orgIds(find('محامى')), orgIds(find('محامي')));
  assert.deepEqual(orgIds(find('للنساء')), orgIds(find('نساء')));
  assert.deepEqual(orgIds(find('المرأة')), orgIds(find('امرأة')));
});

test('one result per organisation: its offices together, the one in the chosen city first', () => {
  const everywhere = find('abogado');
  const ids = orgIds(everywhere);
  assert.equal(new Set(ids).size, ids.length);
  const asylumAccess = everywhere.groups.find((g) => g.org.id === 'asylum-access');
  assert.equal(asylumAccess.offices.length, index.organization('asylum-access').locations.length);
  // The first page (ten results) shows ten different organisations.
  assert.equal(new Set(ids.slice(0, 10)).size, Math.min(10, ids.length));

  const inTijuana = find('acnur', { city: city('tijuana') });
  assert.deepEqual(orgIds(inTijuana), ['unhcr']);
  assert.equal(inTijuana.groups[0].offices[0].entry.location.city_id, 'tijuana');
  assert.equal(inTijuana.groups[0].offices.length, index.organization('unhcr').locations.length);
});

test('an organisation named whole comes first: "Sin Fronteras" before Médicos Sin Fronteras', () => {
  assert.deepEqual(orgIds(find('Sin Fronteras')).slice(0, 2), ['sin-fronteras', 'msf']);
  assert.equal(orgIds(find('médicos sin fronteras'))[0], 'msf');
  assert.equal(orgIds(find('ACNUR'))[0], 'unhcr');
  assert.equal(orgIds(find('MSF'))[0], 'msf');
});

test('a service whose own kind of help matches comes before one that only also offers it', () => {
  // HIAS names LGBTQI+ people; services whose sources name no group follow.
  assert.equal(orgIds(find('lgbt'))[0], 'hias');
  // CMDPDH's accompaniment is first of all human rights, psychological care among its other kinds.
  const psychologist = orgIds(find('psicólogo'));
  assert.ok(psychologist.indexOf('cmdpdh') > psychologist.indexOf('hias'), psychologist.join());
});

/** A small directory built for one test: organisations in given cities, with one service each. */
function directoryOf(orgs) {
  const base = builtInDirectory();
  return {
    camino_directory: 1,
    cities: base.cities,
    sources: [...new Set(orgs.map((o) => o.date))].map((date) => ({ id: `s${date}`, title: { es: 'Fuente', en: 'Source' }, date })),
    organizations: orgs.map((o) => {
      const provenance = [{ source: `s${o.date}`, source_date: o.date }];
      return {
        id: o.id,
        name: { es: o.name },
        description: { es: 'Organización.', en: 'Organisation.' },
        status: 'active',
        services: [
          {
            id: `${o.id}-service`,
            name: { es: o.service ?? 'Servicio', en: o.service ?? 'Service' },
            description: { es: 'Un servicio.', en: 'A service.' },
            taxonomy: o.taxonomy ?? ['legal'],
            populations: o.populations ?? ['everyone'],
            status: 'active',
            provenance,
            ...(o.areas ? { service_areas: o.areas } : {}),
          },
          // More services, by their kinds of help.
          ...(o.more ?? []).map((taxonomy, i) => ({
            id: `${o.id}-service-${i}`,
            name: { es: 'Otro servicio', en: 'Another service' },
            description: { es: 'Otro servicio.', en: 'Another service.' },
            taxonomy,
            populations: ['everyone'],
            status: 'active',
            provenance,
          })),
        ],
        locations: (o.offices ?? []).map((office, i) => ({
          id: `${o.id}-${i}`,
          name: { es: `${o.name} ${i}` },
          city_id: office.city,
          status: 'active',
          ...(office.point ? { latitude: office.point[0], longitude: office.point[1], geo_precision: 'address' } : {}),
          ...(office.phone ? { phones: [{ number: '+525512345678', type: 'voice' }] } : {}),
          ...(office.email ? { emails: [{ email: `${o.id}@example.org` }] } : {}),
          ...(office.address ? { addresses: [{ address_1: 'Calle 1', city: 'Tijuana', state_province: 'Baja California', country: 'MX' }] } : {}),
          provenance,
        })),
        provenance,
      };
    }),
  };
}

test('a service whose main kind of help is the need comes before a newer one that also offers it', () => {
  const { index: small, finder: kinds } = finderOver(
    directoryOf([
      { id: 'derechos', name: 'Derechos', date: '2025-06', taxonomy: ['human-rights', 'legal'], offices: [{ city: 'tijuana', phone: true }] },
      { id: 'abogados', name: 'Abogados', date: '2024-01', taxonomy: ['legal'], offices: [{ city: 'tijuana' }] },
    ]),
  );
  assert.deepEqual(orgIds(kinds.find({ text: 'abogado', city: small.city('tijuana'), now: NOW })), ['abogados', 'derechos']);
});

test('ties go to the newest information, then the ways to reach the office, a known door, more of what was asked, never to the alphabet', () => {
  const { index: small, finder: tied } = finderOver(
    directoryOf([
      // In alphabetical order, each would come before the one that helps more.
      { id: 'alfa', name: 'Alfa', date: '2024-01', offices: [{ city: 'tijuana', address: true }] },
      { id: 'beta', name: 'Beta', date: '2025-06', offices: [{ city: 'tijuana' }] },
      { id: 'delta', name: 'Delta', date: '2024-01', offices: [{ city: 'tijuana', phone: true }] },
      { id: 'gama', name: 'Gama', date: '2024-01', offices: [{ city: 'tijuana', phone: true, email: true }] },
      { id: 'epsilon', name: 'Epsilon', date: '2024-01', offices: [{ city: 'tijuana' }] },
    ]),
  );
  const tijuana = small.city('tijuana');
  // Newest first; then two ways to reach (call, e-mail), one, none with a street address, none.
  assert.deepEqual(orgIds(tied.find({ text: 'abogado', city: tijuana, now: NOW })), ['beta', 'gama', 'delta', 'alfa', 'epsilon']);

  // Then more services that offer what was asked: a second legal service counts, a shelter does not.
  const { index: two, finder: services } = finderOver(
    directoryOf([
      { id: 'uno', name: 'Uno', date: '2024-01', offices: [{ city: 'tijuana' }], more: [['shelter']] },
      { id: 'dos', name: 'Dos', date: '2024-01', offices: [{ city: 'tijuana' }], more: [['legal']] },
    ]),
  );
  assert.deepEqual(orgIds(services.find({ text: 'abogado', city: two.city('tijuana'), now: NOW })), ['dos', 'uno']);
  assert.deepEqual(orgIds(services.find({ text: 'albergue', city: two.city('tijuana'), now: NOW })), ['uno']);
});

test('results that nothing tells apart are not in alphabetical order, nor in the order of the directory\'s files', () => {
  const orgs = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id, name: id.toUpperCase(), date: '2024-01', offices: [{ city: 'tijuana', phone: true }] }));
  const order = (list) => {
    const { index: small, finder: same } = finderOver(directoryOf(list));
    return orgIds(same.find({ text: 'abogado', city: small.city('tijuana'), now: NOW }));
  };
  const forwards = order(orgs);
  assert.deepEqual(order([...orgs].reverse()), forwards);
  assert.notDeepEqual(forwards, [...forwards].sort());
  assert.equal(forwards.length, orgs.length);
});

test('an organisation\'s first office, with no city or position to choose it, is one a person can reach', () => {
  // Asylum Access's office in Acayucan has no phone or e-mail; the one in Mexico City has a phone.
  const reachable = (office) => office.entry.location?.phones?.length || office.entry.location?.emails?.length;
  for (const text of ['lawyer', 'abogado', 'derechos humanos', '']) {
    for (const group of find(text).groups) {
      if (group.offices.some(reachable) && !group.org.phones?.length && !group.org.emails?.some((e) => e.purpose !== 'media')) {
        assert.ok(reachable(group.offices[0]), `${text}: ${group.org.id} shows ${group.offices[0].entry.key} first`);
      }
    }
  }
  assert.equal(find('lawyer').groups.find((g) => g.org.id === 'asylum-access').offices[0].entry.key, 'asylum-access-ciudad-de-mexico');
});

test('near me: ties go to the nearest office; an organisation serving the reader\'s state is placed near, not by a far office', () => {
  const tapachula = city('tapachula');
  const { finder: near } = finderOver(
    directoryOf([
      { id: 'lejos', name: 'Lejos', date: '2025-06', offices: [{ city: 'tijuana' }] },
      { id: 'cerca', name: 'Cerca', date: '2024-01', offices: [{ city: 'tapachula', point: [tapachula.latitude + 0.01, tapachula.longitude] }] },
      { id: 'estatal', name: 'Estatal', date: '2024-01', offices: [{ city: 'ciudad-de-mexico' }], areas: [{ country: 'MX', state_province: 'Chiapas' }] },
      { id: 'tuxtla', name: 'Tuxtla', date: '2025-06', offices: [{ city: 'tuxtla-gutierrez' }] },
    ]),
  );
  const position = { latitude: tapachula.latitude, longitude: tapachula.longitude };
  const answer = near.find({ text: 'abogado', position, now: NOW });
  assert.deepEqual(orgIds(answer), ['cerca', 'estatal', 'tuxtla', 'lejos']);
  // The statewide organisation shows its work in Chiapas first, not its office in Mexico City.
  assert.equal(answer.groups[1].offices[0].entry.location, undefined);
  // A door 1.1 km away is said to 0.1 km; a city-centre distance is rounded and says so.
  assert.deepEqual(answer.groups[0].offices[0].distance, { km: 1.1, toCityCentre: false });
  assert.equal(answer.groups[2].offices[0].distance.toCityCentre, true);
  assert.equal(answer.groups[2].offices[0].distance.km % 10, 0);
});

test('distances are rounded to what they are worth', () => {
  // Within a city known only by its centre, no number: it would pretend to know where the door is.
  assert.equal(search.sayDistance(0.1, false), undefined);
  assert.deepEqual(search.sayDistance(12.4, false), { km: 10, toCityCentre: true });
  assert.deepEqual(search.sayDistance(13, false), { km: 15, toCityCentre: true });
  assert.deepEqual(search.sayDistance(996, false), { km: 1000, toCityCentre: true });
  assert.deepEqual(search.sayDistance(2.34, true), { km: 2.3, toCityCentre: false });
  assert.deepEqual(search.sayDistance(12.6, true), { km: 13, toCityCentre: false });
});

test('near me, far from the chosen city: the nearest city with results is offered, with its count', () => {
  const juarez = city('ciudad-juarez');
  const position = { latitude: juarez.latitude + 0.02, longitude: juarez.longitude };
  const answer = find('', { city: city('tijuana'), position });
  assert.equal(answer.nearestCity.city.id, 'ciudad-juarez');
  assert.equal(answer.nearestCity.count, find('', { city: juarez }).groups.length);
  const km = search.distanceKm(position, city('tijuana'));
  assert.ok(km > search.FAR_KM);
  assert.equal(answer.nearestCity.fromChosen.km, Math.round(km / 10) * 10);
  // Near the chosen city, nothing is offered.
  assert.equal(find('', { city: juarez, position }).nearestCity, undefined);
});

test('information older than the threshold ranks after current information; the threshold is a parameter', () => {
  const { index: small, finder: aged } = finderOver(
    directoryOf([
      { id: 'vieja', name: 'Vieja', date: '2019', service: 'Asesoría legal', offices: [{ city: 'tijuana', phone: true }] },
      { id: 'nueva', name: 'Nueva', date: '2025-06', offices: [{ city: 'tijuana' }] },
    ]),
  );
  const tijuana = small.city('tijuana');
  const answer = aged.find({ text: 'abogado', city: tijuana, now: NOW });
  assert.deepEqual(orgIds(answer), ['nueva', 'vieja']);
  assert.equal(answer.groups[1].offices[0].stale, true);
  assert.equal(answer.groups[0].offices[0].stale, false);
  // With ten years, both are current, and the service named for lawyers comes first.
  assert.deepEqual(orgIds(aged.find({ text: 'abogado', city: tijuana, now: NOW, staleAfterYears: 10 })), ['vieja', 'nueva']);
});

test('without dated sources (an HSDS feed), the day its publisher last checked a record dates it', () => {
  const directory = directoryOf([
    { id: 'revisada-hace-mucho', name: 'Revisada hace mucho', date: '2024-01', offices: [{ city: 'tijuana' }] },
    { id: 'revisada-hace-poco', name: 'Revisada hace poco', date: '2024-01', offices: [{ city: 'tijuana' }] },
  ]);
  const checked = { 'revisada-hace-mucho': '2005-01-01', 'revisada-hace-poco': '2026-10-15' };
  directory.sources = [];
  for (const org of directory.organizations) {
    for (const record of [org, ...org.services, ...org.locations]) delete record.provenance;
    org.services[0].assured_date = checked[org.id];
  }
  const { index: small, finder: dated } = finderOver(directory);
  const answer = dated.find({ text: 'abogado', city: small.city('tijuana'), now: NOW });
  assert.deepEqual(orgIds(answer), ['revisada-hace-poco', 'revisada-hace-mucho']);
  assert.deepEqual(answer.groups.map((g) => g.offices[0].stale), [false, true]);
});

test('services only for organisations are left out of people\'s results unless asked for, and follow services to people', () => {
  const { index: small, finder: audience } = finderOver(
    directoryOf([
      { id: 'red-de-apoyo', name: 'Red de Apoyo a Organizaciones', date: '2025-06', populations: ['organizations'], offices: [{ city: 'tijuana' }] },
      { id: 'clinica', name: 'Clínica Jurídica', date: '2025-06', offices: [{ city: 'tijuana' }] },
    ]),
  );
  const tijuana = small.city('tijuana');
  const ask = (text, more = {}) => orgIds(audience.find({ text, city: tijuana, now: NOW, ...more }));
  assert.deepEqual(ask('abogado'), ['clinica']);
  assert.deepEqual(ask(''), ['clinica']);
  assert.deepEqual(ask('', { population: 'organizations' }), ['red-de-apoyo']);
  assert.deepEqual(ask('red de apoyo a organizaciones'), ['red-de-apoyo']);
  // Both named: the service to people first.
  assert.deepEqual(ask('Red de Apoyo a Organizaciones, Clínica Jurídica'), ['clinica', 'red-de-apoyo']);
});

test('no dead ends: next steps have results, each with its real count', () => {
  // Nothing in the chosen city: other cities, each count what that search finds there.
  const none = find('albergue', { city: city('aguascalientes') });
  assert.equal(none.groups.length, 0);
  const cities = none.nextSteps.filter((s) => s.kind === 'city');
  assert.ok(cities.length > 0);
  for (const step of cities) assert.equal(step.count, find('albergue', { city: step.city }).groups.length, step.city.id);

  // No result has both words: those with one are shown, and each shorter search is offered with its count.
  const tijuana = city('tijuana');
  const some = find('abogado dormir', { city: tijuana });
  assert.equal(some.partial, true);
  assert.ok(some.groups.length > 0);
  const fewer = some.nextSteps.filter((s) => s.kind === 'fewer-words');
  assert.deepEqual(fewer.map((s) => s.text).sort(), ['abogado', 'dormir']);
  for (const step of fewer) assert.equal(step.count, find(step.text, { city: tijuana }).groups.length, step.text);
  const elsewhere = some.nextSteps.find((s) => s.kind === 'elsewhere');
  assert.equal(elsewhere.count, some.elsewhere.length);

  // Filters that leave nothing: the same search without them, counted.
  const filtered = find('albergue', { city: tijuana, population: 'lgbtqi' });
  assert.equal(filtered.groups.length, 0);
  const noFilters = filtered.nextSteps.find((s) => s.kind === 'no-filters');
  assert.equal(noFilters.count, find('albergue', { city: tijuana }).groups.length);
  for (const step of [...none.nextSteps, ...some.nextSteps, ...filtered.nextSteps]) assert.ok(step.count > 0);
});

test('open now: open places first, hours unknown after, closed ones left out; hours past midnight count, on the clock of the office', () => {
  const night = JSON.parse(readFileSync(new URL('../fixtures/directories/night-shelter.json', import.meta.url), 'utf8'));
  night.cities = builtInDirectory().cities;
  const { index: small, finder: hours } = finderOver(night);
  // Tapachula keeps UTC−6 all year (America/Mexico_City). 2025-01-07 is a Tuesday.
  const at = (localIso) => new Date(`${localIso}-06:00`);
  const openNow = (localIso) => orgIds(hours.find({ text: '', city: small.city('tapachula'), openNow: true, now: at(localIso) }));
  assert.deepEqual(openNow('2025-01-07T23:30'), ['albergue-nocturno', 'casa-sin-horario']);
  assert.deepEqual(openNow('2025-01-08T03:00'), ['albergue-nocturno', 'casa-sin-horario'], "Tuesday's night hours, after midnight");
  assert.deepEqual(openNow('2025-01-07T12:00'), ['oficina-de-dia', 'casa-sin-horario']);
  assert.deepEqual(openNow('2025-01-11T03:00'), ['albergue-nocturno', 'casa-sin-horario'], "Friday's night hours, on Saturday morning");
  assert.deepEqual(openNow('2025-01-12T03:00'), ['casa-sin-horario'], 'no hours on Saturday night');
  assert.deepEqual(openNow('2025-01-08T08:00'), ['casa-sin-horario'], 'the night shelter closes at 08:00 sharp; the day office opens at 09:00');
  // Without the filter, every office is listed.
  assert.equal(hours.find({ text: '', city: small.city('tapachula'), now: at('2025-01-07T23:30') }).groups.length, 3);
});

test('opening hours that cross midnight, and hours that say nothing', () => {
  const night = [{ freq: 'WEEKLY', byday: 'MO', opens_at: '20:00', closes_at: '08:00' }];
  const zone = 'America/Mexico_City';
  const at = (localIso) => new Date(`${localIso}-06:00`);
  assert.equal(search.openState(night, zone, at('2025-01-06T19:59')), 'closed');
  assert.equal(search.openState(night, zone, at('2025-01-06T20:00')), 'open');
  assert.equal(search.openState(night, zone, at('2025-01-07T07:59')), 'open');
  assert.equal(search.openState(night, zone, at('2025-01-07T08:00')), 'closed');
  assert.equal(search.openState(night, zone, at('2025-01-07T23:00')), 'closed');
  assert.equal(search.openState([{ ...night[0], byday: 'SU' }], zone, at('2025-01-06T03:00')), 'open', 'Sunday night into Monday');
  const allDay = [{ freq: 'WEEKLY', byday: 'MO', opens_at: '00:00', closes_at: '24:00' }];
  assert.equal(search.openState(allDay, zone, at('2025-01-06T23:59')), 'open');
  assert.equal(search.openState([{ ...night[0], closes_at: '20:00' }], zone, at('2025-01-06T21:00')), 'closed');
});

test('the vocabulary: every kind of help and group of people has words in the six languages; no word both carries a need and none', () => {
  const { NEED_WORDS, NO_NEED_WORDS, VOCABULARY_LANGUAGES, tokenize } = search;
  const schema = JSON.parse(readFileSync(new URL('../../data/schema/directory.schema.json', import.meta.url), 'utf8'));
  // "other" is what no kind of help names, and services for organisations are asked for by the filter or by name: no words.
  const needs = [
    ...schema.definitions.TaxonomyId.enum.filter((t) => t !== 'other'),
    ...schema.definitions.Population.enum.filter((p) => !['everyone', 'organizations'].includes(p)).map((p) => `for:${p}`),
  ];
  for (const need of needs) {
    assert.equal(NEED_WORDS[need]?.length, VOCABULARY_LANGUAGES.length, need);
    NEED_WORDS[need].forEach((list, i) => assert.ok(list.trim(), `${need} has no ${VOCABULARY_LANGUAGES[i]} words`));
  }
  assert.deepEqual(Object.keys(NO_NEED_WORDS).sort(), [...VOCABULARY_LANGUAGES].sort());
  const single = (lists) => new Set(lists.flatMap((l) => l.split(',')).map((w) => tokenize(w)).filter((w) => w.length === 1).map((w) => w[0]));
  const needWords = single(Object.values(NEED_WORDS).flat());
  const both = [...single(Object.values(NO_NEED_WORDS))].filter((w) => needWords.has(w));
  assert.deepEqual(both, []);
});

test('the directory layer imports nothing from the elements\' internals', () => {
  const files = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((f) => (f.isDirectory() ? files(join(dir, f.name)) : /\.(ts|js)$/.test(f.name) ? [join(dir, f.name)] : []));
  for (const file of files(fileURLToPath(new URL('../../src/directory/', import.meta.url)))) {
    assert.doesNotMatch(readFileSync(file, 'utf8'), /from '(\.\.\/)+internal\//, file);
  }
});

test('a big directory indexed in slices: a search typed when the slice is already spent still finds what is entered', () => {
  // In Node no slice is ever started, so every look at the clock says the slice is spent: the case
  // of a busy phone, where reading the file has used the slice before a key is answered.
  const directory = builtInDirectory();
  const shelter = directory.organizations.findIndex((o) => o.services.some((s) => s.taxonomy.includes('shelter')));
  directory.organizations.unshift(...directory.organizations.splice(shelter, 1));
  const sliced = new search.FinderSearch(new search.DirectoryIndex(directory), true);
  sliced.enterSome();
  sliced.indexSome();
  const answer = sliced.find({ text: 'albergue', now: NOW });
  assert.equal(answer.incomplete, true);
  assert.deepEqual(orgIds(answer), [directory.organizations[0].id]);
  // Each call goes on from where the last stopped, and the last makes the answers whole.
  while (!(sliced.enterSome() && sliced.indexSome()));
  assert.equal(sliced.find({ text: 'albergue', now: NOW }).incomplete, false);
  assert.deepEqual(orgIds(sliced.find({ text: 'albergue', now: NOW })).sort(), orgIds(find('albergue')).sort());
});

test('a big directory indexed in slices, its word list made again between them, ranks as the whole index does', () => {
  // The records named for each need ("Albergue …" first for "albergue") are worked out only for those
  // added since the last time: the answers must be the same, in the same order, as from one pass.
  const directory = builtInDirectory();
  const sliced = new search.FinderSearch(new search.DirectoryIndex(directory), true);
  let refreshes = 0;
  while (!(sliced.enterSome() && sliced.indexSome())) {
    sliced.find({ text: 'abogado', now: NOW });
    sliced.refreshWords();
    refreshes++;
  }
  assert.ok(refreshes > 3, `indexed in ${refreshes + 1} slices`);
  for (const text of ['albergue', 'abogado', 'psicólogo', 'ملجأ', 'trata']) {
    assert.deepEqual(orgIds(sliced.find({ text, now: NOW })), orgIds(find(text)), text);
  }
});
