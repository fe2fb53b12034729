// The parts of Leaflet 1.9 the map uses, imported from Leaflet's own ES
// source: the map with its drag, keyboard, double-click and pinch handlers;
// markers with our own icons; tiles; the zoom control and a control for the credit. Its
// single-file build would also bring vectors, popups, tooltips, GeoJSON, image
// and video overlays, the layers and scale controls, box zoom and wheel zoom:
// 40 KB gzip where these parts are 25 KB. Wheel zoom is left out on purpose:
// on a page that embeds a map, the wheel must scroll the page, not trap it.
import 'leaflet/src/map/handler/Map.Drag.js';
import 'leaflet/src/map/handler/Map.Keyboard.js';
import 'leaflet/src/map/handler/Map.DoubleClickZoom.js';
import 'leaflet/src/map/handler/Map.TouchZoom.js';

export { Map as LeafletMap } from 'leaflet/src/map/Map.js';
export { LayerGroup } from 'leaflet/src/layer/LayerGroup.js';
export { Marker } from 'leaflet/src/layer/marker/Marker.js';
export { DivIcon } from 'leaflet/src/layer/marker/DivIcon.js';
export { TileLayer } from 'leaflet/src/layer/tile/TileLayer.js';
export { Zoom as ZoomControl } from 'leaflet/src/control/Control.Zoom.js';
export { Control } from 'leaflet/src/control/Control.js';
export { disableClickPropagation } from 'leaflet/src/dom/DomEvent.js';
export { LatLng } from 'leaflet/src/geo/LatLng.js';
export { LatLngBounds } from 'leaflet/src/geo/LatLngBounds.js';
