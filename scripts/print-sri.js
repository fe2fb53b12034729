#!/usr/bin/env node
// Part of npm run build — prints the Subresource Integrity hash of
// dist/camino.js and the tag that loads this version from a public CDN once the
// package is published, so a page can be sure the script it runs is this one.
// camino.js checks its map engine, dist/camino-map.js, against a hash of its
// own; that hash is printed too, for a Content-Security-Policy that lists
// scripts by hash, with the tag that lets a page whose map shows as soon as
// it opens ask for the engine together with camino.js.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const { name, version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const read = (file) => readFileSync(new URL(`../dist/${file}`, import.meta.url));
const integrity = (file) => `sha384-${createHash('sha384').update(read(file)).digest('base64')}`;
const cdn = `https://cdn.jsdelivr.net/npm/${name}@${version}/dist`;
// The engine's address as camino.js asks for it, with the version that changes with the file.
const [engine] = /camino-map\.js\?v=[0-9a-f]+/.exec(read('camino.js').toString()) ?? [];
if (!engine) throw new Error('print-sri: dist/camino.js does not name its map engine; is it built?');
console.log(`build: dist/camino.js integrity ${integrity('camino.js')}
  <script src="${cdn}/camino.js" integrity="${integrity('camino.js')}" crossorigin="anonymous" defer></script>
build: dist/camino-map.js integrity ${integrity('camino-map.js')} (camino.js checks it); a page whose map shows as it opens may add:
  <link rel="preload" as="script" href="${cdn}/${engine}" integrity="${integrity('camino-map.js')}" crossorigin="anonymous">`);
