// The finder's first screen copied as static HTML: its shadow DOM (and any
// shadow DOM inside it) written out as declarative shadow roots with the
// styles inlined, at the first frame that has results. The first-paint bench
// serves this copy with no script to show what painting that screen costs
// the browser by itself, whatever code made it.

/**
 * Runs in the page (passed to puppeteer's evaluateOnNewDocument): sets `window.firstScreenCopy`
 * to the HTML of a `<div id="first-screen">` holding a copy of the finder's shadow DOM, at the
 * start of the first frame whose DOM has a `[part="result"]`.
 */
export function copyFirstScreenInPage() {
  const escapeText = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const escapeAttribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
  const styles = (root) => [...root.adoptedStyleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
  const shadow = (root) => `<template shadowrootmode="open"><style>${styles(root)}</style>${children(root)}</template>`;
  const children = (parent) => {
    let html = '';
    for (const node of parent.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) html += escapeText(node.data);
      if (node.nodeType !== Node.ELEMENT_NODE) continue;
      const attributes = [...node.attributes].map((a) => ` ${a.name}="${escapeAttribute(a.value)}"`).join('');
      html += `<${node.localName}${attributes}>`;
      if (node.shadowRoot) html += shadow(node.shadowRoot);
      html += children(node.localName === 'template' ? node.content : node);
      if (!VOID.has(node.localName)) html += `</${node.localName}>`;
    }
    return html;
  };
  const copyWhenResults = () => {
    const finder = document.querySelector('camino-service-finder');
    if (finder?.shadowRoot?.querySelector('[part="result"]')) {
      window.firstScreenCopy = `<div id="first-screen">${shadow(finder.shadowRoot)}</div>`;
    } else requestAnimationFrame(copyWhenResults);
  };
  requestAnimationFrame(copyWhenResults);
}
