// The Leaflet map inside <camino-office-map>: tiles and their credit, zoom
// buttons in the reader's language, the offices' markers, and the view fitted
// to them. The element creates it only once its container has a size, so a map
// first rendered hidden fits its offices when it is shown, and a hidden map
// requests no tiles.
import { Control, disableClickPropagation, LatLngBounds, LeafletMap, TileLayer, ZoomControl } from './leaflet.js';
import { ClusterLayer, type ClusterLayerHandlers, type MapPoint } from './cluster-layer.js';
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
/** Leaflet's own credit, before the tiles'. */
const LEAFLET_CREDIT: CreditPart = { text: 'Leaflet', href: 'https://leafletjs.com' };

function creditNode({ text, href }: CreditPart): Node {
  if (!href) return document.createTextNode(text);
  const link = document.createElement('a');
  Object.assign(link, { href, target: '_blank', rel: 'noopener noreferrer', textContent: text });
  return link;
}

/**
 * Focus that never scrolls the page. Leaflet focuses the map when a zoom button is clicked or
 * the map is pressed; a plain focus() scrolls a half-visible map into view and the page jumps.
 */
const focusInPlace = (element: HTMLElement) => element.focus({ preventScroll: true });

export class MapView {
  private readonly map: LeafletMap;
  private tileLayer?: TileLayer;
  private tiles?: Tiles;
  private zoomButtons?: ZoomControl;
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
    // Leaflet's keyboard handler focuses the map on a press, then scrolls the window back; a
    // page scrolled inside another box still jumps. This focus does not scroll at all.
    const keyboard = (this.map as unknown as { keyboard: { _focused?: boolean; _onMouseDown(): void; disable(): void; enable(): void } }).keyboard;
    keyboard.disable();
    keyboard._onMouseDown = function () {
      if (!this._focused) focusInPlace(container);
    };
    keyboard.enable();
    // The credit as DOM nodes, not Leaflet's attribution control, which writes HTML with innerHTML.
    this.credit.className = 'leaflet-control-attribution leaflet-control';
    disableClickPropagation(this.credit);
    const creditControl = new Control({ position: 'bottomright' });
    creditControl.onAdd = () => this.credit;
    this.map.addControl(creditControl);
  }

  private readonly credit = document.createElement('div');

  private showCredit(tiles: CreditPart[]) {
    const separator = document.createElement('span');
    separator.setAttribute('aria-hidden', 'true');
    separator.textContent = ' | ';
    this.credit.replaceChildren(creditNode(LEAFLET_CREDIT), separator, ...tiles.map(creditNode));
  }

  /** Shows these offices' markers and fits the view to them. */
  setOffices(points: readonly MapPoint[]) {
    this.markers?.remove();
    if (points.length) {
      const bounds = new LatLngBounds(points.map((p) => [p.latitude, p.longitude] as [number, number]));
      // Room for a pin above its point and for the zoom buttons in the corner.
      this.map.fitBounds(bounds, { padding: [56, 56], maxZoom: FIT_MAX_ZOOM, animate: false });
    } else {
      this.map.setView(MEXICO.center, MEXICO.zoom, { animate: false });
    }
    this.markers = new ClusterLayer(this.map, points, this.handlers);
  }

  setTiles(tiles: Tiles) {
    if (this.tiles?.url === tiles.url && JSON.stringify(this.tiles.attribution) === JSON.stringify(tiles.attribution)) return;
    this.tiles = tiles;
    this.showCredit(tiles.attribution);
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

  /** Zoom buttons named in the element's language; markers renamed too. */
  setLabels(zoomIn: string, zoomOut: string) {
    this.zoomButtons?.remove();
    const buttons = new ZoomControl({ zoomInTitle: zoomIn, zoomOutTitle: zoomOut, zoomInText: '+', zoomOutText: '\u2212' });
    // Leaflet writes the buttons' text with innerHTML and focuses the map with a scrolling
    // focus() after a click; these two do neither.
    Object.assign(buttons, {
      _createButton(this: ZoomControl, text: string, title: string, className: string, container: HTMLElement, zoom: (event: MouseEvent) => void) {
        const link = document.createElement('a');
        const sign = document.createElement('span');
        sign.setAttribute('aria-hidden', 'true');
        sign.textContent = text;
        Object.assign(link, { className, href: '#', title });
        link.append(sign);
        link.setAttribute('role', 'button');
        link.setAttribute('aria-label', title);
        disableClickPropagation(link);
        link.addEventListener('click', (event) => {
          event.preventDefault();
          zoom.call(this, event);
          // A click with the mouse (not Enter) gives the map the focus, as Leaflet does.
          if (event.screenX > 0 && event.screenY > 0) focusInPlace(container.closest<HTMLElement>('.leaflet-container')!);
        });
        container.append(link);
        return link;
      },
    });
    this.zoomButtons = buttons.addTo(this.map);
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
