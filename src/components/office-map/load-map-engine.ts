// How <camino-office-map> gets its map engine: the first time a map is shown,
// never at page load. Here, in the ES modules (and in tests and Storybook), a
// dynamic import() that bundlers split into a chunk of its own. In
// dist/camino.js, scripts/rollup-map-engine-file.js puts in this module's place
// map-engine-script.ts's loader of dist/camino-map.js, with that file's
// SHA-384.
import type * as Engine from './map-engine.js';

export type MapEngine = typeof Engine;

/** The map engine; rejects when it cannot be loaded (offline, blocked). */
export const loadMapEngine = (): Promise<MapEngine> => import('./map-engine.js');
