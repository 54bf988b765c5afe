/**
 * The print layout's stylesheet, as text: the preview injects it into the
 * app while it is open, and the main process puts it into the HTML it turns
 * into a PDF, so both lay the sheet out alike. Designed for paper, not the
 * screen squeezed: sizes in points (nothing under 7 pt, checked by a test),
 * the table's header repeated on every page, no row split across pages, a
 * pillar row kept with its first criteria, and the page number and snapshot
 * id in the page's own margin boxes (CSS Paged Media, which Chromium prints),
 * in the embedded Noto Sans JP so Japanese prints there too.
 */
import type { PrintModel } from '../../../shared/print/print-model';
import { pageSize, type Orientation, type Paper, type PrintOptions } from '../../../shared/print/print-options';
import { printText } from '../../../shared/print/print-text';

/** The smallest type on the sheet: below 7 pt a printed table is no longer readable. */
export const MIN_FONT_PT = 7;

/** Page margins (mm): narrow enough for 5 candidates × 40 criteria on two A4 landscape pages, wide enough for any printer. */
export const PAGE_MARGIN_MM = 10;

/**
 * A CSS string literal: quotes and backslashes escaped, line breaks (which
 * would end the string) made spaces, and `<` written as the CSS escape \3c,
 * because the PDF's HTML carries this text inside a <style> element, where a
 * room named "</style><img …>" would otherwise close the sheet and start markup.
 * Anything else stays as it is (the sheet is UTF-8).
 */
function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\n\r\f]/g, ' ').replace(/</g, '\\3c ')}"`;
}

/**
 * "Page {{page}} of {{pages}}" as CSS content with the page counters in
 * place of the placeholders, so every language orders them its own way.
 */
export function pageCounterContent(pageOf: string): string {
  const parts = pageOf.split(/(\u0001|\u0002)/).filter((p) => p !== '');
  return parts.map((p) => (p === '\u0001' ? 'counter(page)' : p === '\u0002' ? 'counter(pages)' : cssString(p))).join(' ');
}

export interface PrintCssInput {
  paper: Paper;
  orientation: Orientation;
  /** print:doc.pageOf with \u0001 for the page and \u0002 for the page count. */
  pageOf: string;
  /** Printed at the bottom left of every page: the room's name and the snapshot id. */
  footer: string;
}

export function printDocumentCss({ paper, orientation, pageOf, footer }: PrintCssInput): string {
  const page = pageSize(paper, orientation);
  const font = `'Noto Sans JP', 'Hiragino Sans', 'Yu Gothic', sans-serif`;
  return `
@page {
  size: ${page.width}mm ${page.height}mm;
  margin: ${PAGE_MARGIN_MM}mm ${PAGE_MARGIN_MM}mm ${PAGE_MARGIN_MM}mm ${PAGE_MARGIN_MM}mm;
  @bottom-left { content: ${cssString(footer)}; font-family: ${font}; font-size: 7pt; color: #444; vertical-align: middle; }
  @bottom-right { content: ${pageCounterContent(pageOf)}; font-family: ${font}; font-size: 7pt; color: #444; vertical-align: middle; }
}
.print-doc {
  --print-line: #8a96a3;
  --print-rule: #c9d1da;
  --print-shade: #eef2f6;
  --print-ink: #111;
  box-sizing: border-box;
  width: ${page.width - 2 * PAGE_MARGIN_MM}mm;
  color: var(--print-ink);
  background: #fff;
  font-family: ${font};
  font-size: 7.5pt;
  line-height: 1.25;
  -webkit-print-color-adjust: exact;
  print-color-adjust: exact;
}
.print-doc *, .print-doc *::before, .print-doc *::after { box-sizing: border-box; }
.print-doc h1, .print-doc h2, .print-doc p, .print-doc ul, .print-doc dl, .print-doc dd { margin: 0; padding: 0; }
.print-doc__head {
  display: flex;
  justify-content: space-between;
  align-items: flex-end;
  gap: 4mm;
  border-bottom: 1.2pt solid var(--print-ink);
  padding-bottom: 1.5mm;
  margin-bottom: 2mm;
}
.print-doc__kicker { font-size: 7.5pt; color: #333; letter-spacing: 0.02em; }
.print-doc__head-main { min-width: 0; flex: 1 1 auto; }
.print-doc__title { font-size: 12pt; font-weight: 700; line-height: 1.2; }
.print-doc__details { font-size: 7.5pt; color: #333; }
.print-doc__head-side { display: flex; align-items: flex-end; gap: 3mm; flex: none; }
.print-doc__meta { text-align: right; font-size: 7.5pt; white-space: nowrap; }
.print-doc__meta dd { display: block; }
.print-doc__snapshot { font-size: 7.5pt; }
.print-doc__hash { font-family: ui-monospace, 'DejaVu Sans Mono', monospace; }
.print-doc__confidential { font-size: 7.5pt; font-weight: 700; color: #7a1010; margin: -1mm 0 1.5mm; }
.print-matrix {
  width: 100%;
  border-collapse: collapse;
  table-layout: fixed;
  font-variant-numeric: tabular-nums;
}
.print-matrix col.print-matrix__weight-col { width: 13mm; }
.print-matrix thead { display: table-header-group; }
.print-matrix tr { break-inside: avoid; page-break-inside: avoid; }
.print-matrix th, .print-matrix td {
  padding: 0.15mm 1.2mm;
  border-bottom: 0.4pt solid var(--print-rule);
  vertical-align: top;
  line-height: 1.15;
  text-align: left;
  font-weight: 400;
}
.print-matrix thead th {
  vertical-align: bottom;
  border-bottom: 1pt solid var(--print-ink);
  font-weight: 700;
  background: #fff;
}
.print-matrix thead th.num { white-space: normal; overflow-wrap: anywhere; }
.print-matrix__name { display: block; font-weight: 700; font-size: 7.5pt; line-height: 1.2; }
.print-matrix__alt { display: block; font-weight: 400; font-size: 7pt; color: #333; }
.print-matrix__head--out .print-matrix__name { text-decoration: line-through; }
.print-matrix .num { text-align: right; white-space: nowrap; }
.print-matrix__score { display: inline-block; min-width: 6mm; text-align: right; }
.print-matrix__marks { display: inline-block; min-width: 5mm; padding-left: 0.6mm; font-size: 7pt; color: #222; text-align: left; }
.print-matrix__failed { font-weight: 700; }
.print-matrix__summary td, .print-matrix__summary th { background: var(--print-shade); font-weight: 700; }
.print-matrix__summary tr:last-child td, .print-matrix__summary tr:last-child th { border-bottom: 1pt solid var(--print-ink); }
.print-matrix__pillar th, .print-matrix__pillar td {
  border-top: 0.8pt solid var(--print-line);
  background: #f6f8fa;
  font-weight: 700;
  break-after: avoid;
  page-break-after: avoid;
}
.print-matrix__criterion th { padding-left: 3mm; }
.print-matrix__terms td.num { white-space: normal; }
.print-matrix__note { font-size: 7pt; color: #333; }
.print-doc__after {
  /* Two balanced columns: the sections fill the space the matrix leaves, whichever of them is long. */
  columns: 2;
  column-gap: 6mm;
  margin-top: 2.5mm;
  line-height: 1.2;
}
.print-doc__section { break-inside: avoid; page-break-inside: avoid; margin-bottom: 2mm; }
.print-doc__section h2 {
  font-size: 8.5pt;
  font-weight: 700;
  border-bottom: 0.6pt solid var(--print-line);
  margin-bottom: 0.8mm;
  padding-bottom: 0.3mm;
}
.print-doc__sentences { list-style: none; }
.print-doc__sentences li { margin-bottom: 0.4mm; break-inside: avoid; }
/* A list of conditions may continue in the next column; each condition stays whole. */
.print-doc__section--flowing { break-inside: auto; page-break-inside: auto; }
.print-doc__section--flowing h2 { break-after: avoid; }
.print-doc__verdict { font-weight: 700; margin-bottom: 0.6mm; }
.print-doc__note { font-size: 7pt; color: #333; margin-top: 0.6mm; }
.print-doc__small-table { width: 100%; border-collapse: collapse; font-variant-numeric: tabular-nums; }
.print-doc__small-table th, .print-doc__small-table td {
  padding: 0.3mm 1mm;
  border-bottom: 0.4pt solid var(--print-rule);
  text-align: left;
  vertical-align: top;
  font-weight: 400;
}
.print-doc__small-table thead th { font-weight: 700; border-bottom: 0.8pt solid var(--print-ink); }
.print-doc__small-table .num { text-align: right; white-space: nowrap; }
.print-doc__legend { display: flex; flex-wrap: wrap; gap: 0.4mm 4mm; list-style: none; font-size: 7pt; }
.print-doc__approvals { display: flex; gap: 0; border: 0.8pt solid var(--print-ink); }
.print-doc__stamp {
  min-width: 16mm;
  max-width: 32mm;
  height: 17mm;
  border-left: 0.6pt solid var(--print-ink);
  display: flex;
  flex-direction: column;
}
.print-doc__stamp:first-child { border-left: 0; }
.print-doc__stamp-label {
  font-size: 7pt;
  text-align: center;
  border-bottom: 0.6pt solid var(--print-ink);
  min-height: 4mm;
  padding: 0.4mm 1.2mm;
  white-space: pre-line;
  overflow-wrap: anywhere;
}
/* Filled from a proposal (issue 8): the box grows to hold a seal, the name and the decision's words. */
.print-doc__approvals--filled .print-doc__stamp { min-width: 19mm; max-width: 26mm; height: auto; min-height: 17mm; }
.print-doc__stamp-body {
  flex: 1 1 auto;
  display: flex;
  flex-direction: column;
  align-items: center;
  justify-content: flex-start;
  gap: 0.3mm;
  padding: 0.8mm 0.6mm;
  text-align: center;
  font-size: 7pt;
  line-height: 1.1;
}
/* A hanko-like mark in red ink: a ring with the family name and the day inside it. */
.print-seal {
  width: 15mm;
  height: 15mm;
  border: 0.9pt solid #c0182a;
  border-radius: 50%;
  color: #c0182a;
  display: flex;
  flex-direction: column;
  align-items: center;
  justify-content: center;
  gap: 0.4mm;
  overflow: hidden;
}
.print-seal__family { font-size: 7.5pt; font-weight: 700; line-height: 1; max-width: 13.5mm; overflow-wrap: anywhere; }
.print-seal__family--large { font-size: 11pt; }
.print-seal__date { font-size: 7pt; line-height: 1; letter-spacing: -0.03em; font-variant-numeric: tabular-nums; white-space: nowrap; }
.print-doc__stamp-name { font-size: 7pt; overflow-wrap: anywhere; }
.print-doc__stamp-state { font-size: 7pt; font-weight: 700; overflow-wrap: anywhere; }
.print-doc__stamp-note { font-size: 7pt; font-style: italic; overflow-wrap: anywhere; }
.print-doc__stamp-waiting { font-size: 7pt; color: #555; margin-top: auto; overflow-wrap: anywhere; }
.print-doc__remarks { font-size: 7.5pt; margin: -1mm 0 1.5mm; }
.print-doc__proposal { font-weight: 700; }
.print-doc__remark-list { list-style: none; margin: 0.4mm 0 0; padding: 0; }
.print-doc__remark { margin-bottom: 0.3mm; break-inside: avoid; }
.print-doc__remark--objection strong, .print-doc__remark--sendBack strong { color: #7a1010; }
`;
}

/** The stylesheet for one printout: its paper, and the page footer worded in its print language. */
export function printCssFor(model: Pick<PrintModel, 'title' | 'snapshotId'>, options: Pick<PrintOptions, 'paper' | 'orientation' | 'lang'>): string {
  const t = printText(options.lang);
  return printDocumentCss({
    paper: options.paper,
    orientation: options.orientation,
    pageOf: t('print:doc.pageOf', { page: '\u0001', pages: '\u0002' }),
    footer: `${model.title} · ${t('print:doc.snapshot', { id: model.snapshotId })}`,
  });
}
