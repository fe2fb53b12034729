// A rollup plugin for dist/camino.js: the map engine (Leaflet, its stylesheet,
// clustering, the map view: src/components/office-map/map-engine.ts) becomes a
// file of its own beside camino.js, dist/camino-map.js, which a page fetches
// only when it first shows a map. The engine is bundled here, on its own, by
// the plugins it is given (those of camino.js: minified, ASCII only), and its
// SHA-384 is computed on the exact bytes written. load-map-engine.ts is then
// replaced by map-engine-script.ts's loader with that file's address and
// hash: camino.js runs no engine but the one built with it.
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';

/** The engine's file, beside camino.js. */
export const ENGINE_FILE = 'camino-map.js';

/** What dist/camino-map.js runs: the engine, handed over to the camino.js that asked for it. */
export const ENGINE_ENTRY = fileURLToPath(new URL('../src/components/office-map/map-engine-file.ts', import.meta.url));

const LOADER = /[\\/]src[\\/]components[\\/]office-map[\\/]load-map-engine\.ts$/;
const SCRIPT_LOADER = fileURLToPath(new URL('../src/components/office-map/map-engine-script.ts', import.meta.url));

/**
 * Builds dist/camino-map.js in memory.
 * @param {{ plugins: () => import('rollup').Plugin[], onwarn?: import('rollup').WarningHandlerWithDefault }} options
 * @returns {Promise<{ code: string, map: string, integrity: string, version: string, moduleIds: string[] }>} the
 * file's text (ending with its source map comment) and its source map, its integrity
 * ("sha384-…"), a short hex form of the same hash for its address, and the modules in it
 */
export async function buildMapEngine({ plugins, onwarn }) {
  const bundle = await rollup({ input: ENGINE_ENTRY, plugins: plugins(), onwarn });
  try {
    const { output } = await bundle.generate({ format: 'iife', file: `dist/${ENGINE_FILE}`, sourcemap: true });
    // The code ends with its source map comment (file and sourcemap are set): these are the bytes written.
    const [{ code, map, moduleIds }] = output;
    const digest = createHash('sha384').update(code).digest();
    return {
      code,
      map: map.toString(),
      integrity: `sha384-${digest.toString('base64')}`,
      version: digest.toString('hex').slice(0, 12),
      moduleIds,
    };
  } finally {
    await bundle.close();
  }
}

/** @param {{ plugins: () => import('rollup').Plugin[], onwarn?: import('rollup').WarningHandlerWithDefault }} options */
export default function mapEngineFile(options) {
  return {
    name: 'map-engine-file',
    async load(id) {
      if (!LOADER.test(id)) return null;
      const engine = await buildMapEngine(options);
      for (const file of engine.moduleIds) if (!file.startsWith('\0')) this.addWatchFile(file);
      this.emitFile({ type: 'asset', fileName: ENGINE_FILE, source: engine.code });
      this.emitFile({ type: 'asset', fileName: `${ENGINE_FILE}.map`, source: engine.map });
      // The version in the address changes with the file, so no browser or proxy cache can answer
      // a new camino.js with an old engine (which the integrity check would then refuse).
      return `import { mapEngineLoader } from ${JSON.stringify(SCRIPT_LOADER)};
export const loadMapEngine = mapEngineLoader(${JSON.stringify(`${ENGINE_FILE}?v=${engine.version}`)}, ${JSON.stringify(engine.integrity)});
`;
    },
  };
}
