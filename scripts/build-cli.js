#!/usr/bin/env node
// Builds the package's command, `npx camino-widgets import | validate`, as one
// file, dist/cli/camino-widgets.js: the scripts, the browser's own reading of a
// directory (src/directory/, bundled from TypeScript) and the official HSDS
// schemas and Camino's city list they use, so the package ships no sources.
// csv-parse and csv-stringify stay dependencies of the package; ajv, which
// only the repository's data/ check needs, is not in it.
import { build } from 'esbuild';

/** In the bundle, the browser's modules are imported directly, not built at each run. */
const bundledPartnerRules = {
  name: 'bundled-partner-rules',
  setup(esbuild) {
    esbuild.onResolve({ filter: /\/lib\/partner-rules\.js$/ }, (args) => ({
      path: new URL('lib/partner-rules.bundled.js', import.meta.url).pathname,
      namespace: 'file',
      pluginData: args,
    }));
  },
};

await build({
  entryPoints: [new URL('camino-widgets.js', import.meta.url).pathname],
  outfile: new URL('../dist/cli/camino-widgets.js', import.meta.url).pathname,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  plugins: [bundledPartnerRules],
  logLevel: 'warning',
});
console.log('build-cli: dist/cli/camino-widgets.js');
