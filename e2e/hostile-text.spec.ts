/**
 * Hostile text renders as text (issue 9, "Rendering"). Names and notes in a
 * deal-room are typed by people outside the team (a candidate's own website,
 * what someone said at dinner, a reviewer's comment), so each kind of text
 * the app shows is given markup and script through the contract: an <img>
 * with onerror, a <script>, an attribute break-out into <svg onload>, a
 * template expression, and a javascript: website. Then every screen that
 * shows them, the print preview and the printed PDF must show the literal
 * characters, create no element from them, run none of them (window.__pwned
 * stays unset) and open no dialog.
 */
import { extractPdfText } from '../src/main/print/testing/pdf-text';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/shinrai-fixture';

const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '<script>window.__pwned=2</script>';
const SVG = '"><svg onload=window.__pwned=3>';
const TEMPLATE = "{{constructor.constructor('window.__pwned=4')()}}";
/** A valid https address whose query carries markup: allowed, and must stay an attribute value. */
const WEBSITE = 'https://akebono.example/?q="><img src=x onerror=window.__pwned=5>';

const TEXT = {
  room: `Harbour review ${SCRIPT} west`,
  candidateLatin: `Akebono ${IMG} Trading`,
  candidateJa: `曙 ${SVG} 商事`,
  candidateNotes: `Met in Kobe ${TEMPLATE}`,
  criterion: `Reach ${SVG}`,
  rationale: `Because ${TEMPLATE} ${IMG}`,
  flag: `Said ${SCRIPT} at dinner`,
  flagBy: `Their director ${IMG}`,
  commentAuthor: `Ishida ${IMG}`,
  comment: `Check ${SVG} before signing`,
  profile: `Sato ${SCRIPT}`,
  proposal: `Appoint ${IMG}`,
  recommendation: `A pilot ${TEMPLATE}`,
};

/** What a page would contain had any of the texts become markup or run. */
async function injected(page: Page) {
  return page.evaluate(() => {
    const everything = [...document.querySelectorAll('*')];
    return {
      imgX: document.querySelectorAll('img[src="x"]').length,
      svg: document.querySelectorAll('svg[onload]').length,
      withHandlerAttribute: everything.filter((el) => [...el.attributes].some((a) => a.name.toLowerCase().startsWith('on'))).map((el) => el.outerHTML.slice(0, 120)),
      inlineScripts: [...document.scripts].filter((s) => !s.src).length,
      javascriptLinks: [...document.querySelectorAll('a[href]')].filter((a) => /^\s*javascript:/i.test(a.getAttribute('href') ?? '')).length,
      pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
    };
  });
}

const CLEAN = { imgX: 0, svg: 0, withHandlerAttribute: [], inlineScripts: 0, javascriptLinks: 0, pwned: null };

/** Figures for the line the test prints. */
const tally = { literal: 0, views: 0 };

async function shows(where: Locator, text: string): Promise<void> {
  await expect(where).toContainText(text);
  tally.literal += 1;
}

async function expectNothingInjected(page: Page): Promise<void> {
  expect(await injected(page)).toEqual(CLEAN);
  tally.views += 1;
}

async function openTab(page: Page, name: string): Promise<void> {
  const tab = page.getByRole('tab', { name, exact: true });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
}

/** Spaces aside (a PDF's text comes in pieces, wrapped in table cells), the characters must all be there, in order. */
function squeezed(text: string): string {
  return text.replace(/\s+/g, '');
}

test('markup and script in deal-room texts show as text everywhere and never run', async ({ page, api, shot }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });

  // ---- Hostile texts, stored through the contract as any door could.
  const [sample] = await api.value('dealRooms.list', { includeArchived: true });
  const dealRoomId = sample!.id;
  await api.value('dealRooms.update', { dealRoomId, patch: { name: TEXT.room } });
  const before = await api.value('dealRooms.get', { dealRoomId });
  const target = before.candidates.find((c) => c.compared)!;
  await api.value('candidates.update', {
    dealRoomId,
    candidateId: target.id,
    patch: { nameLatin: TEXT.candidateLatin, nameJa: TEXT.candidateJa, notes: TEXT.candidateNotes, website: WEBSITE },
  });
  const criterion = await api.value('criteria.create', { dealRoomId, fields: { pillarId: before.pillars[0]!.id, nameEn: TEXT.criterion } });
  const evaluator = before.evaluators[0]!;
  await api.value('scores.set', { dealRoomId, evaluatorId: evaluator.id, candidateId: target.id, criterionId: criterion.id, value: 4, rationale: TEXT.rationale });
  await api.value('flags.log', { dealRoomId, candidateId: target.id, fields: { said: TEXT.flag, saidBy: TEXT.flagBy } });
  const sheet = before.termSheets.find((s) => s.candidateId === target.id) ?? (await api.value('terms.createSheet', { dealRoomId, candidateId: target.id }));
  await api.value('terms.addComment', { dealRoomId, termSheetId: sheet.id, clause: 'sheet', author: TEXT.commentAuthor, body: TEXT.comment });
  const person = async (nameLatin: string, role: 'bd' | 'legal') => (await api.value('profiles.create', { fields: { nameLatin, nameJa: '', role } })).id;
  const drafter = await person(TEXT.profile, 'bd');
  const approver = await person('Kimura Aya', 'legal');
  const route = await api.value('routes.create', { fields: { name: 'Appointment', stages: [{ name: 'Legal review', mode: 'any', approverIds: [approver] }] } });
  await api.value('proposals.create', { dealRoomId, routeId: route.id, drafterId: drafter, fields: { title: TEXT.proposal, recommendation: TEXT.recommendation, candidateId: target.id } });

  // ---- A javascript: website is refused at the door, naming the field; nothing is stored.
  for (const website of ['javascript:alert(1)', 'JaVaScRiPt:window.__pwned=6', ' javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)']) {
    const refused = await api.invoke('candidates.update', { dealRoomId, candidateId: target.id, patch: { website } });
    expect(refused.ok, website).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('invalid_input');
      expect(refused.error.path).toBe('patch.website');
      expect(refused.error.message).toBe('patch.website: must be a web address starting with http:// or https://');
    }
    const created = await api.invoke('candidates.create', { dealRoomId, fields: { nameLatin: 'Linkless K.K.', website } });
    expect(created.ok, website).toBe(false);
  }
  const stored = await api.value('dealRooms.get', { dealRoomId });
  expect(stored.candidates.find((c) => c.id === target.id)?.website).toBe(WEBSITE);
  expect(stored.candidates.some((c) => c.nameLatin === 'Linkless K.K.')).toBe(false);

  await page.reload();
  const header = page.getByRole('heading', { level: 1 });
  await expect(header).toHaveText(TEXT.room);
  tally.literal += 1;

  // ---- Matrix: the room, the candidate and the criterion as written.
  await openTab(page, 'Matrix');
  const main = page.getByRole('main');
  await shows(main, TEXT.candidateLatin);
  await shows(main, TEXT.criterion);
  await expectNothingInjected(page);
  await shot('matrix');

  // ---- Candidates: names, notes and the website as an attribute of a real https link.
  await openTab(page, 'Candidates');
  const row = main.getByRole('row').filter({ hasText: TEXT.candidateLatin });
  await shows(row, TEXT.candidateJa);
  await shows(row, TEXT.candidateNotes);
  const link = row.getByRole('link');
  await expect(link).toHaveAttribute('href', WEBSITE);
  await expect(link).toContainText('akebono.example/?q="><img src=x onerror=window.__pwned=5>');
  await expectNothingInjected(page);
  await shot('candidates');

  // The same refusal through the form: the message under the field, nothing saved, no link made.
  await row.getByRole('button', { name: `Edit ${TEXT.candidateLatin}` }).click();
  const form = page.getByRole('dialog', { name: `Edit ${TEXT.candidateLatin}` });
  await form.getByRole('textbox', { name: 'Website' }).fill('javascript:alert(1)');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toContainText('must be a web address starting with http:// or https://');
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(form).toBeHidden();
  expect((await api.value('dealRooms.get', { dealRoomId })).candidates.find((c) => c.id === target.id)?.website).toBe(WEBSITE);
  await expectNothingInjected(page);

  // ---- Pipeline.
  await openTab(page, 'Pipeline');
  await shows(main, TEXT.candidateLatin);
  await expectNothingInjected(page);

  // ---- Red flags: what was said and by whom.
  await openTab(page, 'Red flags');
  await shows(main, TEXT.flag);
  await shows(main, TEXT.flagBy);
  await expectNothingInjected(page);

  // ---- Scoring: the rationale in the panel of the cell.
  await openTab(page, 'Scoring');
  await main.getByRole('combobox', { name: 'Scoring as' }).selectOption(evaluator.id);
  await main.getByLabel(`Score of ${TEXT.candidateLatin} on ${TEXT.criterion}`, { exact: true }).focus();
  await shows(main, TEXT.rationale);
  await expectNothingInjected(page);

  // ---- Staged terms: the reviewer's comment thread on the sheet.
  await openTab(page, 'Staged terms');
  await main.getByRole('combobox', { name: 'Candidate', exact: true }).selectOption({ label: TEXT.candidateLatin });
  await main.getByRole('button', { name: /^Comments on .*: 1 open of 1$/ }).first().click();
  const thread = page.getByRole('dialog', { name: /^Comments on / });
  await shows(thread, TEXT.comment);
  await shows(thread, TEXT.commentAuthor);
  await expectNothingInjected(page);
  await shot('terms-comment');
  await page.keyboard.press('Escape');
  await expect(thread).toBeHidden();

  // ---- Circulation: the proposal, its drafter and recommendation.
  await openTab(page, 'Circulation');
  await shows(main, TEXT.proposal);
  await shows(main, TEXT.profile);
  await shows(main, TEXT.recommendation);
  await expectNothingInjected(page);

  // ---- History: the change log quotes every text as it was stored.
  await openTab(page, 'History');
  for (const text of [TEXT.room, TEXT.criterion, TEXT.flag, TEXT.comment]) await shows(main, text);
  await expectNothingInjected(page);

  // ---- Print preview: the same print document the PDF is made from.
  await openTab(page, 'Matrix');
  await page.getByRole('button', { name: 'Print…' }).click();
  const preview = page.getByRole('dialog', { name: 'Print the comparison' });
  const pages = preview.getByRole('region', { name: 'The pages as they will print' });
  await shows(pages, TEXT.room);
  await shows(pages, TEXT.candidateLatin);
  await shows(pages, TEXT.criterion);
  await expectNothingInjected(page);
  await shot('print-preview');
  await page.keyboard.press('Escape');
  await expect(preview).toBeHidden();

  // ---- The printed PDF, through the contract: the literal characters, extractable.
  const printed = await api.value('print.pdf', { dealRoomId, printDate: '2027-03-01' });
  const pdf = await extractPdfText(Buffer.from(printed.contentBase64, 'base64'));
  const pdfText = squeezed(pdf.perPage.join(' '));
  for (const text of [TEXT.room, TEXT.candidateLatin, TEXT.criterion]) {
    expect(pdfText, `the PDF holds ${text}`).toContain(squeezed(text));
    tally.literal += 1;
  }
  expect(printed.fileName).toBe(`Harbour review _script_window.__pwned=2__script_ west - matrix 2027-03-01.pdf`);

  expect(dialogs, 'dialogs opened by page content').toEqual([]);
  await expectNothingInjected(page);
  console.log(
    `hostile text: ${Object.keys(TEXT).length + 1} stored texts with 5 kinds of markup or script; ${tally.literal} literal-text checks ` +
      `(8 screens, the print preview, a ${pdf.pages}-page PDF); ${tally.views} page states checked: 0 elements created, 0 scripts run, 0 dialogs; ` +
      `5 non-web website schemes refused`,
  );
});
