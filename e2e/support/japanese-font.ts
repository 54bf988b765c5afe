/**
 * Whether Japanese text is drawn with the font the renderer bundles. The
 * headless Chromium used here has no CJK system fonts, so without the
 * bundled Noto Sans JP every kanji would be an empty box: a screenshot shows
 * it, and these checks say it in words.
 */
import type { Locator, Page } from '@playwright/test';

export const BUNDLED_JAPANESE_FONT = 'Noto Sans JP';

/**
 * Asks the page to load the bundled font for `sample` and returns the font
 * faces it found. Empty when the app does not ship a face of that family
 * covering those characters.
 */
export async function bundledFacesFor(page: Page, sample: string): Promise<string[]> {
  return page.evaluate(
    async ({ family, text }) => {
      const faces = await document.fonts.load(`16px "${family}"`, text);
      return faces.filter((face) => face.status === 'loaded').map((face) => `${face.family} ${face.weight}`);
    },
    { family: BUNDLED_JAPANESE_FONT, text: sample },
  );
}

/** The families named in the element's computed font-family, in order, unquoted. */
export async function fontFamilies(element: Locator): Promise<string[]> {
  const stack = await element.evaluate((node) => getComputedStyle(node).fontFamily);
  return stack.split(',').map((family) => family.trim().replace(/^["']|["']$/g, ''));
}
