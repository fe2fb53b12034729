// Shared helpers for the browser tests.
import { fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/index.js';

export const PARTNER = '/test/fixtures/directories/partner.json';
export const PARTNER_WITH_ERRORS = '/test/fixtures/directories/partner-with-errors.json';

/** Collects console.warn calls while a test runs. */
export function captureWarnings() {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  return { warnings, restore: () => (console.warn = original) };
}

/** Renders a template and waits until the element has its directory and has rendered. */
export async function renderElement<T extends HTMLElement & { updateComplete: Promise<boolean> }>(
  template: TemplateResult,
): Promise<T> {
  const el = await fixture<T>(template);
  await waitUntil(
    () => el.shadowRoot && !el.shadowRoot.querySelector('[aria-busy="true"]') && !el.shadowRoot.textContent?.match(/Cargando|Loading/),
    'element stayed in loading state',
    { timeout: 3000 },
  );
  await el.updateComplete;
  return el;
}

/** The element's rendered text, whitespace collapsed. */
export const textOf = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

export const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector) as HTMLElement | null;
export const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)] as HTMLElement[];

/**
 * The text a sighted reader sees: hidden parts and words said only to screen readers
 * (.visually-hidden) left out, whitespace collapsed. Shadow roots are not entered.
 */
export function shownText(node: Node): string {
  const walk = (n: Node): string => {
    if (n.nodeType === Node.TEXT_NODE) return n.textContent ?? '';
    if (n instanceof HTMLElement && (n.hidden || n.classList.contains('visually-hidden'))) return '';
    if (n instanceof HTMLStyleElement) return '';
    return [...n.childNodes].map(walk).join('');
  };
  return walk(node).replace(/\s+/g, ' ').trim();
}

/** Runs a test with the page's clock set to a moment (Date and Date.now), as the finder reads it for "open now". */
export async function at<T>(iso: string, work: () => Promise<T>): Promise<T> {
  const RealDate = Date;
  const fixed = new RealDate(iso).getTime();
  class FixedDate extends RealDate {
    constructor(...args: ConstructorParameters<typeof Date>) {
      super(...((args.length ? args : [fixed]) as [number]));
    }
    static override now() {
      return fixed;
    }
  }
  globalThis.Date = FixedDate as DateConstructor;
  try {
    return await work();
  } finally {
    globalThis.Date = RealDate;
  }
}
