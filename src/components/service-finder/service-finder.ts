import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { CaminoElement } from '../../internal/camino-element.js';
import { heading, headingTag } from '../../internal/heading.js';
import { selectOptions } from '../../internal/select-options.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { contactStyles } from '../../internal/contacts.styles.js';
import { renderSkippedRecords } from '../../internal/directory-failure.js';
import { formatList } from '../../internal/format.js';
import { populationLabel, taxonomyLabel } from '../../internal/labels.js';
import { plural } from '../../internal/plural.js';
import { selectEvent } from '../../internal/events.js';
import { POPULATIONS, TAXONOMY_IDS } from '../../directory/check-directory.js';
import type { DirectoryIndex } from '../../directory/directory-index.js';
import type { City } from '../../directory/format.js';
import { distanceKm } from '../../directory/distance.js';
import { pickText } from '../../directory/localized-text.js';
import { finderEntries, matchEntries, searchableFields, SEARCH_GROUPS, servicesMatching, type FinderEntry } from '../../directory/finder-entries.js';
import { ServiceSearch } from '../../directory/search/service-search.js';
import { renderResult } from './result-card.js';
import { serviceFinderStyles } from './service-finder.styles.js';
import { displayNames, formatCount } from '../../internal/intl-cache.js';
import { foldForMatching } from '../../directory/text-match.js';
import { staleYears } from '../../internal/age-line.js';
import { correctionChannel } from '../../internal/correction.js';
import { claimStyles } from '../../internal/claims.styles.js';
import { isolated, isolatedList } from '../../internal/bidi.js';

/** Entries and search index per directory, built once and shared by every finder on the page. */
const prepared = new WeakMap<DirectoryIndex, { entries: FinderEntry[]; search?: ServiceSearch }>();
function preparedFor(index: DirectoryIndex) {
  let found = prepared.get(index);
  if (!found) prepared.set(index, (found = { entries: finderEntries(index) }));
  return found;
}
/** The search index is built at the first query, not at load: listing needs none. */
function searchFor(index: DirectoryIndex): ServiceSearch {
  const found = preparedFor(index);
  found.search ??= new ServiceSearch(found.entries.map(searchableFields), SEARCH_GROUPS);
  return found.search;
}

type GeoStatus = 'off' | 'asking' | 'on' | 'denied' | 'unavailable';

/** Camino's kinds of help, with "other help" only where a partner's directory has some. */
const kindsOffered = (entries: readonly FinderEntry[]) =>
  TAXONOMY_IDS.filter((id) => id !== 'other' || entries.some((e) => e.services.some((s) => s.taxonomy.includes(id))));

/**
 * @tagname camino-service-finder
 * @summary Search and filter every service in a city, in the reader's language.
 *
 * Free text finds services by organisation, kind of help, people served and
 * place, in Spanish, English, French, Haitian Creole, Portuguese or Arabic,
 * with or without accents and with small typos. Filters narrow by kind of
 * help, people served, language, "open now" and "near me" (the reader's
 * position is used only inside the page).
 *
 * @event camino-select - A person opened a result. `detail`: `{ organizationId, locationId? }`. Bubbles and crosses shadow roots.
 *
 * @csspart search - The search form.
 * @csspart search-input - The search box.
 * @csspart filters - The filters.
 * @csspart count - The number of results (announced to screen readers).
 * @csspart results - The list of results.
 * @csspart result - Each result.
 * @csspart open-state - A result's open / closed line.
 * @csspart actions - A result's call / WhatsApp / directions links.
 * @csspart age - A result's "Information from 2019", and past `stale-after` years "It may have changed".
 * @csspart status - "It may no longer work" and why, for an office or services the sources do not show open.
 * @csspart no-contact - "No contact in the directory" and organisations nearby that can be reached.
 * @csspart report - A result's "report a mistake" link (only with a correction channel).
 * @csspart more - The "show more" button.
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
export class CaminoServiceFinder extends CaminoElement {
  static override styles = [sharedStyles, contactStyles, claimStyles, serviceFinderStyles];

  /**
   * City to search in: id, name or alias, any case, with or without accents
   * ("tijuana", "Ciudad Juárez", "juarez", "CDMX"). Without it, every city; the
   * reader can change it with the city picker.
   */
  @property({ reflect: true }) city?: string;

  /** Kind of help to preselect, a taxonomy id: legal, shelter, health, mental-health, gbv, human-rights, family-reunification, livelihoods, information, humanitarian-aid, other (a partner's service no taxonomy mapping places). */
  @property({ reflect: true }) service?: string;

  /** People served to preselect: women, children, lgbtqi, indigenous, families, deportees. */
  @property({ reflect: true }) population?: string;

  /** Initial search text. */
  @property({ reflect: true }) query?: string;

  /** Results per page (default 10); "show more" adds as many again. */
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

  /** Level of the result headings' parent (1–6; default 2): results are one level below. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /**
   * Years after which a result's information "may have changed: call before you go" (default 3),
   * counted from the date of its newest source. Also given to the org cards the results open.
   */
  @property({ attribute: 'stale-after', type: Number }) staleAfter = 3;

  /**
   * Where people report a mistake in the built-in directory: an e-mail address, or an http(s)
   * page where `{id}` and `{name}` are replaced by the record's. A `src` directory's own
   * `maintainer` is used first. Without either, results have no "report a mistake" link.
   */
  @property({ attribute: 'corrections-to' }) correctionsTo?: string;

  @state() private text = '';
  @state() private cityId = '';
  @state() private serviceId = '';
  @state() private populationId = '';
  @state() private language = '';
  @state() private openNow = false;
  @state() private shown = 10;
  @state() private expanded = new Set<string>();
  @state() private geo: GeoStatus = 'off';
  @state() private showMap = false;
  private position?: { latitude: number; longitude: number };
  private attributesReadFor?: DirectoryIndex;
  /** Attribute values that named nothing, shown until the reader changes the filter. */
  @state() private unknown: { city?: string; service?: string; population?: string } = {};

  protected override willUpdate(changed: PropertyValues) {
    super.willUpdate(changed);
    if (changed.has('query')) this.text = this.query ?? '';
    if (changed.has('limit')) this.shown = this.pageSize;
    if (changed.has('view')) this.showMap = this.view === 'map';
    const index = this.loaded?.index;
    // Attribute values are read again whenever they or the directory change.
    if (index && (changed.has('city') || changed.has('service') || changed.has('population') || this.attributesReadFor !== index)) {
      this.attributesReadFor = index;
      this.applyAttributes(index);
    }
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
    if (failure || !loaded.index) return this.inLanguage(html`${failure}${this.renderFraudNotice()}`);
    const index = loaded.index;
    const { entries } = preparedFor(index);
    const city = this.cityId ? index.city(this.cityId) : undefined;
    const now = new Date();
    const filters = { service: this.serviceId, population: this.populationId, language: this.language, openNow: this.openNow, now };

    const query = this.text.trim();
    const scores = query ? searchFor(index).search(query) : undefined;
    const { here, nearby } = matchEntries(entries, scores, filters, city);
    const results = this.sorted(here, index);

    return this.inLanguage(html`
      ${renderSkippedRecords(loaded) ?? nothing}
      ${this.renderForm(index, entries)}
      ${this.renderUnknownValues(index)}
      ${this.renderGeoStatus()}
      <p class="count" part="count" role="status">${this.countText(results.length, city)}</p>
      ${this.renderViewSwitch()}
      ${results.length
        ? this.showMap
          ? this.renderMap(results.map((r) => r.entry))
          : html`<ul class="results" part="results">
                ${results.slice(0, this.shown).map(({ entry }) => this.renderEntry(entry, filters, now))}
              </ul>
              ${results.length > this.shown
                ? html`<button type="button" class="more" part="more" @click=${() => (this.shown += this.pageSize)}>
                    ${msg(str`Mostrar más (${formatCount(results.length - this.shown, this.locale)})`)}
                  </button>`
                : nothing}`
        : this.renderEmpty(query, city, nearby.length > 0)}
      ${nearby.length ? this.renderNearby(nearby.map((c) => c.entry), city!, filters, now) : nothing}
      ${this.renderFraudNotice()}
    `, 'root finder');
  }

  private renderViewSwitch() {
    return html`<div class="views" role="group" aria-label=${msg('Mostrar resultados como')}>
      <button type="button" aria-pressed=${String(!this.showMap)} @click=${() => (this.showMap = false)}>${msg('Lista')}</button>
      <button type="button" aria-pressed=${String(this.showMap)} @click=${() => (this.showMap = true)}>${msg('Mapa')}</button>
    </div>`;
  }

  /** The results with an office, on a map; the map lists them beside it too, so nothing is map-only. */
  private renderMap(entries: FinderEntry[]) {
    const offices = entries.filter((e) => e.location).map((e) => ({ org: e.org, location: e.location! }));
    return html`<camino-office-map
      class="results-map"
      part="map"
      .offices=${offices}
      lang=${this.locale}
      src=${this.src ?? nothing}
      data-lang=${this.dataLang ?? nothing}
      tile-url=${this.tileUrl ?? nothing}
      tile-attribution=${this.tileAttribution ?? nothing}
      heading-level=${Math.min(6, this.headingLevel + 1)}
    ></camino-office-map>`;
  }

  private sorted(candidates: { entry: FinderEntry; score: number }[], index: DirectoryIndex) {
    // Folded names sort well enough for organisation names and cost nothing,
    // where an Intl.Collator costs tens of milliseconds to create on a cheap phone.
    const names = new Map(candidates.map(({ entry }) => [entry, foldForMatching(pickText(entry.org.name, this.locale)?.text ?? entry.org.id)]));
    const byName = (a: FinderEntry, b: FinderEntry) => (names.get(a)! < names.get(b)! ? -1 : names.get(a)! > names.get(b)! ? 1 : 0);
    const distance = (entry: FinderEntry) =>
      this.position && entry.location?.latitude !== undefined ? distanceKm(this.position, entry.location as { latitude: number; longitude: number }) : Infinity;
    const cityOrder = new Map(index.cities.map((c, i) => [c.id, i]));
    return [...candidates].sort(
      (a, b) =>
        (this.position ? distance(a.entry) - distance(b.entry) : 0) ||
        b.score - a.score ||
        byName(a.entry, b.entry) ||
        (cityOrder.get(a.entry.location?.city_id ?? '') ?? 0) - (cityOrder.get(b.entry.location?.city_id ?? '') ?? 0),
    );
  }

  private countText(count: number, city: City | undefined): unknown {
    const shown = formatCount(count, this.locale);
    return city
      ? plural<unknown>(count, this.locale, {
          one: () => msg(html`${shown} resultado en ${isolated(city.name)}`),
          other: () => msg(html`${shown} resultados en ${isolated(city.name)}`),
        })
      : plural(count, this.locale, {
          one: () => msg(str`${shown} resultado`),
          other: () => msg(str`${shown} resultados`),
        });
  }

  private renderForm(index: DirectoryIndex, entries: FinderEntry[]) {
    const cities = index.cities.filter((c) => entries.some((e) => e.location?.city_id === c.id));
    const languages = [...new Set(entries.flatMap((e) => e.services.flatMap((s) => s.languages ?? [])))];
    const languageName = (code: string) => displayNames(this.locale, { type: 'language' }).of(code) ?? code;
    return html`<form class="search" part="search" role="search" aria-label=${msg('Buscar servicios')} @submit=${(e: Event) => e.preventDefault()}>
      <label for="query" class="query-label">${msg('¿Qué ayuda busca?')}</label>
      <input
        id="query"
        type="search"
        part="search-input"
        autocomplete="off"
        enterkeyhint="search"
        placeholder=${msg('Por ejemplo: abogado, albergue, psicóloga')}
        .value=${this.text}
        @focus=${this.prepareSearch}
        @input=${(e: Event) => {
          this.text = (e.target as HTMLInputElement).value;
          this.shown = this.pageSize;
        }}
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
            ${selectOptions([{ value: '', label: msg('Toda la ayuda') }, ...kindsOffered(entries).map((id) => ({ value: id, label: taxonomyLabel(id) }))], this.serviceId)}
            @change=${(e: Event) => this.setFilter('service', (e.target as HTMLSelectElement).value)}
          ></select>
        </label>
        <label
          >${msg('Para')}
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
              >${msg('Idioma')}
              <select
                ${selectOptions([{ value: '', label: msg('Cualquier idioma') }, ...languages.map((code) => ({ value: code, label: languageName(code) }))], this.language)}
                @change=${(e: Event) => (this.language = (e.target as HTMLSelectElement).value)}
              ></select>
            </label>`
          : nothing}
        <label class="check"
          ><input type="checkbox" .checked=${this.openNow} @change=${(e: Event) => (this.openNow = (e.target as HTMLInputElement).checked)} />
          ${msg('Abierto ahora')}</label
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
    if (index) searchFor(index);
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
      ${city ? html`<p>${msg(html`No encontramos la ciudad «${isolated(city)}». Se muestran todas las ciudades.`)} ${msg('Ciudades disponibles:')} <span translate="no">${isolatedList(cityNames, this.locale)}</span>.</p>` : nothing}
      ${service ? html`<p>${msg(html`No conocemos el tipo de ayuda «${isolated(service)}».`)} ${msg('Tipos disponibles:')} ${formatList(TAXONOMY_IDS.map(taxonomyLabel), this.locale)}.</p>` : nothing}
      ${population
        ? html`<p>${msg(html`No conocemos el grupo «${isolated(population)}».`)} ${msg('Grupos disponibles:')} ${formatList(POPULATIONS.filter((p) => p !== 'everyone').map(populationLabel), this.locale)}.</p>`
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
    // The position stays in this page: it only sorts results and is never sent anywhere.
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

  private renderGeoStatus() {
    switch (this.geo) {
      case 'asking':
        return html`<p class="geo" role="status">${msg('Buscando su ubicación…')}</p>`;
      case 'on':
        return html`<p class="geo" role="status">${msg('Ordenado por distancia. Su ubicación no sale de esta página.')}</p>`;
      case 'denied':
        return html`<p class="geo message" role="status">${msg('No tenemos permiso para ver su ubicación. Elija una ciudad en la lista.')}</p>`;
      case 'unavailable':
        return html`<p class="geo message" role="status">${msg('No pudimos obtener su ubicación. Elija una ciudad en la lista.')}</p>`;
      default:
        return nothing;
    }
  }

  private renderEntry(entry: FinderEntry, filters: Parameters<typeof servicesMatching>[1], now: Date) {
    const expanded = this.expanded.has(entry.key);
    const position = this.position;
    const location = entry.location;
    return renderResult({
      entry,
      index: this.loaded!.index!,
      services: servicesMatching(entry, filters),
      titleTag: headingTag(this.headingLevel, 1),
      locale: this.locale,
      now,
      distanceKm: position && location?.latitude !== undefined ? distanceKm(position, location as { latitude: number; longitude: number }) : undefined,
      expanded,
      onToggle: () => this.toggle(entry),
      staleAfter: staleYears(this.staleAfter),
      correctionChannel: correctionChannel(this.loaded!.index!.maintainer, this.correctionsTo, (m) => this.warnOnce(m)),
      details: expanded
        ? html`<camino-org-card
            org=${entry.org.id}
            city=${entry.location?.city_id ?? nothing}
            src=${this.src ?? nothing}
            data-lang=${this.dataLang ?? nothing}
            lang=${this.locale}
            heading-level=${Math.min(6, this.headingLevel + 2)}
            stale-after=${this.staleAfter}
            corrections-to=${this.correctionsTo ?? nothing}
          ></camino-org-card>`
        : nothing,
    });
  }

  private toggle(entry: FinderEntry) {
    const expanded = new Set(this.expanded);
    if (expanded.delete(entry.key)) {
      this.expanded = expanded;
      return;
    }
    expanded.add(entry.key);
    this.expanded = expanded;
    this.dispatchEvent(selectEvent({ organizationId: entry.org.id, locationId: entry.location?.id }));
  }

  private renderEmpty(query: string, city: City | undefined, hasNearby: boolean) {
    const filtered = this.serviceId || this.populationId || this.language || this.openNow;
    return html`<div class="empty" part="empty">
      <p>
        ${query
          ? city
            ? msg(html`No encontramos servicios para «${isolated(query)}» en ${isolated(city.name)}.`)
            : msg(html`No encontramos servicios para «${isolated(query)}».`)
          : city
            ? msg(html`No encontramos servicios con estos filtros en ${isolated(city.name)}.`)
            : msg('No encontramos servicios con estos filtros.')}
      </p>
      <ul class="suggestions">
        ${city
          ? html`<li><button type="button" class="link" @click=${() => this.setFilter('city', '')}>${msg('Buscar en todas las ciudades')}</button></li>`
          : nothing}
        ${filtered
          ? html`<li><button type="button" class="link" @click=${this.clearFilters}>${msg('Quitar los filtros')}</button></li>`
          : nothing}
        ${hasNearby ? html`<li>${msg('Vea abajo las organizaciones que atienden a distancia o en todo el estado.')}</li>` : nothing}
      </ul>
    </div>`;
  }

  private clearFilters() {
    this.serviceId = '';
    this.populationId = '';
    this.language = '';
    this.openNow = false;
    this.unknown = {};
  }

  private renderNearby(entries: FinderEntry[], city: City, filters: Parameters<typeof servicesMatching>[1], now: Date) {
    const h = headingTag(this.headingLevel);
    return html`<section class="nearby" aria-labelledby="nearby-heading">
      ${heading(h, msg(html`Sin oficina en ${isolated(city.name)}, pero atienden a distancia o en todo el estado`), { id: 'nearby-heading' })}
      <ul class="results" part="results">${entries.map((entry) => this.renderEntry(entry, filters, now))}</ul>
    </section>`;
  }

  private renderFraudNotice() {
    if (this.hideFraudNotice) return nothing;
    return html`<camino-fraud-notice class="fraud-notice" lang=${this.locale} src=${this.src ?? nothing} data-lang=${this.dataLang ?? nothing} heading-level=${this.headingLevel}></camino-fraud-notice>`;
  }
}
