// The map's controls, made so that no host page can break them: the zoom
// buttons and the credit are DOM nodes (Leaflet writes both with innerHTML,
// which a page that requires Trusted Types refuses), and the focus Leaflet
// gives the map never scrolls the page (a plain focus() scrolls a
// half-visible map into view: the page jumps).
import { Control, disableClickPropagation, type LeafletMap, ZoomControl } from './leaflet.js';
import type { CreditPart } from './tile-attribution.js';

/** Leaflet's own credit, before the tiles'. */
const LEAFLET_CREDIT: CreditPart = { text: 'Leaflet', href: 'https://leafletjs.com' };

const focusInPlace = (element: HTMLElement) => element.focus({ preventScroll: true });

/**
 * Leaflet's keyboard handler focuses the map when it is pressed, then scrolls the window back; a
 * page scrolled inside another box still jumps. Its focus becomes one that does not scroll.
 */
export function focusMapInPlace(map: LeafletMap) {
  const keyboard = (map as unknown as { keyboard: { _focused?: boolean; _onMouseDown(): void; disable(): void; enable(): void } }).keyboard;
  keyboard.disable();
  keyboard._onMouseDown = function () {
    if (!this._focused) focusInPlace(map.getContainer());
  };
  keyboard.enable();
}

/** A piece of the credit; a link says, to screen readers only, that it opens another tab. */
function creditNode({ text, href }: CreditPart, newTab: string): Node {
  if (!href) return document.createTextNode(text);
  const link = document.createElement('a');
  const hint = document.createElement('span');
  hint.className = 'visually-hidden';
  hint.textContent = ` (${newTab})`;
  Object.assign(link, { href, target: '_blank', rel: 'noopener noreferrer', referrerPolicy: 'no-referrer', textContent: text });
  link.append(hint);
  return link;
}

/** The credit in the map's corner, styled as Leaflet's; `show` sets the tiles' part of it. */
export function creditControl() {
  const box = document.createElement('div');
  box.className = 'leaflet-control-attribution leaflet-control';
  disableClickPropagation(box);
  const control = new Control({ position: 'bottomright' });
  control.onAdd = () => box;
  return {
    control,
    show(tiles: readonly CreditPart[], newTab: string) {
      const separator = document.createElement('span');
      separator.setAttribute('aria-hidden', 'true');
      separator.textContent = ' | ';
      box.replaceChildren(creditNode(LEAFLET_CREDIT, newTab), separator, ...tiles.map((part) => creditNode(part, newTab)));
    },
  };
}

/**
 * Zoom buttons named in the reader's language: "+" and "−" as text, a focus that does not scroll.
 * The name is an aria-label only, not also a title: a screen reader would read it twice.
 */
export function zoomControl(zoomInName: string, zoomOutName: string): ZoomControl {
  const buttons = new ZoomControl({ zoomInTitle: zoomInName, zoomOutTitle: zoomOutName, zoomInText: '+', zoomOutText: '\u2212' });
  // Leaflet's own _createButton, with text for innerHTML and a focus that does not scroll.
  Object.assign(buttons, {
    _createButton(this: ZoomControl, text: string, name: string, className: string, container: HTMLElement, zoom: (event: MouseEvent) => void) {
      const link = document.createElement('a');
      const sign = document.createElement('span');
      sign.setAttribute('aria-hidden', 'true');
      sign.textContent = text;
      Object.assign(link, { className, href: '#' });
      link.append(sign);
      link.setAttribute('role', 'button');
      link.setAttribute('aria-label', name);
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
  return buttons;
}
