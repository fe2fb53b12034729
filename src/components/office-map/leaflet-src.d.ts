// Leaflet's ES source files have no types of their own; each exports what
// @types/leaflet describes under the same name.
declare module 'leaflet/src/map/handler/*';
declare module 'leaflet/src/map/Map.js' {
  export { Map } from 'leaflet';
}
declare module 'leaflet/src/layer/LayerGroup.js' {
  export { LayerGroup } from 'leaflet';
}
declare module 'leaflet/src/layer/marker/Marker.js' {
  export { Marker } from 'leaflet';
}
declare module 'leaflet/src/layer/marker/DivIcon.js' {
  export { DivIcon } from 'leaflet';
}
declare module 'leaflet/src/layer/tile/TileLayer.js' {
  export { TileLayer } from 'leaflet';
}
declare module 'leaflet/src/control/Control.Zoom.js' {
  import { Control } from 'leaflet';
  export const Zoom: typeof Control.Zoom;
  export type Zoom = Control.Zoom;
}
declare module 'leaflet/src/control/Control.js' {
  export { Control } from 'leaflet';
}
declare module 'leaflet/src/dom/DomEvent.js' {
  export function disableClickPropagation(element: HTMLElement): void;
}
declare module 'leaflet/src/geo/LatLng.js' {
  export { LatLng } from 'leaflet';
}
declare module 'leaflet/src/geo/LatLngBounds.js' {
  export { LatLngBounds } from 'leaflet';
}
