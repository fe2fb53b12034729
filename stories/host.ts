// What stories share to show Camino on different host pages: a dark site, a
// right-to-left page, and a device whose position is made up (for "near me").
import { html } from 'lit';
import type { Decorator } from '@storybook/web-components-vite';

/** Every public custom property, with the light palette's defaults (README, "Common to every element"). */
export const LIGHT_PALETTE = {
  '--camino-color-text': '#1b1f24',
  '--camino-color-muted': '#4a5260',
  '--camino-color-background': '#ffffff',
  '--camino-color-surface': '#f4f6f8',
  '--camino-color-border': '#c9d0d8',
  '--camino-color-accent': '#0a4f94',
  '--camino-color-open': '#0f5c28',
  '--camino-color-closed': '#9b1c1c',
  '--camino-focus-color': '#0a4f94',
};

/** The dark palette, as Camino uses it when the reader's device asks for dark pages. */
export const DARK_PALETTE = {
  '--camino-color-text': '#e8ebef',
  '--camino-color-muted': '#b4bcc7',
  '--camino-color-background': '#1b1f24',
  '--camino-color-surface': '#262c33',
  '--camino-color-border': '#59636f',
  '--camino-color-accent': '#8cc4ff',
  '--camino-color-open': '#6fdc8c',
  '--camino-color-closed': '#ffa8a8',
  '--camino-focus-color': '#8cc4ff',
};

/** A dark site: light text on a near-black page, as many WordPress themes have. */
export const darkSite: Decorator = (story) =>
  html`<div style="background: #121417; color: #e8e8e8; padding: 16px; font-family: system-ui, sans-serif">${story()}</div>`;

/** A page written right to left (dir="rtl" on an ancestor). */
export const rightToLeftPage: Decorator = (story) => html`<div dir="rtl">${story()}</div>`;

/**
 * A device that answers "where am I" with a point in Tijuana (Zona Río), so "near me" can be
 * shown without asking anybody's real position. Restored when the story is left.
 */
export function fakePosition(latitude = 32.5265, longitude = -117.0239) {
  const real = Object.getOwnPropertyDescriptor(Navigator.prototype, 'geolocation');
  const fake = {
    getCurrentPosition: (done: PositionCallback) =>
      setTimeout(() => done({ coords: { latitude, longitude, accuracy: 30 }, timestamp: Date.now() } as GeolocationPosition), 300),
    watchPosition: () => 0,
    clearWatch: () => undefined,
  };
  Object.defineProperty(navigator, 'geolocation', { configurable: true, value: fake });
  return () => {
    delete (navigator as { geolocation?: unknown }).geolocation;
    if (real) Object.defineProperty(Navigator.prototype, 'geolocation', real);
  };
}

/** The shadow root of the story's element, once it has rendered. */
export async function rendered(canvas: HTMLElement, tag: string): Promise<ShadowRoot> {
  const element = canvas.querySelector(tag) as (HTMLElement & { updateComplete: Promise<boolean> }) | null;
  if (!element) throw new Error(`no <${tag}> in the story`);
  await element.updateComplete;
  return element.shadowRoot!;
}

/** A story's `play` that opens the first Share of the story's `tag` element: its ways without a share sheet. */
export const openShare =
  (tag: string) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    (await rendered(canvasElement, tag)).querySelector<HTMLDetailsElement>('.share')!.open = true;
  };
