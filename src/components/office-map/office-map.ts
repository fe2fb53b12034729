import { adoptStyles, html, nothing, unsafeCSS, type CSSResult, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { RecordElement } from '../../internal/record-element.js';
import { heading, headingTag } from '../../internal/heading.js';
import { sharedStyles } from '../../internal/shared.styles.js';
import { contactStyles } from '../../internal/contacts.styles.js';
import { renderSkippedRecords } from '../../internal/directory-failure.js';
import { selectEvent } from '../../internal/events.js';
import { formatList } from '../../internal/format.js';
import { formatCount } from '../../internal/intl-cache.js';
import { taxonomyLabel } from '../../internal/labels.js';
import { TAXONOMY_IDS } from '../../directory/check-directory.js';
import { pickText } from '../../directory/localized-text.js';
import type { DirectoryIndex } from '../../directory/directory-index.js';
import { builtInDirectory } from '../../directory/load-directory.js';
import { nextSlice } from '../../directory/slices.js';
import { officeStyles } from '../org-card/office.styles.js';
import { claimStyles } from '../../internal/claims.styles.js';
import { recordActionStyles } from '../../internal/record-actions.js';
import { givenOffices, inOrder, matchingOffices, officesOf, type MapOffice, type Matches } from './matching-offices.js';
import { LIST_PAGE, renderOfficeList } from './office-list.js';
import { renderGroupCard, renderOfficeCard } from './office-card.js';
import type { MapView } from './map-view.js';
import { loadMapEngine, type MapEngine } from './load-map-engine.js';
import type { MarkerLabel } from './marker-icons.js';
import { openStreetMapAttribution, safeAttribution } from './tile-attribution.js';
import { officeMapStyles } from './office-map.styles.js';
import { isolated, isolatedList, placeName } from '../../internal/bidi.js';
import { counted } from '../../internal/plural.js';
import { BackCloses } from '../../internal/back-closes.js';
import { printStyles } from '../../internal/print.js';

export type { MapOffice } from './matching-offices.js';

const OPENSTREETMAP_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

type Opened = { office: number } | { group: number[] };

/** The element's styles that come before Leaflet's, which arrive with the map engine; the map's own rules refine Leaflet's, after it. */
const STYLES_BEFORE_LEAFLET = [sharedStyles, contactStyles, officeStyles, claimStyles, recordActionStyles, printStyles];
/** Leaflet's stylesheet, made once for every map on the page. */
let leafletStyles: CSSResult | undefined;

/**
 * @tagname camino-office-map
 * @summary A map of offices, with the same offices as a list: choose one to see how to reach it and whether it is open now.
 *
 * Opening an office's card adds a browser history entry, so Back closes the
 * card instead of leaving the page (`no-history` turns this off).
 *
 * @event camino-select - A person opened an office's card (from a marker or the list). `detail`: `{ organizationId, locationId }`. Bubbles and crosses shadow roots.
 *
 * @csspart heading - The element's heading ("Offices in Tapachula (4)").
 * @csspart map - The map.
 * @csspart legend - The key to the markers under the map.
 * @csspart tile-notice - The notice shown when the map's tiles do not load.
 * @csspart map-notice - Over the map: "loading" while the map's engine is fetched (the first map shown on a page), or that the map could not be loaded, with a button to try again.
 * @csspart list - The list of offices.
 * @csspart card - The card of the chosen office, or of the offices at one point.
 * @csspart office - The office inside the card.
 * @csspart open-state - The office's "open now / closed now".
 * @csspart status - What an office the sources do not show open says, and why (no directions then).
 * @csspart actions - The office's directions link.
 * @csspart age - The card's "Information from 2019", and past `stale-after` years "It may have changed".
 * @csspart no-contact - The card's "We have no phone and no e-mail for this organization" and who nearby can be reached.
 * @csspart report - The card's "Report a mistake" link (only with a correction channel).
 * @csspart message - A message about bad input (unknown city, org or service; unusable `src`).
 *
 * @cssproperty --camino-map-height - Height of the map (and of the list beside it). Default: `clamp(16rem, 60vh, 32rem)`.
 * @cssproperty --camino-font-family - Font of all text. Default: the page's.
 * @cssproperty --camino-color-text - Text colour.
 * @cssproperty --camino-color-muted - Secondary text.
 * @cssproperty --camino-color-background - Background of the card and the list's buttons.
 * @cssproperty --camino-color-surface - Background of the map before tiles load, of notices and of the office.
 * @cssproperty --camino-color-border - Borders.
 * @cssproperty --camino-color-accent - Markers, links and buttons.
 * @cssproperty --camino-color-open - "Open now".
 * @cssproperty --camino-color-closed - "Closed now".
 * @cssproperty --camino-radius - Corner radius.
 * @cssproperty --camino-spacing - Base spacing unit.
 * @cssproperty --camino-focus-color - Keyboard focus ring, also on markers.
 */
export class CaminoOfficeMap extends RecordElement {
  static override styles = [...STYLES_BEFORE_LEAFLET, officeMapStyles];

  /** Only the offices in this city: its id, name or a common alias ("tapachula", "CDMX"), whatever the case and accents. */
  @property({ reflect: true }) city?: string;

  /** Only this organisation's offices: its id ("unhcr", "hias"). */
  @property({ reflect: true }) org?: string;

  /**
   * Only offices that offer this kind of service: `legal`, `shelter`, `health`, `mental-health`, `gbv`,
   * `human-rights`, `family-reunification`, `livelihoods`, `information` or `humanitarian-aid`.
   */
  @property({ reflect: true }) service?: string;

  /**
   * Map tiles: a URL template with `{z}`, `{x}` and `{y}` (and `{s}` if the server uses subdomains),
   * for a partner's own tile server. Default: OpenStreetMap's standard tiles.
   */
  @property({ attribute: 'tile-url', reflect: true }) tileUrl?: string;

  /**
   * Credit for `tile-url`'s tiles, as their licence asks. Text, and links (`<a href>`) to http(s)
   * addresses; other markup is shown as text. Default: OpenStreetMap's credit.
   */
  @property({ attribute: 'tile-attribution', reflect: true }) tileAttribution?: string;

  /**
   * Hides the map / list switch that narrow screens get: the map and the list
   * are then both shown, the list under the map. For a page that has its own
   * switch, as `<camino-service-finder>` has.
   */
  @property({ attribute: 'hide-view-switch', type: Boolean }) hideViewSwitch = false;

  /** Level of the element's heading (1–6), to fit the host page's outline; the card's heading sits one level below. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /**
   * The offices to show, set from a script: `{ org, location }` pairs of the directory's
   * organisations and their locations (another element's search results, for instance). While
   * set, `city`, `org` and `service` are not used. Cities are looked up in this element's
   * directory (`src`, or the built-in one).
   */
  @property({ attribute: false }) offices?: readonly MapOffice[];

  /**
   * Opening an office's card adds no browser history entry, and Back is left to the page: for a
   * host page whose own router must see every history change.
   */
  @property({ attribute: 'no-history', type: Boolean }) noHistory = false;

  @state() private found?: Matches;
  @state() private opened?: Opened;
  @state() private listView = false;
  @state() private listShown = LIST_PAGE;
  @state() private tilesFailing = false;
  /** The map engine is being fetched, or could not be (the map then says so, and the list still works). */
  @state() private engine?: 'loading' | 'failed';

  private mapView?: MapView;
  private hasLeafletStyles = false;
  private mapContainer?: HTMLElement;
  private mapOffices?: Matches['offices'];
  private mapLocale?: string;
  /** The locale the list was sorted in. */
  private foundLocale?: string;
  private resizeObserver?: ResizeObserver;
  /** Where focus goes back to when the card closes: the marker or list entry that opened it. */
  private opener?: HTMLElement;
  private readonly back = new BackCloses(this, () => this.close());

  override connectedCallback() {
    super.connectedCallback();
    this.resizeObserver = new ResizeObserver(() => this.fitToContainer());
    if (this.hasUpdated) this.attachMap();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.detachMap();
  }

  protected override willUpdate(changed: PropertyValues) {
    super.willUpdate(changed);
    const index = this.loaded?.index ?? (this.offices && this.loaded ? builtInDirectory() : undefined);
    const inputs = ['loaded', 'offices', 'city', 'org', 'service'] as const;
    if (!index || !(inputs.some((name) => changed.has(name)) || this.locale !== this.foundLocale)) return;
    const matches = this.offices ? givenOffices(index, this.offices, this.locale) : matchingOffices(index, this, this.locale);
    this.found = matches;
    this.foundLocale = this.locale;
    this.opened = undefined;
    this.listShown = LIST_PAGE;
    this.showWhenOrdered(index, matches);
  }

  /** More than a few hundred offices are shown once their order is known (worked out once per directory and language). */
  private showWhenOrdered(index: DirectoryIndex, matches: Matches) {
    if (!matches.ordering) {
      this.warnAbout(index, matches);
      return;
    }
    void matches.ordering.then(() => {
      if (this.found !== matches) return;
      this.found = inOrder(index, matches, this.foundLocale!);
      this.showWhenOrdered(index, this.found);
    });
  }

  private warnAbout(index: DirectoryIndex, { unknown, offices, unplaced }: Matches) {
    if (unknown.city) this.warnOnce(`Unknown city "${unknown.city}". Known: ${index.cities.map((c) => c.id).join(', ')}.`);
    if (unknown.org) this.warnOnce(`Unknown org "${unknown.org}". Known ids: ${index.organizations.map((o) => o.id).join(', ')}.`);
    if (unknown.service) this.warnOnce(`Unknown service "${unknown.service}". Known ids: ${TAXONOMY_IDS.join(', ')}.`);
    if (unplaced.length) this.warnOnce(`No position for these offices, nor for their city; they are left off the map: ${unplaced.join(', ')}.`);
    if (!offices.length && !this.offices) {
      const asked = (['city', 'org', 'service'] as const).filter((f) => this[f]?.trim()).map((f) => `${f}="${this[f]!.trim()}"`);
      this.warnOnce(`No office in the directory matches ${asked.join(', ') || 'anything'}.`);
    }
  }

  override render() {
    const loaded = this.loaded;
    if (!loaded) return this.inLanguage(html`<p class="message" role="status" aria-busy="true">${msg('Cargando…')}</p>`);
    const failure = this.renderFailure(loaded);
    const matches = this.found;
    if ((failure && !this.offices) || !matches) return this.inLanguage(failure);
    if (matches.ordering) return this.inLanguage(html`<p class="message" role="status" aria-busy="true">${msg('Cargando…')}</p>`);
    return this.inLanguage(
      html`${failure ?? renderSkippedRecords(loaded) ?? nothing}
        ${this.renderHeading(matches)} ${this.renderProblems(matches)}
        ${matches.offices.length ? this.renderLayout(matches) : nothing}`,
      'root office-map',
    );
  }

  private renderHeading({ offices, city, org, service }: Matches) {
    const h = headingTag(this.headingLevel);
    const orgName = org ? pickText(org.name, this.locale) : undefined;
    const count = formatCount(offices.length, this.locale);
    return html`${heading(h, html`${city ? msg(html`Oficinas en ${placeName(city.name)}`) : msg('Oficinas')}<span class="count">${` (${count})`}</span>`, { id: 'map-heading', class: 'heading', part: 'heading' })}
      ${orgName || service
        ? html`<p class="filters">${orgName ? html`<span lang=${orgName.lang} dir="auto" translate="no">${orgName.text}</span>` : nothing}${orgName && service ? ' · ' : ''}${service ? taxonomyLabel(service) : nothing}</p>`
        : nothing}`;
  }

  private renderProblems({ unknown, offices, unplaced, org, service }: Matches) {
    const index = this.loaded?.index;
    const message = (...lines: unknown[]) => html`<div class="message" role="status" part="message">${lines.map((line) => html`<p>${line}</p>`)}</div>`;
    const citiesWith = (list: readonly MapOffice[]) =>
      html`${`${msg('Ciudades con oficinas:')} `}<span translate="no">${isolatedList([...new Set(list.map((o) => index?.city(o.location.city_id)?.name ?? o.location.city_id ?? ''))], this.locale, 'es')}</span>.`;
    return html`
      ${unknown.org ? message(msg(html`No conocemos la organización «${isolated(unknown.org)}».`), msg('Mostramos las oficinas de todas las organizaciones.')) : nothing}
      ${unknown.city && index
        ? message(msg(html`No conocemos la ciudad «${isolated(unknown.city)}». Mostramos todas las oficinas.`), citiesWith(officesOf(index, org, service)))
        : nothing}
      ${unknown.service
        ? message(msg(html`No conocemos el tipo de ayuda «${isolated(unknown.service)}».`), msg('Mostramos todos los tipos de ayuda.'), html`${`${msg('Tipos de ayuda:')} `}${formatList(TAXONOMY_IDS.map((id) => `${taxonomyLabel(id)} (${id})`), this.locale)}.`)
        : nothing}
      ${!offices.length && index && !this.offices && !unplaced.length
        ? message(msg('No tenemos oficinas para lo que busca.'), officesOf(index, org, service).length ? citiesWith(officesOf(index, org, service)) : nothing)
        : nothing}
      ${!offices.length && (this.offices || unplaced.length) ? message(msg('No hay oficinas que mostrar en el mapa.')) : nothing}
    `;
  }

  private renderLayout({ offices }: Matches) {
    const opened = this.opened;
    const current = opened && 'office' in opened ? opened.office : undefined;
    const view = {
      index: this.loaded?.index ?? builtInDirectory(),
      locale: this.locale,
      rtl: this.direction === 'rtl',
      headingLevel: this.headingLevel,
      dataLang: this.dataLang,
      staleAfter: this.staleAfterYears,
      correctionChannel: this.correctionChannel,
      close: () => this.close(),
    };
    return html`${this.hideViewSwitch
        ? nothing
        : html`<div class="views" role="group" aria-label=${msg('Cómo ver las oficinas')}>
            <button type="button" aria-pressed=${String(!this.listView)} @click=${() => (this.listView = false)}>${msg('Mapa')}</button>
            <button type="button" aria-pressed=${String(this.listView)} @click=${() => (this.listView = true)}>${msg('Lista')}</button>
          </div>`}
      <div class="layout ${this.hideViewSwitch ? '' : this.listView ? 'show-list' : 'show-map'}">
        <div class="map-area">
          <button type="button" class="skip" @click=${() => this.focusList()}>${msg('Saltar el mapa e ir a la lista')}</button>
          <!-- The one landmark of the element: a place a screen reader user goes to, or past. -->
          <div class="map" part="map" role="region" tabindex="-1" aria-label=${msg('Mapa de oficinas')} aria-describedby="map-help" aria-busy=${this.engine === 'loading' ? 'true' : nothing}></div>
          <p id="map-help" class="visually-hidden">${msg('La tecla Tab pasa de una oficina a otra. Las flechas mueven el mapa. + y − lo acercan y lo alejan.')}</p>
          ${this.engine === 'loading' ? html`<p class="map-notice loading" part="map-notice">${msg('Cargando…')}</p>` : nothing}
          <div role="status">${this.tilesFailing
            ? html`<p class="tile-notice" part="tile-notice">${msg('No se pudo cargar la imagen del mapa. Las oficinas siguen en el mapa y en la lista.')}</p>`
            : nothing}${this.engine === 'failed'
            ? html`<div class="map-notice" part="map-notice">
                <p>${msg('No se pudo cargar el mapa. Las oficinas siguen en la lista.')}</p>
                <button type="button" class="retry" @click=${() => this.retryMap()}>${msg('Intentar otra vez')}</button>
              </div>`
            : nothing}</div>
          ${this.engine === 'failed' ? nothing : this.renderLegend()}
        </div>
        <div class="list-area" part="list">
          ${renderOfficeList({ offices, locale: this.locale, shown: this.listShown, current, open: (i) => this.openOffice(i), showMore: () => this.showMoreOffices() })}
        </div>
      </div>
      ${opened && 'office' in opened ? renderOfficeCard(offices[opened.office], view) : nothing}
      ${opened && 'group' in opened ? renderGroupCard(offices, opened.group, { ...view, open: (i) => this.openOffice(i) }) : nothing}`;
  }

  private renderLegend() {
    return html`<ul class="legend" part="legend" aria-label=${msg('Qué significan las marcas del mapa')}>
      <li><span class="legend-shape exact" aria-hidden="true"></span>${msg('Dirección exacta')}</li>
      <li><span class="legend-shape approximate" aria-hidden="true"></span>${msg('Solo sabemos la ciudad (centro de la ciudad)')}</li>
      <li><span class="legend-shape group" aria-hidden="true">2</span>${msg('Varias oficinas juntas')}</li>
    </ul>`;
  }

  protected override updated(changed: PropertyValues) {
    super.updated(changed);
    this.attachMap();
    // Once makeMap() has put the offices on the map (in a task of its own), an update brings it up to date.
    if (this.mapView && this.mapOffices) this.syncMap();
    if (changed.has('opened') && this.opened) this.focusCard();
  }

  /** Watches the map's container: the Leaflet map is made once it has a size. */
  private attachMap() {
    const container = this.renderRoot.querySelector<HTMLElement>('.map') ?? undefined;
    if (container === this.mapContainer) return;
    this.detachMap();
    this.mapContainer = container;
    if (container) this.resizeObserver?.observe(container);
  }

  private detachMap() {
    if (this.mapContainer) this.resizeObserver?.unobserve(this.mapContainer);
    this.mapView?.remove();
    this.mapView = undefined;
    this.mapContainer = undefined;
    this.mapOffices = undefined;
    this.mapLocale = undefined;
  }

  private fitToContainer() {
    const container = this.mapContainer;
    if (!container || !container.offsetWidth || !container.offsetHeight) {
      // Hidden after its engine could not be loaded: showing it again tries again.
      if (this.engine === 'failed') this.engine = undefined;
      return;
    }
    if (this.mapView) {
      this.mapView.resize();
      return;
    }
    if (!this.engine) void this.makeMap(container);
  }

  /** Gets the map engine (the first map shown on the page fetches it), then makes the map in `container`. */
  private async makeMap(container: HTMLElement) {
    this.engine = 'loading';
    let engine: MapEngine;
    try {
      engine = await loadMapEngine();
    } catch (error) {
      this.warnOnce((error as Error).message);
      this.engine = container === this.mapContainer ? 'failed' : undefined;
      if (!this.engine) this.fitToContainer();
      return;
    }
    // The map is made in a task of its own: the engine's script has just run in this one (at 4×, 100 ms and more).
    await nextSlice();
    this.engine = undefined;
    // Re-rendered, taken away or hidden while the engine loaded: the map is made where it is shown.
    if (container !== this.mapContainer || !container.offsetWidth || !container.offsetHeight) {
      this.fitToContainer();
      return;
    }
    if (!this.hasLeafletStyles) {
      leafletStyles ??= unsafeCSS(engine.leafletCss);
      adoptStyles(this.renderRoot as ShadowRoot, [...STYLES_BEFORE_LEAFLET, leafletStyles, officeMapStyles]);
      this.hasLeafletStyles = true;
    }
    this.mapView = new engine.MapView(container, {
      officeLabel: (i) => this.inOwnLocale(() => this.officeLabel(i)),
      groupLabel: (count, approximate, expandable) => this.inOwnLocale(() => this.groupLabel(count, approximate, expandable)),
      openOffice: (i) => this.openOffice(i),
      openGroup: (indices) => this.openGroup(indices),
      tilesFailing: (failing) => (this.tilesFailing = failing),
    });
    // The offices go on the map, and its view is fitted to them, in a task of their own: with the
    // making of the Leaflet map, 150-250 ms at 4×.
    await nextSlice();
    if (!this.mapView) return;
    this.syncMap();
    // An office opened from the list meanwhile is shown on the map now that it has a view.
    const opened = this.opened;
    if (opened && 'office' in opened) this.mapView.showOffice(opened.office, this.found!.offices[opened.office]);
  }

  /** Brings the Leaflet map up to date with the offices, the language and the tiles. */
  private syncMap() {
    const view = this.mapView!;
    const offices = this.found?.offices ?? [];
    this.inOwnLocale(() => {
      view.setTiles(
        this.tileUrl?.trim()
          ? { url: this.tileUrl.trim(), attribution: safeAttribution(this.tileAttribution ?? '') }
          : { url: OPENSTREETMAP_TILES, attribution: openStreetMapAttribution() },
        msg('se abre en otra pestaña'),
      );
      if (this.mapLocale !== this.locale) view.setLabels(msg('Acercar'), msg('Alejar'));
    });
    this.mapLocale = this.locale;
    if (this.mapOffices !== offices) {
      this.mapOffices = offices;
      view.setOffices(offices);
    }
  }

  private retryMap() {
    // The button goes away while the engine loads: the map region keeps the focus.
    this.mapContainer?.focus({ preventScroll: true });
    this.engine = undefined;
    this.fitToContainer();
  }

  /** A marker's name: the organisation and the office, in their own language; "approximate location" in the reader's. */
  private officeLabel(index: number): MarkerLabel {
    const office = this.found!.offices[index];
    const org = pickText(office.org.name, this.locale);
    const name = pickText(office.location.name, this.locale);
    return {
      text: `${org?.text ?? office.org.id}: ${name?.text ?? office.location.id}`,
      // Both names' language, when they share one (they nearly always do); else none is claimed.
      lang: org?.lang === name?.lang ? org?.lang : '',
      note: office.approximate ? msg('ubicación aproximada') : undefined,
    };
  }

  private groupLabel(count: number, approximate: boolean, expandable: boolean): string {
    const offices = counted(msg('one{# oficina}other{# oficinas}'), count, this.locale);
    const label = expandable ? msg(str`${offices} cerca unas de otras: acercar el mapa`) : msg(str`${offices} en el mismo lugar: ver cuáles`);
    return approximate ? `${label} (${msg('ubicación aproximada')})` : label;
  }

  private openOffice(index: number) {
    const office = this.found?.offices[index];
    if (!office) return;
    this.rememberOpener();
    this.opened = { office: index };
    this.back.opened();
    // A map whose offices are not on it yet (see makeMap) has no view to move.
    if (this.mapOffices) this.mapView?.showOffice(index, office);
    this.dispatchEvent(selectEvent({ organizationId: office.org.id, locationId: office.location.id }));
  }

  private openGroup(indices: number[]) {
    this.rememberOpener();
    this.opened = { group: [...indices].sort((a, b) => a - b) };
    this.back.opened();
  }

  private rememberOpener() {
    if (this.opened) return;
    const active = this.shadowRoot?.activeElement;
    this.opener = active instanceof HTMLElement ? active : undefined;
  }

  private close() {
    this.back.closed();
    this.opened = undefined;
    this.mapView?.select(undefined);
    const back = this.opener?.isConnected ? this.opener : this.mapContainer;
    this.opener = undefined;
    back?.focus({ preventScroll: true });
  }

  /** Called from updated(): the card is in the DOM. */
  private focusCard() {
    const title = this.renderRoot.querySelector<HTMLElement>('#office-card-title');
    title?.focus({ preventScroll: true });
    title?.closest('section')?.scrollIntoView({ block: 'nearest' });
  }

  /** The list's next page; focus goes to its first office, as the button may go (the last page). */
  private async showMoreOffices() {
    const first = this.listShown;
    this.listShown += LIST_PAGE;
    await this.updateComplete;
    this.renderRoot.querySelectorAll<HTMLElement>('.office-list .office-button')[first]?.focus();
  }

  private async focusList() {
    this.listView = true;
    await this.updateComplete;
    const list = this.renderRoot.querySelector<HTMLElement>('#office-list');
    list?.focus({ preventScroll: true });
    list?.scrollIntoView({ block: 'nearest' });
  }
}
