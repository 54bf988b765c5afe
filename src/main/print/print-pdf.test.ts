/**
 * The printed matrix as a real PDF from real headless Chromium, through the
 * contract (print.pdf) and the command line: the sample deal-room grown to
 * 5 candidates × 40 criteria fits on two A4 landscape pages in every print
 * language, its text is real text (pdf.js, as a reader's software would,
 * finds every name, Japanese included, every total as displayed and the
 * sensitivity sentences), no text is set under 7 pt, and, where poppler's
 * pdftoppm is installed, the pages are saved as PNGs in test-results/print/
 * to be looked at. Skipped, with the reason, only where no Chromium exists.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DealRoomDetail } from '../../shared/domain/entities';
import { analyseDealRoom } from '../../shared/engine/analyse-deal-room';
import { describeSensitivity } from '../../shared/engine/sensitivity-sentences';
import { formatPoints } from '../../shared/i18n/format';
import { buildPrintModel } from '../../shared/print/print-model';
import { PrintOptions, type PrintLanguage } from '../../shared/print/print-options';
import { runCli } from '../cli/run-cli';
import { createTestApp, ok, type TestApp } from '../store/test-data-dir';
import { chooseBrowser, installedChromium, resolvePackage } from './browser-path';
import { fortyCriteriaRoomFile } from './forty-criteria-room';
import { closePdfBrowser } from './pdf-browser';
import { countPdfPages } from './pdf-pages';
import { printHtml } from './print-html';
import { extractPdfText } from './testing/pdf-text';

const repoRoot = resolve(__dirname, '../../..');
const shotsDir = join(repoRoot, 'test-results', 'print');
const PRINT_DATE = '2026-11-23';

function hasTool(tool: string): boolean {
  return spawnSync(tool, ['-v'], { encoding: 'utf8' }).error === undefined;
}

const chromiumFound = installedChromium() !== undefined || resolvePackage('@sparticuz/chromium') !== undefined;
/** Rendering pages to PNG (for people to look at) needs poppler, which not every machine has. */
const pdftoppmFound = hasTool('pdftoppm');

/**
 * Text as pdf.js extracts it, without white space: a line that wraps gives a
 * space (or, in Japanese, a break inside a word), so texts are compared with
 * their white space removed on both sides. pdf.js reports Noto Sans JP's
 * katakana middle dot (U+30FB) as the hyphenation point (U+2027) that shares
 * its glyph; it is read back as the character that was printed.
 */
async function pdfText(file: string): Promise<string> {
  const { perPage } = await extractPdfText(readFileSync(file));
  return perPage.join(' ').replace(/\u2027/g, '\u30fb').replace(/\s+/g, '');
}

const flat = (text: string) => text.replace(/\s+/g, '');

describe.skipIf(!chromiumFound)('the printed matrix as a PDF (headless Chromium)', () => {
  let test: TestApp;
  let detail: DealRoomDetail;
  const files = new Map<PrintLanguage, string>();

  beforeAll(() => {
    test = createTestApp();
    const imported = ok(test.app.invoke('dealRooms.import', { file: fortyCriteriaRoomFile() }));
    detail = ok(test.app.invoke('dealRooms.get', { dealRoomId: imported.id }));
    rmSync(shotsDir, { recursive: true, force: true });
    mkdirSync(shotsDir, { recursive: true });
  });

  afterAll(() => {
    closePdfBrowser();
    test.dispose();
  });

  it('has 5 candidates × 40 criteria to print', () => {
    expect(detail.candidates.filter((c) => c.compared)).toHaveLength(5);
    expect(detail.criteria).toHaveLength(40);
  });

  it.each(['en', 'ja', 'both'] as const)('fits on at most two A4 landscape pages (%s)', async (lang) => {
    const pdf = ok(test.app.invoke('print.pdf', { dealRoomId: detail.dealRoom.id, options: { paper: 'a4', orientation: 'landscape', lang }, printDate: PRINT_DATE }));
    const bytes = Buffer.from(pdf.contentBase64, 'base64');
    // Saved first, so a sheet that does not fit can be looked at.
    const file = join(shotsDir, `matrix-a4-landscape-${lang}.pdf`);
    writeFileSync(file, bytes);
    files.set(lang, file);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.pages).toBe(countPdfPages(bytes));
    expect(pdf.pages).toBeGreaterThanOrEqual(1);
    expect(pdf.pages).toBeLessThanOrEqual(2);
    expect(pdf.fileName).toBe(`${detail.dealRoom.name} - matrix ${PRINT_DATE}.pdf`);
    expect(pdf.snapshotId).toMatch(/^[0-9a-f]{12}$/);
    // A4 landscape: 297 × 210 mm = 841.9 × 595.3 pt, on every page, as a reader's software sees it.
    const read = await extractPdfText(bytes);
    expect(read.pages).toBe(pdf.pages);
    for (const size of read.sizes) {
      expect(size.width).toBeCloseTo(841.9, -1);
      expect(size.height).toBeCloseTo(595.3, -1);
    }
  });

  it('holds real text: every name in both scripts, every total as displayed, the sensitivity sentences', async () => {
    const file = files.get('both');
    expect(file).toBeDefined();
    const text = await pdfText(file!);
    const analysis = analyseDealRoom(detail);
    for (const c of detail.candidates) {
      expect(text).toContain(flat(c.nameLatin));
      expect(text).toContain(c.nameJa);
    }
    expect(text).toContain('朝凪メディカル株式会社');
    for (const r of analysis.scoring.candidates) expect(text).toContain(formatPoints(r.total, 'en'));
    for (const sentence of describeSensitivity(analysis, detail, 'en')) expect(text).toContain(flat(sentence));
    const model = buildPrintModel({ detail, analysis, printDate: PRINT_DATE });
    expect(text).toContain(model.snapshotId);
    expect(text).toContain(flat('Page 1 of 2'));
    expect(text).toContain(flat('2,000 draws, seed 1'));
    // The Japanese sheet's text is Japanese text, not pictures of it.
    const ja = await pdfText(files.get('ja')!);
    expect(ja).toContain('加重合計');
    for (const sentence of describeSensitivity(analysis, detail, 'ja')) expect(ja).toContain(flat(sentence));
  });

  // Without poppler the PDFs are still saved in test-results/print/ to be opened by hand.
  it.skipIf(!pdftoppmFound)('renders every page to a PNG in test-results/print/ (needs poppler’s pdftoppm)', () => {
    for (const [lang, file] of files) {
      execFileSync('pdftoppm', ['-r', '60', '-png', file, join(shotsDir, `matrix-a4-landscape-${lang}`)]);
      const pages = countPdfPages(readFileSync(file));
      for (let page = 1; page <= pages; page++) {
        const png = join(shotsDir, `matrix-a4-landscape-${lang}-${page}.png`);
        expect(existsSync(png)).toBe(true);
        expect(readFileSync(png).subarray(1, 4).toString('latin1')).toBe('PNG');
      }
    }
  });

  describe('in Chromium’s layout', () => {
    let browser: Browser;
    beforeAll(async () => {
      const choice = await chooseBrowser();
      browser = await chromium.launch({ executablePath: choice.executablePath, args: choice.args, headless: true });
    });
    afterAll(async () => {
      await browser?.close();
    });

    it.each(['en', 'both'] as const)('sets no text under 7 pt (%s)', async (lang) => {
      const model = buildPrintModel({ detail, analysis: analyseDealRoom(detail), printDate: PRINT_DATE });
      const file = join(shotsDir, `matrix-${lang}.html`);
      writeFileSync(file, printHtml(model, PrintOptions.parse({ lang })));
      const page = await browser.newPage();
      await page.emulateMedia({ media: 'print' });
      await page.goto(`file://${file}`);
      const sizes = await page.evaluate(() =>
        [...document.querySelectorAll('.print-doc *')]
          .filter((el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== ''))
          .map((el) => parseFloat(getComputedStyle(el).fontSize)),
      );
      await page.close();
      expect(sizes.length).toBeGreaterThan(200);
      // 7 pt = 7 × 96 / 72 px.
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual((7 * 96) / 72 - 1e-3);
    });
  });

  describe('from the command line', () => {
    function cli(...args: string[]) {
      let stdout = '';
      let stderr = '';
      const code = runCli(['--data', test.dir, ...args], {
        stdout: (t) => void (stdout += t),
        stderr: (t) => void (stderr += t),
        env: { LANG: 'C.UTF-8' },
      });
      return { code, stdout, stderr };
    }

    it('writes the PDF and prints one line with the file, its pages and the snapshot id', () => {
      const out = join(test.dir, 'm.pdf');
      const run = cli('print', detail.dealRoom.id, '--out', out, '--paper', 'a3', '--orientation', 'portrait', '--lang', 'both');
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const bytes = readFileSync(out);
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const pages = countPdfPages(bytes);
      expect(run.stdout).toMatch(new RegExp(`^Wrote ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: ${pages} ${pages === 1 ? 'page' : 'pages'}, snapshot [0-9a-f]{12}\\.\\n$`));
    });

    it('refuses a bad option with a usage error naming it, and writes nothing', () => {
      const out = join(test.dir, 'never.pdf');
      const paper = cli('print', detail.dealRoom.id, '--out', out, '--paper', 'b5');
      expect(paper.code).toBe(2);
      expect(paper.stderr).toContain('--paper: must be "a4", "a3" or "letter"');
      const lang = cli('print', detail.dealRoom.id, '--out', out, '--lang', 'fr');
      expect(lang.code).toBe(2);
      expect(lang.stderr).toContain('--lang: must be "en", "ja" or "both"');
      const orientation = cli('print', detail.dealRoom.id, '--out', out, '--orientation', 'sideways');
      expect(orientation.code).toBe(2);
      expect(orientation.stderr).toContain('--orientation');
      const missing = cli('print', detail.dealRoom.id);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain('--out <file.pdf>');
      expect(existsSync(out)).toBe(false);
    });
  });

  it('refuses bad options through the contract, naming the field', () => {
    const bad = test.app.invoke('print.pdf', { dealRoomId: detail.dealRoom.id, options: { paper: 'b5' } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.code).toBe('invalid_input');
      expect(bad.error.path).toBe('options.paper');
    }
    const labels = test.app.invoke('print.pdf', { dealRoomId: detail.dealRoom.id, options: { approvalLabels: Array.from({ length: 9 }, (_, i) => `L${i}`) } });
    expect(labels.ok).toBe(false);
    if (!labels.ok) expect(labels.error.path).toBe('options.approvalLabels');
  });
});
