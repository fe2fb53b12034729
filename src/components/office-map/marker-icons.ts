// Camino's own marker icons: plain elements styled by office-map.styles.ts.
// Leaflet's default icon is an image it looks for by a path it cannot find
// from inside a shadow root; ours request nothing.
import { DivIcon } from './leaflet.js';

/** An office's marker name: the organisation's and office's names in their language, and a note in the reader's. */
export interface MarkerLabel {
  text: string;
  /** The language of `text` ("" when not known). */
  lang?: string;
  /** "approximate location", in the reader's language. */
  note?: string;
}

/**
 * The icon's content: a shape the eye sees and a name a screen reader hears,
 * once: the marker has no title, which would read it a second time.
 */
function content(label: MarkerLabel | string, count?: number): HTMLElement {
  const { text, lang, note } = typeof label === 'string' ? { text: label } : label;
  const wrapper = document.createElement('span');
  wrapper.className = 'marker-content';
  wrapper.dataset.count = String(count ?? 1);
  const shape = document.createElement('span');
  shape.className = 'marker-shape';
  shape.setAttribute('aria-hidden', 'true');
  if (count) shape.textContent = count > 999 ? `${Math.floor(count / 1000)}k` : String(count);
  const name = document.createElement('span');
  name.className = 'visually-hidden';
  const names = document.createElement('span');
  names.textContent = text;
  if (lang !== undefined) names.lang = lang;
  name.append(names);
  if (note) name.append(` (${note})`);
  wrapper.append(shape, name);
  return wrapper;
}

const precision = (approximate: boolean) => (approximate ? 'approximate' : 'exact');

/**
 * A marker's box, 44 by 44 px at least: the size a finger can hit (WCAG 2.5.5),
 * whatever the shape drawn inside it.
 */
const TARGET = 44;

/**
 * One office. Where the door is known, a pin whose tip is the door (at the
 * box's bottom centre); where only the city is known, a dashed ring around the
 * city's centre.
 */
export function officeIcon(label: MarkerLabel, approximate: boolean): DivIcon {
  return new DivIcon({
    className: `camino-marker marker-office ${precision(approximate)}`,
    html: content(label),
    iconSize: [TARGET, TARGET],
    iconAnchor: approximate ? [TARGET / 2, TARGET / 2] : [TARGET / 2, TARGET],
  });
}

/** Several offices too close to tell apart at this zoom, or at the very same point. */
export function clusterIcon(label: string, count: number, approximate: boolean): DivIcon {
  const size = count < 100 ? TARGET : 48;
  return new DivIcon({
    className: `camino-marker marker-group ${precision(approximate)}`,
    html: content(label, count),
    iconSize: [size, size],
    iconAnchor: [size / 2, size / 2],
  });
}
