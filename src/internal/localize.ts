// @lit/localize in reentrant mode: msg() asks which locale is rendering now,
// so two elements on one page can speak two languages. Every render, and every
// message built outside render, runs inside inLocale().
import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import type { LocaleModule } from '@lit/localize';
import { sourceLocale, targetLocales } from '../locales/locale-codes.js';
import * as ar from '../locales/ar.js';
import * as en from '../locales/en.js';
import * as fr from '../locales/fr.js';
import * as ht from '../locales/ht.js';
import * as pt from '../locales/pt.js';

// Every locale is bundled: the script must work offline once loaded, and
// an IIFE cannot load chunks later.
const localeModules: Record<string, LocaleModule> = { ar, en, fr, ht, pt };

let renderingLocale: string = sourceLocale;

/** Runs `work` with msg() answering in `locale`. */
export function inLocale<T>(locale: string, work: () => T): T {
  const previous = renderingLocale;
  renderingLocale = locale;
  try {
    return work();
  } finally {
    renderingLocale = previous;
  }
}

configureReentrantLocalization({
  sourceLocale,
  targetLocales: [...targetLocales],
  getLocale: () => renderingLocale,
  loadLocaleSync: (locale) => localeModules[locale],
});
