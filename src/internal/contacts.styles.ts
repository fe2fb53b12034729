import { css } from 'lit';

/** Styles of renderContacts() lists. */
export const contactStyles = css`
  .contacts {
    list-style: none;
    padding: 0;
  }
  .contact-label,
  .label,
  .muted {
    color: var(--_muted);
  }
  /* Targets a finger can hit: 44 by 44 px at least (WCAG 2.5.5). */
  .contacts a {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    min-width: 44px;
  }
`;
