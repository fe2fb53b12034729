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
