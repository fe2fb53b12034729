/**
 * Registers Camino's elements. A page that loads the script twice, or already
 * has the tags defined, keeps the first definitions and gets one warning
 * instead of the exception customElements.define would throw.
 */
export function defineElements(elements: Record<string, CustomElementConstructor>): void {
  const taken = Object.keys(elements).filter((tag) => customElements.get(tag));
  for (const [tag, element] of Object.entries(elements)) {
    if (!taken.includes(tag)) customElements.define(tag, element);
  }
  if (taken.length) {
    console.warn(
      `[camino] ${taken.map((t) => `<${t}>`).join(', ')} already defined on this page (is camino.js included twice?); the first definition is kept.`,
    );
  }
}
