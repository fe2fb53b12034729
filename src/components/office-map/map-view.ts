// The Leaflet map inside <camino-office-map>: tiles and their credit, zoom
// buttons in the reader's language, the offices' markers, and the view fitted
// to them. The element creates it only once its container has a size, so a map
// first rendered hidden fits its offices when it is shown, and a hidden map
// requests no tiles.
import { LatLngBounds, LeafletMap, TileLayer, type ZoomControl } from './leaflet.js';
import { ClusterLayer, type ClusterLayerHandlers, type MapPoint } from './cluster-layer.js';
import { creditControl, focusMapInPlace, zoomControl } from './map-controls.js';
import type { CreditPart } from './tile-attribution.js';

export interface MapViewHandlers extends ClusterLayerHandlers {
  /** Tiles failed to load and none loaded since (offline, blocked, a wrong `tile-url`), or they load again. */
  tilesFailing(failing: boolean): void;
}

export interface Tiles {
  url: string;
  /** The tiles' credit: text and http(s) links (see tile-attribution.ts). */
  attribution: CreditPart[];
}

/** OpenStreetMap's standard tiles go to zoom 19; so do most partners'. */
const MAX_ZOOM = 19;
/** Offices in one city, or one office, are shown at street level, not at the closest zoom. */
const FIT_MAX_ZOOM = 14;
const MEXICO = { center: [23.6, -102.5] as [number, number], zoom: 4 };
export class MapView {
  private readonly map: LeafletMap;
  private tileLayer?: TileLayer;
  private tiles?: Tiles;
  private newTab?: string;
  private zoomButtons?: ZoomControl;
  private readonly credit = creditControl();
  private markers?: ClusterLayer;
  private tilesLoaded = 0;

  constructor(container: HTMLElement, private readonly handlers: MapViewHandlers) {
    const animate = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.map = new LeafletMap(container, {
      zoomControl: false,
      attributionControl: false,
      // The element's ResizeObserver follows the container, which the window's size is only one cause of.
      trackResize: false,
      maxZoom: MAX_ZOOM,
      zoomAnimation: animate,
      fadeAnimation: animate,
      markerZoomAnimation: animate,
    });
    focusMapInPlace(this.map);
    this.map.addControl(this.credit.control);
  }

  /** Shows these offices' markers and fits the view to them. */
  setOffices(points: readonly MapPoint[]) {
    this.markers?.remove();
    if (points.length) {
      // The corners worked out in one loop: a LatLng for each of thousands of offices costs a cheap phone tens of ms.
      let [south, west, north, east] = [90, 180, -90, -180];
      for (const { latitude, longitude } of points) {
        south = Math.min(south, latitude);
        north = Math.max(north, latitude);
        west = Math.min(west, longitude);
        east = Math.max(east, longitude);
      }
      const bounds = new LatLngBounds([south, west], [north, east]);
      // Room for a pin above its point and for the zoom buttons in the corner.
      this.map.fitBounds(bounds, { padding: [56, 56], maxZoom: FIT_MAX_ZOOM, animate: false });
    } else {
      this.map.setView(MEXICO.center, MEXICO.zoom, { animate: false });
    }
    this.markers = new ClusterLayer(this.map, points, this.handlers);
  }

  /** Tiles and their credit; `newTab` is what screen readers hear after a credit's link ("opens in another tab"). */
  setTiles(tiles: Tiles, newTab: string) {
    if (this.tiles?.url === tiles.url && JSON.stringify(this.tiles.attribution) === JSON.stringify(tiles.attribution) && this.newTab === newTab) return;
    this.tiles = tiles;
    this.newTab = newTab;
    this.credit.show(tiles.attribution, newTab);
    this.tileLayer?.remove();
    this.handlers.tilesFailing(false);
    // Only the origin of the page goes with tile requests, never its path, whatever the site's own policy.
    const layer = new TileLayer(tiles.url, { maxZoom: MAX_ZOOM, referrerPolicy: 'strict-origin-when-cross-origin' });
    layer.on('loading', () => (this.tilesLoaded = 0));
    layer.on('tileload', () => {
      this.tilesLoaded++;
      this.handlers.tilesFailing(false);
    });
    layer.on('tileerror', () => {
      if (this.tilesLoaded === 0) this.handlers.tilesFailing(true);
    });
    this.tileLayer = layer.addTo(this.map);
  }

  /** Zoom buttons named in the element's language; markers renamed too (their names come from the handlers). */
  setLabels(zoomIn: string, zoomOut: string) {
    this.zoomButtons?.remove();
    this.zoomButtons = zoomControl(zoomIn, zoomOut).addTo(this.map);
    this.markers?.relabel();
  }

  /** The container changed size (shown after being hidden, the window resized). */
  resize() {
    this.map.invalidateSize({ pan: false });
  }

  /** Brings an office chosen in the list into view and marks its marker. */
  showOffice(index: number, point: MapPoint) {
    this.markers?.select(index);
    const position: [number, number] = [point.latitude, point.longitude];
    if (!this.map.getBounds().contains(position)) this.map.panTo(position);
  }

  select(index: number | undefined) {
    this.markers?.select(index);
  }

  remove() {
    this.markers?.remove();
    // A map removed while it zooms (a page that takes the element away just after a click on +)
    // would get Leaflet's end-of-zoom timer later and throw into the page: end the zoom now.
    const zooming = this.map as unknown as { _animatingZoom?: boolean; _onZoomTransitionEnd(): void };
    if (zooming._animatingZoom) zooming._onZoomTransitionEnd();
    this.map.remove();
  }
}
