// The `quick-exit` attribute of Camino's elements: one <camino-quick-exit>
// for the whole page, however many elements ask for it, made first in the
// page's body (so the keyboard reaches it first, and no transformed ancestor
// can stop it staying in view), and taken away when no element asks any more.
// A page that placed its own <camino-quick-exit> keeps it, and gets no other.

const asking = new Set<Element>();
let made: HTMLElement | undefined;

/** `element` asks for the quick exit (`wanted`), or no longer does; the control speaks the language of the element that asked last. */
export function requestQuickExit(element: Element, wanted: boolean, exitUrl?: string, locale?: string) {
  if (wanted && element.isConnected) asking.add(element);
  else asking.delete(element);
  if (!asking.size) {
    made?.remove();
    made = undefined;
  }
  if (!asking.has(element) || (!made && document.querySelector('camino-quick-exit'))) return;
  made ??= document.createElement('camino-quick-exit');
  // Only changes are written: every element follows lang attributes in the page, and an
  // unchanged value written again would still make them all render again.
  if (locale && made.lang !== locale) made.lang = locale;
  if (exitUrl && made.getAttribute('exit-url') !== exitUrl) made.setAttribute('exit-url', exitUrl);
  if (!made.isConnected) document.body.prepend(made);
}
