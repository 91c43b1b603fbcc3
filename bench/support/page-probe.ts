/**
 * A script added to every measured page (Pano's and the baseline's alike):
 * it marks each slide start in the page's timeline, so the trace shows where
 * transitions begin without mapping the page's clock onto the trace's.
 */
import type { Page } from '@playwright/test';
import { SLIDE_MARK_PREFIX } from './transition-windows';

/** Installs the probe before any page script runs. */
export async function addSlideProbe(page: Page): Promise<void> {
  // A string, not a function: tsx's compiled functions can call helpers (__name) the page does not have.
  await page.addInitScript(`(() => {
    const seen = new Set();
    const check = () => {
      for (const slide of document.querySelectorAll('[data-testid="slide"][data-active="true"]')) {
        const key = (slide.getAttribute('data-item-id') ?? '') + '@' + (slide.getAttribute('data-started-at') ?? '');
        if (seen.has(key)) continue;
        seen.add(key);
        performance.mark(${JSON.stringify(SLIDE_MARK_PREFIX)} + key);
      }
    };
    new MutationObserver(check).observe(document, {
      subtree: true, childList: true, attributes: true, attributeFilter: ['data-active', 'data-started-at'],
    });
  })();`);
}
