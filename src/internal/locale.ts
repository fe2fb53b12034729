// Which language an element speaks: its own lang, else the nearest ancestor's
// (across shadow roots), else the document's, else the browser's first
// supported language, else Spanish.
import { sourceLocale, targetLocales } from '../locales/locale-codes.js';

export const SUPPORTED_LOCALES: readonly string[] = [sourceLocale, ...targetLocales];

/** The supported locale for a BCP 47 tag ("es-MX" → "es"), or undefined. */
export function supportedLocale(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  const lower = tag.trim().toLowerCase();
  return SUPPORTED_LOCALES.find((l) => l === lower) ?? SUPPORTED_LOCALES.find((l) => l === lower.split('-')[0]);
}

/** The nearest lang attribute at or above a node, crossing out of shadow roots. */
function inheritedLang(start: Element): string | undefined {
  let node: Node | null = start;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') ?? undefined;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return undefined;
}

export interface ResolvedLocale {
  locale: string;
  /** A lang the page asked for that Camino does not speak, if any. */
  unsupported?: string;
}

export function resolveLocale(element: Element): ResolvedLocale {
  const asked = inheritedLang(element);
  const fromPage = supportedLocale(asked);
  if (fromPage) return { locale: fromPage };
  const fromBrowser = (navigator.languages ?? [navigator.language]).map(supportedLocale).find(Boolean);
  return { locale: fromBrowser ?? sourceLocale, unsupported: asked || undefined };
}
