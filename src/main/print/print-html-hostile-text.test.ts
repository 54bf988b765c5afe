/**
 * The HTML the PDF is printed from, built from a deal-room whose texts carry
 * markup and script. The body is React's static markup (escaped), but the
 * room's name also goes into the <title> and, as a CSS string, into the page
 * footer rule inside <style>, where HTML escaping does not apply and a
 * "</style>" would end the sheet and start markup. Checked twice: in the
 * text itself (every run), and as a real Chromium renders it with scripts
 * enabled (where a Chromium is found, as for print-pdf.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import type { DealRoomDetail } from '../../shared/domain/entities';
import { analyseDealRoom } from '../../shared/engine/analyse-deal-room';
import { buildPrintModel } from '../../shared/print/print-model';
import { PrintOptions } from '../../shared/print/print-options';
import { createTestApp, ok, type TestApp } from '../store/test-data-dir';
import { chooseBrowser, installedChromium, resolvePackage } from './browser-path';
import { printHtml } from './print-html';

const ROOM = 'Kestrel review </style><img src=x onerror="window.__pwned=1"> </STYLE ><script>window.__pwned=2</script>';
const CANDIDATE = 'Akebono <img src=x onerror="window.__pwned=3"> "><svg onload=window.__pwned=4> Trading';
const CRITERION = "Reach </title><script>window.__pwned=5</script> {{constructor.constructor('window.__pwned=6')()}}";

const chromiumFound = installedChromium() !== undefined || resolvePackage('@sparticuz/chromium') !== undefined;

let test: TestApp;
let detail: DealRoomDetail;
let benignDetail: DealRoomDetail;

function htmlOf(room: DealRoomDetail, lang: 'en' | 'ja' | 'both'): string {
  const model = buildPrintModel({ detail: room, analysis: analyseDealRoom(room), printDate: '2027-03-01' });
  return printHtml(model, PrintOptions.parse({ lang }));
}

/** The same room with every hostile text swapped for plain words: the markup the print document itself makes. */
function withTexts(room: DealRoomDetail, texts: { room: string; candidate: string; criterion: string }, candidateId: string, criterionId: string): DealRoomDetail {
  return {
    ...room,
    dealRoom: { ...room.dealRoom, name: texts.room },
    candidates: room.candidates.map((c) => (c.id === candidateId ? { ...c, nameLatin: texts.candidate } : c)),
    criteria: room.criteria.map((c) => (c.id === criterionId ? { ...c, nameEn: texts.criterion } : c)),
  };
}

function tagCounts(html: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [, tag] of html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)/g)) counts[tag!.toLowerCase()] = (counts[tag!.toLowerCase()] ?? 0) + 1;
  return counts;
}

beforeAll(() => {
  test = createTestApp({ seedSample: true });
  const [room] = ok(test.app.invoke('dealRooms.list', {}));
  const dealRoomId = room!.id;
  const before = ok(test.app.invoke('dealRooms.get', { dealRoomId }));
  const candidate = before.candidates.find((c) => c.compared)!;
  ok(test.app.invoke('dealRooms.update', { dealRoomId, patch: { name: ROOM } }));
  ok(test.app.invoke('candidates.update', { dealRoomId, candidateId: candidate.id, patch: { nameLatin: CANDIDATE } }));
  const criterion = ok(test.app.invoke('criteria.create', { dealRoomId, fields: { pillarId: before.pillars[0]!.id, nameEn: CRITERION } }));
  detail = ok(test.app.invoke('dealRooms.get', { dealRoomId }));
  benignDetail = withTexts(detail, { room: 'Kestrel review', candidate: 'Akebono Trading', criterion: 'Reach' }, candidate.id, criterion.id);
});

afterAll(() => test.dispose());

describe('the print HTML with markup in the room’s texts', () => {
  it.each(['en', 'both'] as const)('has exactly the tags of the same room with plain names (%s)', (lang) => {
    const html = htmlOf(detail, lang);
    // Tags as an HTML tokenizer would start them: "<" followed by a letter.
    expect(tagCounts(html)).toEqual(tagCounts(htmlOf(benignDetail, lang)));
    expect(html).not.toMatch(/<img|<script|<svg/i);
    expect(html.match(/<\/style/gi)).toHaveLength(1);
    expect(html.match(/<\/title/gi)).toHaveLength(1);
  });

  it('escapes the name in <title> as HTML and in the page footer as CSS', () => {
    const html = htmlOf(detail, 'en');
    expect(html).toContain('<title>Kestrel review &lt;/style&gt;&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt; &lt;/STYLE &gt;&lt;script&gt;window.__pwned=2&lt;/script&gt;</title>');
    expect(html).toContain(
      '@bottom-left { content: "Kestrel review \\3c /style>\\3c img src=x onerror=\\"window.__pwned=1\\"> \\3c /STYLE >\\3c script>window.__pwned=2\\3c /script> · Snapshot ',
    );
  });

  describe.skipIf(!chromiumFound)('as headless Chromium renders it, scripts enabled', () => {
    let browser: Browser | undefined;
    beforeAll(async () => {
      const choice = await chooseBrowser();
      browser = await chromium.launch({ executablePath: choice.executablePath, args: choice.args, headless: true });
    }, 60_000);
    afterAll(async () => {
      await browser?.close();
    });

    it('creates no element from the texts, runs none of them, and shows them literally', async () => {
      const page = await browser!.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await page.setContent(htmlOf(detail, 'both'), { waitUntil: 'load' });
      const seen = await page.evaluate(() => ({
        title: document.title,
        styles: document.querySelectorAll('style').length,
        injected: document.querySelectorAll('img, script, svg, iframe, object').length,
        handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
        pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
        text: document.body.innerText,
        footerRule: [...document.styleSheets].flatMap((s) => [...s.cssRules]).map((r) => r.cssText).find((t) => t.startsWith('@page')) ?? '',
      }));
      await page.close();
      expect(seen).toMatchObject({ title: ROOM, styles: 1, injected: 0, handlers: 0, pwned: null });
      expect(dialogs).toEqual([]);
      for (const text of [ROOM, CANDIDATE, CRITERION]) expect(seen.text.replace(/\s+/g, ' ')).toContain(text);
      // The footer rule survived as one rule, holding the name as a string again.
      expect(seen.footerRule).toContain('Kestrel review');
      console.log(`print HTML: 3 hostile texts, ${seen.text.length.toLocaleString('en')} characters of text, 0 injected elements, 0 scripts run`);
    }, 60_000);
  });
});
