import { css } from 'lit';

export const officeMapStyles = css`
  :host {
    /* em from the element's text, not rem: a site with html { font-size: 62.5% } keeps a full-height map. */
    --_map-height: var(--camino-map-height, clamp(16em, 60vh, 32em));
    /* Markers and their key stay dark on the map's light tiles, in the dark palette too. */
    --_marker: var(--camino-color-accent, #0a4f94);
  }
  .office-map {
    container: office-map / inline-size;
  }
  .count,
  .filters {
    font-weight: normal;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }

  /* Map or list, on narrow screens; both side by side on wide ones (below). */
  .views {
    display: inline-flex;
    margin-block-end: calc(var(--_space) / 2);
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  .views button {
    min-height: 44px;
    padding: 0.3em 1.1em;
    border: 0;
    background: var(--_background);
    color: var(--_accent);
    font-weight: 600;
  }
  .views button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_background);
  }
  .layout.show-list .map-area,
  .layout.show-map .list-area {
    display: none;
  }
  @container office-map (min-width: 40em) {
    .views {
      display: none;
    }
    .layout {
      display: grid;
      grid-template-columns: minmax(0, 2fr) minmax(15em, 1fr);
      gap: var(--_space);
      align-items: start;
    }
    .layout.show-list .map-area,
    .layout.show-map .list-area {
      display: block;
    }
    .list-area {
      margin: 0;
      max-height: var(--_map-height);
      overflow-y: auto;
      padding: 4px;
    }
  }

  .map-area {
    position: relative;
  }
  .map {
    height: var(--_map-height);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    font-family: var(--_font);
    /* Leaflet's stylesheet says 0.75rem: 7.5 px on a page whose root is 62.5 %. */
    font-size: 1em;
    /* Leaflet's panes have z-indexes up to 1000: keep them inside the map. */
    isolation: isolate;
  }
  .map:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .map .leaflet-control-attribution {
    background: var(--_background);
    color: var(--_text);
    font-size: 0.75em;
    padding: 0 0.4em;
  }
  .map .leaflet-control-attribution a {
    color: var(--_accent);
    /* A target a finger can hit (44 px, WCAG 2.5.5) around small text, without making the credit taller. */
    display: inline-block;
    min-width: 44px;
    padding-block: 14px;
    margin-block: -14px;
    text-align: center;
  }
  /* Zoom buttons a finger can hit: Leaflet's are 30 px. */
  .map .leaflet-bar a {
    width: 44px;
    height: 44px;
    line-height: 44px;
  }
  .skip:not(:focus) {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .skip:focus {
    position: absolute;
    z-index: 1100;
    inset-block-start: 0.5em;
    inset-inline-start: 4.5em;
    min-height: 44px;
    padding: 0.4em 0.8em;
    background: var(--_background);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
  }
  /* Over the map's empty box while its engine loads, or when it could not be loaded. */
  .map-notice {
    position: absolute;
    z-index: 1;
    inset-block-start: var(--_space);
    inset-inline: var(--_space);
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_muted);
    background: var(--_background);
    color: var(--_text);
  }
  .map-notice p {
    margin: 0;
  }
  /* A map whose engine comes at once never flashes "loading". */
  .map-notice.loading {
    animation: hidden-at-first 0.4s;
  }
  @keyframes hidden-at-first {
    from, to {
      visibility: hidden;
    }
  }
  /* The shared "try again" button (shared.styles.ts), set apart from the notice's sentence. */
  .map-notice .retry {
    margin-block-start: 0.5em;
    padding: 0.3em 1.1em;
  }
  .tile-notice {
    margin-block: calc(var(--_space) / 2) 0;
    padding: 0.3em 0.75em;
    border-inline-start: 4px solid var(--_muted);
    background: var(--_surface);
    color: var(--_text);
    font-size: 0.9em;
  }

  /* Markers: a pin whose tip is the door; a dashed ring where only the city is known; a disc with a count for a group. */
  .camino-marker:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 3px;
    border-radius: 50%;
  }
  .marker-shape {
    position: absolute;
    box-shadow: 0 1px 3px rgb(0 0 0 / 45%);
  }
  /* Each marker is a 44 px box (a finger's target); the shape inside keeps its size. */
  .marker-office.exact .marker-shape {
    left: 10px;
    top: 21px;
    width: 24px;
    height: 24px;
    border: 2px solid #fff;
    border-radius: 50% 50% 50% 0;
    transform: rotate(-45deg);
    background: var(--_marker);
  }
  .marker-office.exact .marker-shape::after {
    content: '';
    position: absolute;
    inset: 6px;
    border-radius: 50%;
    background: #fff;
  }
  .marker-office.approximate .marker-shape {
    inset: 9px;
    border: 3px dashed var(--_marker);
    border-radius: 50%;
    background: rgb(255 255 255 / 90%);
  }
  .marker-office.approximate .marker-shape::after {
    content: '';
    position: absolute;
    inset: 6px;
    border-radius: 50%;
    background: var(--_marker);
  }
  .marker-group .marker-shape {
    inset: 4px;
    display: flex;
    align-items: center;
    justify-content: center;
    border: 3px solid #fff;
    border-radius: 50%;
    background: var(--_marker);
    color: #fff;
    font-weight: 700;
    font-size: 0.875em;
  }
  .marker-group.approximate .marker-shape {
    border: 3px dashed var(--_marker);
    background: #fff;
    color: var(--_marker);
  }
  .camino-marker.selected .marker-shape {
    box-shadow:
      0 0 0 3px #fff,
      0 0 0 6px var(--_text);
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    margin-block: calc(var(--_space) / 2) 0;
    padding: 0;
    list-style: none;
    font-size: 0.9em;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.45em;
  }
  .legend-shape {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 1em;
    height: 1em;
  }
  /* White rims, as on the markers, keep the shapes visible on a dark page too. */
  .legend-shape.exact {
    border-radius: 50% 50% 50% 0;
    transform: rotate(-45deg);
    background: var(--_marker);
    box-shadow: 0 0 0 2px #fff;
  }
  .legend-shape.approximate {
    border: 2px dashed var(--_marker);
    border-radius: 50%;
    background: #fff;
  }
  .legend-shape.group {
    width: 1.4em;
    height: 1.4em;
    border-radius: 50%;
    background: var(--_marker);
    box-shadow: 0 0 0 2px #fff;
    color: #fff;
    font-size: 0.8em;
    font-weight: 700;
  }

  /* The list */
  .list-area {
    margin-block-start: calc(var(--_space) / 2);
  }
  .office-list,
  .group-list,
  .offices {
    display: grid;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .office-list:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .office-button {
    display: grid;
    gap: 0.1em;
    width: 100%;
    padding: 0.55em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
    text-align: start;
  }
  .office-button:hover {
    border-color: var(--_accent);
  }
  .office-button[aria-current='true'] {
    border-color: var(--_accent);
    border-inline-start-width: 6px;
  }
  .office-org {
    font-weight: 700;
  }
  .office-place,
  .office-types,
  .office-approximate {
    color: var(--_muted);
    font-size: 0.95em;
  }
  .office-approximate {
    font-style: italic;
  }
  .more {
    margin-block: 0.75em 0;
  }
  .more-button {
    margin-inline-start: 0.5em;
    min-height: 44px;
    padding: 0.3em 0.9em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_accent);
    font-weight: 600;
  }

  /* The card of the chosen office */
  .office-card {
    margin-block-start: var(--_space);
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
  }
  .card-header {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: 0.5em;
  }
  .card-title:focus {
    outline: none;
  }
  .card-title:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .close {
    flex: none;
    min-width: 44px;
    min-height: 44px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    font-size: 1.4em;
    line-height: 1;
  }
  .free {
    color: var(--_open);
    font-weight: 600;
  }
`;
