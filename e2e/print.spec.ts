/**
 * The printed matrix (issue 7), on the sample deal-room: open the preview
 * from the matrix, print both languages on A3 and see the sheet follow, set
 * the approval boxes, and save the PDF that headless Chromium renders from
 * the same document (a real download, a real PDF).
 */
import { readFileSync } from 'node:fs';
import { expect, test } from './support/shinrai-fixture';

test('the print preview follows its options and saves a PDF', async ({ page, shot }) => {
  await expect(page.getByRole('heading', { name: 'Comparison matrix' })).toBeVisible();
  await page.getByRole('button', { name: 'Print…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Print the comparison' });
  await expect(dialog).toBeVisible();
  const pages = dialog.getByRole('region', { name: 'The pages as they will print' });
  await expect(pages).toContainText('Asanagi Medical K.K.');
  await expect(pages).toContainText('Weighted total');
  await expect(pages).not.toContainText('加重合計');
  await expect(pages.getByRole('group', { name: 'Approvals' })).toContainText('Prepared');

  // Both languages on A3: every label in English and Japanese together.
  await dialog.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'English and Japanese' });
  await dialog.getByRole('combobox', { name: 'Paper' }).selectOption({ label: 'A3' });
  await expect(pages).toContainText('Weighted total / 加重合計');
  await expect(pages).toContainText('朝凪メディカル株式会社');
  await expect(pages).toContainText('What would change the winner / 首位が入れ替わる条件');
  await expect(dialog.locator('.print-preview__sheet')).toHaveAttribute('data-paper', 'a3');

  // Stamp boxes of the team's own.
  await dialog.getByRole('textbox', { name: 'Approval boxes (one label per line)' }).fill('担当\n課長\n法務部');
  const approvals = pages.getByRole('group', { name: 'Approvals / 承認欄' });
  await expect(approvals).toContainText('法務部');
  await expect(approvals).not.toContainText('Prepared');
  await shot('preview-both-a3');

  // Nine boxes are more than a sheet holds: the field says so, and nothing can be saved.
  await dialog.getByRole('textbox', { name: 'Approval boxes (one label per line)' }).fill('1\n2\n3\n4\n5\n6\n7\n8\n9');
  await expect(dialog.getByRole('button', { name: 'Save as PDF' })).toBeDisabled();
  await dialog.getByRole('textbox', { name: 'Approval boxes (one label per line)' }).fill('担当\n課長');

  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save as PDF' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Japan distribution partner for patient monitors, 2027 - matrix \d{4}-\d{2}-\d{2}\.pdf$/);
  const bytes = readFileSync((await file.path())!);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(bytes.length).toBeGreaterThan(10_000);
  await expect(dialog.getByRole('status')).toContainText(/Saved .+\.pdf \(\d pages?, snapshot [0-9a-f]{12}\)\./);
  await shot('pdf-saved');

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
