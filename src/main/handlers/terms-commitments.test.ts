import { writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExternalCommitment, Scope, TermSheet } from '../../shared/domain/terms';
import type { ShinraiApp } from '../app';
import { createTestApp, failure, ok, type TestApp } from '../store/test-data-dir';

const apps: TestApp[] = [];
afterEach(() => {
  for (const a of apps.splice(0)) a.dispose();
});

const scope = (territory: string[], channels: string[] = []): Scope => ({ territory, channels, segments: [], products: [] });

/** A candidate at `stage` (moved past the comparison gate with a reason) with one phase of the given exclusivity. */
function candidateWithPhase(
  app: ShinraiApp,
  dealRoomId: string,
  nameLatin: string,
  stage: 'shortlist' | 'pilot' | 'partner',
  phase: { exclusivity: 'none' | 'conditional' | 'exclusive'; scope: Scope; startsOn: string; endsOn: string },
): string {
  const candidateId = ok(app.invoke('candidates.create', { dealRoomId, fields: { nameLatin } })).id;
  ok(app.invoke('pipeline.moveStage', { dealRoomId, candidateId, stage, override: { reason: 'Test set-up: the comparison is not what this test is about' } }));
  const sheet = ok(app.invoke('terms.createSheet', { dealRoomId, candidateId })) as TermSheet;
  ok(app.invoke('terms.addPhase', { dealRoomId, termSheetId: sheet.id, fields: { name: 'Term', targets: [], ...phase } }));
  return candidateId;
}

describe('commitments elsewhere', () => {
  it('lists the exclusive and conditional rights of pilots and partners in every other readable room', () => {
    const t = createTestApp();
    apps.push(t);
    const { app } = t;
    const here = ok(app.invoke('dealRooms.create', { name: 'Cardiac monitors, Kansai' })).id;
    // This room's own pilot is not "elsewhere".
    candidateWithPhase(app, here, 'Aoba Trading', 'pilot', { exclusivity: 'exclusive', scope: scope(['JP-27']), startsOn: '2027-01-01', endsOn: '2027-12-31' });

    const other = ok(app.invoke('dealRooms.create', { name: '透析装置 近畿 2027' })).id;
    const hikari = candidateWithPhase(app, other, 'Hikari Iryo', 'pilot', {
      exclusivity: 'exclusive',
      scope: scope(['JP-R-kinki'], ['hospitals']),
      startsOn: '2027-07-01',
      endsOn: '2029-06-30',
    });
    const sora = candidateWithPhase(app, other, 'Sora Medical', 'partner', { exclusivity: 'conditional', scope: scope(['JP-13']), startsOn: '2028-01-01', endsOn: '2028-12-31' });
    // Shortlisted: nothing promised yet. Non-exclusive: nothing to collide with.
    candidateWithPhase(app, other, 'Kumo Trading', 'shortlist', { exclusivity: 'exclusive', scope: scope(['JP']), startsOn: '2027-01-01', endsOn: '2030-12-31' });
    candidateWithPhase(app, other, 'Nami Partners', 'partner', { exclusivity: 'none', scope: scope(['JP']), startsOn: '2027-01-01', endsOn: '2030-12-31' });

    // A third room whose file is damaged is skipped quietly.
    const broken = ok(app.invoke('dealRooms.create', { name: 'Damaged' })).id;
    t.app.close();
    writeFileSync(`${t.roomsDir}/${broken}.shinrai`, 'this is not a database');
    const reopened = t.reopen();

    const commitments = ok(reopened.invoke('terms.commitmentsElsewhere', { dealRoomId: here, asOf: '2027-08-01' })) as ExternalCommitment[];
    const byCandidate = [...commitments].sort((a, b) => a.candidateName.localeCompare(b.candidateName));
    expect(byCandidate.map((c) => [c.dealRoomId, c.dealRoomName, c.candidateId, c.candidateName, c.exclusivity, c.from, c.to])).toEqual([
      [other, '透析装置 近畿 2027', hikari, 'Hikari Iryo', 'exclusive', '2027-07-01', '2029-06-30'],
      [other, '透析装置 近畿 2027', sora, 'Sora Medical', 'conditional', '2028-01-01', '2028-12-31'],
    ]);
    expect(byCandidate[0]!.scope).toMatchObject({ channels: ['hospitals'], segments: [], products: [] });

    // Seen from the other room, only this room's pilot counts.
    const fromOther = ok(reopened.invoke('terms.commitmentsElsewhere', { dealRoomId: other, asOf: '2027-08-01' })) as ExternalCommitment[];
    expect(fromOther.map((c) => [c.candidateName, c.exclusivity, c.from, c.to])).toEqual([['Aoba Trading', 'exclusive', '2027-01-01', '2027-12-31']]);

    expect(failure(reopened.invoke('terms.commitmentsElsewhere', { dealRoomId: 'no-such-room', asOf: '2027-08-01' })).code).toBe('not_found');
  });
});
