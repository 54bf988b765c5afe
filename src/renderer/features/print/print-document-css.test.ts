/**
 * The print stylesheet as shipped: no type under 7 pt anywhere (the sheet's
 * own CSS and the preview's), the page size of each paper, headers repeated
 * and rows kept whole, and the page counter in each language's word order.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Orientation, Paper, PrintLanguage } from '../../../shared/print/print-options';
import { MIN_FONT_PT, pageCounterContent, printCssFor } from './print-document-css';

const model = { title: 'Room "Kansai" \\ pilot', snapshotId: '0123456789ab' };

/** Every font-size value, and the font-size inside `font:` shorthands. */
function fontSizes(css: string): string[] {
  const sizes = [...css.matchAll(/font-size\s*:\s*([^;}]+)/g)].map((m) => m[1]!.trim());
  const shorthands = [...css.matchAll(/(?:^|[;{\s])font\s*:\s*([^;}]+)/g)].map((m) => m[1]!.trim());
  return [...sizes, ...shorthands];
}

describe('the print stylesheet', () => {
  const all = Paper.options.flatMap((paper) =>
    Orientation.options.flatMap((orientation) => PrintLanguage.options.map((lang) => printCssFor(model, { paper, orientation, lang }))),
  );

  it(`sets every font size in points, never under ${MIN_FONT_PT} pt`, () => {
    for (const css of all) {
      const sizes = fontSizes(css);
      expect(sizes.length).toBeGreaterThan(10);
      for (const size of sizes) {
        const pt = /^(\d+(?:\.\d+)?)pt$/.exec(size);
        expect(pt, `font size "${size}" is not in points`).not.toBeNull();
        expect(Number(pt![1])).toBeGreaterThanOrEqual(MIN_FONT_PT);
      }
    }
  });

  it('ships no font size in the preview and print-only stylesheet', () => {
    const css = readFileSync(join(__dirname, 'print.css'), 'utf8');
    expect(fontSizes(css)).toEqual([]);
  });

  it('asks for the paper and orientation chosen, with 10 mm margins', () => {
    expect(printCssFor(model, { paper: 'a4', orientation: 'landscape', lang: 'en' })).toContain('size: 297mm 210mm;');
    expect(printCssFor(model, { paper: 'a4', orientation: 'portrait', lang: 'en' })).toContain('size: 210mm 297mm;');
    expect(printCssFor(model, { paper: 'a3', orientation: 'landscape', lang: 'en' })).toContain('size: 420mm 297mm;');
    expect(printCssFor(model, { paper: 'letter', orientation: 'portrait', lang: 'en' })).toContain('size: 215.9mm 279.4mm;');
    expect(printCssFor(model, { paper: 'a4', orientation: 'landscape', lang: 'en' })).toContain('margin: 10mm 10mm 10mm 10mm;');
  });

  it('repeats the table header on every page and keeps rows and pillar heads with what follows', () => {
    const css = printCssFor(model, { paper: 'a4', orientation: 'landscape', lang: 'en' });
    expect(css).toMatch(/\.print-matrix thead \{ display: table-header-group; \}/);
    expect(css).toMatch(/\.print-matrix tr \{ break-inside: avoid;/);
    expect(css).toMatch(/\.print-matrix__pillar th, \.print-matrix__pillar td \{[^}]*break-after: avoid;/);
  });

  it('numbers the pages in each language’s own order, and escapes the footer text', () => {
    expect(pageCounterContent('Page \u0001 of \u0002')).toBe('"Page " counter(page) " of " counter(pages)');
    expect(pageCounterContent('\u0001 / \u0002 ページ')).toBe('counter(page) " / " counter(pages) " ページ"');
    const css = printCssFor(model, { paper: 'a4', orientation: 'landscape', lang: 'both' });
    expect(css).toContain('content: "Page " counter(page) " of " counter(pages) " / " counter(page) " / " counter(pages) " ページ";');
    expect(css).toContain('content: "Room \\"Kansai\\" \\\\ pilot · Snapshot 0123456789ab / スナップショット 0123456789ab";');
  });
});
