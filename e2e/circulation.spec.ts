/**
 * Ringi circulation (issue 8), on the sample deal-room. The people and the
 * route are set up in the People dialog; the top bar's "Acting as" switch is
 * used to act as each person in turn. BD drafts the proposal, legal leaves an
 * informal comment (which is not an approval), circulation starts, legal
 * approves, and the two executives of the joint review approve, one with a
 * reservation that is first refused without a comment. The track then shows
 * every stamp with name and date, and the reservation's words.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/shinrai-fixture';

const DRAFTER = { nameJa: '青木 美咲', nameLatin: 'Misaki Aoki', department: 'Business Development', title: 'Manager', role: 'Business development' };
const LEGAL = { nameJa: '佐藤 健', nameLatin: 'Ken Sato', department: 'Legal', title: 'Counsel', role: 'Legal' };
const EXEC_A = { nameJa: '高橋 誠', nameLatin: 'Makoto Takahashi', department: 'Board', title: 'Managing Director', role: 'Executive' };
const EXEC_B = { nameJa: '', nameLatin: 'Grace Whitfield', department: 'Board', title: 'VP International', role: 'Executive' };
const ROUTE = 'Distributor appointment';
const TITLE = 'Appoint Asanagi Medical for a Kansai pilot';
const RESERVATION = 'Account-level sales reports every month from the start of the pilot.';
const NEMAWASHI = 'Fine by legal in principle; please keep the pilot non-exclusive.';

type Person = typeof DRAFTER;
const choice = (p: Person) => `${p.nameLatin} (${p.department})`;
/** How the store names people in records: both scripts when both exist. */
const recorded = (p: Person) => (p.nameJa ? `${p.nameLatin} (${p.nameJa})` : p.nameLatin);

async function openSection(page: Page, tabName: string) {
  const tab = page.getByRole('tab', { name: tabName, exact: true });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
}

async function addPerson(dialog: Locator, p: Person) {
  await dialog.getByRole('button', { name: 'Add a person' }).click();
  const form = dialog.getByRole('form', { name: 'Add a person' });
  await form.getByRole('textbox', { name: 'Name in Japanese' }).fill(p.nameJa);
  await form.getByRole('textbox', { name: 'Name in Latin letters' }).fill(p.nameLatin);
  await form.getByRole('textbox', { name: 'Department' }).fill(p.department);
  await form.getByRole('textbox', { name: 'Title' }).fill(p.title);
  await form.getByRole('combobox', { name: 'Role' }).selectOption({ label: p.role });
  await form.getByRole('button', { name: 'Add person' }).click();
  await expect(form).toBeHidden();
  await expect(dialog.getByRole('table', { name: 'Profiles of the people who act in the app' })).toContainText(p.nameLatin);
}

async function actAs(page: Page, p: Person) {
  const select = page.getByRole('banner').getByRole('combobox', { name: 'Acting as' });
  await select.selectOption({ label: choice(p) });
  await expect(select.locator('option:checked')).toHaveText(choice(p));
}

test('BD drafts, legal comments, the route runs to approval with one reservation, stamped', async ({ page, api, shot }) => {
  const [sample] = await api.value('dealRooms.list', { includeArchived: true });
  const dealRoomId = sample!.id;
  const today = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'Asia/Tokyo' }).format(new Date());

  // 1. Nobody has a profile yet: the top bar invites creating one.
  await page.getByRole('banner').getByRole('button', { name: 'Create a profile to act as…' }).click();
  const people = page.getByRole('dialog', { name: 'People and routes' });
  await expect(people.getByText('Nobody yet.')).toBeVisible();
  for (const p of [DRAFTER, LEGAL, EXEC_A, EXEC_B]) await addPerson(people, p);
  await expect(people.getByRole('row', { name: /Grace Whitfield/ })).toContainText('Executive');

  // 2. The route: legal (any one), then the two executives in joint review; reordered by the buttons.
  await people.getByRole('button', { name: 'New route' }).click();
  const editor = people.getByRole('form', { name: 'New route' });
  await editor.getByRole('textbox', { name: 'Route name' }).fill(ROUTE);
  await editor.getByRole('textbox', { name: 'Name of stage 1' }).fill('Executive committee');
  await editor.getByRole('combobox', { name: 'How stage 1 decides' }).selectOption({ label: 'Everyone must approve (joint review)' });
  const stage1Approvers = editor.getByRole('group', { name: 'Approvers of stage 1' });
  await stage1Approvers.getByRole('checkbox', { name: choice(EXEC_A) }).check();
  await stage1Approvers.getByRole('checkbox', { name: choice(EXEC_B) }).check();
  await editor.getByRole('button', { name: 'Add a stage' }).click();
  await expect(editor.getByRole('textbox', { name: 'Name of stage 2' })).toBeFocused();
  await editor.getByRole('textbox', { name: 'Name of stage 2' }).fill('Legal review');
  await editor.getByRole('combobox', { name: 'How stage 2 decides' }).selectOption({ label: 'Any one approver' });
  await editor.getByRole('group', { name: 'Approvers of stage 2' }).getByRole('checkbox', { name: choice(LEGAL) }).check();
  // Legal reviews first: move it up from the keyboard; the focus follows the moved stage.
  await editor.getByRole('button', { name: 'Move stage 2 up' }).focus();
  await page.keyboard.press('Enter');
  await expect(editor.getByRole('textbox', { name: 'Name of stage 1' })).toHaveValue('Legal review');
  await expect(editor.getByRole('textbox', { name: 'Name of stage 2' })).toHaveValue('Executive committee');
  await expect(editor.getByRole('button', { name: 'Move stage 1 down' })).toBeFocused();
  await shot('circulation-route-editor');
  await editor.getByRole('button', { name: 'Create route' }).click();
  await expect(editor).toBeHidden();
  await expect(people.getByRole('listitem').filter({ hasText: ROUTE })).toContainText('Legal review');
  const stored = await api.value('people.get', {});
  expect(stored.routes).toEqual([
    expect.objectContaining({
      name: ROUTE,
      stages: [
        { name: 'Legal review', mode: 'any', approverIds: [stored.profiles.find((p) => p.nameLatin === LEGAL.nameLatin)!.id] },
        {
          name: 'Executive committee',
          mode: 'all',
          approverIds: [EXEC_A, EXEC_B].map((x) => stored.profiles.find((p) => p.nameLatin === x.nameLatin)!.id),
        },
      ],
    }),
  ]);
  // A person on a route cannot be removed: the store's refusal is shown in that person's row.
  await people.getByRole('button', { name: `Remove ${LEGAL.nameLatin}` }).click();
  const legalRow = people.getByRole('row', { name: new RegExp(LEGAL.nameLatin) });
  await legalRow.getByRole('button', { name: `Remove ${LEGAL.nameLatin}` }).click();
  await expect(people.getByRole('alert')).toContainText(`${recorded(LEGAL)} is an approver on the route “${ROUTE}”`);
  await shot('circulation-people-and-route');
  await legalRow.getByRole('button', { name: 'Keep' }).click();
  expect((await api.value('people.get', {})).profiles).toHaveLength(4);
  await people.getByRole('button', { name: 'Done' }).click();
  await expect(people).toBeHidden();

  // 3. BD drafts the proposal: a draft with a frozen snapshot and its hash.
  await actAs(page, DRAFTER);
  await openSection(page, 'Circulation');
  await expect(page.getByText('No proposals in this deal-room yet.')).toBeVisible();
  await page.getByRole('button', { name: 'New proposal' }).first().click();
  const create = page.getByRole('dialog', { name: 'New proposal' });
  await create.getByRole('textbox', { name: 'Title' }).fill(TITLE);
  await create.getByRole('textbox', { name: 'Recommendation' }).fill('Twelve-month pilot in Kansai, no exclusivity; exclusivity only once the pilot milestones are met.');
  await create.getByRole('combobox', { name: 'Recommended candidate' }).selectOption({ label: 'Asanagi Medical K.K.' });
  await expect(create.getByRole('combobox', { name: 'Approval route' })).toHaveValue(stored.routes[0]!.id);
  await shot('circulation-new-proposal');
  await create.getByRole('button', { name: 'Create draft' }).click();
  await expect(create).toBeHidden();
  const proposal = page.getByRole('article', { name: TITLE });
  await expect(proposal).toContainText('Draft');
  const [draft] = (await api.value('proposals.list', { dealRoomId })).proposals;
  expect(draft).toMatchObject({ title: TITLE, status: 'draft', drafterName: recorded(DRAFTER) });
  await expect(proposal.getByText(`snapshot ${draft!.snapshotHash.slice(0, 12)}`, { exact: true })).toBeVisible();
  await expect(proposal).toContainText('Recommends Asanagi Medical K.K.');
  await expect(proposal.getByRole('table', { name: 'Ranks and totals as frozen in the proposal' })).toContainText('Asanagi Medical K.K.');
  await expect(proposal).toContainText('The live deal-room still matches this snapshot.');

  // 4. Legal comments informally (nemawashi): kept, clearly not an approval.
  await actAs(page, LEGAL);
  await proposal.getByRole('textbox', { name: `Your comment, as ${LEGAL.nameLatin}` }).fill(NEMAWASHI);
  await proposal.getByRole('button', { name: 'Add comment' }).click();
  const thread = proposal.getByRole('list', { name: 'Comments, oldest first' });
  await expect(thread).toContainText(NEMAWASHI);
  await expect(thread).toContainText(recorded(LEGAL));
  await expect(proposal.getByText('Comments are not approvals.')).toBeVisible();
  await expect(proposal.getByRole('heading', { name: 'Your decision' })).toHaveCount(0);
  await shot('circulation-nemawashi');

  // 5. BD starts the circulation: it is with legal now.
  await actAs(page, DRAFTER);
  await proposal.getByRole('button', { name: 'Start circulation' }).click();
  await expect(proposal.getByRole('status', { name: 'Status at a glance' })).toContainText(`With ${recorded(LEGAL)} (Legal review)`);
  await expect(proposal.getByRole('status', { name: 'Status at a glance' })).toContainText('Then: Executive committee.');
  const track = proposal.getByRole('list', { name: 'Stages of the route' });
  const legalStage = track.getByRole('listitem', { name: 'Stage 1: Legal review' });
  const execStage = track.getByRole('listitem', { name: 'Stage 2: Executive committee' });
  await expect(legalStage).toContainText('Has it now');
  await expect(execStage).toContainText('Not reached yet');
  await shot('circulation-started');

  // 6. Legal approves.
  await actAs(page, LEGAL);
  await proposal.getByRole('radio', { name: 'Approve', exact: true }).check();
  await proposal.getByRole('button', { name: 'Record decision' }).click();
  await expect(legalStage).toContainText('Passed');
  await expect(legalStage.locator('.stamp')).toContainText(['Approved', recorded(LEGAL), today].join(''));
  await expect(proposal.getByRole('status', { name: 'Status at a glance' })).toContainText(`With ${recorded(EXEC_A)}, ${recorded(EXEC_B)} (Executive committee)`);

  // 7. The first executive approves with a reservation: refused without words, at the field.
  await actAs(page, EXEC_A);
  await proposal.getByRole('radio', { name: 'Approve with reservations' }).check();
  await proposal.getByRole('button', { name: 'Record decision' }).click();
  const reservations = proposal.getByRole('textbox', { name: 'Your reservations' });
  await expect(reservations).toHaveAttribute('aria-invalid', 'true');
  await expect(reservations).toHaveAccessibleDescription(/needs a comment saying what the reservations are/);
  expect((await api.value('proposals.list', { dealRoomId })).decisions).toHaveLength(1);
  await shot('circulation-reservation-refused');
  await reservations.fill(RESERVATION);
  await proposal.getByRole('button', { name: 'Record decision' }).click();
  await expect(execStage).toContainText(RESERVATION);
  // A joint review: one approval is not enough, the other executive still has it.
  await expect(proposal.getByRole('status', { name: 'Status at a glance' })).toContainText(`With ${recorded(EXEC_B)} (Executive committee)`);
  await expect(proposal).toContainText('Circulating');

  // 8. The second executive approves: the proposal is approved.
  await actAs(page, EXEC_B);
  await proposal.getByRole('radio', { name: 'Approve', exact: true }).check();
  await proposal.getByRole('button', { name: 'Record decision' }).click();
  await expect(proposal.getByRole('status', { name: 'Status at a glance' })).toContainText(`Approved on`);
  await expect(proposal.getByRole('status', { name: 'Status at a glance' })).toContainText('One approval came with reservations');
  await expect(execStage).toContainText('Passed');

  // 9. The track: every stamp with name and date, and the reservation's words.
  const stamps = track.locator('.stamp');
  await expect(stamps).toHaveText([
    ['Approved', recorded(LEGAL), today].join(''),
    ['With reservations', recorded(EXEC_A), today].join(''),
    ['Approved', recorded(EXEC_B), today].join(''),
  ]);
  await expect(execStage.getByText('Reservations', { exact: true })).toBeVisible();
  await expect(execStage).toContainText(RESERVATION);
  const final = await api.value('proposals.list', { dealRoomId });
  expect(final.proposals[0]).toMatchObject({ status: 'approved', snapshotHash: draft!.snapshotHash });
  expect(final.decisions.map((d) => [d.actorName, d.kind, d.comment])).toEqual([
    [recorded(LEGAL), 'approve', ''],
    [recorded(EXEC_A), 'approve_with_reservations', RESERVATION],
    [recorded(EXEC_B), 'approve', ''],
  ]);
  await shot('circulation-approved');

  // 10. The room moves on after the decision: the snapshot and its hash stay, the difference is shown.
  const detail = await api.value('dealRooms.get', { dealRoomId });
  const access = detail.criteria.find((c) => c.nameEn === 'Access to key hospitals')!;
  await api.value('criteria.update', { dealRoomId, criterionId: access.id, patch: { weight: 60 } });
  await page.reload();
  await openSection(page, 'Circulation');
  await expect(proposal.getByRole('heading', { name: 'Live data has moved on' })).toBeVisible();
  await proposal.getByText('What changed', { exact: true }).click();
  await expect(proposal.getByRole('table', { name: 'Weights' }).getByRole('row', { name: /Access to key hospitals/ })).toContainText('4060');
  await expect(proposal.getByText(`snapshot ${draft!.snapshotHash.slice(0, 12)}`, { exact: true })).toBeVisible();
  expect((await api.value('proposals.list', { dealRoomId })).proposals[0]!.snapshotHash).toBe(draft!.snapshotHash);
  await shot('circulation-live-data-moved-on');

  // 11. The same in Japanese.
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: '日本語' }).click();
  await expect(page.getByRole('heading', { name: '稟議', exact: true })).toBeVisible();
  await expect(page.getByRole('list', { name: 'ルートの各段階' }).locator('.stamp').nth(1)).toContainText('条件付承認');
  await shot('circulation-approved-ja');

  // 12. The printed matrix carries the stamps: the approved proposal is chosen for the approval boxes by default.
  await page.getByRole('group', { name: '言語' }).getByRole('button', { name: 'English' }).click();
  await openSection(page, 'Matrix');
  await page.getByRole('button', { name: 'Print…' }).click();
  const printing = page.getByRole('dialog', { name: 'Print the comparison' });
  const boxesFrom = printing.getByRole('combobox', { name: 'Approval boxes', exact: true });
  await expect(boxesFrom.locator('option:checked')).toHaveText(`v1 · ${TITLE} · Approved`);
  await expect(boxesFrom.locator('option').first()).toHaveText('Empty boxes (labels below)');
  const sheet = printing.getByRole('region', { name: 'The pages as they will print' });
  const boxes = sheet.getByRole('group', { name: 'Approvals', exact: true });
  const sealDay = new Intl.DateTimeFormat('sv', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'Asia/Tokyo' }).format(new Date()).replace(/-/g, '/');
  await expect(boxes.getByRole('group', { name: `Legal review: ${recorded(LEGAL)}, Approved`, exact: true })).toContainText(`Sato${sealDay}Ken SatoApproved`);
  await expect(boxes.getByRole('group', { name: `Executive committee: ${recorded(EXEC_A)}, Approved with reservations`, exact: true })).toContainText(
    `Takahashi${sealDay}Makoto TakahashiApproved with reservations`,
  );
  await expect(boxes.getByRole('group', { name: `Executive committee: ${recorded(EXEC_B)}, Approved`, exact: true })).toContainText(`Whitfield${sealDay}Grace WhitfieldApproved`);
  await expect(sheet).toContainText(`Proposal v1 “${TITLE}” · Approved`);
  await expect(sheet).toContainText(`Reservation — Makoto Takahashi, ${sealDay} · Executive committee: ${RESERVATION}`);
  await expect(printing.getByRole('textbox', { name: 'Approval boxes (one label per line)' })).toBeDisabled();
  await shot('printed-stamps');

  // Empty boxes again on request: the labels come back and the stamps go.
  await boxesFrom.selectOption({ label: 'Empty boxes (labels below)' });
  await expect(boxes).toContainText('Prepared');
  await expect(printing.getByRole('textbox', { name: 'Approval boxes (one label per line)' })).toBeEnabled();
  await expect(sheet).not.toContainText(RESERVATION);
});
