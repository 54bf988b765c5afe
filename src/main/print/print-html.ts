/**
 * The printed matrix as one self-contained HTML file for headless Chromium:
 * the print document rendered to static markup (the same React component as
 * the app's preview), its stylesheet, and @font-face rules pointing at the
 * Noto Sans JP files on disk by absolute file:// URL, so Japanese prints in
 * the embedded font as real, extractable text.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { PrintModel } from '../../shared/print/print-model';
import type { PrintOptions } from '../../shared/print/print-options';
import { PrintDocument } from '../../renderer/features/print/print-document';
import { printCssFor } from '../../renderer/features/print/print-document-css';
import { resolvePackage } from './browser-path';

/** The weights the sheet uses: regular text and bold headings. */
const FONT_WEIGHTS = [400, 700] as const;

let fontFaces: string | undefined;

/** @fontsource's rules with their relative URLs made absolute file URLs (read once per process). */
export function notoSansJpFontFaces(): string {
  if (fontFaces !== undefined) return fontFaces;
  const entry = resolvePackage('@fontsource/noto-sans-jp');
  if (!entry) throw new Error('@fontsource/noto-sans-jp is not installed');
  const dir = dirname(entry);
  fontFaces = FONT_WEIGHTS.map((weight) =>
    readFileSync(join(dir, `${weight}.css`), 'utf8').replace(/url\(\.\/files\/([^)]+)\)/g, (_, file: string) => `url(${pathToFileURL(join(dir, 'files', file)).href})`),
  ).join('\n');
  return fontFaces;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

export function printHtml(model: PrintModel, options: PrintOptions): string {
  const body = renderToStaticMarkup(createElement(PrintDocument, { model, options }));
  const lang = options.lang === 'both' ? 'en' : options.lang;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(model.title)}</title>
<style>
${notoSansJpFontFaces()}
html, body { margin: 0; padding: 0; background: #fff; }
${printCssFor(model, options)}
</style>
</head>
<body>${body}</body>
</html>`;
}
