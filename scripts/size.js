#!/usr/bin/env node
// npm run size — what dist/camino.js is made of, minified and gzipped, and a
// failure when the whole is over budget. Each part is minified and gzipped on
// its own, so the parts add up to a little more than the whole (gzip shares a
// dictionary across a file); the total line is the real file.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { minify } from 'terser';
import config, { terserOptions } from '../rollup.config.js';

/** The budget for dist/camino.js, gzip -9. Raising it needs a reason in BENCHMARKS.md. */
export const BUDGET_KB = 120;

const file = new URL('../dist/camino.js', import.meta.url);
if (!existsSync(file)) {
  console.error('size: dist/camino.js is missing; run npm run build first.');
  process.exit(1);
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

// Bundle again without minifying, to see each module's share of the output.
const iife = config[0];
// Without the lazy map engine, whose modules the real build folds into one function body.
const bundle = await rollup({
  input: iife.input,
  onwarn: iife.onwarn,
  plugins: iife.plugins.filter((p) => !['terser', 'lazy-map-engine'].includes(p.name)),
});
const { output } = await bundle.generate({ format: 'iife', name: iife.output.name, inlineDynamicImports: true });
const groups = new Map();
for (const [id, module] of Object.entries(output[0].modules)) {
  const group = groupOf(id);
  groups.set(group, (groups.get(group) ?? '') + (module.code ?? '') + '\n');
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const rows = [];
for (const [group, code] of groups) {
  const minified = (await minify(code, { ...terserOptions, module: false })).code ?? '';
  rows.push({ group, minified: minified.length, gzip: gzipSync(minified, { level: 9 }).length });
}
rows.sort((a, b) => b.gzip - a.gzip);

const whole = readFileSync(file);
const total = { minified: whole.length, gzip: gzipSync(whole, { level: 9 }).length };
const width = Math.max(...rows.map((r) => r.group.length + 2), 24);
console.log(`dist/camino.js${' '.repeat(width - 14)}   minified       gzip`);
for (const r of rows) console.log(`  ${r.group.padEnd(width - 2)} ${kb(r.minified).padStart(10)} ${kb(r.gzip).padStart(10)}`);
console.log(`${'total (the real file)'.padEnd(width)} ${kb(total.minified).padStart(10)} ${kb(total.gzip).padStart(10)}`);
console.log(`${'budget'.padEnd(width)} ${''.padStart(10)} ${`${BUDGET_KB.toFixed(1)} KB`.padStart(10)}`);

if (total.gzip > BUDGET_KB * 1024) {
  console.error(`size: dist/camino.js is ${kb(total.gzip)} gzip, over its ${BUDGET_KB} KB budget.`);
  process.exit(1);
}
console.log(`size: within budget (${kb(BUDGET_KB * 1024 - total.gzip)} left).`);
