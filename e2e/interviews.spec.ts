/**
 * Questions before terms (issue 5), on the sample deal-room: the BD lead
 * builds an interview guide for the inbound suitor, Hayate HealthTech, from
 * the question bank (found by theme and by a Japanese search), adds a question
 * of their own and puts the decision-maker question first; records what
 * Hayate's CEO said one to one about the key hospitals, linked by hand to
 * "Access to key hospitals" (the sample's criteria were written by hand, so
 * no library key links them); and finds that answer as evidence beside the
 * cell in the scoring screen. The guide is printed and exported bilingual,
 * and the screens are seen in English and in Japanese.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './support/shinrai-fixture';

const HAYATE = 'Hayate HealthTech Inc.';
const HAYATE_JA = '株式会社ハヤテ・ヘルステック';
const KEY_HOSPITALS = 'Access to key hospitals';
const KEY_ACCOUNTS_Q = 'Which of the key accounts on our target list buy from you today, and who are your contacts there?';
const KEY_ACCOUNTS_Q_JA = '当社がリストアップした主要顧客のうち、現在取引があるのはどこですか。先方の窓口はどなたですか。';
const WHO_DECIDES_Q = 'Who in your company decides to take on a new line like ours, and has that person been part of our talks so far?';
const APPROVAL_PATH_Q = 'Which departments must approve a partnership like this, in what order, and how long does your internal approval usually take?';
const OWN_Q = 'Which of the 300 hospitals you promised have already seen a demonstration?';
const ANSWER = 'Two university hospitals in Tokyo buy our ICU consumables, but we have no contact yet with their purchasing departments. The 300 hospitals were a target, not a list.';

async function openSection(page: Page, tabName: string) {
  const tab = page.getByRole('tab', { name: tabName, exact: true });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
}

test('a guide for the inbound suitor, a private answer as evidence, printed and exported in both languages', async ({ page, api, shot }) => {
  const [sample] = await api.value('dealRooms.list', { includeArchived: true });
  const dealRoomId = sample!.id;
  const stored = () => api.value('dealRooms.get', { dealRoomId });
  const start = await stored();
  const hayateId = start.candidates.find((c) => c.nameLatin === HAYATE)!.id;
  const keyHospitalsId = start.criteria.find((c) => c.nameEn === KEY_HOSPITALS)!.id;
  const guideKeys = async () =>
    (await stored()).interviewItems
      .filter((i) => i.candidateId === hayateId)
      .sort((a, b) => a.sortOrder - b.sortOrder)
      .map((i) => i.questionKey || i.customText);

  // 1. The interviews screen, on Hayate.
  await openSection(page, 'Interviews');
  await page.getByRole('combobox', { name: 'Candidate' }).selectOption({ label: HAYATE });
  const guide = page.getByRole('region', { name: `Interview guide: ${HAYATE}` });
  await expect(guide).toContainText('No questions yet.');
  await expect(page.getByRole('button', { name: 'Print view' })).toBeDisabled();

  // 2. From the bank: by theme, then by a Japanese word.
  const bank = page.getByRole('region', { name: 'Question bank' });
  await expect(bank.getByRole('status')).toHaveText('53 of 53 questions shown');
  await bank.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'Sales channels and coverage' });
  await expect(bank.getByRole('status')).toHaveText('5 of 53 questions shown');
  const keyAccounts = bank.getByRole('listitem').filter({ hasText: KEY_ACCOUNTS_Q });
  await expect(keyAccounts).toContainText('Informs: Access to key accounts');
  await keyAccounts.getByRole('button', { name: 'Add to guide' }).click();
  await expect(keyAccounts.getByText('In the guide')).toBeVisible();
  await expect(keyAccounts.getByRole('button', { name: 'Add to guide' })).toHaveCount(0);

  await bank.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'All themes' });
  await bank.getByRole('searchbox', { name: 'Search the bank' }).fill('決裁');
  await expect(bank.getByRole('status')).toHaveText('1 of 53 questions shown');
  await bank.getByRole('listitem').filter({ hasText: WHO_DECIDES_Q }).getByRole('button', { name: 'Add to guide' }).click();
  await bank.getByRole('searchbox', { name: 'Search the bank' }).fill('稟議');
  await bank.getByRole('listitem').filter({ hasText: APPROVAL_PATH_Q }).getByRole('button', { name: 'Add to guide' }).click();
  await expect.poll(guideKeys).toEqual(['sales-channels.key-accounts', 'structure.who-decides', 'structure.approval-path']);

  // A question of our own, for the promise the suitor made.
  const own = guide.getByRole('form', { name: 'Add a question of your own' });
  await own.getByRole('button', { name: 'Add to guide' }).click();
  await expect(own.getByRole('textbox', { name: 'Your own question' })).toHaveAccessibleDescription(/write the question, or choose one from the bank/);
  expect(await guideKeys()).toHaveLength(3);
  await own.getByRole('textbox', { name: 'Your own question' }).fill(OWN_Q);
  await own.getByRole('button', { name: 'Add to guide' }).click();
  await expect(own.getByRole('textbox', { name: 'Your own question' })).toHaveValue('');

  // Who decides comes first: moved up once, focus follows it to its new place.
  await guide.getByRole('button', { name: 'Move question 2 up' }).click();
  await expect.poll(guideKeys).toEqual(['structure.who-decides', 'sales-channels.key-accounts', 'structure.approval-path', OWN_Q]);
  // At the top there is no further up: focus moves to its other button.
  await expect(guide.getByRole('button', { name: 'Move question 1 down' })).toBeFocused();
  const questions = guide.getByRole('list').first().getByRole('listitem').filter({ has: page.getByRole('button', { name: 'Record answer' }) });
  await expect(questions).toHaveCount(4);
  await expect(questions.nth(0)).toContainText(WHO_DECIDES_Q);
  // Each bank question shows its Japanese beneath.
  await expect(questions.nth(1)).toContainText(KEY_ACCOUNTS_Q_JA);
  await expect(questions.nth(3)).toContainText('Our own question');
  await shot('guide-for-hayate');

  // 3. The CEO's private answer, linked by hand to the key hospitals.
  await questions.nth(1).getByRole('button', { name: 'Record answer' }).click();
  const dialog = page.getByRole('dialog', { name: `Record an answer from ${HAYATE}` });
  await expect(dialog).toContainText(KEY_ACCOUNTS_Q);
  const criteria = dialog.getByRole('group', { name: 'Evidence for these criteria' });
  // The sample's criteria carry no library key, so nothing is ticked for us.
  await expect(criteria).toHaveAccessibleDescription(/tick the ones the answer speaks to/);
  await expect(criteria.getByRole('checkbox', { checked: true })).toHaveCount(0);
  await dialog.getByRole('textbox', { name: 'Answered by' }).fill('Hayate Ken (CEO)');
  await dialog.getByLabel('Date', { exact: true }).fill('2027-01-14');
  const setting = dialog.getByRole('combobox', { name: 'Setting' });
  await expect(setting).toHaveAccessibleDescription(/real view \(honne\).*official line \(tatemae\)/);
  await setting.selectOption({ label: 'One-to-one' });
  await criteria.getByRole('checkbox', { name: KEY_HOSPITALS }).check();
  // Nothing said yet: the store refuses, and says so at the answer.
  await dialog.getByRole('button', { name: 'Record answer' }).click();
  const answerText = dialog.getByRole('textbox', { name: 'Answer', exact: true });
  await expect(answerText).toHaveAttribute('aria-invalid', 'true');
  await expect(answerText).toHaveAccessibleDescription('must not be empty');
  expect((await stored()).answers).toEqual([]);
  await answerText.fill(ANSWER);
  await shot('recording-a-private-answer');
  await dialog.getByRole('button', { name: 'Record answer' }).click();
  await expect(dialog).toBeHidden();
  const [answer] = (await stored()).answers;
  expect(answer).toMatchObject({
    candidateId: hayateId,
    questionKey: 'sales-channels.key-accounts',
    answeredBy: 'Hayate Ken (CEO)',
    answeredOn: '2027-01-14',
    setting: 'one_to_one',
    text: ANSWER,
    criterionIds: [keyHospitalsId],
  });
  const recorded = questions.nth(1).getByRole('article', { name: 'Answer from Hayate Ken (CEO)' });
  await expect(recorded).toContainText('One-to-one');
  await expect(recorded).toContainText('14 Jan 2027');
  await expect(recorded).toContainText(`Evidence for: ${KEY_HOSPITALS}`);
  await shot('answer-in-the-guide');

  // 4. The scoring screen shows it beside Hayate's key-hospitals cell, and nowhere else.
  await openSection(page, 'Scoring');
  await page.getByRole('textbox', { name: `Score of ${HAYATE} on ${KEY_HOSPITALS}` }).focus();
  const panel = page.getByRole('complementary', { name: `${HAYATE} · ${KEY_HOSPITALS}` });
  const evidence = panel.getByRole('region', { name: 'Evidence from interviews' });
  await expect(evidence).toContainText('1 answer');
  await expect(evidence).toContainText(KEY_ACCOUNTS_Q);
  await expect(evidence).toContainText(ANSWER);
  await expect(evidence).toContainText('Hayate Ken (CEO)');
  await expect(evidence).toContainText('One-to-one');
  await evidence.scrollIntoViewIfNeeded();
  await shot('evidence-in-the-cell-panel');
  await page.getByRole('textbox', { name: `Score of ${HAYATE} on Clinical field force` }).focus();
  const otherCell = page.getByRole('complementary', { name: `${HAYATE} · Clinical field force` });
  await expect(otherCell.getByRole('region', { name: 'Evidence from interviews' })).toContainText(`No answer from ${HAYATE} is linked to this criterion yet.`);

  // 5. The guide exported as Markdown: both languages, question by question.
  await openSection(page, 'Interviews');
  await page.getByRole('combobox', { name: 'Candidate' }).selectOption({ label: HAYATE });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export guide (Markdown)' }).click()]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^interview-guide ${HAYATE} \\d{4}-\\d\\d-\\d\\d\\.md$`));
  const markdown = await readFile(await download.path(), 'utf8');
  expect(markdown).toContain(`- **Candidate / 候補企業:** ${HAYATE} / ${HAYATE_JA}`);
  expect(markdown).toContain(`## 2. Sales channels and coverage / 販売チャネルとカバー範囲\n\n${KEY_ACCOUNTS_Q}\n\n${KEY_ACCOUNTS_Q_JA}\n`);
  expect(markdown).toContain(`## 4. Our own question / 独自の質問\n\n${OWN_Q}\n`);

  // 6. In Japanese.
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: '日本語' }).click();
  await openSection(page, 'ヒアリング');
  await page.getByRole('combobox', { name: '候補企業' }).selectOption({ label: HAYATE_JA });
  const guideJa = page.getByRole('region', { name: `ヒアリングシート：${HAYATE_JA}` });
  await expect(guideJa).toContainText(KEY_ACCOUNTS_Q_JA);
  await expect(guideJa.getByRole('article', { name: 'Hayate Ken (CEO)の回答' })).toContainText('1対1の面談');
  await expect(guideJa.getByRole('article', { name: 'Hayate Ken (CEO)の回答' })).toContainText('2027/01/14');
  await expect(page.getByRole('region', { name: '質問バンク' }).getByRole('status')).toHaveText('53問中53問を表示');
  await shot('guide-for-hayate-ja');

  await openSection(page, '採点');
  await page.getByRole('textbox', { name: `${HAYATE_JA}の「基幹病院へのアクセス」のスコア` }).focus();
  const evidenceJa = page.getByRole('region', { name: 'ヒアリングで得た根拠' });
  await expect(evidenceJa).toContainText('回答1件');
  await expect(evidenceJa).toContainText(KEY_ACCOUNTS_Q_JA);
  await evidenceJa.scrollIntoViewIfNeeded();
  await shot('evidence-in-the-cell-panel-ja');

  // 7. The print view: bilingual whatever the screen's language, laid out for paper.
  await openSection(page, 'ヒアリング');
  await page.getByRole('combobox', { name: '候補企業' }).selectOption({ label: HAYATE_JA });
  await page.getByRole('button', { name: '印刷用表示' }).click();
  const sheet = page.getByRole('article', { name: 'Interview guide ヒアリングシート' });
  await expect(sheet).toContainText(`${HAYATE} / ${HAYATE_JA}`);
  const printed = sheet.getByRole('listitem');
  await expect(printed).toHaveCount(4);
  await expect(printed.nth(0)).toContainText(WHO_DECIDES_Q);
  await expect(printed.nth(0)).toContainText('当社のような新しい商材の取扱いは、社内のどなたが決定しますか。');
  await expect(printed.nth(1).locator('[lang="en"]', { hasText: KEY_ACCOUNTS_Q })).toBeVisible();
  await expect(printed.nth(1).locator('[lang="ja"]', { hasText: KEY_ACCOUNTS_Q_JA })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('tablist')).toBeHidden();
  await expect(page.getByRole('combobox', { name: '候補企業' })).toBeHidden();
  await expect(page.getByRole('button', { name: '印刷', exact: true })).toBeHidden();
  await shot('print-view');
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: 'シートに戻る' }).click();
  await expect(page.getByRole('region', { name: '質問バンク' })).toBeVisible();
});
