import { css } from 'lit';

/** Styles of renderContacts() lists. */
export const contactStyles = css`
  .contacts {
    list-style: none;
    padding: 0;
  }
  .contacts li {
    margin-block: 0.25em;
  }
  .contact-label,
  .label,
  .muted {
    color: var(--_muted);
  }
  .contacts a {
    display: inline-block;
    min-height: 24px;
    padding-block: 2px;
  }
`;
