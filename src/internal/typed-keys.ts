// A site's single-key shortcuts ("s" for search, "/" to jump, "j"/"k" to move)
// listen on the document and skip events whose target is a text box. From a
// shadow root the target they see is the camino-* element, not the box, so
// they would take the letters a person types into Camino's search. Keys typed
// into Camino's boxes and lists therefore stop at the element; Escape and Tab
// go on, so a site's dialog still closes and focus still moves.

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'tel', 'url', 'number', 'password']);

/** A control whose keys are text or choices: a text box, a text area, a list (typeahead), editable content. */
function takesTyping(target: EventTarget | undefined): boolean {
  if (target instanceof HTMLInputElement) return TEXT_INPUT_TYPES.has(target.type);
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLElement && target.isContentEditable;
}

function stopTypedKey(event: Event) {
  const { key } = event as KeyboardEvent;
  if (key === 'Escape' || key === 'Tab') return;
  if (takesTyping(event.composedPath()[0])) event.stopPropagation();
}

/** Keeps keys typed into the element's own text boxes and lists from reaching the page's key handlers. */
export function keepTypedKeysInside(host: HTMLElement): void {
  for (const type of ['keydown', 'keypress', 'keyup']) host.addEventListener(type, stopTypedKey);
}
