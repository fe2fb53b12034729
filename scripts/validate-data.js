#!/usr/bin/env node
// npm run validate-data [-- FILE_OR_FOLDER …]
// Without arguments, checks the built-in directory in data/. With arguments,
// checks each directory file (a partner's own JSON) or data folder given.
import { statSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDataFolder, loadDirectoryFile } from './data/load-directory.js';
import { validateDirectory, formatError } from './data/validate-directory.js';

const dataDir = fileURLToPath(new URL('../data/', import.meta.url));
const builtInCities = JSON.parse(readFileSync(new URL('../data/cities.json', import.meta.url), 'utf8'));
const targets = process.argv.slice(2);
let failed = false;

for (const target of targets.length ? targets : [dataDir]) {
  let isFolder = false;
  try {
    isFolder = statSync(target).isDirectory();
  } catch {
    /* reported by the loader as "file not found" */
  }
  const label = relative(process.cwd(), target) || '.';
  const { parts, errors } = isFolder ? loadDataFolder(target) : loadDirectoryFile(target, builtInCities);
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
}
process.exit(failed ? 1 : 0);
