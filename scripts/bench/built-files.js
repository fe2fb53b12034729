// The built files the browser benches serve from memory: dist/camino.js and,
// beside it, the map engine dist/camino-map.js; or those of another build, in
// the folder CAMINO_BENCH_DIST names, to compare two builds on one machine
// (`CAMINO_BENCH_DIST=../other/dist npm run bench`). A build from before the
// map engine had its own file has no camino-map.js.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const folder = process.env.CAMINO_BENCH_DIST ? pathToFileURL(`${resolve(process.env.CAMINO_BENCH_DIST)}/`) : new URL('../../dist/', import.meta.url);

/** The built files, by the path a bench page asks for them at. */
export function builtFiles() {
  const files = new Map();
  for (const name of ['camino.js', 'camino-map.js']) {
    const file = new URL(name, folder);
    if (existsSync(file)) files.set(`/${name}`, readFileSync(file));
  }
  if (!files.has('/camino.js')) throw new Error(`bench: no camino.js in ${folder.pathname}; run npm run build first.`);
  return files;
}
