// A host page for tests that must not share the test runner's page: a page
// that changes Object.prototype, requires Trusted Types or has its own root
// font size. Each loads dist/camino.js as a webmaster would, with a classic
// <script>, in an iframe. Needs `npm run build` first (npm test does it).

export interface HostWindow extends Window {
  /** Uncaught errors and rejected promises, in order. */
  errors: string[];
  /** Content Security Policy violations (Trusted Types ones included). */
  violations: string[];
}

/** Records errors and CSP violations before anything else on the page runs. */
const RECORDER = `<script>
  window.errors = []; window.violations = [];
  window.addEventListener('error', (e) => window.errors.push(e.message));
  window.addEventListener('unhandledrejection', (e) => window.errors.push(String(e.reason)));
  document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.violatedDirective + ' ' + e.blockedURI));
</script>`;

/** Loads a page made of `head` and `body` in an iframe of the given size; resolves once it has loaded. */
export function hostPage({ head = '', body, width = 800, height = 600 }: { head?: string; body: string; width?: number; height?: number }): Promise<HostWindow> {
  return new Promise((resolve) => {
    const frame = document.createElement('iframe');
    Object.assign(frame.style, { width: `${width}px`, height: `${height}px`, border: '0' });
    frame.srcdoc = `<!doctype html><html lang="es"><head><meta charset="utf-8">${head}${RECORDER}</head><body>${body}</body></html>`;
    frame.addEventListener('load', () => resolve(frame.contentWindow as HostWindow), { once: true });
    document.body.append(frame);
  });
}

/** Loads a page by URL in an iframe; resolves once it has loaded. */
export function hostPageAt(url: string): Promise<HostWindow> {
  return new Promise((resolve) => {
    const frame = document.createElement('iframe');
    Object.assign(frame.style, { width: '800px', height: '600px', border: '0' });
    frame.src = url;
    frame.addEventListener('load', () => resolve(frame.contentWindow as HostWindow), { once: true });
    document.body.append(frame);
  });
}

/** Removes the iframes made by hostPage(). */
export function removeHostPages() {
  for (const frame of document.querySelectorAll('iframe')) frame.remove();
}

/** The shadow root of the first element matching `selector` in a host page. */
export const shadowOf = (win: Window, selector: string) => win.document.querySelector(selector)?.shadowRoot ?? null;

/** Text of a host page's element, whitespace collapsed. */
export const renderedText = (win: Window, selector: string) => (shadowOf(win, selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** WCAG 2.2 relative luminance of an `rgb()`/`rgba()` colour. */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const alphaOf = (color: string) => (color.startsWith('rgba') ? Number(color.match(/[\d.]+/g)![3]) : color === 'transparent' ? 0 : 1);

/** The colour painted behind an element: the nearest opaque background up the tree, across shadow roots. */
function backgroundBehind(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const background = node.ownerDocument.defaultView!.getComputedStyle(node).backgroundColor;
      if (alphaOf(background) === 1) return background;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'rgb(255, 255, 255)';
}

/** WCAG contrast ratio of an element's text colour against what is painted behind it. */
export function contrastOf(element: Element): number {
  const [a, b] = [luminance(element.ownerDocument.defaultView!.getComputedStyle(element).color), luminance(backgroundBehind(element))].sort((x, y) => y - x);
  return (a + 0.05) / (b + 0.05);
}
