#!/usr/bin/env node
// npm run bench — prints speed figures (not a test: nothing here fails on a
// slow machine). Needs a build (npm run build) and Chromium, like npm test.
import os from 'node:os';
import { existsSync } from 'node:fs';
import { benchFinder } from './finder-bench.js';
import { benchFirstPaint } from './first-paint-bench.js';
import { benchLoad } from './load-bench.js';
import { benchMap } from './map-bench.js';
import { benchNetwork } from './network-bench.js';
import { benchSrc } from './src-bench.js';

if (!existsSync(new URL('../../dist/camino.js', import.meta.url))) {
  console.error('bench: dist/camino.js is missing; run npm run build first.');
  process.exit(1);
}
console.log(`Machine: ${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.arch()}`);
await benchLoad();
await benchFinder();
await benchFirstPaint();
await benchMap();
await benchNetwork();
await benchSrc();
