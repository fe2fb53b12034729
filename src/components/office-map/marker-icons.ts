// Camino's own marker icons: plain elements styled by office-map.styles.ts.
// Leaflet's default icon is an image it looks for by a path it cannot find
// from inside a shadow root; ours request nothing.
import { DivIcon } from './leaflet.js';

/** The icon's content: a shape the eye sees and a name a screen reader hears. */
function content(label: string, count?: number): HTMLElement {
  const wrapper = document.createElement('span');
  wrapper.className = 'marker-content';
  wrapper.dataset.count = String(count ?? 1);
  const shape = document.createElement('span');
  shape.className = 'marker-shape';
  shape.setAttribute('aria-hidden', 'true');
  if (count) shape.textContent = count > 999 ? `${Math.floor(count / 1000)}k` : String(count);
  const name = document.createElement('span');
  name.className = 'visually-hidden';
  name.textContent = label;
  wrapper.append(shape, name);
  return wrapper;
}

const precision = (approximate: boolean) => (approximate ? 'approximate' : 'exact');

/**
 * One office. Where the door is known, a pin whose tip is the door; where only
 * the city is known, a dashed ring around the city's centre.
 */
export function officeIcon(label: string, approximate: boolean): DivIcon {
  return new DivIcon({
    className: `camino-marker marker-office ${precision(approximate)}`,
    html: content(label),
    iconSize: [28, 28],
    iconAnchor: approximate ? [14, 14] : [14, 28],
  });
}

/** Several offices too close to tell apart at this zoom, or at the very same point. */
export function clusterIcon(label: string, count: number, approximate: boolean): DivIcon {
  const size = count < 10 ? 36 : count < 100 ? 42 : 48;
  return new DivIcon({
    className: `camino-marker marker-group ${precision(approximate)}`,
    html: content(label, count),
    iconSize: [size, size],
    iconAnchor: [size / 2, size / 2],
  });
}
