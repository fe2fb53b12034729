import { css } from 'lit';

export const quickExitStyles = css`
  /* In view wherever the page is scrolled, above the page's own layers. */
  :host {
    position: fixed;
    inset-block-start: 0;
    inset-inline-end: 0;
    z-index: 2147483647;
    inline-size: auto;
    max-inline-size: 100%;
  }
  button {
    min-height: 48px;
    min-width: 44px;
    margin: 0.25em;
    padding: 0.5em 1em;
    border: 2px solid var(--_background);
    border-radius: var(--_radius);
    background: var(--_closed);
    color: var(--_background);
    box-shadow: 0 2px 6px rgb(0 0 0 / 0.35);
    font: inherit;
    font-weight: 700;
    font-size: 1.05em;
    cursor: pointer;
  }
  button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  /* While the exit page loads: nothing of this page shows, even where the page hid the rest. */
  .cover {
    position: fixed;
    inset: 0;
    visibility: visible;
    display: grid;
    place-items: center;
    background: var(--_background);
    color: var(--_text);
  }
`;
