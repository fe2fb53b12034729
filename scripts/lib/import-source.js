// Bundles TypeScript modules of src/ with esbuild into a temporary ES module
// Node can import, so benchmarks and the data scripts run the same code the
// components run.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** @param {string} contents an ES module re-exporting from src/, e.g. "export { X } from './src/x.ts'" */
export async function importSource(contents) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    tsconfig: join(root, 'tsconfig.json'),
  });
  const file = join(mkdtempSync(join(tmpdir(), 'camino-bench-')), 'module.mjs');
  writeFileSync(file, result.outputFiles[0].text);
  return import(pathToFileURL(file).href);
}
