import { css } from 'lit';

export const fraudNoticeStyles = css`
  .notice {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-inline-start: 6px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .notice > :last-child,
  .notice [part='channel'] > :last-child {
    margin-bottom: 0;
  }
  .channel-heading {
    font-weight: 600;
    margin-bottom: 0.25em;
  }
  .message {
    margin-bottom: calc(var(--_space) / 2);
  }
`;
