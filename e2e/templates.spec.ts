/**
 * The criteria library end to end: a deal-room started from the regulated
 * medical template arrives with that template's pillars and criteria (the
 * marketing authorisation licence a knock-out weighing 20 in Compliance);
 * its criteria, once tuned, are saved as the team's own template, which the
 * library then lists and previews; exported to a file and imported again it
 * is the same template, and the copy can be deleted while the built-ins
 * cannot be.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './support/shinrai-fixture';

const ROOM = 'Japan launch: infusion pumps, 2028';
const MEDICAL = 'Distributor in Japan (regulated medical products)';
const MAH = 'Marketing authorisation holder licence';
const SAVED = { nameEn: 'Infusion pumps, our criteria', nameJa: '輸液ポンプ用 当社評価基準', description: 'Medical template with the MAH licence weighted up after legal review.' };

async function openSection(page: Page, tabName: string) {
  const tab = page.getByRole('tab', { name: tabName, exact: true });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
}

test('a deal-room starts from the medical template, and its tuned criteria become a template of our own', async ({ page, api, shot }) => {
  // 1. A new deal-room, started from the medical template.
  await page.getByRole('navigation', { name: 'Deal-rooms' }).getByRole('button', { name: 'New deal-room' }).click();
  const createDialog = page.getByRole('dialog', { name: 'New deal-room' });
  await createDialog.getByRole('textbox', { name: 'Name', exact: true }).fill(ROOM);
  const startFrom = createDialog.getByRole('group', { name: 'Start from' });
  await expect(startFrom.getByRole('radio', { name: /^A blank deal-room/ })).toBeChecked();
  const medical = startFrom.getByRole('radio', { name: new RegExp(`^${MEDICAL.replace(/[()]/g, '\\$&')}`) });
  await expect(medical).toHaveAccessibleName(`${MEDICAL} 5 pillars · 33 criteria · 3 knock-outs`);
  await medical.check();
  await shot('start-from-medical-template');
  await createDialog.getByRole('button', { name: 'Create deal-room' }).click();
  await expect(createDialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ROOM);

  const room = (await api.value('dealRooms.list', { includeArchived: true })).find((r) => r.name === ROOM)!;
  const detail = await api.value('dealRooms.get', { dealRoomId: room.id });
  expect(detail.pillars.map((p) => p.nameEn)).toEqual(['Effectiveness', 'Compliance', 'Trustworthiness', 'Capability and commitment', 'Strategic and brand fit']);
  expect(detail.criteria).toHaveLength(33);

  // 2. The criteria screen shows them, the licence a knock-out weighing 20 of Compliance's 115.
  await openSection(page, 'Criteria');
  await expect(page.getByRole('heading', { level: 3, name: 'Compliance', exact: true })).toBeVisible();
  const mah = page.getByRole('form', { name: MAH, exact: true });
  await expect(mah.getByRole('textbox', { name: 'Weight', exact: true })).toHaveValue('20');
  await expect(mah.getByRole('checkbox', { name: /Knock-out/ })).toBeChecked();
  // 30% × 20/115 of the whole.
  await expect(mah.getByRole('status')).toHaveText('5.2%');
  await shot('criteria-from-medical-template');

  // The team weighs the licence up before keeping the set for next time.
  await mah.getByRole('textbox', { name: 'Weight', exact: true }).fill('40');
  await mah.getByRole('button', { name: 'Save criterion' }).click();
  await expect(mah.getByText('Unsaved changes')).toBeHidden();

  // 3. Save as template: the library opens on the new template.
  await page.getByRole('button', { name: 'Save as template' }).click();
  const saveDialog = page.getByRole('dialog', { name: 'Save criteria as a template' });
  await expect(saveDialog).toContainText('5 pillars and 33 criteria');
  const nameEn = saveDialog.getByRole('textbox', { name: 'Template name in English' });
  await expect(nameEn).toHaveValue(ROOM);
  await nameEn.fill(SAVED.nameEn);
  await saveDialog.getByRole('textbox', { name: 'Template name in Japanese' }).fill(SAVED.nameJa);
  await saveDialog.getByRole('textbox', { name: 'Description' }).fill(SAVED.description);
  await shot('save-as-template');
  await saveDialog.getByRole('button', { name: 'Save template' }).click();
  await expect(saveDialog).toBeHidden();

  const library = page.getByRole('dialog', { name: 'Criteria templates' });
  await expect(library).toBeVisible();
  await expect(library.getByRole('status')).toContainText(`“${SAVED.nameEn}” was saved in the template library.`);
  const items = library.getByRole('list', { name: 'Templates in the library' }).getByRole('listitem');
  await expect(items).toHaveCount(3);
  const ours = items.filter({ hasText: SAVED.nameEn });
  await expect(ours).toContainText('Your template');
  await expect(ours).toContainText('5 pillars · 33 criteria · 3 knock-outs');
  await expect(ours.getByRole('button', { name: `Preview ${SAVED.nameEn}` })).toHaveAttribute('aria-pressed', 'true');
  const preview = library.getByRole('region', { name: `Pillars and criteria of “${SAVED.nameEn}”` });
  const complianceTable = preview.getByRole('table', { name: /^Compliance · 30\.0% of the total$/ });
  // The tuned weight travelled: 30% × 40/135 of the whole.
  await expect(complianceTable.getByRole('row', { name: new RegExp(`^${MAH}`) })).toContainText('Knock-out, pass mark 3');
  await expect(complianceTable.getByRole('row', { name: new RegExp(`^${MAH}`) }).getByRole('cell')).toHaveText('8.9%');
  // Built-in templates cannot be deleted, so they offer no Delete.
  await expect(items.filter({ hasText: MEDICAL }).getByRole('button', { name: /^Delete/ })).toHaveCount(0);
  await shot('library-with-saved-template');

  const listed = (await api.value('templates.list', {})).find((s) => s.name.en === SAVED.nameEn)!;
  expect(listed).toMatchObject({ builtIn: false, name: { en: SAVED.nameEn, ja: SAVED.nameJa }, pillarCount: 5, criterionCount: 33, knockoutCount: 3 });

  // 4. Exported to a file and imported again, it is the same template.
  const [download] = await Promise.all([page.waitForEvent('download'), ours.getByRole('button', { name: `Export ${SAVED.nameEn}` }).click()]);
  expect(download.suggestedFilename()).toBe(`${SAVED.nameEn}.criteria-template.json`);
  const exported = JSON.parse(await readFile(await download.path(), 'utf8')) as { format: string; name: { ja: string } };
  expect(exported).toMatchObject({ format: 'shinrai.criteria-template', version: 1, name: { ja: SAVED.nameJa } });
  await library.getByLabel('Import template…', { exact: true }).setInputFiles({
    name: download.suggestedFilename(),
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(exported)),
  });
  await expect(library.getByRole('status')).toContainText(`“${SAVED.nameEn}” was added to the library.`);
  await expect(items).toHaveCount(4);
  const copies = (await api.value('templates.list', {})).filter((s) => s.name.en === SAVED.nameEn);
  expect(copies).toHaveLength(2);
  expect(await api.value('templates.get', { templateId: copies[1]!.id })).toEqual(await api.value('templates.get', { templateId: copies[0]!.id }));

  // 5. One copy goes, after a confirmation that names it.
  await items.filter({ hasText: SAVED.nameEn }).first().getByRole('button', { name: `Delete ${SAVED.nameEn}` }).click();
  const confirm = page.getByRole('dialog', { name: `Delete the template “${SAVED.nameEn}”?` });
  await expect(confirm).toContainText('Deal-rooms already started from it keep their pillars and criteria.');
  await confirm.getByRole('button', { name: 'Delete template' }).click();
  await expect(confirm).toBeHidden();
  await expect(items).toHaveCount(3);
  expect((await api.value('templates.list', {})).filter((s) => s.name.en === SAVED.nameEn)).toHaveLength(1);
  await library.getByRole('button', { name: 'Close', exact: true }).last().click();
  await expect(library).toBeHidden();
});

test('in Japanese the library and the start choice read in Japanese', async ({ page, api, shot }) => {
  await api.value('settings.update', { language: 'ja' });
  await page.reload();
  await page.getByRole('navigation', { name: 'ディールルーム' }).getByRole('button', { name: '新規ディールルーム' }).click();
  const createDialog = page.getByRole('dialog', { name: '新規ディールルーム' });
  const startFrom = createDialog.getByRole('group', { name: '評価基準のひな形' });
  await expect(startFrom.getByRole('radio', { name: '日本の販売代理店（一般） 評価軸 5件・評価項目 29件・足切り条件 2件' })).toBeVisible();
  await shot('start-from-in-japanese');
  await createDialog.getByRole('button', { name: 'キャンセル' }).click();

  // The sample deal-room opens at start; its criteria screen leads to the library.
  await openSection(page, '評価項目');
  await page.getByRole('button', { name: 'テンプレート一覧' }).click();
  const library = page.getByRole('dialog', { name: '評価基準テンプレート' });
  await library.getByRole('button', { name: '日本の販売代理店（規制対象の医療製品）をプレビュー' }).click();
  const preview = library.getByRole('region', { name: '「日本の販売代理店（規制対象の医療製品）」の評価軸と評価項目' });
  await expect(preview.getByRole('table', { name: 'コンプライアンス（全体の30.0%）' }).getByRole('row', { name: /^製造販売業許可/ })).toContainText('足切り条件・合格点3');
  await shot('library-in-japanese');
});
