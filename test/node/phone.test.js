// Phone normalisation: the sources' old Mexican formats become E.164.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalisePhone } from '../../scripts/data/phone.js';

const cases = [
  ['split area code', '+52 ( 962) 62 54 812', '+529626254812'],
  ['two-digit split of 664', '+52 (66) 43 82 76 85', '+526643827685'],
  ['old mobile prefix 044', '044 (951)310 0375', '+529513100375'],
  ['old long-distance prefix 01, toll-free', '01 80 07 15 20 00', '+528007152000'],
  ['old mobile "1" after +52', '+52 1 967 185 5888', '+529671855888'],
  ['dots as separators', '+52.55.1518.0730', '+525515180730'],
  ['country code in brackets', '(52 55) 5211.4153', '+525552114153'],
];
for (const [why, text, e164] of cases) {
  test(`${why}: ${text} → ${e164}`, () => assert.deepEqual(normalisePhone(text), { number: e164 }));
}

test('a US number in a US context', () => {
  assert.deepEqual(normalisePhone('(208) 753.7041', 'US'), { number: '+12087537041' });
});

test('a number too short to dial is an error, never dropped', () => {
  const result = normalisePhone('55 14 15 19');
  assert.ok('error' in result);
  assert.match(result.error, /"55 14 15 19" does not make a valid MX number/);
});

test('text that is no number is an error', () => {
  assert.ok('error' in normalisePhone('call us'));
});
