/**
 * How many pages a PDF has, read from its page objects: every page is an
 * object of /Type /Page (the tree's inner nodes are /Type /Pages). Chromium
 * writes them uncompressed, so counting them needs no PDF library.
 */
export function countPdfPages(pdf: Uint8Array): number {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  return text.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}
