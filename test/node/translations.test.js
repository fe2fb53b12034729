// Every UI string in the source (Spanish) has a translation in every target
// locale. lit-localize extract is run into a scratch copy of xliff/, so a
// msg() added without a translation shows up as a unit without <target>.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

test('every locale has every UI string of the source', () => {
  const root = resolve('.');
  const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
  const scratch = mkdtempSync(join(tmpdir(), 'camino-xliff-'));
  cpSync(join(root, config.interchange.xliffDir), scratch, { recursive: true });
  // Paths in a lit-localize config are relative to the config file: make them absolute.
  config.interchange.xliffDir = scratch;
  config.inputFiles = config.inputFiles.map((glob) => join(root, glob));
  config.output.outputDir = join(scratch, 'out');
  config.output.localeCodesModule = join(scratch, 'out', 'locale-codes.ts');
  const configFile = join(scratch, 'lit-localize.json');
  writeFileSync(configFile, JSON.stringify(config));
  const run = spawnSync(join(root, 'node_modules/.bin/lit-localize'), ['extract', '--config', configFile], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr + run.stdout);

  for (const locale of config.targetLocales) {
    const xliff = readFileSync(join(scratch, `${locale}.xlf`), 'utf8');
    const units = xliff.match(/<trans-unit[\s\S]*?<\/trans-unit>/g) ?? [];
    assert.ok(units.length > 50, `${locale}: the source has UI strings`);
    const untranslated = units.filter((u) => !/<target>[\s\S]*?\S[\s\S]*?<\/target>/.test(u)).map((u) => /<source>([\s\S]*?)<\/source>/.exec(u)[1]);
    assert.deepEqual(untranslated, [], `${locale} lacks translations (run npm run i18n:extract and translate xliff/${locale}.xlf)`);
  }
  assert.deepEqual(readdirSync(scratch).filter((f) => f.endsWith('.xlf')).sort(), config.targetLocales.map((l) => `${l}.xlf`).sort());
});

test('counted phrases give every plural form their language uses, in CLDR\'s categories, with "#" for the number', () => {
  const CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'];
  const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
  /** The categories a language uses for whole counts below 1,000 (Haitian Creole: one form; no Intl knows it). */
  const used = (locale) => {
    if (locale === 'ht') return ['other'];
    const rules = new Intl.PluralRules(locale);
    return [...new Set(Array.from({ length: 1000 }, (_, n) => rules.select(n)))];
  };
  let phrases = 0;
  for (const locale of config.targetLocales) {
    const xliff = readFileSync(`xliff/${locale}.xlf`, 'utf8');
    for (const [, source, target] of xliff.matchAll(/<source>((?:zero|one|two|few|many|other)\{[^<]*?)<\/source>\s*<target>([^<]*?)<\/target>/g)) {
      phrases++;
      const forms = Object.fromEntries([...target.matchAll(/(\w+)\{([^}]*)\}/g)].map(([, category, text]) => [category, text]));
      assert.equal(target.replace(/(\w+)\{([^}]*)\}/g, ''), '', `${locale} "${target}": only category{text} forms`);
      for (const category of Object.keys(forms)) assert.ok(CATEGORIES.includes(category), `${locale} "${target}": "${category}" is no CLDR category`);
      for (const category of used(locale)) assert.ok(forms[category] !== undefined, `${locale} "${target}" (for "${source}") lacks "${category}"`);
      // Forms for one count only (zero, one, two) may say it in words ("نتيجتان"); the others show the number.
      for (const [category, text] of Object.entries(forms)) {
        if (!['zero', 'one', 'two'].includes(category)) assert.ok(text.includes('#'), `${locale} "${target}": "${category}" has no #`);
      }
    }
  }
  assert.ok(phrases >= 10, `${phrases} counted phrases in the translations`);
});
