/**
 * print.pdf with a proposal's decisions in the approval boxes (issue 8), on a
 * real data folder: a route run to approval with one reservation prints the
 * approvers' names, the decision words and the reservation in full, as real
 * text in the PDF; a proposal that is not in the room is refused naming the
 * option. The PDF needs headless Chromium: skipped, with the reason, only
 * where none exists (the refusal is checked before any PDF is made). The
 * sheets are kept in test-results/print-approvals/ to be looked at.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { sealDate } from '../../shared/print/print-approvals';
import { installedChromium, resolvePackage } from '../print/browser-path';
import { closePdfBrowser } from '../print/pdf-browser';
import { extractPdfText } from '../print/testing/pdf-text';
import { parsePrintCommand } from '../cli/print-command';
import { runCli } from '../cli/run-cli';
import { createTestApp, failure, ok, type TestApp } from '../store/test-data-dir';

const chromiumFound = installedChromium() !== undefined || resolvePackage('@sparticuz/chromium') !== undefined;

const apps: TestApp[] = [];
afterEach(() => {
  for (const a of apps.splice(0)) a.dispose();
});
afterAll(() => closePdfBrowser());

const RESERVATION = 'Approve only if the pilot stays within twelve months and Kanto.';

/** The sample room, a drafter and three approvers over two stages, and a proposal approved with one reservation. */
function approvedRoom() {
  const t = createTestApp({ seedSample: true });
  apps.push(t);
  const app = t.app;
  const dealRoomId = ok(app.invoke('settings.get', {})).lastDealRoomId!;
  const person = (nameLatin: string, nameJa: string, role: 'bd' | 'legal' | 'executive') => ok(app.invoke('profiles.create', { fields: { nameLatin, nameJa, role } })).id;
  const ids = {
    bd: person('Misaki Aoki', '青木 美咲', 'bd'),
    legal: person('Ken Sato', '佐藤 健', 'legal'),
    execA: person('Makoto Takahashi', '高橋 誠', 'executive'),
    execB: person('Grace Whitfield', '', 'executive'),
  };
  const route = ok(
    app.invoke('routes.create', {
      fields: {
        name: 'Distributor appointment',
        stages: [
          { name: 'Legal review', mode: 'any', approverIds: [ids.legal] },
          { name: 'Board', mode: 'all', approverIds: [ids.execA, ids.execB] },
        ],
      },
    }),
  );
  ok(app.invoke('profiles.setActing', { profileId: ids.bd }));
  const proposal = ok(app.invoke('proposals.create', { dealRoomId, routeId: route.id, fields: { title: 'Appoint the leading distributor', recommendation: 'A 12-month pilot.' } }));
  ok(app.invoke('proposals.circulate', { dealRoomId, proposalId: proposal.id }));
  const decide = (approverId: string, kind: 'approve' | 'approve_with_reservations', comment = '') =>
    ok(app.invoke('proposals.decide', { dealRoomId, proposalId: proposal.id, approverId, actorId: approverId, kind, comment }));
  decide(ids.legal, 'approve');
  decide(ids.execA, 'approve_with_reservations', RESERVATION);
  decide(ids.execB, 'approve');
  return { t, app, dealRoomId, proposalId: proposal.id };
}

/** The sheets are kept in test-results/print-approvals/ for people to look at. */
const keptDir = join(resolve(__dirname, '../../..'), 'test-results', 'print-approvals');

const flat = (text: string) => text.replace(/\u2027/g, '\u30fb').replace(/\s+/g, '');

describe('print.pdf with a proposal in the approval boxes', () => {
  it('refuses a proposal that is not in this deal-room, naming the option, before making anything', () => {
    const { app, dealRoomId } = approvedRoom();
    const refused = failure(app.invoke('print.pdf', { dealRoomId, options: { proposalId: 'no-such-proposal' }, printDate: '2026-11-23' }));
    expect(refused).toEqual({
      code: 'not_found',
      message: 'No proposal no-such-proposal in this deal-room; choose one of its proposals for the approval boxes, or none.',
      path: 'options.proposalId',
    });
    const inJapanese = failure(app.invoke('print.pdf', { dealRoomId, options: { proposalId: 'no-such-proposal' } }, { lang: 'ja' }));
    expect(inJapanese.message).toBe('この案件に稟議 no-such-proposal はありません。承認欄に載せる稟議をこの案件から選ぶか、「空欄のまま」にしてください。');
  });

  it.skipIf(!chromiumFound)(
    'prints the approvers’ seals, the decisions and the reservation in full',
    async () => {
      const { app, dealRoomId, proposalId } = approvedRoom();
      const circulation = ok(app.invoke('proposals.list', { dealRoomId }));
      expect(circulation.proposals[0]!.status).toBe('approved');
      const decidedOn = sealDate(circulation.decisions[1]!.decidedAt);
      const withStamps = ok(app.invoke('print.pdf', { dealRoomId, options: { lang: 'en', proposalId }, printDate: '2026-11-23' }));
      const empty = ok(app.invoke('print.pdf', { dealRoomId, options: { lang: 'en' }, printDate: '2026-11-23' }));
      // The stamps are part of what was printed, so the sheet's id differs from the one with empty boxes.
      expect(withStamps.snapshotId).not.toBe(empty.snapshotId);

      const text = flat((await extractPdfText(Buffer.from(withStamps.contentBase64, 'base64'))).perPage.join(' '));
      for (const expected of [
        'Legal review',
        'Board',
        'Ken Sato',
        'Makoto Takahashi',
        'Grace Whitfield',
        'Whitfield',
        'Approved with reservations',
        'Reservation — Makoto Takahashi',
        RESERVATION,
        'Proposal v1 “Appoint the leading distributor” · Approved',
        `Makoto Takahashi, ${decidedOn}`,
      ])
        expect(text).toContain(flat(expected));
      // The empty sheet has none of it.
      const emptyText = flat((await extractPdfText(Buffer.from(empty.contentBase64, 'base64'))).perPage.join(' '));
      expect(emptyText).not.toContain(flat(RESERVATION));
      expect(emptyText).toContain('Prepared');

      // A Japanese sheet seals with the Japanese family names and words the decisions in Japanese.
      const ja = ok(app.invoke('print.pdf', { dealRoomId, options: { lang: 'ja', proposalId }, printDate: '2026-11-23' }));
      const jaText = flat((await extractPdfText(Buffer.from(ja.contentBase64, 'base64'))).perPage.join(' '));
      mkdirSync(keptDir, { recursive: true });
      writeFileSync(join(keptDir, 'approved-with-reservation-en.pdf'), Buffer.from(withStamps.contentBase64, 'base64'));
      writeFileSync(join(keptDir, 'approved-with-reservation-ja.pdf'), Buffer.from(ja.contentBase64, 'base64'));
      for (const expected of ['佐藤', '高橋', '条件付き承認', '条件 — 高橋 誠', RESERVATION, '決裁済み']) expect(jaText).toContain(flat(expected));
    },
    120_000,
  );
});

function cli(dir: string, ...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = runCli(['--data', dir, ...args], { stdout: (x) => void (stdout += x), stderr: (x) => void (stderr += x), env: { LANG: 'C.UTF-8' } });
  return { code, stdout, stderr };
}

describe('print --proposal on the command line', () => {
  it('reads latest or an id into the options', () => {
    expect(parsePrintCommand('room', { out: 'm.pdf', proposal: 'latest' })).toMatchObject({ latestProposal: true, options: { proposalId: null } });
    expect(parsePrintCommand('room', { out: 'm.pdf', proposal: 'p-42' })).toMatchObject({ latestProposal: false, options: { proposalId: 'p-42' } });
    expect(parsePrintCommand('room', { out: 'm.pdf' })).toMatchObject({ latestProposal: false, options: { proposalId: null } });
  });

  it('refuses --proposal latest in a room with no approved or circulating proposal, saying what to do', () => {
    const t = createTestApp({ seedSample: true });
    apps.push(t);
    const dealRoomId = ok(t.app.invoke('settings.get', {})).lastDealRoomId!;
    const run = cli(t.dir, 'print', dealRoomId, '--out', `${t.dir}/m.pdf`, '--proposal', 'latest');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`The deal-room "${dealRoomId}" has no approved or circulating proposal for --proposal latest`);
  });

  it('refuses an unknown proposal id with the print message', () => {
    const { t, dealRoomId } = approvedRoom();
    const run = cli(t.dir, 'print', dealRoomId, '--out', `${t.dir}/m.pdf`, '--proposal', 'no-such-proposal');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('No proposal no-such-proposal in this deal-room');
  });

  it.skipIf(!chromiumFound)(
    'prints the newest approved proposal’s stamps with --proposal latest',
    async () => {
      const { t, dealRoomId } = approvedRoom();
      const out = `${t.dir}/stamped.pdf`;
      const run = cli(t.dir, 'print', dealRoomId, '--out', out, '--proposal', 'latest');
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const text = flat((await extractPdfText(readFileSync(out))).perPage.join(' '));
      expect(text).toContain(flat(RESERVATION));
      expect(text).toContain(flat('Makoto Takahashi'));
    },
    120_000,
  );
});
