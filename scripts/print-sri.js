#!/usr/bin/env node
// Part of npm run build — prints the Subresource Integrity hash of
// dist/camino.js and the tag that loads this version from a public CDN once the
// package is published, so a page can be sure the script it runs is this one.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const { name, version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const script = readFileSync(new URL('../dist/camino.js', import.meta.url));
const integrity = `sha384-${createHash('sha384').update(script).digest('base64')}`;
console.log(`build: dist/camino.js integrity ${integrity}
  <script src="https://cdn.jsdelivr.net/npm/${name}@${version}/dist/camino.js" integrity="${integrity}" crossorigin="anonymous" defer></script>`);
