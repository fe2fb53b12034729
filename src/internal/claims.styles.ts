import { css } from 'lit';

/** Styles of what is said around the data: age, status, cost, no contact, "report a mistake". */
export const claimStyles = css`
  .age {
    color: var(--_muted);
  }
  .age strong,
  .status strong {
    color: var(--_text);
  }
  /* The reason may be in another language and direction than the page: its own line. */
  .status span {
    display: block;
  }
  .status,
  .no-contact {
    padding-inline-start: 0.6em;
    border-inline-start: 4px solid var(--_closed);
  }
  .no-contact > :last-child {
    margin-bottom: calc(var(--_space) / 2);
  }
  .free {
    display: inline-block;
    padding: 0 0.5em;
    border: 1px solid var(--_open);
    border-radius: 999px;
    color: var(--_open);
    font-weight: 600;
  }
  .report a {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
  }
`;
