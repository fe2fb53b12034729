// Bundles TypeScript modules of src/ with esbuild into a temporary ES module
// Node can import, so benchmarks and the data scripts run the same code the
// components run.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
  // validate-data, import and build:data run this each time: the file goes once it is loaded.
  const dir = mkdtempSync(join(tmpdir(), 'camino-source-'));
  const file = join(dir, 'module.mjs');
  writeFileSync(file, result.outputFiles[0].text);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
