// The map engine: the parts of Leaflet the map uses, Leaflet's stylesheet,
// clustering and Camino's map view (markers, controls). Only a map that is
// shown needs it, and it is about a quarter of Camino, so it is not part of
// what every page loads: load-map-engine.ts fetches it the first time a map is
// shown. In dist/camino.js it is the file beside it, dist/camino-map.js
// (map-engine-file.ts); in the ES modules, a chunk a bundler splits off.
export { MapView } from './map-view.js';
export { leafletCss } from '../../generated/leaflet.styles.js';
