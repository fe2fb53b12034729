// Which language an element speaks: its own lang, else the nearest ancestor's
// (across shadow roots), else the document's, else the browser's first
// supported language, else Spanish.
import { sourceLocale, targetLocales } from '../locales/locale-codes.js';

export const SUPPORTED_LOCALES: readonly string[] = [sourceLocale, ...targetLocales];

/**
 * A language tag as BCP 47 writes it, lower-cased for comparison: "es_MX", "ES-mx" and " es-MX "
 * all give "es-mx". Platforms write locales their own way (WordPress and POSIX say `es_MX`,
 * Java `es_MX`, some CMSs `ES`); this is the one place Camino reads them.
 */
export function normalizeLanguageTag(tag: string): string {
  return tag.trim().replace(/_/g, '-').toLowerCase();
}

/** The supported locale for a language tag ("es-MX", "es_MX", "PT_br" → "es", "es", "pt"), or undefined. */
export function supportedLocale(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  const normalized = normalizeLanguageTag(tag);
  return SUPPORTED_LOCALES.find((l) => l === normalized) ?? SUPPORTED_LOCALES.find((l) => l === normalized.split('-')[0]);
}

/** The lang attributes at and above a node, nearest first, crossing out of shadow roots. */
function* inheritedLangs(start: Element): Generator<string> {
  let node: Node | null = start;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) yield node.getAttribute('lang') ?? '';
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
}

export interface ResolvedLocale {
  locale: string;
  /** The nearest lang the page asked for that Camino does not speak, if any. */
  unsupported?: string;
}

/**
 * The first lang Camino speaks on the way up from the element; a lang it does
 * not speak (lang="de") is passed over, so an English page still gets English.
 */
export function resolveLocale(element: Element): ResolvedLocale {
  let unsupported: string | undefined;
  for (const lang of inheritedLangs(element)) {
    const locale = supportedLocale(lang);
    if (locale) return { locale, unsupported };
    if (lang) unsupported ??= lang;
  }
  const fromBrowser = (navigator.languages ?? [navigator.language]).map(supportedLocale).find(Boolean);
  return { locale: fromBrowser ?? sourceLocale, unsupported };
}

/** Languages written right to left, among those Camino speaks or may. */
const RIGHT_TO_LEFT = ['ar', 'he', 'fa', 'ur'];

/** Whether a language is written right to left. */
export const isRightToLeft = (locale: string) => RIGHT_TO_LEFT.includes(locale.split('-')[0]);

/**
 * The element's writing direction: Arabic is always right to left; then the element's own `dir`;
 * then, when the element names its own language (`lang="es"` on an Arabic page), that language's
 * direction, so a Spanish notice on a right-to-left page reads left to right with its full stops at
 * the end; without a `lang` of its own, the nearest ancestor's `dir` (the page's); else left to right.
 */
export function resolveDirection(element: Element, locale: string): 'ltr' | 'rtl' {
  if (isRightToLeft(locale)) return 'rtl';
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('dir')) {
      const dir = node.getAttribute('dir')?.toLowerCase();
      if (dir === 'rtl' || dir === 'ltr') return dir;
    }
    // The element's own language sets its direction; an ancestor's lang does not override the page's dir.
    if (node === element && supportedLocale(element.getAttribute('lang'))) return 'ltr';
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'ltr';
}
