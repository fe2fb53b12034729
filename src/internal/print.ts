// Printing one card or one list, out of a whole host page: the element to
// print and each of its ancestors (across shadow roots) are marked
// data-camino-print, and while printing, whatever is beside one of them is not
// printed. The page's own print styles keep working for everything else.
// The rule lives twice: in the document (a constructed sheet, which a
// Content-Security-Policy without 'unsafe-inline' allows) for the page's
// elements, and in each element's shadow styles (printStyles) for Camino's.
import { css } from 'lit';

const ATTRIBUTE = 'data-camino-print';
/** What is beside an ancestor of the printed element (as in printStyles, written out there for the CSS minifier). */
const BESIDE = `[${ATTRIBUTE}=path] > :not([${ATTRIBUTE}])`;

/**
 * Inside every Camino element. On paper: no buttons, no link buttons that
 * only work on a screen (WhatsApp, directions: the address is the directions;
 * a website is written out),
 * no "open now" (paper outlives the moment), and what is marked print-only
 * (a result's hours). What is beside a printed element's ancestors is left out.
 */
export const printStyles = css`
  .print-only {
    display: none;
  }
  @media print {
    [data-camino-print='path'] > :not([data-camino-print]),
    button,
    .record-actions,
    .report,
    .open-state.open,
    .open-state.closed,
    .action[target] {
      display: none !important;
    }
    .print-only {
      display: block;
    }
    .action {
      border: 0;
      padding: 0;
    }
    /* A website on paper: its address. */
    .web a::after {
      content: ' ' attr(href);
    }
  }
`;

let sheet: CSSStyleSheet | undefined;

/** Opens the browser's print dialog for `target` alone; the marks go once printing is done. */
export function printOnly(target: Element) {
  const marked: Element[] = [];
  for (let node: Node | null = target; node && node !== document.documentElement; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
    if (node instanceof Element) {
      node.setAttribute(ATTRIBUTE, node === target ? 'target' : 'path');
      marked.push(node);
    }
  }
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(`@media print { ${BESIDE} { display: none !important } }`);
  }
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  addEventListener(
    'afterprint',
    () => {
      for (const element of marked) element.removeAttribute(ATTRIBUTE);
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    },
    { once: true },
  );
  print();
}
