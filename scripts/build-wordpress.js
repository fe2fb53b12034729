#!/usr/bin/env node
// Part of npm run build — dist/camino-wordpress.zip, the WordPress plugin: the
// plugin's files in wordpress/camino/ and the built dist/camino.js with, beside
// it, dist/camino-map.js (the map engine camino.js fetches from its own folder
// when a map is first shown), in a folder camino/ as WordPress's "Upload
// plugin" expects. The version comes
// from package.json. Zipped with fflate; every entry has the same date, so
// the same sources give the same zip.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';

const root = fileURLToPath(new URL('..', import.meta.url));
const pluginDir = join(root, 'wordpress', 'camino');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
/** The built files the plugin carries, beside each other as camino.js expects. */
const BUILT = ['camino.js', 'camino-map.js'];

/** Every file under a folder, as paths relative to it. */
const filesUnder = (dir) =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)).map((f) => `${name}/${f}`) : [name]));

const entries = {};
for (const file of filesUnder(pluginDir).sort()) {
  const text = readFileSync(join(pluginDir, file), 'utf8').replaceAll('__CAMINO_VERSION__', version);
  entries[`camino/${file}`] = new TextEncoder().encode(text);
}
for (const file of BUILT) entries[`camino/${file}`] = readFileSync(join(root, 'dist', file));

const zip = zipSync(entries, { level: 9, mtime: new Date('2000-01-01T00:00:00Z') });
const out = join(root, 'dist', 'camino-wordpress.zip');
writeFileSync(out, zip);
console.log(`build: WordPress plugin ${version} → ${relative(root, out)} (${(zip.length / 1024).toFixed(0)} KB, ${Object.keys(entries).length} files)`);
