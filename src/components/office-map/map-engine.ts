// The map engine (Leaflet, clustering and our map view) behind one function,
// called the first time a map is shown. In dist/camino.js the rollup plugin
// scripts/rollup-lazy-map-engine.js compiles it into the body of that
// function, so a page that shows no map never runs Leaflet's start-up code:
// the finder's first results paint sooner on a cheap phone. Elsewhere (the ES
// modules, tests, Storybook) this plain module is used as it is.
import * as engine from './map-view.js';

export type MapEngine = typeof engine;

export const loadMapEngine = (): MapEngine => engine;
