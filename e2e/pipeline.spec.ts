/**
 * The pipeline (issue 5): intake, suitor signals and the comparison gate.
 *
 * - In the sample deal-room, Hayate HealthTech (the firm that approached us)
 *   gets its intake through the candidate form: an inbound approach, first
 *   contact on 14 September 2026. Two of its suitor signals are recorded as
 *   warnings; the panel then leads with them, each with why it matters, the
 *   card counts "2 warnings", and the panel says that interest is a signal,
 *   not a decision.
 * - In a room set up through the API with three compared firms of which only
 *   two are scored, moving Aoba Trading into negotiation is refused, naming
 *   the 2 evaluated candidates; it goes ahead with an override whose reason
 *   lands in the change log and in the candidate's stage history.
 * - Declining asks for a reason; the list view shows the same counts; the
 *   screen reads in Japanese.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/shinrai-fixture';

const HAYATE = 'Hayate HealthTech Inc.';
const ROOM = 'Japan partner gate trial, 2027';
const AOBA = 'Aoba Trading Co., Ltd.';
const MINATO = 'Minato Medical K.K.';
const KIRI = 'Kiri Pharma Logistics K.K.';
const OVERRIDE_REASON = 'Only licensed importer for class II monitors in Japan, confirmed by our regulatory team on 2 October.';

async function openSection(page: Page, tabName: string) {
  const tab = page.getByRole('tab', { name: tabName, exact: true });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
}

function column(page: Page, stage: string) {
  return page.getByRole('region', { name: new RegExp(`^${stage} \\(`) });
}

test('an inbound suitor’s intake and warning signals, and the comparison gate with its override', async ({ page, api, shot }) => {
  const [sample] = await api.value('dealRooms.list', { includeArchived: true });
  const sampleId = sample!.id;
  const hayateId = (await api.value('dealRooms.get', { dealRoomId: sampleId })).candidates.find((c) => c.nameLatin === HAYATE)!.id;

  // 1. The board: a column per stage with its count.
  await openSection(page, 'Pipeline');
  await expect(page.getByRole('heading', { name: 'Pipeline', level: 2 })).toBeVisible();
  await expect(page.getByText(/^Negotiation, pilot and partner open to a candidate only once at least 3 candidates/)).toBeVisible();
  for (const stage of ['Long list', 'Screening', 'Shortlist', 'Due diligence', 'Negotiation', 'Pilot', 'Partner', 'Declined'])
    await expect(column(page, stage)).toBeVisible();

  // 2. Hayate's intake, through the candidate form's Intake fieldset.
  await page.getByRole('button', { name: HAYATE, exact: true }).click();
  const details = page.getByRole('region', { name: HAYATE, exact: true });
  await expect(details.getByRole('heading', { name: HAYATE })).toBeFocused();
  await details.getByRole('button', { name: 'Edit intake' }).click();
  const form = page.getByRole('dialog', { name: `Edit ${HAYATE}` });
  const intake = form.getByRole('group', { name: 'Intake' });
  await intake.getByRole('combobox', { name: 'Origin' }).selectOption({ label: 'Inbound approach' });
  await intake.getByRole('combobox', { name: 'Who made the first move' }).selectOption({ label: 'They approached us' });
  await intake.getByLabel('First contact').fill('2026-09-14');
  await intake.getByRole('textbox', { name: 'What they say they want' }).fill('Exclusive national distribution from day one, 全国独占販売権');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();
  await expect(details).toContainText('Inbound approach');
  await expect(details).toContainText(/14 Sept? 2026/);
  await expect(details).toContainText('Their interest is a signal, not a decision');
  await expect
    .poll(async () => (await api.value('dealRooms.get', { dealRoomId: sampleId })).candidates.find((c) => c.id === hayateId))
    .toMatchObject({ origin: 'inbound', approachedBy: 'they_approached_us', firstContactOn: '2026-09-14' });

  // 3. Two warning signals; each signal is worded both ways round.
  const executive = details.getByRole('group', { name: 'Executive backing' });
  await expect(executive.getByRole('radio', { name: 'Approved by their executives' })).toBeVisible();
  await executive.getByRole('radio', { name: 'Exploratory, not yet approved' }).check();
  await executive.getByRole('button', { name: 'Save signal' }).click();
  await expect(executive.getByRole('button', { name: 'Save signal' })).toBeDisabled();
  const pace = details.getByRole('group', { name: 'Pace and promises' });
  await pace.getByRole('radio', { name: 'Unusual speed or bold promises' }).check();
  await pace.getByRole('textbox', { name: 'What you saw' }).fill('Asked for exclusivity to be signed within two weeks.');
  await pace.getByRole('button', { name: 'Save signal' }).click();

  const warnings = details.getByRole('group', { name: 'Warning signals' });
  await expect(warnings.getByRole('listitem')).toHaveCount(2);
  await expect(warnings).toContainText('Exploratory, not yet approved');
  await expect(warnings).toContainText('Interest that nobody senior has signed off can vanish');
  await expect(warnings).toContainText('Unusual speed or bold promises');
  await expect(warnings).toContainText('Seen: Asked for exclusivity to be signed within two weeks.');
  await expect(page.getByRole('listitem').filter({ has: page.getByRole('button', { name: HAYATE, exact: true }) })).toContainText('2 warnings');
  const signals = (await api.value('dealRooms.get', { dealRoomId: sampleId })).signals.filter((s) => s.candidateId === hayateId);
  expect(signals.map((s) => [s.signal, s.reading]).sort()).toEqual([
    ['executive_approval', 'warning'],
    ['measured_pace', 'warning'],
  ]);
  await shot('inbound-suitor-warnings');

  // 4. A room where only two of three compared firms are scored.
  const dealRoomId = (await api.value('dealRooms.create', { name: ROOM, productLine: 'Patient monitors', targetMarket: 'Japan' })).id;
  const pillar = await api.value('pillars.create', { dealRoomId, fields: { nameEn: 'Effectiveness', nameJa: '営業力', weight: 1 } });
  const criterionId = (await api.value('criteria.create', { dealRoomId, fields: { pillarId: pillar.id, nameEn: 'Access to key hospitals', weight: 1 } })).id;
  const ids: string[] = [];
  for (const [nameLatin, nameJa] of [
    [AOBA, '青葉商事株式会社'],
    [MINATO, '港メディカル株式会社'],
    [KIRI, '桐ファーマロジスティクス株式会社'],
  ] as const)
    ids.push((await api.value('candidates.create', { dealRoomId, fields: { nameLatin, nameJa } })).id);
  const [aobaId, minatoId] = ids as [string, string, string];
  const evaluatorId = (await api.value('evaluators.create', { dealRoomId, fields: { name: 'Sato Kenji', department: 'Business development' } })).id;
  for (const candidateId of [aobaId, minatoId]) await api.value('scores.set', { dealRoomId, evaluatorId, candidateId, criterionId, value: 3 });

  await page.reload();
  await page.getByRole('button', { name: new RegExp(`^${ROOM}`) }).click();
  await expect(page.getByRole('heading', { name: ROOM })).toBeVisible();
  await openSection(page, 'Pipeline');
  await expect(page.getByText('Evaluated so far: 2 of 3.', { exact: false })).toBeVisible();
  await expect(column(page, 'Long list')).toContainText('Compared and scored');
  await expect(column(page, 'Long list')).toContainText('Compared, not scored yet');

  // 5. The move into negotiation is refused, naming how many are evaluated.
  await page.getByRole('combobox', { name: `Move ${AOBA} to` }).selectOption({ label: 'Negotiation' });
  await page.getByRole('button', { name: `Move ${AOBA}` }).click();
  const gate = page.getByRole('dialog', { name: `Compare before moving ${AOBA} to Negotiation` });
  await expect(gate).toContainText('only 2 candidates in this deal-room have been evaluated side by side, and at least 3 are needed');
  await shot('gate-refused');
  expect((await api.value('dealRooms.get', { dealRoomId })).candidates.find((c) => c.id === aobaId)?.stage).toBe('long_list');

  // 6. Overridden with a reason: the reason is required, then kept in the change log.
  await gate.getByRole('button', { name: 'Override with a reason' }).click();
  const reason = gate.getByRole('textbox', { name: 'Reason for the override' });
  await expect(reason).toBeFocused();
  await gate.getByRole('button', { name: 'Move with override' }).click();
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  await expect(reason).toHaveAccessibleDescription(/an override needs a reason/);
  await reason.fill(OVERRIDE_REASON);
  await gate.getByRole('button', { name: 'Move with override' }).click();
  await expect(gate).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: `${AOBA} moved to Negotiation.` })).toBeVisible();
  await expect(column(page, 'Negotiation')).toContainText(AOBA);

  const log = (await api.value('dealRooms.changeLog', { dealRoomId, limit: 5 })).entries;
  expect(log.find((e) => e.field === 'stageOverride')).toMatchObject({
    entity: 'candidate',
    entityId: aobaId,
    after: { from: 'long_list', to: 'negotiation', reason: OVERRIDE_REASON, evaluated: 2 },
  });
  expect(log.find((e) => e.field === 'stage')).toMatchObject({ entityId: aobaId, before: 'long_list', after: 'negotiation' });

  await page.getByRole('button', { name: AOBA, exact: true }).click();
  const aobaDetails = page.getByRole('region', { name: AOBA, exact: true });
  const history = aobaDetails.getByRole('region', { name: 'Stage history' });
  await expect(history.getByRole('listitem')).toHaveCount(2);
  await expect(history.getByRole('listitem').last()).toContainText('Long list → Negotiation');
  await expect(history.getByRole('listitem').last()).toContainText(`Comparison gate overridden with 2 candidates evaluated. Reason: ${OVERRIDE_REASON}`);
  await shot('override-in-history');

  // 7. Declining asks why.
  await page.getByRole('combobox', { name: `Move ${KIRI} to` }).selectOption({ label: 'Declined' });
  await page.getByRole('button', { name: `Move ${KIRI}` }).click();
  const decline = page.getByRole('dialog', { name: `Decline ${KIRI}` });
  await decline.getByRole('button', { name: 'Decline candidate' }).click();
  const declineReason = decline.getByRole('textbox', { name: 'Reason for declining' });
  await expect(declineReason).toHaveAccessibleDescription(/a reason is needed to decline a candidate/);
  await declineReason.fill('No hospital accounts outside Kanto, and unwilling to share monthly sales data.');
  await decline.getByRole('button', { name: 'Decline candidate' }).click();
  await expect(decline).toBeHidden();
  await expect(column(page, 'Declined')).toContainText(KIRI);

  // 8. The list view carries the same counts.
  await page.getByRole('group', { name: 'Show the pipeline as' }).getByRole('button', { name: 'List' }).click();
  const counts = page.getByRole('group', { name: 'Candidates per stage' }).getByRole('definition');
  await expect(counts).toHaveCount(8);
  await expect(counts).toHaveText(['1', '0', '0', '0', '1', '0', '0', '1']);
  const table = page.getByRole('table', { name: 'Candidates and their pipeline stage' });
  await expect(table.getByRole('row', { name: new RegExp(AOBA) })).toContainText('Negotiation');
  await expect(table.getByRole('row', { name: new RegExp(KIRI) })).toContainText('Declined');
  await shot('list-view');

  // 9. In Japanese.
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: '日本語' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await openSection(page, '選定状況');
  await page.getByRole('group', { name: '表示形式' }).getByRole('button', { name: 'ボード' }).click();
  await page.getByRole('button', { name: '青葉商事株式会社', exact: true }).click();
  const aobaJa = page.getByRole('region', { name: '青葉商事株式会社', exact: true });
  await expect(aobaJa.getByRole('region', { name: '段階の履歴' })).toContainText('「ロングリスト」から「条件交渉」へ');
  await expect(aobaJa.getByRole('region', { name: '段階の履歴' })).toContainText('評価済み2社の時点で比較ゲートをオーバーライド');
  await shot('pipeline-in-japanese');
});
