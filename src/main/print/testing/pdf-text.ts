/**
 * A PDF's text as a reader's software extracts it, through Mozilla's pdf.js
 * (an npm package, so the check runs on any machine, with or without
 * poppler's pdftotext). Used by the print tests to prove the printed matrix
 * holds real, extractable text in both scripts, not pictures of it.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfText {
  pages: number;
  /** Each page's text items joined, pages in order. */
  perPage: string[];
  /** Each page's size in points (1/72 inch), as the PDF's media box gives it. */
  sizes: { width: number; height: number }[];
}

export async function extractPdfText(bytes: Uint8Array): Promise<PdfText> {
  // pdf.js takes ownership of the buffer it is given: hand it a copy.
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  try {
    const perPage: string[] = [];
    const sizes: { width: number; height: number }[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
      sizes.push({ width: x1 - x0, height: y1 - y0 });
      const content = await page.getTextContent();
      perPage.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
    }
    return { pages: doc.numPages, perPage, sizes };
  } finally {
    await doc.destroy();
  }
}
