// A rollup plugin for dist/camino.js: src/components/office-map/map-engine.ts
// becomes a function whose body is the whole map engine (Leaflet, clustering,
// the map view), bundled separately. Browsers only pre-parse a function that
// is not called, so Leaflet's start-up code runs the first time a map is
// shown, not on every page that loads the script. Nothing is fetched later:
// the engine is in the same file.
import { rollup } from 'rollup';

const ENGINE = /[\\/]src[\\/]components[\\/]office-map[\\/]map-engine\.ts$/;

/** @param {{ plugins: () => import('rollup').Plugin[], onwarn?: import('rollup').WarningHandlerWithDefault }} options */
export default function lazyMapEngine({ plugins, onwarn }) {
  return {
    name: 'lazy-map-engine',
    async load(id) {
      if (!ENGINE.test(id)) return null;
      const bundle = await rollup({ input: id.replace(/map-engine\.ts$/, 'map-view.ts'), plugins: plugins(), onwarn });
      const { output } = await bundle.generate({ format: 'iife', name: 'mapEngine', inlineDynamicImports: true });
      await bundle.close();
      for (const file of output[0].moduleIds) if (!file.startsWith('\0')) this.addWatchFile(file);
      return `let engine;
export const loadMapEngine = () => {
  engine ??= (() => {
${output[0].code}
    return mapEngine;
  })();
  return engine;
};
`;
    },
  };
}
