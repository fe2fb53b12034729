import { css } from 'lit';

export const serviceFinderStyles = css`
  .search {
    display: grid;
    gap: calc(var(--_space) / 2);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    margin-bottom: var(--_space);
  }
  /* The search question is the finder's heading, and looks like the box's label it is. */
  .query-label {
    margin: 0;
    font-size: 1em;
    font-weight: 600;
  }
  /* Boxes and lists as wide as their place and never wider: they shrink with a 320 px column. */
  input[type='search'],
  select {
    font: inherit;
    color: inherit;
    min-height: 44px;
    padding: 0.4em 0.6em;
    border: 1px solid var(--_muted);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_background);
    inline-size: 100%;
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  input:focus-visible,
  select:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 1px;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) var(--_space);
    align-items: end;
  }
  .filters label {
    display: grid;
    gap: 0.2em;
    flex: 1 1 12em;
    min-inline-size: 0;
  }
  .filters label.check {
    flex: 0 1 auto;
    display: flex;
    align-items: center;
    gap: 0.4em;
    min-height: 44px;
  }
  .check input {
    width: 1.2em;
    height: 1.2em;
  }
  button {
    font: inherit;
    min-height: 44px;
    padding: 0.4em 0.9em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_accent);
    font-weight: 600;
    cursor: pointer;
  }
  button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_background);
  }
  button.link {
    min-height: 44px;
    padding: 0;
    border: 0;
    background: none;
    text-decoration: underline;
    text-align: start;
  }
  .views {
    display: inline-flex;
    gap: 0.25em;
    margin-bottom: calc(var(--_space) / 2);
  }
  .count {
    font-weight: 600;
  }
  .results {
    display: grid;
    /* One column as wide as the list, never as wide as a result laid out earlier in a wider column. */
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 0.75);
    list-style: none;
    padding: 0;
  }
  /*
   * No content-visibility: auto here (it saved about 10 ms of a cheap phone's first paint): Chrome
   * leaves what it skips out of its accessibility tree, so a screen reader found no result below
   * the fold, nor its heading.
   */
  .result {
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
  }
  .result p {
    margin-bottom: 0.35em;
  }
  .alternate {
    font-weight: normal;
  }
  .types,
  .office-name,
  .where {
    color: var(--_muted);
  }
  .open-state.open strong {
    color: var(--_open);
  }
  .open-state.closed strong {
    color: var(--_closed);
  }
  .open-state.unknown {
    color: var(--_muted);
  }
  /* Focus moved here after "show more" or a next step: visible, as a keyboard user expects. */
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .other-offices {
    list-style: none;
    padding: 0;
    margin: 0.5em 0 0;
  }
  .other-office {
    padding-block: 0.5em;
    border-top: 1px solid var(--_border);
  }
  .notes {
    padding: calc(var(--_space) / 2) var(--_space);
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface);
    margin-bottom: var(--_space);
  }
  .notes p {
    margin: 0.25em 0;
  }
  .quick-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .action {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    min-height: 44px;
    padding: 0.4em 0.8em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    text-decoration: none;
    font-weight: 600;
  }
  .details {
    margin-top: calc(var(--_space) / 2);
  }
  .more {
    margin-top: var(--_space);
  }
  .empty {
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .suggestions {
    padding-inline-start: 1.2em;
    margin: 0;
  }
  /* A block, so that a step long enough to wrap keeps its list bullet beside its first line. */
  .suggestions button.link {
    display: block;
  }
  .elsewhere,
  .fraud-notice {
    margin-top: calc(var(--_space) * 1.5);
  }
  .print-list {
    margin-inline-start: 0.5em;
  }
  /* "Print this list": the results as they are, without the search form, its notes and switches. */
  @media print {
    .search,
    .notes,
    .views,
    .geo-status {
      display: none;
    }
    .result,
    .fraud-notice {
      break-inside: avoid;
    }
  }
`;
