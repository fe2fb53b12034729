// The relevance set: realistic queries in the six languages, each with the
// organisations a person must find among the first three results of the
// built-in directory (test/relevance/queries.json).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { finderOver, orgIds } from './search-source.js';
import { JUDGED_AT, relevanceSet, isHit } from '../../scripts/bench/relevance.js';

const set = relevanceSet();
const { index, finder } = finderOver();

test('the relevance set has at least 60 queries, ten or more in each of the six languages', () => {
  assert.ok(set.length >= 60, `${set.length} queries`);
  for (const lang of ['es', 'en', 'fr', 'ht', 'pt', 'ar']) {
    assert.ok(set.filter((q) => q.lang === lang).length >= 10, lang);
  }
  const ids = new Set(index.organizations.map((o) => o.id));
  for (const q of set) for (const id of [...q.top3, ...(q.first ? [q.first] : [])]) assert.ok(ids.has(id), `${q.query}: unknown organisation ${id}`);
});

for (const query of set) {
  test(`${query.lang} "${query.query}"${query.city ? ` in ${query.city}` : ''} finds ${query.top3.join(', ')}${query.first ? `, ${query.first} first` : ''}`, () => {
    const city = query.city ? index.city(query.city) : undefined;
    assert.ok(!query.city || city, `unknown city ${query.city}`);
    const found = orgIds(finder.find({ text: query.query, city, now: JUDGED_AT }));
    assert.ok(isHit(query, found), `first results: ${found.slice(0, 3).join(', ')}`);
  });
}
