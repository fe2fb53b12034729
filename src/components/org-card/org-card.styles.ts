import { css } from 'lit';

export const orgCardStyles = css`
  .card {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
  }
  .card > :last-child {
    margin-bottom: 0;
  }
  section {
    margin-block: var(--_space);
  }
  .alternate-name {
    color: var(--_muted);
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    list-style: none;
    padding: 0;
  }
  .tags li {
    padding: 0.1em 0.6em;
    border-radius: 999px;
    background: var(--_surface);
    border: 1px solid var(--_border);
  }
  .services {
    padding-inline-start: 1.2em;
  }
  .services p {
    margin-block: 0.15em;
  }
  .services li + li {
    margin-top: 0.5em;
  }
  .offices {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    list-style: none;
    padding: 0;
  }
  .count {
    font-weight: normal;
    color: var(--_muted);
  }
  .fraud {
    padding: calc(var(--_space) * 0.75);
    border-inline-start: 6px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .sources {
    font-size: 0.9em;
    color: var(--_muted);
    border-top: 1px solid var(--_border);
    padding-top: calc(var(--_space) / 2);
  }
  .sources ul {
    padding-inline-start: 1.2em;
  }
`;
