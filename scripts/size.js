#!/usr/bin/env node
// npm run size — what dist/camino.js and dist/camino-map.js (the map engine,
// which a page fetches the first time it shows a map) are made of, minified
// and gzipped, and a failure when either is over its budget. Each part is
// minified and gzipped on its own, so the parts add up to a little more than
// the whole (gzip shares a dictionary across a file); the total line is the
// real file.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { minify } from 'terser';
import config, { mapEngineBuild, terserOptions } from '../rollup.config.js';
import { ENGINE_ENTRY } from './rollup-map-engine-file.js';

/** The budget for dist/camino.js, gzip -9, under the hard ceiling of 120 KB. Raising it needs a reason in BENCHMARKS.md. */
export const BUDGET_KB = 104.1;

/** The budget for dist/camino-map.js, gzip -9. Raising it needs a reason in BENCHMARKS.md. */
export const ENGINE_BUDGET_KB = 32;

const NOT_MINIFIED = ['terser', 'ascii-only'];
const iife = config[0];

const files = [
  {
    name: 'dist/camino.js',
    budget: BUDGET_KB,
    input: iife.input,
    onwarn: iife.onwarn,
    // The map engine plugin stays: it puts the engine's loader in camino.js, as in the real build.
    plugins: () => iife.plugins.filter((p) => !NOT_MINIFIED.includes(p.name)),
  },
  {
    name: 'dist/camino-map.js',
    budget: ENGINE_BUDGET_KB,
    input: ENGINE_ENTRY,
    onwarn: mapEngineBuild.onwarn,
    plugins: () => mapEngineBuild.plugins().filter((p) => !NOT_MINIFIED.includes(p.name)),
  },
];

for (const { name } of files) {
  if (!existsSync(new URL(`../${name}`, import.meta.url))) {
    console.error(`size: ${name} is missing; run npm run build first.`);
    process.exit(1);
  }
}

function groupOf(id) {
  const path = id.replaceAll('\\', '/');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1];
  if (pkg) return ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'].includes(pkg) ? 'lit' : pkg;
  if (path.endsWith('/src/generated/leaflet.styles.ts')) return 'leaflet.css';
  if (path.includes('/src/generated/')) return 'data (built-in directory)';
  if (path.includes('/src/locales/') || path.includes('camino-locale-ids')) return 'locales (UI translations)';
  return 'own code';
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;

/** Bundles a file again without minifying, to see each module's share of the output. */
async function parts({ input, onwarn, plugins }) {
  const bundle = await rollup({ input, onwarn, plugins: plugins() });
  const { output } = await bundle.generate({ format: 'iife', name: 'parts' });
  await bundle.close();
  const groups = new Map();
  for (const [id, module] of Object.entries(output[0].modules)) {
    const group = groupOf(id);
    groups.set(group, (groups.get(group) ?? '') + (module.code ?? '') + '\n');
  }
  const rows = [];
  for (const [group, code] of groups) {
    const minified = (await minify(code, { ...terserOptions, module: false })).code ?? '';
    rows.push({ group, minified: minified.length, gzip: gzip(minified) });
  }
  return rows.sort((a, b) => b.gzip - a.gzip);
}

const over = [];
const totals = [];
for (const file of files) {
  const rows = await parts(file);
  const whole = readFileSync(new URL(`../${file.name}`, import.meta.url));
  const total = { minified: whole.length, gzip: gzip(whole) };
  totals.push(total.gzip);
  const width = Math.max(...rows.map((r) => r.group.length + 2), 24);
  console.log(`${file.name.padEnd(width)}   minified       gzip`);
  for (const r of rows) console.log(`  ${r.group.padEnd(width - 2)} ${kb(r.minified).padStart(10)} ${kb(r.gzip).padStart(10)}`);
  console.log(`${'total (the real file)'.padEnd(width)} ${kb(total.minified).padStart(10)} ${kb(total.gzip).padStart(10)}`);
  console.log(`${'budget'.padEnd(width)} ${''.padStart(10)} ${`${file.budget.toFixed(1)} KB`.padStart(10)}`);
  if (total.gzip > file.budget * 1024) over.push(`${file.name} is ${kb(total.gzip)} gzip, over its ${file.budget} KB budget.`);
  else console.log(`size: ${file.name} within budget (${kb(file.budget * 1024 - total.gzip)} left).\n`);
}
console.log(`A page without a map loads ${kb(totals[0])} gzip; one that shows a map, ${kb(totals[0] + totals[1])} (two requests).`);

if (over.length) {
  for (const line of over) console.error(`size: ${line}`);
  process.exit(1);
}
