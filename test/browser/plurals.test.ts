// Counted phrases in each language's plural forms: CLDR's six for Arabic
// (zero, one, two, few, many, other), one and other for Spanish, English,
// French and Portuguese, one form for Haitian Creole.
import { expect, html } from '@open-wc/testing';
import { msg } from '@lit/localize';
import { counted, pluralCategory } from '../../src/internal/plural.js';
import { inLocale } from '../../src/internal/localize.js';
import { renderElement } from './helpers.js';

/** The counted phrases the elements say, as msg() finds them in each locale. */
const RESULTS = () => msg('one{# resultado}other{# resultados}');
const OFFICES = () => msg('one{# oficina}other{# oficinas}');
const OTHER_OFFICES = () => msg('one{Otra oficina (#)}other{Otras oficinas (#)}');
const MORE = () => msg('one{Mostrar más (queda #)}other{Mostrar más (quedan #)}');
const inArabic = (forms: () => string, n: number) => inLocale('ar', () => counted(forms(), n, 'ar'));

describe('pluralCategory', () => {
  it('agrees with Intl.PluralRules for es, en, fr, pt and ar, from 0 to 1,000 and at a million', () => {
    for (const locale of ['es', 'en', 'fr', 'pt', 'ar', 'es-MX', 'pt-BR']) {
      const rules = new Intl.PluralRules(locale);
      for (let n = 0; n <= 1000; n++) expect(pluralCategory(n, locale), `${locale} ${n}`).to.equal(rules.select(n));
      expect(pluralCategory(1_000_000, locale), `${locale} 1000000`).to.equal(rules.select(1_000_000));
    }
  });

  it('gives Arabic its six categories', () => {
    const of = (n: number) => pluralCategory(n, 'ar');
    expect([0, 1, 2, 3, 10, 11, 99, 100, 101, 102, 103, 111, 1000].map(of)).to.deep.equal(
      ['zero', 'one', 'two', 'few', 'few', 'many', 'many', 'other', 'other', 'other', 'few', 'many', 'other'],
    );
  });

  it('gives Haitian Creole one form: its nouns do not change with the count, and no browser has its rules', () => {
    for (const n of [0, 1, 2, 5, 1000]) expect(pluralCategory(n, 'ht')).to.equal('other');
  });
});

describe('Arabic counted phrases, each of the six forms', () => {
  it('results', () => {
    expect(inArabic(RESULTS, 0)).to.equal('لا توجد نتائج');
    expect(inArabic(RESULTS, 1)).to.equal('نتيجة واحدة');
    expect(inArabic(RESULTS, 2)).to.equal('نتيجتان');
    expect(inArabic(RESULTS, 3)).to.equal('3 نتائج');
    expect(inArabic(RESULTS, 11)).to.equal('11 نتيجة');
    expect(inArabic(RESULTS, 100)).to.equal('100 نتيجة');
  });

  it('offices', () => {
    expect(inArabic(OFFICES, 0)).to.equal('لا مكاتب');
    expect(inArabic(OFFICES, 1)).to.equal('مكتب واحد');
    expect(inArabic(OFFICES, 2)).to.equal('مكتبان');
    expect(inArabic(OFFICES, 7)).to.equal('7 مكاتب');
    expect(inArabic(OFFICES, 25)).to.equal('25 مكتبًا');
    expect(inArabic(OFFICES, 250)).to.equal('250 مكتبًا');
    expect(inArabic(OFFICES, 300)).to.equal('300 مكتب');
  });

  it('a result\'s other offices, and how many results are left to show', () => {
    expect([1, 2, 3, 11, 100].map((n) => inArabic(OTHER_OFFICES, n))).to.deep.equal(['مكتب آخر', 'مكتبان آخران', '3 مكاتب أخرى', '11 مكتبًا آخر', '100 مكتب آخر']);
    expect([1, 2, 5, 12, 101].map((n) => inArabic(MORE, n))).to.deep.equal([
      'عرض المزيد (بقيت نتيجة واحدة)',
      'عرض المزيد (بقيت نتيجتان)',
      'عرض المزيد (بقيت 5 نتائج)',
      'عرض المزيد (بقيت 12 نتيجة)',
      'عرض المزيد (بقيت 101 نتيجة)',
    ]);
    expect(inLocale('es', () => [1, 2].map((n) => counted(OTHER_OFFICES(), n, 'es')))).to.deep.equal(['Otra oficina (1)', 'Otras oficinas (2)']);
    expect(inLocale('en', () => [1, 2].map((n) => counted(MORE(), n, 'en')))).to.deep.equal(['Show more (1 left)', 'Show more (2 left)']);
  });

  it('the other languages: Spanish, French (0 is singular), Haitian Creole (one form)', () => {
    expect(inLocale('es', () => [0, 1, 2].map((n) => counted(RESULTS(), n, 'es')))).to.deep.equal(['0 resultados', '1 resultado', '2 resultados']);
    expect(inLocale('fr', () => [0, 1, 2].map((n) => counted(RESULTS(), n, 'fr')))).to.deep.equal(['0 résultat', '1 résultat', '2 résultats']);
    expect(inLocale('ht', () => [1, 2].map((n) => counted(OFFICES(), n, 'ht')))).to.deep.equal(['1 biwo', '2 biwo']);
    expect(inLocale('en', () => counted(OFFICES(), 1234, 'en'))).to.equal('1,234 offices');
  });
});

describe('the finder\'s count, as rendered', () => {
  const countIn = async (lang: string, attrs: { city?: string; query?: string }) => {
    const el = await renderElement(html`<camino-service-finder city=${attrs.city ?? ''} query=${attrs.query ?? ''} lang=${lang}></camino-service-finder>`);
    return el.shadowRoot!.querySelector('[part="count"]')!.textContent!.replace(/\s+/g, ' ').trim();
  };
  it('in Arabic: zero, one, few and many as rendered', async () => {
    expect(await countIn('ar', { city: 'tijuana', query: 'zzqxw' })).to.equal('لا توجد نتائج في Tijuana');
    expect(await countIn('ar', { city: 'tijuana', query: 'albergue' })).to.equal('نتيجة واحدة في Tijuana');
    expect(await countIn('ar', { city: 'tijuana' })).to.match(/^([3-9]|10) نتائج في Tijuana$/);
    expect(await countIn('ar', {})).to.match(/^(1[1-9]|[2-9]\d) نتيجة$/);
  });
  it('French and Portuguese say 0 in the singular, Spanish and English in the plural', async () => {
    expect(await countIn('fr', { city: 'tijuana', query: 'zzqxw' })).to.equal('0 résultat à Tijuana');
    expect(await countIn('pt', { city: 'tijuana', query: 'zzqxw' })).to.equal('0 resultado em Tijuana');
    expect(await countIn('es', { city: 'tijuana', query: 'zzqxw' })).to.equal('0 resultados en Tijuana');
    expect(await countIn('en', { city: 'tijuana', query: 'zzqxw' })).to.equal('0 results in Tijuana');
    expect(await countIn('ht', { city: 'tijuana', query: 'albergue' })).to.equal('1 rezilta nan Tijuana');
  });
});
