#!/usr/bin/env node
// npm run import -- <folder or file> [--lang CODE] [--out FILE]
// (also: npx camino-widgets import …)
// Writes a Camino directory file from an HSDS tabular package (a folder of
// CSV files) or HSDS JSON, and prints what it could not carry.
import { writeFileSync } from 'node:fs';
import { basename, isAbsolute, relative, resolve } from 'node:path';
import { importDirectory } from './data/import-directory.js';

const USAGE = `Usage: npm run import -- <folder of HSDS CSV files | HSDS JSON file> [--lang CODE] [--out FILE]
  --lang  the language the text is written in (es, en, fr, ht, pt, ar…); needed unless the package says it
  --out   where to write the directory (default: camino-directory.json)`;

export async function main(args) {
  const option = (name) => {
    const at = args.indexOf(name);
    return at >= 0 ? args.splice(at, 2)[1] : undefined;
  };
  const language = option('--lang');
  const out = option('--out') ?? 'camino-directory.json';
  const [input] = args;
  if (!input || input.startsWith('-')) {
    console.error(USAGE);
    return 2;
  }
  let result;
  try {
    result = await importDirectory(input, { language });
  } catch (error) {
    console.error(`import: could not read ${input}: ${error.message}`);
    return 1;
  }
  const { directory, read, notCarried, problems, notes } = result;
  console.log(`Read ${input}: ${read}${result.language ? `, text in "${result.language}"` : ''}.`);
  const list = (title, lines) => lines.length && console.log(`\n${title}\n${lines.map((l) => `  - ${l}`).join('\n')}`);
  list('Not carried (Camino does not show these):', notCarried);
  list('Left out (fix these in your data; the rest is written):', problems);
  list('Notes:', notes);
  if (!directory) {
    console.error('\nimport: nothing to write: this is not a directory.');
    return 1;
  }
  writeFileSync(out, `${JSON.stringify(directory, null, 2)}\n`);
  const count = (key) => directory.organizations.reduce((n, o) => n + o[key].length, 0);
  // Inside the current folder, the short path; outside it, the absolute one, not "../../../tmp/x.json".
  const inside = relative(process.cwd(), resolve(out));
  const shown = inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : resolve(out);
  console.log(`\nWrote ${shown}: ${directory.organizations.length} organisations, ${count('services')} services, ${count('locations')} locations.`);
  console.log(`Check it: npx camino-widgets validate ${shown} (in Camino's repository: npm run validate-data -- ${shown}).`);
  console.log(`Then publish it and point an element at it: <camino-service-finder src="…/${basename(out)}">`);
  return 0;
}

// Run as `node scripts/import.js`; the package's command (camino-widgets.js) calls main() itself.
if (basename(process.argv[1] ?? '') === 'import.js') process.exit(await main(process.argv.slice(2)));
