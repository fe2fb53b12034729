// Markers for any number of offices. supercluster groups those too close to
// tell apart at the current zoom, and only what is in view (with a margin)
// becomes DOM, so 10,000 offices cost about what 100 do. Offices at one and
// the same point never come apart by zooming: opening their group lists them.
// Grouping thousands of offices at every zoom takes longer than a task may on
// a cheap phone (about 220 ms for 8,000 at 4×): it is done a zoom at a time,
// in slices, and the markers appear once it is done.
import { nextSlice, overtime, startSlice } from '../../directory/slices.js';
import { SORTED_AT_ONCE } from './list-order.js';
import Supercluster, { type ClusterFeature, type PointFeature } from 'supercluster';
import type { LeafletKeyboardEvent } from 'leaflet';
import { LatLng, LayerGroup, Marker, type LeafletMap } from './leaflet.js';
import { clusterIcon, officeIcon, type MarkerLabel } from './marker-icons.js';

export interface MapPoint {
  latitude: number;
  longitude: number;
  approximate: boolean;
}

export interface ClusterLayerHandlers {
  officeLabel(index: number): MarkerLabel;
  groupLabel(count: number, approximate: boolean, expandable: boolean): string;
  openOffice(index: number): void;
  /** Offices that stay together at the closest zoom. */
  openGroup(indices: number[]): void;
}

/** An office's properties; `approximate` is 0 or 1 so that a group's is a count. */
type OfficeProperties = { index: number; approximate: number };
type GroupProperties = { approximate: number };
type Feature = PointFeature<OfficeProperties> | ClusterFeature<GroupProperties>;

const isGroup = (feature: Feature): feature is ClusterFeature<GroupProperties> => 'cluster_id' in feature.properties;
const keyOf = (feature: Feature) => (isGroup(feature) ? `g${feature.properties.cluster_id}` : `o${feature.properties.index}`);
/**
 * Offices closer than the group radius at this zoom (about 130 m) stay in one
 * group at closer zooms too, and opening it lists them. Clustering every zoom
 * up to the map's last (19) would cost four times as long to prepare.
 */
const LAST_CLUSTER_ZOOM = 16;

/**
 * What of supercluster 9's inside grouping a zoom needs (its `load` runs the
 * same steps, every zoom in one go): the trees of each zoom, each with the
 * flat data it was built from.
 */
interface SuperclusterInside {
  options: { minZoom: number };
  stride: number;
  trees: { numItems: number; data: Int32Array }[];
  _cluster(data: Int32Array, numItems: number, zoom: number, out: Int32Array): number;
  _createTree(data: Int32Array, numItems: number): { numItems: number; data: Int32Array };
}

/** Tab order follows reading order: north to south, then west to east. */
const readingOrder = (a: Marker, b: Marker) => b.getLatLng().lat - a.getLatLng().lat || a.getLatLng().lng - b.getLatLng().lng;

export class ClusterLayer {
  private readonly index: Supercluster<OfficeProperties, GroupProperties>;
  private readonly group = new LayerGroup();
  private markers = new Map<string, Marker>();
  private selected?: number;
  /** Every zoom is grouped: markers can be shown. */
  private ready = false;
  private removed = false;

  constructor(
    private readonly map: LeafletMap,
    points: readonly MapPoint[],
    private readonly handlers: ClusterLayerHandlers,
  ) {
    this.index = new Supercluster<OfficeProperties, GroupProperties>({
      radius: 56,
      maxZoom: LAST_CLUSTER_ZOOM,
      map: (office) => ({ approximate: office.approximate }),
      reduce: (sum, office) => {
        sum.approximate += office.approximate;
      },
    });
    this.group.addTo(map);
    void this.groupZooms(points);
  }

  remove() {
    this.removed = true;
    this.map.off('moveend', this.update, this);
    this.group.remove();
  }

  /**
   * Groups the offices at each further zoom, as supercluster's own `load` does
   * (each zoom's groups from the next closer one's), a slice's time at most
   * between looks at the clock; then shows the markers. Up to SORTED_AT_ONCE
   * offices take one slice, so their markers are there at once.
   */
  private async groupZooms(points: readonly MapPoint[]) {
    const index = this.index as unknown as SuperclusterInside;
    // More than a few hundred offices (as many as the list sorts at once): after the task that fitted the map's view.
    if (points.length > SORTED_AT_ONCE) await nextSlice();
    else startSlice();
    // `load` stops at minZoom: past the closest, it only indexes the offices; the zooms are grouped below.
    index.options.minZoom = LAST_CLUSTER_ZOOM + 1;
    this.index.load(
      points.map((point, index) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [point.longitude, point.latitude] },
        properties: { index, approximate: point.approximate ? 1 : 0 },
      })),
    );
    for (let zoom = LAST_CLUSTER_ZOOM; zoom >= 0; zoom--) {
      if (overtime()) await nextSlice();
      if (this.removed) return;
      const closer = index.trees[zoom + 1];
      const out = new Int32Array(closer.numItems * index.stride);
      const written = index._cluster(closer.data, closer.numItems, zoom, out);
      index.trees[zoom] = written === closer.numItems ? closer : index._createTree(out, written);
    }
    index.options.minZoom = 0;
    this.map.on('moveend', this.update, this);
    this.ready = true;
    this.update();
  }

  /** Marks an office's own marker (when it is not inside a group) as the one whose card is open. */
  select(index: number | undefined) {
    this.selected = index;
    for (const [key, marker] of this.markers) marker.getElement()?.classList.toggle('selected', key === `o${index}`);
  }

  /** Relabels every marker (the language changed). */
  relabel() {
    for (const marker of this.markers.values()) this.group.removeLayer(marker);
    this.markers.clear();
    this.update();
  }

  private update() {
    if (!this.ready) return;
    const view = this.map.getBounds().pad(0.25);
    const features = this.index.getClusters(
      [Math.max(-180, view.getWest()), Math.max(-85, view.getSouth()), Math.min(180, view.getEast()), Math.min(85, view.getNorth())],
      Math.min(LAST_CLUSTER_ZOOM, Math.round(this.map.getZoom())),
    );
    const root = this.map.getContainer().getRootNode() as Document | ShadowRoot;
    const focused = [...this.markers.values()].find((m) => m.getElement() === root.activeElement);

    const next = new Map<string, Marker>();
    for (const feature of features) {
      const key = keyOf(feature);
      next.set(key, this.markers.get(key) ?? this.createMarker(feature));
    }
    for (const [key, marker] of this.markers) if (!next.has(key)) this.group.removeLayer(marker);
    for (const [key, marker] of next) {
      if (this.markers.has(key)) continue;
      this.group.addLayer(marker);
      marker.getElement()?.classList.toggle('selected', key === `o${this.selected}`);
    }
    this.markers = next;
    this.keepReadingOrder([...next.values()].sort(readingOrder));
    // A keyboard user whose marker went away (a group opened, the zoom changed) goes on from the nearest one.
    if (focused && ![...next.values()].includes(focused)) this.nearest(focused.getLatLng())?.getElement()?.focus({ preventScroll: true });
  }

  private createMarker(feature: Feature): Marker {
    const [longitude, latitude] = feature.geometry.coordinates;
    const position = new LatLng(latitude, longitude);
    if (!isGroup(feature)) {
      const { index, approximate } = feature.properties;
      const label = this.handlers.officeLabel(index);
      // The name is the icon's content, heard once: no title, which would be read again.
      return this.activatable(new Marker(position, { icon: officeIcon(label, approximate > 0) }), () => this.handlers.openOffice(index));
    }
    const { cluster_id: id, point_count: count, approximate } = feature.properties;
    const zoom = this.index.getClusterExpansionZoom(id);
    const expandable = zoom <= LAST_CLUSTER_ZOOM;
    const label = this.handlers.groupLabel(count, approximate === count, expandable);
    const marker = new Marker(position, { icon: clusterIcon(label, count, approximate === count) });
    return this.activatable(marker, () =>
      expandable
        ? this.map.setView(position, zoom)
        : this.handlers.openGroup(this.index.getLeaves(id, Infinity).map((leaf) => leaf.properties.index)),
    );
  }

  /** Click, Enter and Space open a marker: Leaflet makes its icon a focusable role="button". */
  private activatable(marker: Marker, open: () => void): Marker {
    marker.on('click', open);
    marker.on('keydown', (event) => {
      const key = (event as LeafletKeyboardEvent).originalEvent;
      if (key.key !== 'Enter' && key.key !== ' ') return;
      key.preventDefault();
      open();
    });
    return marker;
  }

  /** Puts the icons in DOM order; the focused one is never moved (moving an element takes its focus away). */
  private keepReadingOrder(order: Marker[]) {
    const pane = this.map.getPane('markerPane');
    if (!pane) return;
    const active = (pane.getRootNode() as Document | ShadowRoot).activeElement;
    let previous: Element | null = null;
    for (const marker of order) {
      const element = marker.getElement();
      if (!element) continue;
      const wanted: ChildNode | null = previous ? previous.nextSibling : pane.firstChild;
      if (element !== wanted && element !== active) pane.insertBefore(element, wanted);
      previous = element;
    }
  }

  private nearest(position: LatLng): Marker | undefined {
    let best: Marker | undefined;
    let bestDistance = Infinity;
    for (const marker of this.markers.values()) {
      const distance = position.distanceTo(marker.getLatLng());
      if (distance < bestDistance) [best, bestDistance] = [marker, distance];
    }
    return best;
  }
}
