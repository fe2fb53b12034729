import { css } from 'lit';

/**
 * Styles every camino-* element shares. Public --camino-* custom properties
 * are read once here into private --_ ones, so a site themes every element
 * with a few variables and nothing else of ours leaks out or in.
 */
export const sharedStyles = css`
  :host {
    --_font: var(--camino-font-family, inherit);
    --_text: var(--camino-color-text, #1b1f24);
    --_muted: var(--camino-color-muted, #4a5260);
    --_background: var(--camino-color-background, #ffffff);
    --_surface: var(--camino-color-surface, #f4f6f8);
    --_border: var(--camino-color-border, #c9d0d8);
    --_accent: var(--camino-color-accent, #0a4f94);
    --_open: var(--camino-color-open, #0f5c28);
    --_closed: var(--camino-color-closed, #9b1c1c);
    --_radius: var(--camino-radius, 8px);
    /* em, not rem: spacing follows the element's own text size, whatever the page's root size. */
    --_space: var(--camino-spacing, 1em);
    --_focus: var(--camino-focus-color, #0a4f94);
    /*
     * A block as wide as its container, also as the item of a flex or grid parent (a WordPress
     * Row or Stack), where a block would otherwise shrink to its content: a map has none.
     */
    display: block;
    box-sizing: border-box;
    inline-size: 100%;
    min-inline-size: 0;
    font-family: var(--_font);
    line-height: 1.5;
    overflow-wrap: anywhere;
    /*
     * No colour of its own: text outside Camino's cards takes the page's colour, which the
     * page made readable on its own background, light or dark. Cards, notices, forms and
     * messages draw their own surface and set their own text colour, together.
     */
    color-scheme: light;
  }
  /* The dark palette, for readers whose device asks for dark pages; a site's --camino-* values win. */
  @media (prefers-color-scheme: dark) {
    :host {
      --_text: var(--camino-color-text, #e8ebef);
      --_muted: var(--camino-color-muted, #b4bcc7);
      --_background: var(--camino-color-background, #1b1f24);
      --_surface: var(--camino-color-surface, #262c33);
      --_border: var(--camino-color-border, #59636f);
      --_accent: var(--camino-color-accent, #8cc4ff);
      --_open: var(--camino-color-open, #6fdc8c);
      --_closed: var(--camino-color-closed, #ffa8a8);
      --_focus: var(--camino-focus-color, #8cc4ff);
      color-scheme: dark;
    }
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  h1, h2, h3, h4, h5, h6 {
    margin: 0 0 calc(var(--_space) / 2);
    line-height: 1.25;
  }
  h2 { font-size: 1.25em; }
  h3, h4, h5, h6 { font-size: 1.05em; }
  p, ul {
    margin: 0 0 calc(var(--_space) / 2);
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  a:focus-visible, button:focus-visible, summary:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 2px;
  }
  .message {
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  /* "Try again": a target a finger can hit (44 px, WCAG 2.5.5) in every element. */
  .retry {
    min-height: 44px;
    padding: 0.4em 0.9em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
  }
  /* One run of data text in one language (bidi.ts, dataRun). */
  .run {
    unicode-bidi: plaintext;
  }
  .ltr-run,
  .rtl-run {
    unicode-bidi: isolate;
  }
  .ltr-run {
    direction: ltr;
  }
  .rtl-run {
    direction: rtl;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
