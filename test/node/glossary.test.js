// The glossary (xliff/GLOSSARY.md) is followed: where a string's Spanish source holds a term's
// Spanish word, each translation holds that term's word in its language; the directory's own
// French, Creole, Portuguese and Arabic texts follow the terms marked "in the data"; the words to
// avoid appear in no translation and no directory text of their language; every term is used.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';

const LOCALES = ['en', 'fr', 'ht', 'pt', 'ar'];
const COLUMNS = ['es', ...LOCALES];
const fold = (text) => text.normalize('NFC').toLowerCase();
const cells = (line) => line.split('|').slice(1, -1).map((c) => c.trim());
const forms = (cell) => cell.split(' / ').map((f) => fold(f.trim())).filter(Boolean);

/** The rows of the table whose header starts with `first`. */
function table(markdown, first) {
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`| ${first} |`));
  assert.ok(start >= 0, `GLOSSARY.md has a table starting "| ${first} |"`);
  const header = cells(lines[start]);
  const rows = [];
  for (let i = start + 2; i < lines.length && lines[i].startsWith('|'); i++) rows.push(Object.fromEntries(cells(lines[i]).map((c, j) => [header[j], c])));
  return rows;
}

const glossary = readFileSync('xliff/GLOSSARY.md', 'utf8');
const terms = table(glossary, 'term');
const avoid = Object.fromEntries(table(glossary, 'language').map((row) => [row.language, forms(row.avoid)]));

/** Text of an XLIFF source or target: placeholders as "…", entities decoded. */
const xliffText = (xml) =>
  xml
    .replace(/<x [^>]*\/>/g, ' … ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Every UI string: its Spanish source and its target in each locale. */
const strings = (() => {
  const byId = new Map();
  for (const locale of LOCALES) {
    const xliff = readFileSync(`xliff/${locale}.xlf`, 'utf8');
    for (const [, id, source, target] of xliff.matchAll(/<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>\s*<target>([\s\S]*?)<\/target>/g)) {
      if (!byId.has(id)) byId.set(id, { id, es: xliffText(source) });
      byId.get(id)[locale] = xliffText(target);
    }
  }
  return [...byId.values()];
})();

/** Every translated text of the built-in directory: { es, fr, ht, pt, ar, … } objects, with where they are. */
const dataTexts = (() => {
  const found = [];
  const walk = (value, where) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${where}[${i}]`));
    else if (value && typeof value === 'object') {
      const languages = Object.keys(value);
      if (languages.length && languages.every((l) => /^[a-z]{2}(-[A-Z]{2})?$/.test(l)) && Object.values(value).every((v) => typeof v === 'string')) found.push({ where, ...value });
      else for (const [key, v] of Object.entries(value)) walk(v, `${where}.${key}`);
    }
  };
  for (const file of readdirSync('data/organizations')) walk(JSON.parse(readFileSync(`data/organizations/${file}`, 'utf8')), file);
  return found;
})();

test('the glossary has its terms, each with a word in every language', () => {
  assert.ok(terms.length >= 25, `${terms.length} terms`);
  for (const term of terms) for (const column of COLUMNS) assert.ok(forms(term[column]).length, `${term.term}: no ${column} word`);
  for (const locale of COLUMNS) assert.ok(avoid[locale]?.length, `no words to avoid for ${locale}`);
});

test('every translation uses the glossary\'s word where its Spanish source uses the term', () => {
  const wrong = [];
  for (const term of terms) {
    const spanish = forms(term.es);
    for (const string of strings) {
      if (!spanish.some((f) => fold(string.es).includes(f))) continue;
      for (const locale of LOCALES) {
        if (!forms(term[locale]).some((f) => fold(string[locale] ?? '').includes(f))) wrong.push(`${locale} "${string[locale]}" (${string.id}, "${string.es}"): the glossary's word for "${term.term}" is "${term[locale]}"`);
      }
    }
  }
  assert.deepEqual(wrong, []);
});

test('the directory\'s French, Creole, Portuguese and Arabic texts use the glossary\'s words', () => {
  const wrong = [];
  for (const term of terms.filter((t) => t['in the data'] === 'yes')) {
    const spanish = forms(term.es);
    for (const text of dataTexts) {
      // A proper name kept in Spanish ("Centro de Derechos Humanos …") is no translation of the term.
      if (!text.es || !spanish.some((f) => fold(text.es).includes(f))) continue;
      for (const locale of ['fr', 'ht', 'pt', 'ar']) {
        const translated = text[locale];
        if (!translated || spanish.some((f) => fold(translated).includes(f))) continue;
        if (!forms(term[locale]).some((f) => fold(translated).includes(f))) wrong.push(`${text.where}.${locale}: no "${term[locale]}" for "${term.term}"`);
      }
    }
  }
  assert.deepEqual(wrong, []);
});

test('no translation and no directory text uses a word to avoid', () => {
  const found = [];
  for (const [locale, words] of Object.entries(avoid)) {
    const texts = [
      ...strings.map((s) => ({ where: s.id, text: s[locale] })),
      // The directory's Spanish and English are its sources' words; its other languages are Camino's.
      ...(['fr', 'ht', 'pt', 'ar'].includes(locale) ? dataTexts.map((t) => ({ where: t.where, text: t[locale] })) : []),
    ];
    for (const { where, text } of texts) for (const word of words) if (text && fold(text).includes(word)) found.push(`${locale} ${where}: "${word}" in "${text}"`);
  }
  assert.deepEqual(found, []);
});

test('every term of the glossary is used in the strings or the directory', () => {
  const unused = terms
    .filter((term) => {
      const spanish = forms(term.es);
      return !strings.some((s) => spanish.some((f) => fold(s.es).includes(f))) && !(term['in the data'] === 'yes' && dataTexts.some((t) => t.es && spanish.some((f) => fold(t.es).includes(f))));
    })
    .map((t) => t.term);
  assert.deepEqual(unused, []);
});

test('"LGBTQI+" is isolated (U+2068 … U+2069) in every language, so its "+" stays in place right to left', () => {
  const bare = strings.flatMap((s) => ['es', ...LOCALES].filter((l) => s[l]?.includes('LGBTQI+') && !s[l].includes('\u2068LGBTQI+\u2069')).map((l) => `${l}: ${s[l]}`));
  assert.ok(strings.some((s) => s.es.includes('LGBTQI+')), 'a string names LGBTQI+ people');
  assert.deepEqual(bare, []);
});
