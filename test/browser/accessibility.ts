// Checks of what a screen reader, a finger and axe meet in an element: run
// over every state of every element (accessibility.test.ts). Each returns the
// problems it finds as readable lines, so a failure says where.
import { executeServerCommand } from '@web/test-runner-commands';

/** A node of Chrome's accessibility tree, as a screen reader gets it. */
export interface AxNode {
  role: string;
  name?: string;
  description?: string;
  level?: number;
  children?: AxNode[];
}

/** Chrome's accessibility tree of the whole test page (web-test-runner.config.js's accessibility-tree command). */
export const accessibilityTree = () => executeServerCommand('accessibility-tree') as Promise<AxNode>;

/** The tree's nodes in reading order. */
export function inReadingOrder(node: AxNode, into: AxNode[] = []): AxNode[] {
  into.push(node);
  for (const child of node.children ?? []) inReadingOrder(child, into);
  return into;
}

/** Roles a screen reader lists as landmarks (WAI-ARIA 1.2, 5.3.4). */
export const LANDMARKS = ['banner', 'complementary', 'contentinfo', 'form', 'main', 'navigation', 'region', 'search'];

/**
 * Heading levels that skip one, in reading order ("h2 then h4"). The page's own
 * headings come first, so an element's first heading is checked against them too.
 */
export function skippedLevels(tree: AxNode): string[] {
  const problems: string[] = [];
  let previous = 0;
  for (const node of inReadingOrder(tree)) {
    if (node.role !== 'heading') continue;
    const level = node.level ?? 0;
    if (level > previous + 1) problems.push(`h${level} "${node.name}" follows h${previous}`);
    previous = level;
  }
  return problems;
}

/** Every element and shadow root inside an element, nested camino-* elements' included. */
export function* deepElements(root: Element | ShadowRoot): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* deepElements(element.shadowRoot);
  }
}

/** Every axe rule, the experimental and best-practice ones too, on the whole page. */
export async function axeViolations(): Promise<string[]> {
  if (!(window as { axe?: unknown }).axe) await import('axe-core/axe.min.js' as string);
  const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
  const ids = axe.getRules().map((rule) => rule.ruleId);
  const results = await axe.run(document, {
    runOnly: { type: 'rule', values: ids },
    rules: Object.fromEntries(ids.map((id) => [id, { enabled: true }])),
    resultTypes: ['violations'],
  });
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.replace(/\s+/g, ' ')}`));
}

const TARGETS = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])';
/** WCAG 2.5.5 (AAA): 44 by 44 CSS px. */
const TARGET_PX = 44;

/**
 * Interactive targets smaller than 44 × 44 px, measured as laid out. A checkbox's target is its
 * label (a tap on the words ticks it); a control shown only when focused (the map's "skip the
 * map") is measured focused.
 */
export function smallTargets(root: Element): string[] {
  const problems: string[] = [];
  for (const element of deepElements(root.shadowRoot ?? root)) {
    if (!element.matches(TARGETS) || (element as HTMLElement).closest('[hidden]') || element.closest('[inert]')) continue;
    let measured: Element = element;
    if (element instanceof HTMLInputElement && element.type === 'checkbox') measured = element.closest('label') ?? element;
    let box = measured.getBoundingClientRect();
    if (getComputedStyle(element).clipPath !== 'none') {
      (element as HTMLElement).focus({ preventScroll: true });
      box = measured.getBoundingClientRect();
      (element as HTMLElement).blur();
    }
    if (box.width === 0 && box.height === 0) continue; // not rendered (a closed part, another view)
    if (box.width < TARGET_PX - 0.5 || box.height < TARGET_PX - 0.5) {
      problems.push(`${describe(element)}: ${box.width.toFixed(1)} × ${box.height.toFixed(1)} px`);
    }
  }
  return problems;
}

function describe(element: Element): string {
  const text = (element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
  return `<${element.localName}${element.className ? ` class="${element.className}"` : ''}> "${text}"`;
}

const isComment = (node: Node | null) => node?.nodeType === Node.COMMENT_NODE;
const isBlank = (node: Node | null) => node?.nodeType === Node.TEXT_NODE && node.textContent!.trim() === '';

function inlineContent(node: Node | null): boolean {
  if (!node) return false;
  if (node.nodeType === Node.TEXT_NODE) return node.textContent!.trim() !== '';
  if (!(node instanceof Element) || node.textContent!.trim() === '') return false;
  if (node.classList.contains('visually-hidden')) return true;
  const display = getComputedStyle(node).display;
  return display.startsWith('inline') || display === 'contents';
}

function neighbour(node: Node, side: 'previousSibling' | 'nextSibling'): Node | null {
  let next = node[side];
  while (next && (isComment(next) || isBlank(next))) next = next[side];
  return next;
}

/**
 * Spaces a screen reader never gets: Chrome leaves out of its accessibility tree a text node of
 * only white space that sits beside a comment, and lit marks each of its bindings with comments.
 * `${name} ${acronym}` then reads "Alto Comisionado … Refugiados(ACNUR)". Found here: such a
 * space between two pieces of inline content.
 */
export function lostSpaces(root: Element): string[] {
  const problems: string[] = [];
  for (const element of deepElements(root.shadowRoot ?? root)) {
    for (const node of element.childNodes) {
      if (node.nodeType !== Node.TEXT_NODE || node.textContent === '' || !isBlank(node)) continue;
      if (!isComment(node.previousSibling) && !isComment(node.nextSibling)) continue;
      const before = neighbour(node, 'previousSibling');
      const after = neighbour(node, 'nextSibling');
      // Even when the text beside it holds a space of its own (" (ACNUR)"): the page shows this one
      // and collapses that one, so neither is heard.
      if (inlineContent(before) && inlineContent(after) && element.getClientRects().length) {
        problems.push(`in ${describe(element)}: between "${before!.textContent!.trim().slice(-25)}" and "${after!.textContent!.trim().slice(0, 25)}"`);
      }
    }
  }
  return problems;
}

/** Text with Arabic letters inside a forced left-to-right direction (dir="ltr"): its words would be reordered. */
export function arabicForcedLeftToRight(root: Element): string[] {
  return [...deepElements(root.shadowRoot ?? root)]
    .filter((element) => element.getAttribute('dir') === 'ltr' && /[\u0600-\u06ff]/.test(element.textContent ?? ''))
    .map(describe);
}
