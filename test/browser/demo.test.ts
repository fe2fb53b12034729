// The demo page (demo/index.html, what `npm start` serves) as a newcomer sees it: Camino's quick
// exit stays fixed at the top of the window, so the page must keep that corner free. Otherwise a
// tap meant for the page's own language picker lands on the exit and leaves the page.
import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { removeHostPages, shadowOf } from './host-page.js';

/** Loads the demo in a `width`×`height` iframe, in `lang`, once its quick exit is shown. */
async function demo(lang: string, width: number, height: number) {
  const frame = document.createElement('iframe');
  Object.assign(frame.style, { width: `${width}px`, height: `${height}px`, border: '0' });
  frame.src = `/demo/index.html?lang=${lang}`;
  document.body.append(frame);
  // Not the load event: the demo's maps may still wait for OpenStreetMap's tiles, which tests cannot reach.
  await waitUntil(() => frame.contentDocument?.readyState !== 'loading' && frame.contentWindow!.location.pathname === '/demo/index.html', 'the demo did not open', { timeout: 10_000 });
  const win = frame.contentWindow!;
  await waitUntil(() => shadowOf(win, 'camino-quick-exit')?.querySelector('button'), 'the demo showed no quick exit', { timeout: 10_000 });
  await (win.document.querySelector('camino-quick-exit') as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
  return win;
}

afterEach(async () => {
  removeHostPages();
  await setViewport({ width: 800, height: 600 });
});

describe('demo page', () => {
  for (const [width, height] of [
    [1280, 800],
    [360, 640],
  ]) {
    for (const lang of ['es', 'en', 'fr', 'ht', 'pt', 'ar']) {
      it(`at ${width}×${height} in ${lang}, the quick exit covers none of the page's own header controls`, async () => {
        await setViewport({ width: width + 20, height: height + 20 });
        const win = await demo(lang, width, height);
        const exit = shadowOf(win, 'camino-quick-exit')!.querySelector('button')!.getBoundingClientRect();
        const controls = [...win.document.querySelectorAll('header.site select, header.site a, header.site button')];
        expect(controls.length).to.be.greaterThan(0);
        for (const control of controls) {
          const box = control.getBoundingClientRect();
          // A tap anywhere on the control reaches it, not the exit button.
          for (const [x, y] of [
            [box.left + 1, box.top + 1],
            [box.right - 1, box.top + 1],
            [box.left + box.width / 2, box.top + box.height / 2],
            [box.left + 1, box.bottom - 1],
            [box.right - 1, box.bottom - 1],
          ]) {
            const hit = win.document.elementFromPoint(x, y);
            expect(hit === control ? control.tagName : hit?.tagName, `what a tap at ${x},${y} reaches`).to.equal(control.tagName);
          }
          const apart = box.right <= exit.left || box.left >= exit.right || box.bottom <= exit.top || box.top >= exit.bottom;
          expect(apart, `${control.tagName} overlaps the exit button`).to.equal(true);
        }
      });
    }
  }
});
