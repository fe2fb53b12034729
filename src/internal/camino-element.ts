import { html, LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { inLocale } from './localize.js';
import { resolveDirection, resolveLocale } from './locale.js';
import { keepTypedKeysInside } from './typed-keys.js';
import { builtInDirectory, loadDirectory, type LoadedDirectory } from '../directory/load-directory.js';
import { renderDirectoryFailure } from './directory-failure.js';
import { requestQuickExit } from '../components/quick-exit/one-per-page.js';

/** Console warnings about one `src` file's records, at most. */
const MAX_WARNINGS = 50;

/** Elements that follow the page's lang; one observer serves them all. */
const followers = new Set<LocalizedElement>();
let langObserver: MutationObserver | undefined;

function followPageLanguage(element: LocalizedElement) {
  followers.add(element);
  if (!langObserver) {
    // An ancestor's or the document's lang can change after render (a site's
    // language switcher); every element re-resolves its locale when one does.
    langObserver = new MutationObserver(() => followers.forEach((el) => el.requestUpdate()));
    langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
  }
}

/**
 * What every camino-* element shares: its language and direction, and console
 * warnings that name the element.
 *
 * @attribute {'es' | 'en' | 'fr' | 'ht' | 'pt' | 'ar'} lang - Language to render in: es, en, fr, ht, pt or ar,
 * in any case and with a region, written with - or _ (es-MX, es_MX, PT_br). Without it, the nearest
 * ancestor's lang, then the document's, then the browser's first supported
 * language, then Spanish. Changing it (or an ancestor's) re-renders.
 * @attribute {'ltr' | 'rtl'} dir - Writing direction, when the page's is not the language's: Arabic is
 * always right to left; other languages follow the element's own `lang` if it has one (Spanish on an
 * Arabic page reads left to right), else the nearest ancestor's `dir`, else left to right.
 */
export class LocalizedElement extends LitElement {
  /** The locale this element renders in, resolved before each render. */
  protected locale = 'es';

  /** Writing direction of the rendered content, resolved with the locale. */
  protected direction: 'ltr' | 'rtl' = 'ltr';

  private warnedAbout = new Set<string>();

  constructor() {
    super();
    keepTypedKeysInside(this);
  }

  static override get observedAttributes() {
    return [...super.observedAttributes, 'lang', 'dir'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' || name === 'dir') this.requestUpdate();
  }

  override connectedCallback() {
    super.connectedCallback();
    followPageLanguage(this);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    followers.delete(this);
  }

  protected override willUpdate(changed: PropertyValues) {
    super.willUpdate(changed);
    const { locale, unsupported } = resolveLocale(this);
    this.locale = locale;
    this.direction = resolveDirection(this, locale);
    if (unsupported) this.warnOnce(`lang "${unsupported}" is not a language Camino speaks; showing "${locale}".`);
  }

  /** Renders in this element's own locale. */
  protected override update(changed: PropertyValues) {
    inLocale(this.locale, () => super.update(changed));
  }

  /**
   * Wraps rendered content in the element's language and direction, so screen
   * readers pronounce it right and right-to-left languages lay out right to left.
   */
  protected inLanguage(content: unknown, className = 'root') {
    return html`<div class=${className} lang=${this.locale} dir=${this.direction}>${content}</div>`;
  }

  /** Runs work that calls msg() outside render in this element's locale. */
  protected inOwnLocale<T>(work: () => T): T {
    return inLocale(this.locale, work);
  }

  /** One console warning per distinct problem, prefixed with the tag. */
  protected warnOnce(message: string) {
    if (this.warnedAbout.has(message)) return;
    this.warnedAbout.add(message);
    console.warn(`[${this.localName}] ${message}`);
  }
}

/**
 * What every camino-* element that shows the directory shares: its language,
 * its directory (`src` or the built-in one), and the quick exit it may ask for.
 */
export class CaminoElement extends LocalizedElement {
  /**
   * URL of a directory to show instead of the built-in Mexico directory: a
   * file in Camino's format, or Open Referral HSDS 3.0 JSON (a compiled
   * organization or service, a list of them, or a page of them). Relative
   * URLs resolve against the page.
   */
  @property({ reflect: true }) src?: string;

  /**
   * Language of a single-language `src` (HSDS text is plain text): a BCP 47
   * code such as `en` or `es`. Its text is then marked with that language.
   * Without it, the file's own top-level `language`, if any.
   */
  @property({ attribute: 'data-lang', reflect: true }) dataLang?: string;

  /**
   * Shows Camino's quick exit on the page (`<camino-quick-exit>`): a button that stays in view
   * and, like Shift pressed three times, leaves at once for a neutral site. One per page, however
   * many elements ask for it.
   */
  @property({ attribute: 'quick-exit', type: Boolean }) quickExit = false;

  /** Where the quick exit leaves for: an http(s) address. Default: `https://www.google.com/`. */
  @property({ attribute: 'exit-url' }) exitUrl?: string;

  /** The directory, once loaded; undefined while loading. */
  @state() protected loaded?: LoadedDirectory;

  /** Shows a big directory's first part while the rest is read (`loaded.rest`); other elements wait for the whole. */
  protected showsFirstPart = false;

  private noted = false;
  private requestedDirectory = false;

  override disconnectedCallback() {
    super.disconnectedCallback();
    requestQuickExit(this, false);
  }

  protected override willUpdate(changed: PropertyValues) {
    if (changed.has('src') || changed.has('dataLang') || !this.requestedDirectory) this.loadDirectory();
    super.willUpdate(changed);
  }

  protected override updated(changed: PropertyValues) {
    super.updated(changed);
    requestQuickExit(this, this.quickExit, this.exitUrl, this.locale);
  }

  /** Loads (or, after a failure, loads again) the directory of `src` and `data-lang`. */
  protected loadDirectory() {
    this.requestedDirectory = true;
    const { src, dataLang } = this;
    // The built-in directory is in the script: render it in the first frame.
    if (!src) {
      this.loaded = { index: builtInDirectory(), problems: [], notes: [] };
      return;
    }
    this.loaded = undefined;
    const take = (loaded: LoadedDirectory): unknown => {
      if (this.src !== src || this.dataLang !== dataLang) return; // a newer src is loading
      // A big directory still being read: only elements that show part of it take its first part.
      if (!loaded.rest || this.showsFirstPart) this.loaded = loaded;
      if (loaded.rest) return loaded.rest.then(take);
      // A thoroughly broken file must not flood the console: validate-data lists every line.
      const shown = loaded.problems.slice(0, MAX_WARNINGS);
      if (loaded.problems.length > MAX_WARNINGS) shown.push(`… and ${loaded.problems.length - MAX_WARNINGS} more problems: npm run validate-data lists them all.`);
      for (const problem of shown) this.warnOnce(problem);
      if (loaded.notes.length && !this.noted) {
        this.noted = true;
        console.info(`[${this.localName}] ${loaded.notes.join('\n')}`);
      }
    };
    loadDirectory(src, dataLang).then(take);
  }

  /** The message for a `src` that could not be used (nothing when it could), with "try again" where that may help. */
  protected renderFailure(loaded: LoadedDirectory) {
    return renderDirectoryFailure(loaded, this.locale, () => this.loadDirectory());
  }
}
