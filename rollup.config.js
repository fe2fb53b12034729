// Two builds from src/index.ts:
// - dist/camino.js: one classic script (IIFE) with every component, every
//   locale and the built-in directory, for a <script src> tag; and beside it
//   dist/camino-map.js, the map engine (Leaflet, clustering, the map view), a
//   classic script that camino.js fetches the first time a map is shown;
// - dist/esm/: ES modules for bundlers, with lit, @lit/localize, fuse.js,
//   leaflet and supercluster left as dependencies so an app never ships two
//   copies; the map engine is a dynamic import() that bundlers split off.
import resolve from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import minifyHTMLLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import compactLocales from './scripts/rollup-compact-locales.js';
import mapEngineFile from './scripts/rollup-map-engine-file.js';
import leafletHostSafe from './scripts/rollup-leaflet-host-safe.js';
import asciiOnly from './scripts/rollup-ascii-only.js';

const typescript = () => esbuild({ target: 'es2021', tsconfig: 'tsconfig.json' });

/** Terser settings shared with scripts/size.js, so its figures match the real build. */
export const terserOptions = {
  ecma: 2021,
  compress: { passes: 2 },
  // ascii_only: characters outside ASCII in strings, names and regular expressions are written as
  // escapes; scripts/rollup-ascii-only.js then does the same in template literals, which terser
  // leaves as they are.
  format: { comments: false, ascii_only: true },
};

/** Leaflet's own source has import cycles that its own build lives with; they are not ours to fix. */
export function onwarn(warning, warn) {
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((id) => id.includes('/node_modules/leaflet/'))) return;
  warn(warning);
}

/**
 * How dist/camino-map.js is built: Leaflet shielded from host pages as in camino.js, minified and
 * ASCII only the same way. Shared with scripts/size.js.
 */
export const mapEngineBuild = {
  plugins: () => [resolve({ browser: true }), leafletHostSafe(), typescript(), terser(terserOptions), asciiOnly()],
  onwarn,
};

export default [
  {
    input: 'src/index.ts',
    onwarn,
    output: { file: 'dist/camino.js', format: 'iife', name: 'CaminoWidgets', sourcemap: true },
    // Lit's html`` and css`` templates keep their indentation unless minified. heading.ts holds the
    // one template whose tag is chosen at run time, which the minifier cannot parse; it is tiny.
    plugins: [
      resolve({ browser: true }),
      // The map engine goes to dist/camino-map.js, bundled on its own; camino.js keeps its loader.
      mapEngineFile(mapEngineBuild),
      compactLocales(),
      typescript(),
      // conservativeCollapse: runs of white space become one space, never none; a space at the edge
      // of a template (" · ${city}") is text, not indentation.
      minifyHTMLLiterals({
        exclude: ['**/src/internal/heading.ts'],
        failOnError: true,
        options: { minifyOptions: { conservativeCollapse: true } },
      }),
      terser(terserOptions),
      asciiOnly(),
    ],
  },
  {
    input: 'src/index.ts',
    onwarn,
    external: [/^lit($|\/)/, /^@lit\//, /^fuse\.js/, /^leaflet/, /^supercluster/],
    output: { dir: 'dist/esm', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    plugins: [resolve({ browser: true }), typescript()],
  },
];
