#!/usr/bin/env node
// npm run validate-data [-- [--lang CODE] FILE_OR_FOLDER …]
// Without arguments, checks the built-in directory in data/ by its own strict
// rules. A file (a partner's directory: Camino's format or HSDS 3.0 JSON) is
// checked by exactly the rules the browser applies to a `src`, with every
// problem of every record listed; --lang gives the language of a
// single-language HSDS file, as the data-lang attribute does. A folder is read
// as a data/ folder.
import { statSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reportPartnerFile } from './data/report-partner-file.js';

const dataDir = fileURLToPath(new URL('../data/', import.meta.url));
const args = process.argv.slice(2);
const langAt = args.indexOf('--lang');
const language = langAt >= 0 ? args.splice(langAt, 2)[1] : undefined;
let failed = false;

for (const target of args.length ? args : [dataDir]) {
  let isFolder = false;
  try {
    isFolder = statSync(target).isDirectory();
  } catch {
    /* reported by the loader as "file not found" */
  }
  const label = relative(process.cwd(), target) || '.';
  if (isFolder) {
    // The built-in data's checks need ajv, a development tool: loaded only for a data folder.
    const { loadDataFolder } = await import('./data/load-directory.js');
    const { validateDirectory, formatError } = await import('./data/validate-directory.js');
    const { parts, errors } = loadDataFolder(target);
    if (parts) errors.push(...validateDirectory(parts));
    for (const error of errors) console.error(formatError(error));
    const count = errors.filter((e) => e.severity !== 'warning').length;
    if (count) {
      failed = true;
      console.error(`✗ ${label}: ${count} error${count === 1 ? '' : 's'}`);
    } else {
      const locations = parts.organizations.reduce((n, p) => n + (p.value.locations?.length ?? 0), 0);
      const warnings = errors.length ? ` (${errors.length} warning${errors.length === 1 ? '' : 's'})` : '';
      console.log(`✓ ${label}: ${parts.organizations.length} organisations, ${locations} locations, valid${warnings}`);
    }
    continue;
  }
  if (!(await reportPartnerFile(target, language))) failed = true;
}
process.exit(failed ? 1 : 0);
