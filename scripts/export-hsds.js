#!/usr/bin/env node
// npm run export:hsds [-- --lang CODE] [--out FOLDER]
// Writes the built-in directory as Open Referral HSDS 3.0 and checks it
// against the official schemas (ajv, draft 2020-12) before writing:
//   FOLDER/organizations.json   a page of compiled organizations (Camino's own src reads it too)
//   FOLDER/organizations/<id>.json   each organization on its own (as an HSDS API's /organizations/{id})
//   FOLDER/tabular/*.csv        the same as HSDS's tabular package
// Default FOLDER: dist/hsds. Needs the built data (npm run build:data).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toHsds, hsdsPage, uuidV5 } from './data/to-hsds.js';
import { hsdsOrganizationErrors } from './data/hsds-schemas.js';
import { toTabular, writeTabularFolder } from './data/hsds-tabular.js';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const language = option('--lang', 'es');
const out = option('--out', 'dist/hsds');
const built = new URL('../src/generated/directory.json', import.meta.url);
if (!existsSync(built)) {
  console.error('export:hsds: the built-in directory is not built; run npm run build:data first.');
  process.exit(1);
}

const organizations = toHsds(JSON.parse(readFileSync(built, 'utf8')), { language });
let invalid = 0;
for (const org of organizations) {
  const errors = hsdsOrganizationErrors(org);
  if (errors.length) invalid++;
  for (const error of errors) console.error(`export:hsds: ${org.name}: ${error.path || '(root)'} ${error.message}`);
}
if (invalid) {
  console.error(`export:hsds: ${invalid} organisations do not validate against the HSDS 3.0 schemas; nothing written.`);
  process.exit(1);
}
mkdirSync(join(out, 'organizations'), { recursive: true });
writeFileSync(join(out, 'organizations.json'), `${JSON.stringify(hsdsPage(organizations, language), null, 2)}\n`);
for (const org of organizations) writeFileSync(join(out, 'organizations', `${org.id}.json`), `${JSON.stringify(org, null, 2)}\n`);
const tables = toTabular(organizations);
// The language of the text, where HSDS's tabular package says it, so that npm run import reads it in that language.
tables['meta_table_descriptions.csv'] = [{ id: uuidV5(`meta_table_description:${language}`), name: 'Camino', language, character_set: 'UTF-8' }];
writeTabularFolder(join(out, 'tabular'), tables);
const count = (key) => organizations.reduce((n, o) => n + (o[key]?.length ?? 0), 0);
console.log(
  `export:hsds: ${organizations.length} organizations, ${count('services')} services, ${count('locations')} locations, text in "${language}", valid against the HSDS 3.0 schemas → ${out}/organizations.json, ${out}/organizations/, ${out}/tabular/`,
);
