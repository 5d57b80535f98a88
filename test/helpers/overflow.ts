// Which slides of a page made by slidePage() overflow: content that runs past the slide's edge is
// cut off (sections hide their overflow), so the room would not see it.
import type { Page } from 'puppeteer-core';

export interface Overflow {
  /** slide index, from 0 */
  slide: number;
  /** the section's classes ("agenda", "table"...) */
  kind: string;
  /** how far the furthest element runs past the slide's edge, in px */
  by: number;
  /** that element's tag and start of text */
  element: string;
}

export async function overflowingSlides(page: Page): Promise<Overflow[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('div.marpit > svg[data-marpit-svg] > foreignObject > section')].flatMap(
      (section, slide) => {
        // Element boxes rather than scrollHeight: the latter counts the bottom padding, which content may use.
        const box = section.getBoundingClientRect();
        let worst = { by: 0, element: '' };
        for (const el of section.querySelectorAll('*')) {
          const r = el.getBoundingClientRect();
          if (r.width === 0 && r.height === 0) continue;
          const by = Math.max(r.bottom - box.bottom, r.right - box.right, box.top - r.top, box.left - r.left);
          if (by > worst.by)
            worst = { by, element: `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"` };
        }
        // 1 px of slack: sub-pixel line heights round up.
        return worst.by > 1
          ? [{ slide, kind: section.className, by: Math.round(worst.by), element: worst.element }]
          : [];
      },
    ),
  );
}
