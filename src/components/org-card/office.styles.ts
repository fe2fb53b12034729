import { css } from 'lit';

/** Styles of renderOffice(): wherever an office is shown (the org card, the map's card). */
export const officeStyles = css`
  .office {
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .office > :last-child {
    margin-bottom: 0;
  }
  .open-state.open strong {
    color: var(--_open);
  }
  .open-state.closed strong {
    color: var(--_closed);
  }
  .hours {
    padding-inline-start: 1.2em;
  }
  /* 44 by 44 px at least, for a finger (WCAG 2.5.5). */
  .action {
    display: inline-flex;
    align-items: center;
    /* A flex item's edge spaces are dropped: the gap keeps "Cómo llegar (OpenStreetMap)" apart. */
    gap: 0.3em;
    min-height: 44px;
    padding: 0.4em 0.8em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    text-decoration: none;
    font-weight: 600;
  }
  .brand {
    white-space: nowrap;
    overflow-wrap: normal;
  }
`;
