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
  .action {
    display: inline-block;
    padding: 0.4em 0.8em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    text-decoration: none;
    font-weight: 600;
  }
`;
