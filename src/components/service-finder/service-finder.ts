import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { RecordElement } from '../../internal/record-element.js';
import { heading, headingTag } from '../../internal/heading.js';
import { selectOptions } from '../../internal/select-options.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { contactStyles } from '../../internal/contacts.styles.js';
import { renderSkippedRecords } from '../../internal/directory-failure.js';
import { formatList } from '../../internal/format.js';
import { populationLabel, taxonomyLabel } from '../../internal/labels.js';
import { counted } from '../../internal/plural.js';
import { selectEvent } from '../../internal/events.js';
import { POPULATIONS, TAXONOMY_IDS } from '../../directory/check-directory.js';
import type { DirectoryIndex } from '../../directory/directory-index.js';
import type { City } from '../../directory/format.js';
import type { FinderEntry } from '../../directory/finder-entries.js';
import { FinderSearch, type FinderAnswer, type NextStep, type ResultGroup } from '../../directory/search/find-services.js';
import { readQuery } from '../../directory/search/query.js';
import { renderResult } from './result-card.js';
import { serviceFinderStyles } from './service-finder.styles.js';
import { displayNames, formatCount, numberFormat } from '../../internal/intl-cache.js';
import { claimStyles } from '../../internal/claims.styles.js';
import { isolated, isolatedList, placeName } from '../../internal/bidi.js';
import { builtInDirectory, type LoadedDirectory } from '../../directory/load-directory.js';
import { nextSlice, startSlice } from '../../directory/slices.js';
import { BackCloses } from '../../internal/back-closes.js';
import { linkedRecord } from '../../internal/record-link.js';
import { printOnly, printStyles } from '../../internal/print.js';
import { recordActionStyles } from '../../internal/record-actions.js';

/** How long the count must stay the same (typing has paused) before it is announced. */
const ANNOUNCE_AFTER_MS = 700;

/**
 * Results the first frame with results shows: under the search form, a phone's screen holds one or
 * two. The rest of the list, the organisations that help from a distance and the fraud notice
 * follow in the next task, once these are painted (on a cheap phone, laying out and painting all
 * of them first made the first results wait twice as long).
 */
const FIRST_FRAME_RESULTS = 3;

/** Settles once the current frame has painted (or soon, in a tab that paints nothing). */
const afterPaint = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve));
    setTimeout(resolve, 100);
  });

/** The finder's entries and search index per directory, built once and shared by every finder on the page. */
const finders = new WeakMap<DirectoryIndex, FinderSearch>();
function finderFor(index: DirectoryIndex): FinderSearch {
  let finder = finders.get(index);
  // A partner's directory may be big: its entries and search index are built in slices.
  if (!finder) finders.set(index, (finder = new FinderSearch(index, index !== builtInDirectory())));
  return finder;
}

/** When a directory built in slices has every organisation entered (once read whole), and indexed for search. */
interface Completion {
  entered: Promise<void>;
  indexed: Promise<void>;
}
const completions = new WeakMap<FinderSearch, Completion>();

/**
 * Enters and indexes a `src` directory's organisations, a slice at a time,
 * as they are read (`loaded.rest`) and until all are: shared by every finder
 * of the page on that directory.
 */
function completion(finder: FinderSearch, loaded: LoadedDirectory): Completion {
  let found = completions.get(finder);
  if (!found) {
    let enteredAll!: () => void;
    const entered = new Promise<void>((resolve) => (enteredAll = resolve));
    const indexed = (async () => {
      let read = !loaded.rest;
      loaded.rest?.then(() => (read = true));
      for (;;) {
        await nextSlice();
        if (!finder.enterSome()) continue;
        if (read) enteredAll();
        const indexed = finder.indexSome();
        await nextSlice();
        finder.refreshWords();
        if (!indexed) continue;
        if (read) break;
        await loaded.rest;
      }
      // The word list of the whole index, in a task of its own: else the next key pressed would make it.
      await nextSlice();
      finder.prepare().vocabularySize;
      performance.mark('camino:search-ready');
    })();
    completions.set(finder, (found = { entered, indexed }));
  }
  return found;
}

/** Text typed in the search box, and when it will have been answered. */
interface Typed {
  text: string;
  answered: Promise<void>;
}

type GeoStatus = 'off' | 'asking' | 'on' | 'denied' | 'unavailable';
/** Where focus goes once the next render is done: the first new result, the results, or the organisations serving from a distance. */
type FocusTarget = { result: number } | { others: string } | { toggle: string } | 'results' | 'elsewhere';


/**
 * @tagname camino-service-finder
 * @summary Search and filter every service in a city, in the reader's language.
 *
 * Free text finds services by organisation, kind of help, people served and
 * place, in Spanish, English, French, Haitian Creole, Portuguese or Arabic,
 * with or without accents and with small typos, typed as people ask ("¿dónde
 * puedo dormir esta noche?"). One result per organisation, its office in the
 * city (or the nearest) first. Filters narrow by kind of help, people served,
 * language, closed now and "near me" (the reader's position is used only
 * inside the page). When nothing has every word, it offers next steps that
 * have results.
 *
 * Opening a result's details adds a browser history entry, so Back (a phone's
 * back gesture) closes them instead of leaving the page (`no-history` turns
 * this off). A link to the page with a record's anchor (`#camino=hias`, the
 * link "Share" sends) opens that record, as does the anchor changing to one on
 * the open page (a shared link opened in the same tab).
 *
 * @event camino-select - A person opened a result. `detail`: `{ organizationId, locationId? }`. Bubbles and crosses shadow roots.
 *
 * @csspart search - The search form.
 * @csspart search-input - The search box.
 * @csspart filters - The filters.
 * @csspart count - The number of results (announced to screen readers once typing pauses).
 * @csspart results - The list of results.
 * @csspart result - Each result.
 * @csspart open-state - A result's open / closed / hours unknown line.
 * @csspart actions - A result's call / WhatsApp / directions links.
 * @csspart other-offices - The list of a result's other offices ("Other offices (3)").
 * @csspart notes - What the search did with the words (some not used, only some matched) and, near me, the nearest city.
 * @csspart next-steps - Next steps that have results (fewer words, other cities, without filters), each with its count.
 * @csspart age - A result's "Information from 2019", and past `stale-after` years "It may have changed".
 * @csspart status - "It may no longer work" and why, for an office or services the sources do not show open.
 * @csspart no-contact - "No contact in the directory" and organisations nearby that can be reached.
 * @csspart report - A result's "report a mistake" link (only with a correction channel).
 * @csspart more - The "show more" button.
 * @csspart print - The "print this list" button.
 * @csspart map - The map of results (a `<camino-office-map>`), when the reader chooses the map.
 * @csspart empty - What is shown when nothing matches.
 * @csspart message - A message about bad input.
 *
 * @cssproperty --camino-font-family - Font of all text. Default: the page's.
 * @cssproperty --camino-color-text - Text colour.
 * @cssproperty --camino-color-muted - Secondary text.
 * @cssproperty --camino-color-background - Background of results.
 * @cssproperty --camino-color-surface - Background of the form and messages.
 * @cssproperty --camino-color-border - Borders.
 * @cssproperty --camino-color-accent - Links, buttons, focus.
 * @cssproperty --camino-color-open - "Open now".
 * @cssproperty --camino-color-closed - "Closed now".
 * @cssproperty --camino-radius - Corner radius.
 * @cssproperty --camino-spacing - Base spacing unit.
 * @cssproperty --camino-focus-color - Keyboard focus ring.
 */
export class CaminoServiceFinder extends RecordElement {
  static override styles = [sharedStyles, contactStyles, claimStyles, recordActionStyles, serviceFinderStyles, printStyles];

  /**
   * City to search in: id, name or alias, any case, with or without accents
   * ("tijuana", "Ciudad Juárez", "juarez", "CDMX"). Without it, every city; the
   * reader can change it with the city picker.
   */
  @property({ reflect: true }) city?: string;

  /** Kind of help to preselect, a taxonomy id: legal, shelter, health, mental-health, gbv, human-rights, family-reunification, livelihoods, information, humanitarian-aid, other (a partner's service no taxonomy mapping places). */
  @property({ reflect: true }) service?: string;

  /**
   * People served to preselect: women, children, lgbtqi, indigenous, families, deportees, or
   * organizations (services for civil-society organisations, which are otherwise left out).
   */
  @property({ reflect: true }) population?: string;

  /** Initial search text. */
  @property({ reflect: true }) query?: string;

  /** Results (organisations) per page (default 10); "show more" adds as many again. */
  @property({ type: Number, reflect: true }) limit = 10;

  /**
   * How results are first shown: `list` (default) or `map`, the offices on a
   * `<camino-office-map>` with the same list beside it. The reader can switch.
   */
  @property({ reflect: true }) view: 'list' | 'map' = 'list';

  /** Tile URL template for the map view, as on `<camino-office-map>`; OpenStreetMap's by default. */
  @property({ attribute: 'tile-url' }) tileUrl?: string;

  /** Attribution of `tile-url`'s tiles, as on `<camino-office-map>`. */
  @property({ attribute: 'tile-attribution' }) tileAttribution?: string;

  /** Hides the built-in fraud notice, for sites that place their own `<camino-fraud-notice>`. */
  @property({ attribute: 'hide-fraud-notice', type: Boolean, reflect: true }) hideFraudNotice = false;

  /**
   * Level of the finder's heading (1–6; default 2), its search question "¿Qué ayuda busca?", to
   * fit the host page's outline: results are one level below it, and what they open further below.
   */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /**
   * Opening a result adds no browser history entry, and Back is left to the page: for a host
   * page whose own router must see every history change.
   */
  @property({ attribute: 'no-history', type: Boolean }) noHistory = false;

  @state() private text = '';
  @state() private cityId = '';
  @state() private serviceId = '';
  @state() private populationId = '';
  @state() private language = '';
  @state() private openNow = false;
  @state() private shown = 10;
  /** Results whose full org card is open, by organisation id. */
  @state() private expanded = new Set<string>();
  /** Results whose other offices are shown, by organisation id. */
  @state() private othersShown = new Set<string>();
  @state() private geo: GeoStatus = 'off';
  @state() private showMap = false;
  private position?: { latitude: number; longitude: number };
  private attributesReadFor?: DirectoryIndex;
  private focusTarget?: FocusTarget;
  private linkRead = false;
  /** The organisation a link to the page opened. */
  private linked?: string;
  private readonly back = new BackCloses(this, () => this.closeDetails());
  /** The count last put in the live region, and the timer that will put the next one there. */
  private announced = '';
  private announceTimer?: ReturnType<typeof setTimeout>;
  /** Attribute values that named nothing, shown until the reader changes the filter. */
  @state() private unknown: { city?: string; service?: string; population?: string } = {};
  /** The finder whose completion this element waits for, to show the whole directory. */
  private following?: FinderSearch;
  /** The last answer of the whole directory, and to what: see render(). */
  private lastAnswer?: { finder: FinderSearch; asked: string; answer: FinderAnswer };
  /** A frame with results has been painted: render() shows everything from then on (see FIRST_FRAME_RESULTS). */
  private painted = false;
  /** The last render left the rest of the results for after the paint. */
  private partial = false;
  /** The render of the rest, once the first results are painted; updateComplete waits for it. */
  private rest?: Promise<unknown>;
  /** Text typed and not yet answered, and when it will be: see textTyped(). */
  private typed?: Typed;

  protected override showsFirstPart = true;

  protected override willUpdate(changed: PropertyValues) {
    super.willUpdate(changed);
    if (changed.has('query')) this.setText(this.query ?? '');
    if (changed.has('limit')) this.shown = this.pageSize;
    if (changed.has('view')) this.showMap = this.view === 'map';
    const index = this.loaded?.index;
    // Attribute values are read again whenever they or the directory change.
    if (index && (changed.has('city') || changed.has('service') || changed.has('population') || this.attributesReadFor !== index)) {
      this.attributesReadFor = index;
      this.applyAttributes(index);
    }
    // A big directory's link is read once the whole file is: the organisation it names may come later in it.
    if (index && !this.linkRead && !this.loaded?.rest) {
      this.linkRead = true;
      this.openLinked(index);
    }
  }

  protected override updated(changed: PropertyValues) {
    super.updated(changed);
    if (this.partial) this.rest ??= afterPaint().then(() => {
      this.painted = true;
      this.requestUpdate();
      return this.updateComplete;
    });
    this.announceCount();
    const target = this.focusTarget;
    if (!target) return;
    this.focusTarget = undefined;
    const root = this.renderRoot;
    const first = root.querySelector<HTMLElement>('.results > .result');
    let element: HTMLElement | null | undefined;
    if (target === 'results') element = first ?? root.querySelector<HTMLElement>('[part="count"]');
    else if (target === 'elsewhere') element = root.querySelector<HTMLElement>('#elsewhere-heading');
    else if ('result' in target) element = root.querySelectorAll<HTMLElement>('.results:not(.elsewhere .results) > .result')[target.result];
    else if ('toggle' in target) element = root.querySelector<HTMLElement>(`[aria-controls="details-${CSS.escape(target.toggle)}"]`);
    else element = root.querySelector<HTMLElement>(`#others-${CSS.escape(target.others)} > li`);
    element?.focus();
  }

  override connectedCallback() {
    super.connectedCallback();
    window.addEventListener('hashchange', this.followLink);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.followLink);
    clearTimeout(this.announceTimer);
  }

  /**
   * A link to a record followed on the page already open (a shared link opened in the same tab, an
   * anchor of the host's): the page does not load again, so the record is opened here. Anchors that
   * are not Camino's (a host's hash router) are left alone.
   */
  private readonly followLink = () => {
    if (!linkedRecord()) return;
    this.linkRead = false;
    this.requestUpdate();
  };

  /**
   * A key typed in the search box is answered in a task of its own, after the key's: the browser
   * paints the letter first, and the search never lengthens the key's own task (on a cheap phone
   * with a big directory, a search and its render are 100-200 ms). Keys typed before the answer
   * (a fast typist, a paste) are answered once, with the text as it is by then.
   */
  private textTyped(text: string) {
    if (this.typed) {
      this.typed.text = text;
      return;
    }
    const typed: Typed = {
      text,
      answered: nextSlice().then(() => {
        // A search set meanwhile (setText: a next step, "clear", the attribute) stands: this answer is dropped.
        if (this.typed !== typed) return;
        this.typed = undefined;
        this.text = typed.text;
        this.shown = this.pageSize;
      }),
    };
    this.typed = typed;
  }

  /** Sets the search text from an attribute, a link or a tap: an answer still due to a key is dropped. */
  private setText(text: string) {
    this.text = text;
    this.typed = undefined;
  }

  /** Resolves once everything is rendered: what was typed answered, and after the first frame's results, the rest too. */
  protected override async getUpdateComplete(): Promise<boolean> {
    while (this.typed) await this.typed.answered;
    const done = await super.getUpdateComplete();
    if (!this.rest || this.painted) return done;
    await this.rest;
    return super.getUpdateComplete();
  }

  /**
   * Says the number of results to screen readers once it has stopped changing for a moment:
   * typing "albergue" changes it at every letter, and a live region that spoke each time would
   * talk over the reader's own typing. The first count, on arrival, is not announced: the page
   * is still being read.
   */
  private announceCount() {
    const count = this.renderRoot.querySelector('[part="count"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    const region = this.renderRoot.querySelector('.count-status');
    clearTimeout(this.announceTimer);
    if (!this.announced || !region) {
      this.announced = count;
      return;
    }
    if (count === this.announced) return;
    this.announceTimer = setTimeout(() => {
      this.announced = count;
      region.textContent = count;
    }, ANNOUNCE_AFTER_MS);
  }

  private get pageSize() {
    return Number.isFinite(this.limit) && this.limit > 0 ? Math.floor(this.limit) : 10;
  }

  private applyAttributes(index: DirectoryIndex) {
    const unknown: typeof this.unknown = {};
    const cityQuery = this.city?.trim();
    const city = cityQuery ? index.findCity(cityQuery) : undefined;
    this.cityId = city?.id ?? '';
    if (cityQuery && !city) {
      unknown.city = cityQuery;
      this.warnOnce(`Unknown city "${cityQuery}". Known: ${index.cities.map((c) => c.id).join(', ')}.`);
    }
    const service = this.service?.trim().toLowerCase();
    this.serviceId = service && (TAXONOMY_IDS as readonly string[]).includes(service) ? service : '';
    if (service && !this.serviceId) {
      unknown.service = this.service;
      this.warnOnce(`Unknown service "${this.service}". Known: ${TAXONOMY_IDS.join(', ')}.`);
    }
    const population = this.population?.trim().toLowerCase();
    this.populationId = population && (POPULATIONS as readonly string[]).includes(population) ? population : '';
    if (population && !this.populationId) {
      unknown.population = this.population;
      this.warnOnce(`Unknown population "${this.population}". Known: ${POPULATIONS.join(', ')}.`);
    }
    this.unknown = unknown;
    this.shown = this.pageSize;
  }

  override render() {
    const loaded = this.loaded;
    if (!loaded) return this.inLanguage(html`<p class="message" role="status" aria-busy="true">${msg('Cargando…')}</p>`);
    const failure = this.renderFailure(loaded);
    // Without a directory there is no search and no heading of the finder's own: the notice takes its level.
    if (failure || !loaded.index) return this.inLanguage(html`${failure}${this.renderFraudNotice(this.headingLevel)}`);
    const index = loaded.index;
    const finder = finderFor(index);
    if (finder.inSlices) this.follow(finder, loaded);
    const city = this.cityId ? index.city(this.cityId) : undefined;
    const now = new Date();
    const request = {
      text: this.text,
      city,
      service: this.serviceId,
      population: this.populationId,
      language: this.language,
      openNow: this.openNow,
      now,
      position: this.geo === 'on' ? this.position : undefined,
      staleAfterYears: this.staleAfterYears,
    };
    // The same question of the whole directory in the same minute: the same answer (a render for the map or a card searches nothing).
    const asked = JSON.stringify({ ...request, now: (+now / 6e4) | 0 });
    const last = this.lastAnswer;
    const answer = last?.finder === finder && last.asked === asked ? last.answer : finder.find(request);
    this.lastAnswer = answer.incomplete || loaded.rest ? undefined : { finder, asked, answer };
    // The record a link opened comes first.
    const groups = this.linked ? [...answer.groups].sort((a, b) => +(b.org.id === this.linked) - +(a.org.id === this.linked)) : answer.groups;
    // Part of a big directory: results may be missing, and "nothing found" would not be true.
    const incomplete = !!loaded.rest || answer.incomplete;
    // The first frame with results shows what the screen holds; the rest comes once it is painted.
    const partial = (this.partial = !this.painted && !this.showMap && groups.length > 0);
    // Only the first results wait for nothing else: a list shown whole once is always shown whole.
    if (!partial) this.painted = true;
    const shown = partial ? Math.min(this.shown, FIRST_FRAME_RESULTS) : this.shown;

    return this.inLanguage(html`
      ${renderSkippedRecords(loaded) ?? nothing}
      ${this.renderForm(index, finder)}
      ${this.renderUnknownValues(index)}
      <div class="geo-status" role="status">${this.geoMessage()}</div>
      <p class="count" part="count" tabindex="-1">${this.countText(groups.length, city, answer.elsewhere.length)}${incomplete
          ? html` <span class="incomplete">${msg('Todavía estamos cargando la lista de servicios: puede haber más resultados.')}</span>`
          : nothing}</p>
      <p class="count-status visually-hidden" role="status"></p>
      ${this.renderQueryNotes(answer)}
      ${answer.nearestCity ? this.renderNearestCity(answer.nearestCity, city!) : nothing}
      ${groups.length ? this.renderViewSwitch() : nothing}
      ${groups.length
        ? this.showMap
          ? this.renderMap(groups, city)
          : html`<ul class="results" part="results">
                ${groups.slice(0, shown).map((group) => this.renderGroup(group, now, 1, partial))}
              </ul>
              ${groups.length > this.shown && !partial
                ? html`<button type="button" class="more" part="more" @click=${this.showMore}>
                    ${counted(msg('one{Mostrar más (queda #)}other{Mostrar más (quedan #)}'), groups.length - this.shown, this.locale)}
                  </button>`
                : nothing}`
        : incomplete
          ? nothing
          : this.renderEmpty(answer, city, index)}
      ${answer.elsewhere.length && !partial ? this.renderElsewhere(answer.elsewhere, now) : nothing}
      ${partial ? nothing : this.renderFraudNotice(this.headingLevel + 1)}
    `, 'root finder');
  }

  /**
   * The record the page's link names (#camino=org/office): searched for in its
   * office's city without words or filters, first in the list and open.
   */
  private openLinked(index: DirectoryIndex) {
    const linked = linkedRecord();
    const org = linked && index.organization(linked.org);
    if (!org) {
      if (linked) this.warnOnce(`The page's link names "${linked.org}", which is not in the directory.`);
      return;
    }
    this.cityId = org.locations.find((l) => l.id === linked!.location)?.city_id ?? this.cityId;
    this.setText('');
    this.clearFilters();
    this.linked = org.id;
    this.expanded = new Set([org.id]);
    this.focusTarget = { toggle: org.id };
  }

  /**
   * Shows what is ready of a `src` directory now (a small one whole), and
   * the rest once it is entered and indexed in slices.
   */
  private follow(finder: FinderSearch, loaded: LoadedDirectory) {
    // More is entered in the render's own task, which paints too, and for a query indexed: a short slice
    // (at least a batch of each), so that the first key finds something and no key's task grows by a
    // whole slice (the rest is done between keys, in slices of its own).
    startSlice(8);
    finder.enterSome();
    if (readQuery(this.text).words.length > 0) finder.indexSome();
    if (this.following === finder) return;
    this.following = finder;
    const { entered, indexed } = completion(finder, loaded);
    const update = () => this.following === finder && this.requestUpdate();
    // The whole count ("3,989 results") needs the page's first NumberFormat, slow to make: it is made in a task of its own.
    entered.then(() => numberFormat(this.locale)).then(nextSlice).then(update);
    // The render with the whole index in a task of its own, not in the one that made its word list.
    indexed.then(nextSlice).then(update);
  }

  private showMore() {
    this.focusTarget = { result: this.shown };
    this.shown += this.pageSize;
  }

  private renderViewSwitch() {
    return html`<div class="views" role="group" aria-label=${msg('Cómo ver los resultados')}>
        <button type="button" aria-pressed=${String(!this.showMap)} @click=${() => (this.showMap = false)}>${msg('Lista')}</button>
        <button type="button" aria-pressed=${String(this.showMap)} @click=${() => (this.showMap = true)}>${msg('Mapa')}</button>
      </div>${this.showMap ? nothing : html`<button type="button" class="print-list" part="print" @click=${() => printOnly(this)}>${msg('Imprimir la lista')}</button>`}`;
  }

  /**
   * Every office of the results (in the chosen city), on a map with the same offices listed
   * beside it (under it on a phone), so nothing is map-only. The map's own
   * map / list switch is hidden: the finder's switch above is the one.
   */
  private renderMap(groups: ResultGroup[], city: City | undefined) {
    const offices = groups
      .flatMap((g) => g.offices)
      .filter(({ entry }) => entry.location && (!city || entry.location.city_id === city.id))
      .map(({ entry }) => ({ org: entry.org, location: entry.location! }));
    return html`<camino-office-map
      class="results-map"
      part="map"
      hide-view-switch
      .offices=${offices}
      lang=${this.locale}
      src=${this.src ?? nothing}
      data-lang=${this.dataLang ?? nothing}
      tile-url=${this.tileUrl ?? nothing}
      tile-attribution=${this.tileAttribution ?? nothing}
      heading-level=${Math.min(6, this.headingLevel + 1)}
      stale-after=${this.staleAfter}
      corrections-to=${this.correctionsTo ?? nothing}
    ></camino-office-map>`;
  }

  /**
   * "4 resultados en Tijuana": what the list shows. When the city has none but organisations without
   * an office there serve it (shown below under their own heading), the count is theirs, without the
   * city's name: "0 resultados en Oaxaca" above a result would not be true.
   */
  private countText(count: number, city: City | undefined, elsewhere: number): unknown {
    const results = counted(msg('one{# resultado}other{# resultados}'), count || elsewhere, this.locale);
    return city && (count || !elsewhere) ? msg(html`${results} en ${placeName(city.name)}`) : results;
  }

  /** What the search did with the words: those not in the directory, results with only some words (and then the shorter searches). */
  private renderQueryNotes({ unused, notUnderstood, partial, nextSteps }: FinderAnswer) {
    return (unused.length && !notUnderstood) || partial
      ? html`<div class="notes" part="notes">
          ${unused.length && !notUnderstood
            ? html`<p>${msg(html`No buscamos estas palabras porque no están en la lista de servicios: ${isolatedList(unused, this.locale)}.`)}</p>`
            : nothing}
          ${partial ? html`<p>${msg('Ningún resultado tiene todas sus palabras. Primero están los que tienen más.')}</p>${this.renderNextSteps(nextSteps)}` : nothing}
        </div>`
      : nothing;
  }

  /** Near me, far from the chosen city: the nearest city that has results, one tap away. */
  private renderNearestCity(nearest: NonNullable<FinderAnswer['nearestCity']>, city: City) {
    const km = numberFormat(this.locale, { style: 'unit', unit: 'kilometer', maximumFractionDigits: 0 }).format(nearest.fromChosen.km);
    return html`<div class="notes" part="notes">
      <p>${msg(html`Está a unos ${km} de ${placeName(city.name)}. La ciudad más cercana con servicios es ${placeName(nearest.city.name)}.`)}</p>
      ${this.renderNextSteps([{ kind: 'city', city: nearest.city, count: nearest.count }])}
    </div>`;
  }

  /** Next steps that have results, each with how many organisations it shows, one tap away. */
  private renderNextSteps(steps: NextStep[]) {
    return html`<ul class="suggestions" part="next-steps">
      ${steps.map((step) => {
        const count = formatCount(step.count, this.locale);
        const label =
          step.kind === 'fewer-words'
            ? msg(html`Buscar solo «${isolated(step.text)}» (${count})`)
            : step.kind === 'city'
              ? msg(html`Buscar en ${placeName(step.city.name)} (${count})`)
              : step.kind === 'elsewhere'
                ? html`${this.elsewhereTitle()} (${count})`
                : step.kind === 'no-filters'
                  ? msg(str`Buscar sin filtros (${count})`)
                  : msg(str`Ver todos los servicios (${count})`);
        return html`<li><button type="button" class="link" @click=${() => this.takeStep(step)}>${label}</button></li>`;
      })}
    </ul>`;
  }

  private takeStep(step: NextStep) {
    this.focusTarget = step.kind === 'elsewhere' ? 'elsewhere' : 'results';
    if (step.kind === 'fewer-words') this.setText(step.text);
    if (step.kind === 'clear-search') this.setText('');
    if (step.kind === 'city') this.setFilter('city', step.city.id);
    if (step.kind === 'no-filters') this.clearFilters();
    this.shown = this.pageSize;
    this.requestUpdate();
  }

  private renderForm(index: DirectoryIndex, { offered }: FinderSearch) {
    const cities = index.cities.filter((c) => offered.cities.has(c.id));
    const languages = [...offered.languages];
    // Camino's kinds of help, with "other help" only where a partner's directory has some.
    const kinds = TAXONOMY_IDS.filter((id) => id !== 'other' || offered.kinds.has(id));
    const languageName = (code: string) => displayNames(this.locale, { type: 'language' }).of(code) ?? code;
    // The search question is the finder's heading: visible, as the box's label always was, and the
    // level the page gives, so the results below it sit one level down with no level skipped.
    return html`<form class="search" part="search" role="search" aria-labelledby="query-heading" @submit=${(e: Event) => e.preventDefault()}>
      ${heading(headingTag(this.headingLevel), html`<label for="query">${msg('¿Qué ayuda busca?')}</label>`, { id: 'query-heading', class: 'query-label' })}
      <input
        id="query"
        type="search"
        part="search-input"
        autocomplete="off"
        enterkeyhint="search"
        placeholder=${msg('Por ejemplo: abogado, albergue, psicóloga')}
        .value=${this.text}
        @focus=${this.prepareSearch}
        @input=${(e: Event) => this.textTyped((e.target as HTMLInputElement).value)}
      />
      <div class="filters" part="filters">
        <label
          >${msg('Ciudad')}
          <select
            ${selectOptions([{ value: '', label: msg('Todas las ciudades') }, ...cities.map((c) => ({ value: c.id, label: c.name, noTranslate: true }))], this.cityId)}
            @change=${(e: Event) => this.setFilter('city', (e.target as HTMLSelectElement).value)}
          ></select>
        </label>
        <label
          >${msg('Tipo de ayuda')}
          <select
            ${selectOptions([{ value: '', label: msg('Todos los tipos') }, ...kinds.map((id) => ({ value: id, label: taxonomyLabel(id) }))], this.serviceId)}
            @change=${(e: Event) => this.setFilter('service', (e.target as HTMLSelectElement).value)}
          ></select>
        </label>
        <label
          >${msg('¿Para quién?')}
          <select
            ${selectOptions(
              [{ value: '', label: msg('Cualquier persona') }, ...POPULATIONS.filter((p) => p !== 'everyone').map((id) => ({ value: id, label: populationLabel(id) }))],
              this.populationId,
            )}
            @change=${(e: Event) => this.setFilter('population', (e.target as HTMLSelectElement).value)}
          ></select>
        </label>
        ${languages.length
          ? html`<label
              >${msg('Idioma que hablan')}
              <select
                ${selectOptions([{ value: '', label: msg('Cualquier idioma') }, ...languages.map((code) => ({ value: code, label: languageName(code) }))], this.language)}
                @change=${(e: Event) => (this.language = (e.target as HTMLSelectElement).value)}
              ></select>
            </label>`
          : nothing}
        <label class="check"
          ><input type="checkbox" .checked=${this.openNow} @change=${(e: Event) => (this.openNow = (e.target as HTMLInputElement).checked)} />
          ${msg('No mostrar lugares cerrados ahora')}</label
        >
        <button type="button" class="near-me" aria-pressed=${this.geo === 'on' ? 'true' : 'false'} @click=${this.toggleNearMe}>
          ${msg('Cerca de mí')}
        </button>
      </div>
    </form>`;
  }

  /**
   * Builds the search index when the reader reaches the search box, before
   * the first keystroke, and not while the first results are being painted.
   */
  private prepareSearch() {
    const index = this.loaded?.index;
    // A `src` directory's is built in slices, ahead of need.
    if (index && !finderFor(index).inSlices) finderFor(index).prepare();
  }

  private setFilter(which: 'city' | 'service' | 'population', value: string) {
    if (which === 'city') this.cityId = value;
    if (which === 'service') this.serviceId = value;
    if (which === 'population') this.populationId = value;
    this.unknown = { ...this.unknown, [which]: undefined };
    this.shown = this.pageSize;
  }

  private renderUnknownValues(index: DirectoryIndex) {
    const { city, service, population } = this.unknown;
    if (!city && !service && !population) return nothing;
    const cityNames = index.cities.map((c) => c.name);
    return html`<div class="message" role="status" part="message">
      ${city ? html`<p>${msg(html`No conocemos la ciudad «${isolated(city)}». Mostramos todas las ciudades.`)}${` ${msg('Ciudades que conocemos:')} `}<span translate="no">${isolatedList(cityNames, this.locale, 'es')}</span>.</p>` : nothing}
      ${service ? html`<p>${msg(html`No conocemos el tipo de ayuda «${isolated(service)}».`)}${` ${msg('Tipos de ayuda:')} `}${formatList(TAXONOMY_IDS.map(taxonomyLabel), this.locale)}.</p>` : nothing}
      ${population
        ? html`<p>${msg(html`No conocemos el grupo «${isolated(population)}».`)}${` ${msg('Grupos:')} `}${formatList(POPULATIONS.filter((p) => p !== 'everyone').map(populationLabel), this.locale)}.</p>`
        : nothing}
    </div>`;
  }

  private toggleNearMe() {
    if (this.geo === 'on' || this.geo === 'asking') {
      this.geo = 'off';
      this.position = undefined;
      return;
    }
    if (!navigator.geolocation) {
      this.geo = 'unavailable';
      return;
    }
    this.geo = 'asking';
    // The position stays in this page: it only orders results and is never sent anywhere.
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        if (this.geo !== 'asking') return;
        this.position = { latitude: coords.latitude, longitude: coords.longitude };
        this.geo = 'on';
      },
      (error) => {
        if (this.geo !== 'asking') return;
        this.geo = error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable';
      },
      { maximumAge: 300_000, timeout: 15_000 },
    );
  }

  /** What near me is doing, said in the status region that is always in the page, so screen readers announce each change. */
  private geoMessage() {
    switch (this.geo) {
      case 'asking':
        return msg('Buscando dónde está usted…');
      case 'on':
        return msg('Primero, los más cercanos. No enviamos su ubicación a nadie.');
      case 'denied':
        return msg('No tenemos permiso para saber dónde está. Elija una ciudad en la lista.');
      case 'unavailable':
        return msg('No pudimos saber dónde está. Elija una ciudad en la lista.');
      default:
        return '';
    }
  }

  /** One result; `depth` levels below the finder's heading (1, or 2 under the "serve from a distance" heading); in the first frame with results, without what the screen does not show yet. */
  private renderGroup(group: ResultGroup, now: Date, depth = 1, firstFrame = false) {
    const id = group.org.id;
    const first = group.offices[0].entry;
    const expanded = this.expanded.has(id);
    return renderResult({
      group,
      index: this.loaded!.index!,
      titleTag: headingTag(this.headingLevel, depth),
      locale: this.locale,
      rtl: this.direction === 'rtl',
      now,
      expanded,
      onToggle: () => this.toggle(first),
      othersShown: this.othersShown.has(id),
      onOthers: () => this.toggleOthers(id),
      staleAfter: this.staleAfterYears,
      dataLang: this.dataLang,
      correctionChannel: this.correctionChannel,
      firstFrame,
      details: expanded
        ? html`<camino-org-card
            org=${id}
            city=${first.location?.city_id ?? nothing}
            src=${this.src ?? nothing}
            data-lang=${this.dataLang ?? nothing}
            lang=${this.locale}
            heading-level=${Math.min(6, this.headingLevel + depth + 1)}
            stale-after=${this.staleAfter}
            corrections-to=${this.correctionsTo ?? nothing}
          ></camino-org-card>`
        : nothing,
    });
  }

  private toggle(entry: FinderEntry) {
    const expanded = new Set(this.expanded);
    if (expanded.delete(entry.org.id)) {
      this.expanded = expanded;
      if (!expanded.size) this.back.closed();
      return;
    }
    expanded.add(entry.org.id);
    this.expanded = expanded;
    this.back.opened();
    this.dispatchEvent(selectEvent({ organizationId: entry.org.id, locationId: entry.location?.id }));
  }

  /** Back: every open result closes, and the keyboard is on the last one's "show details" again. */
  private closeDetails() {
    const last = [...this.expanded].pop();
    this.expanded = new Set();
    if (last) this.focusTarget = { toggle: last };
  }

  private toggleOthers(id: string) {
    const shown = new Set(this.othersShown);
    if (!shown.delete(id)) {
      shown.add(id);
      this.focusTarget = { others: id };
    }
    this.othersShown = shown;
  }

  private renderEmpty(answer: FinderAnswer, city: City | undefined, index: DirectoryIndex) {
    const query = this.text.trim();
    return html`<div class="empty" part="empty">
      <p>
        ${!index.organizations.some((org) => org.services.length)
          ? // A directory of organisations alone (HSDS organization_list): no words or filters would find one.
            msg('La lista de servicios está vacía.')
          : query
          ? city
            ? msg(html`No encontramos servicios para «${isolated(query)}» en ${placeName(city.name)}.`)
            : msg(html`No encontramos servicios para «${isolated(query)}».`)
          : city
            ? msg(html`No encontramos servicios con estos filtros en ${placeName(city.name)}.`)
            : msg('No encontramos servicios con estos filtros.')}
      </p>
      ${answer.nextSteps.length ? this.renderNextSteps(answer.nextSteps) : nothing}
    </div>`;
  }

  private clearFilters() {
    this.serviceId = '';
    this.populationId = '';
    this.language = '';
    this.openNow = false;
    this.unknown = {};
  }

  /** "No tienen oficina en Tijuana, pero ayudan a distancia o en todo el estado": the section's heading, and the next step that leads to it. */
  private elsewhereTitle() {
    const city = this.loaded?.index?.city(this.cityId);
    return msg(html`No tienen oficina en ${placeName(city?.name ?? '')}, pero ayudan a distancia o en todo el estado`);
  }

  /** A part of the results, not a landmark: its heading, one level below the finder's, is how it is found. */
  private renderElsewhere(groups: ResultGroup[], now: Date) {
    return html`<section class="elsewhere">
      ${heading(headingTag(this.headingLevel, 1), this.elsewhereTitle(), { id: 'elsewhere-heading', tabindex: '-1' })}
      <ul class="results" part="results">${groups.map((group) => this.renderGroup(group, now, 2))}</ul>
    </section>`;
  }

  /** The fraud notice, its heading at `level` (one below the finder's heading, or the finder's own when there is no search). */
  private renderFraudNotice(level: number) {
    if (this.hideFraudNotice) return nothing;
    return html`<camino-fraud-notice class="fraud-notice" lang=${this.locale} src=${this.src ?? nothing} data-lang=${this.dataLang ?? nothing} heading-level=${Math.min(6, level)}></camino-fraud-notice>`;
  }
}
