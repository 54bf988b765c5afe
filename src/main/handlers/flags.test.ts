import { afterEach, describe, expect, it } from 'vitest';
import { analyseDealRoom } from '../../shared/engine/analyse-deal-room';
import { flagSummaryOf } from '../../shared/red-flags/candidate-flag-summary';
import { flagReference } from '../../shared/red-flags/red-flag-library';
import { createTestApp, failure, ok, type TestApp } from '../store/test-data-dir';

const apps: TestApp[] = [];
afterEach(() => {
  for (const a of apps.splice(0)) a.dispose();
});

/**
 * One pillar with two criteria, access (weight 3) and transparency (weight
 * 1): e = 0.75 and 0.25. One evaluator; totals T = 100 × Σ e × S / 5:
 *   Aoba    access 4, transparency 3 → 100 × (3 + 0.75) / 5 = 75
 *   Minato  access 3, transparency 5 → 100 × (2.25 + 1.25) / 5 = 70
 *   Kita    access 2, transparency 4 → 100 × (1.5 + 1) / 5 = 50
 */
function flagRoom() {
  const t = createTestApp();
  apps.push(t);
  const { app } = t;
  // Rationales are not what these tests are about.
  const dealRoomId = ok(app.invoke('dealRooms.create', { name: 'Flags', rationaleRule: 'never' })).id;
  const pillarId = ok(app.invoke('pillars.create', { dealRoomId, fields: { nameEn: 'Effectiveness', weight: 1 } })).id;
  const access = ok(app.invoke('criteria.create', { dealRoomId, fields: { pillarId, nameEn: 'Access to key hospitals', weight: 3 } })).id;
  const transparency = ok(app.invoke('criteria.create', { dealRoomId, fields: { pillarId, nameEn: 'Transparency of sales data', weight: 1 } })).id;
  const [aoba, minato, kita] = ['Aoba Trading', 'Minato Medical', 'Kita Logistics'].map(
    (nameLatin) => ok(app.invoke('candidates.create', { dealRoomId, fields: { nameLatin } })).id,
  ) as [string, string, string];
  const evaluatorId = ok(app.invoke('evaluators.create', { dealRoomId, fields: { name: 'Mori Aya' } })).id;
  const scores: [string, number, number][] = [
    [aoba, 4, 3],
    [minato, 3, 5],
    [kita, 2, 4],
  ];
  for (const [candidateId, a, b] of scores) {
    ok(app.invoke('scores.set', { dealRoomId, evaluatorId, candidateId, criterionId: access, value: a }));
    ok(app.invoke('scores.set', { dealRoomId, evaluatorId, candidateId, criterionId: transparency, value: b }));
  }
  const detail = () => ok(app.invoke('dealRooms.get', { dealRoomId }));
  const ranking = () => analyseDealRoom(detail()).scoring.candidates.map((c) => [c.candidateId, c.total, c.rank, c.knockedOutByFlag]);
  return { app, dealRoomId, access, transparency, aoba, minato, kita, detail, ranking };
}

const UNFLAGGED = (r: ReturnType<typeof flagRoom>) => [
  [r.aoba, 75, 1, false],
  [r.minato, 70, 2, false],
  [r.kita, 50, 3, false],
];

describe('logging a flag', () => {
  it('stores it open, with its change-log row, and an open flag changes nothing', () => {
    const r = flagRoom();
    const { app, dealRoomId, aoba, access } = r;
    const flag = ok(
      app.invoke('flags.log', {
        dealRoomId,
        candidateId: aoba,
        fields: {
          said: '在庫は持てません。注文があった時点で発注します。',
          saidBy: '営業部長 山田',
          observedOn: '2027-01-12',
          source: 'Second meeting, Osaka',
          consequence: 'penalty',
          criterionId: access,
          penalty: 2,
        },
      }),
    );
    expect(flag).toMatchObject({
      candidateId: aoba,
      libraryKey: '',
      said: '在庫は持てません。注文があった時点で発注します。',
      saidBy: '営業部長 山田',
      observedOn: '2027-01-12',
      source: 'Second meeting, Osaka',
      status: 'open',
      outcome: '',
      consequence: 'penalty',
      criterionId: access,
      penalty: 2,
      condition: '',
    });
    ok(app.invoke('flags.log', { dealRoomId, candidateId: aoba, fields: { said: 'Only we can deal with the regulator.', consequence: 'knockout' } }));

    const stored = r.detail();
    expect(stored.flags.map((f) => f.status)).toEqual(['open', 'open']);
    expect(r.ranking()).toEqual(UNFLAGGED(r));
    expect(flagSummaryOf(stored.flags, aoba)).toEqual({ open: 2, confirmed: 0, knockoutReasons: [] });

    const log = ok(app.invoke('dealRooms.changeLog', { dealRoomId, limit: 2 })).entries;
    expect(log.map((e) => [e.entity, e.field, e.before])).toEqual([
      ['flag', '', null],
      ['flag', '', null],
    ]);
    expect(log[1]?.entityId).toBe(flag.id);
    expect(log[1]?.after).toMatchObject({ said: flag.said, status: 'open' });
  });

  it('prefills what was said from a library entry, in the caller’s language, and a suggested contract condition', () => {
    const { app, dealRoomId, minato } = flagRoom();
    const entry = flagReference('cannot-hold-stock')!;
    const ja = ok(app.invoke('flags.log', { dealRoomId, candidateId: minato, fields: { libraryKey: 'cannot-hold-stock' } }, { lang: 'ja' }));
    expect(ja).toMatchObject({ libraryKey: 'cannot-hold-stock', said: entry.statement.ja, consequence: 'note' });
    // Words typed by a person win over the library's.
    const own = ok(app.invoke('flags.log', { dealRoomId, candidateId: minato, fields: { libraryKey: 'cannot-hold-stock', said: 'No stock before a PO' } }));
    expect(own.said).toBe('No stock before a PO');

    const condition = flagReference('registration-cannot-transfer')!.consequence;
    if (condition.kind !== 'contract_condition') throw new Error('expected a contract condition');
    const withCondition = ok(
      app.invoke('flags.log', { dealRoomId, candidateId: minato, fields: { libraryKey: 'registration-cannot-transfer', consequence: 'contract_condition' } }, { lang: 'en' }),
    );
    expect(withCondition).toMatchObject({ consequence: 'contract_condition', condition: condition.condition.en, criterionId: null, penalty: 0 });

    // A checklist item is a valid link too.
    const sign = ok(app.invoke('flags.log', { dealRoomId, candidateId: minato, fields: { libraryKey: 'warning-slow-responses' } }, { lang: 'en' }));
    expect(sign.said).toBe(flagReference('warning-slow-responses')!.statement.en);
  });

  it('refuses a penalty without a criterion, naming the field, and stores nothing', () => {
    const r = flagRoom();
    const { app, dealRoomId, aoba } = r;
    const before = ok(app.invoke('dealRooms.changeLog', { dealRoomId, limit: 1 })).total;
    const updatedAt = r.detail().dealRoom.updatedAt;
    expect(failure(app.invoke('flags.log', { dealRoomId, candidateId: aoba, fields: { said: 'Price is too high', consequence: 'penalty', penalty: 1 } }, { lang: 'en' }))).toEqual({
      code: 'invalid_input',
      message: 'fields.criterionId: a penalty needs a criterion of this deal-room',
      path: 'fields.criterionId',
      problem: 'a penalty needs a criterion of this deal-room',
    });
    expect(
      failure(app.invoke('flags.log', { dealRoomId, candidateId: aoba, fields: { said: '価格が高すぎます', consequence: 'penalty', penalty: 1 } }, { lang: 'ja' })).message,
    ).toBe('fields.criterionId：減点にはこのディールルームの評価項目の指定が必要です');
    // Nothing stored, nothing logged, the room not even touched.
    expect(r.detail().flags).toEqual([]);
    expect(ok(app.invoke('dealRooms.changeLog', { dealRoomId, limit: 1 })).total).toBe(before);
    expect(r.detail().dealRoom.updatedAt).toBe(updatedAt);
  });

  it('refuses what the rules do not allow, each naming its field', () => {
    const { app, dealRoomId, aoba, access } = flagRoom();
    const log = (fields: Record<string, unknown>, candidateId = aoba) => failure(app.invoke('flags.log', { dealRoomId, candidateId, fields } as never, { lang: 'en' }));
    expect(log({ said: '  ' })).toMatchObject({ code: 'invalid_input', path: 'fields.said', problem: 'needs what was said or seen' });
    expect(log({ libraryKey: 'not-in-the-library' })).toMatchObject({ code: 'invalid_input', path: 'fields.libraryKey' });
    expect(log({ said: 'x', consequence: 'penalty', criterionId: access, penalty: 0 })).toMatchObject({
      path: 'fields.penalty',
      problem: 'a penalty must take off more than 0 points',
    });
    expect(log({ said: 'x', consequence: 'penalty', criterionId: access, penalty: 6 })).toMatchObject({ code: 'invalid_input', path: 'fields.penalty' });
    expect(log({ said: 'x', consequence: 'penalty', criterionId: 'gone', penalty: 1 })).toMatchObject({ code: 'not_found', path: 'fields.criterionId' });
    expect(log({ said: 'x', consequence: 'contract_condition', condition: ' ' })).toMatchObject({ path: 'fields.condition' });
    expect(log({ said: 'x', status: 'confirmed' })).toMatchObject({ code: 'invalid_input', path: 'fields' });
    expect(log({ said: 'x' }, 'nobody')).toMatchObject({ code: 'not_found', path: 'candidateId' });
    expect(log({ said: 'x', observedOn: '12/01/2027' })).toMatchObject({ code: 'invalid_input', path: 'fields.observedOn' });
  });
});

describe('confirming and clearing', () => {
  it('a confirmed knock-out flag removes the candidate from the ranking, with the reason', () => {
    const r = flagRoom();
    const { app, dealRoomId, aoba, minato, kita } = r;
    const flag = ok(app.invoke('flags.log', { dealRoomId, candidateId: aoba, fields: { libraryKey: 'gifts-are-customary', consequence: 'knockout' } }, { lang: 'en' }));
    expect(r.ranking()).toEqual(UNFLAGGED(r));

    // The outcome of the check is required.
    expect(failure(app.invoke('flags.setStatus', { dealRoomId, flagId: flag.id, status: 'confirmed', outcome: ' ' }, { lang: 'en' }))).toMatchObject({
      code: 'invalid_input',
      path: 'outcome',
    });
    const confirmed = ok(
      app.invoke('flags.setStatus', { dealRoomId, flagId: flag.id, status: 'confirmed', outcome: 'Their compliance officer confirmed gifts to department heads in 2026.' }),
    );
    expect(confirmed).toMatchObject({ status: 'confirmed', consequence: 'knockout', outcome: 'Their compliance officer confirmed gifts to department heads in 2026.' });

    // Aoba keeps its total (75) but has no rank; the others move up.
    expect(r.ranking()).toEqual([
      [minato, 70, 1, false],
      [kita, 50, 2, false],
      [aoba, 75, null, true],
    ]);
    expect(flagSummaryOf(r.detail().flags, aoba)).toEqual({ open: 0, confirmed: 1, knockoutReasons: [flagReference('gifts-are-customary')!.statement.en] });

    const log = ok(app.invoke('dealRooms.changeLog', { dealRoomId, limit: 5 })).entries.filter((e) => e.entityId === flag.id && e.field !== '');
    expect(log.map((e) => [e.field, e.before, e.after])).toEqual(
      expect.arrayContaining([
        ['status', 'open', 'confirmed'],
        ['outcome', '', 'Their compliance officer confirmed gifts to department heads in 2026.'],
      ]),
    );

    // Cleared, it counts for nothing again.
    ok(app.invoke('flags.setStatus', { dealRoomId, flagId: flag.id, status: 'cleared', outcome: 'The 2026 gifts were within the industry code; checked with counsel.' }));
    expect(r.ranking()).toEqual(UNFLAGGED(r));
  });

  it('a confirmed penalty lowers the total by exactly what SCORING.md predicts', () => {
    const r = flagRoom();
    const { app, dealRoomId, aoba, minato, kita, access } = r;
    const flag = ok(app.invoke('flags.log', { dealRoomId, candidateId: aoba, fields: { said: 'Customers only want face-to-face meetings.' } }));
    // Decided at confirmation: 1.5 points off Aoba's access (S = 4, e = 0.75).
    // S − p = 2.5 ≥ 0, so ΔT = 100 × e × p / 5 = 100 × 0.75 × 1.5 / 5 = 22.5: 75 → 52.5.
    ok(
      app.invoke('flags.setStatus', {
        dealRoomId,
        flagId: flag.id,
        status: 'confirmed',
        outcome: 'No webinar or online lead in two years for any principal.',
        consequence: 'penalty',
        criterionId: access,
        penalty: 1.5,
      }),
    );
    const analysis = analyseDealRoom(r.detail());
    expect(analysis.scoring.cells[aoba]?.[access]).toMatchObject({ raw: 4, score: 2.5, penalty: 1.5 });
    expect(r.ranking()).toEqual([
      [minato, 70, 1, false],
      [aoba, 52.5, 2, false],
      [kita, 50, 3, false],
    ]);

    // A penalty larger than the score stops at 0 (S' = max(0, S − p)): Kita's access is 2, a
    // penalty of 2.5 takes off only 2, so ΔT = 100 × 0.75 × 2 / 5 = 30: 50 → 20.
    const second = ok(app.invoke('flags.log', { dealRoomId, candidateId: kita, fields: { said: 'Trust takes years.', consequence: 'penalty', criterionId: access, penalty: 2.5 } }));
    ok(app.invoke('flags.setStatus', { dealRoomId, flagId: second.id, status: 'confirmed', outcome: 'No plan with dates after three requests.' }));
    expect(r.ranking().find(([id]) => id === kita)).toEqual([kita, 20, 3, false]);
  });

  it('asks for a criterion when confirming a penalty that has none, and not when clearing', () => {
    const r = flagRoom();
    const { app, dealRoomId, aoba, transparency } = r;
    const flag = ok(
      app.invoke('flags.log', { dealRoomId, candidateId: aoba, fields: { said: 'Customer names are confidential.', consequence: 'penalty', criterionId: transparency, penalty: 1 } }),
    );
    // The criterion goes; the flag stays, with no criterion, and lowers nothing.
    ok(app.invoke('criteria.delete', { dealRoomId, criterionId: transparency }));
    expect(r.detail().flags[0]).toMatchObject({ consequence: 'penalty', criterionId: null });
    expect(failure(app.invoke('flags.setStatus', { dealRoomId, flagId: flag.id, status: 'confirmed', outcome: 'Refused an NDA.' }, { lang: 'en' }))).toMatchObject({
      path: 'criterionId',
      problem: 'a penalty needs a criterion of this deal-room',
    });
    expect(r.detail().flags[0]?.status).toBe('open');
    // Only the consequence can change with the status; what was said changes through an update.
    const extra = failure(app.invoke('flags.setStatus', { dealRoomId, flagId: flag.id, status: 'cleared', outcome: 'x', said: 'y' } as never, { lang: 'en' }));
    expect(extra.code).toBe('invalid_input');
    expect(extra.message).toContain('"said"');
    const cleared = ok(app.invoke('flags.setStatus', { dealRoomId, flagId: flag.id, status: 'cleared', outcome: 'Shared two references under NDA.' }));
    expect(cleared).toMatchObject({ status: 'cleared', consequence: 'penalty', criterionId: null });
  });
});

describe('editing and deleting', () => {
  it('updates what was said and the consequence, clearing fields the new consequence does not use', () => {
    const r = flagRoom();
    const { app, dealRoomId, minato, access } = r;
    const flag = ok(app.invoke('flags.log', { dealRoomId, candidateId: minato, fields: { said: 'Wait and see', consequence: 'penalty', criterionId: access, penalty: 1 } }));
    const updated = ok(
      app.invoke('flags.update', { dealRoomId, flagId: flag.id, patch: { said: 'Let us wait and see the market first.', consequence: 'contract_condition', condition: 'Launch within six months or we may appoint another partner.' } }),
    );
    expect(updated).toMatchObject({
      said: 'Let us wait and see the market first.',
      consequence: 'contract_condition',
      condition: 'Launch within six months or we may appoint another partner.',
      criterionId: null,
      penalty: 0,
      status: 'open',
    });
    const fields = ok(app.invoke('dealRooms.changeLog', { dealRoomId, limit: 10 }))
      .entries.filter((e) => e.entityId === flag.id && e.field !== '')
      .map((e) => e.field)
      .sort();
    expect(fields).toEqual(['condition', 'consequence', 'criterionId', 'penalty', 'said']);

    expect(failure(app.invoke('flags.update', { dealRoomId, flagId: flag.id, patch: { consequence: 'penalty' } }, { lang: 'en' }))).toMatchObject({
      path: 'patch.criterionId',
    });
    expect(failure(app.invoke('flags.update', { dealRoomId, flagId: flag.id, patch: { status: 'confirmed' } } as never))).toMatchObject({ path: 'patch' });
    expect(r.detail().flags[0]).toMatchObject({ consequence: 'contract_condition', status: 'open' });
  });

  it('deletes a flag with a change-log row, and names a missing one', () => {
    const r = flagRoom();
    const { app, dealRoomId, kita } = r;
    const flag = ok(app.invoke('flags.log', { dealRoomId, candidateId: kita, fields: { said: 'Technical staff are busy' } }));
    expect(ok(app.invoke('flags.delete', { dealRoomId, flagId: flag.id }))).toEqual({ deleted: true });
    expect(r.detail().flags).toEqual([]);
    const last = ok(app.invoke('dealRooms.changeLog', { dealRoomId, limit: 1 })).entries[0];
    expect(last).toMatchObject({ entity: 'flag', entityId: flag.id, field: '', after: null });
    expect(failure(app.invoke('flags.delete', { dealRoomId, flagId: flag.id }, { lang: 'en' }))).toEqual({
      code: 'not_found',
      message: `No red flag with id "${flag.id}" is in this deal-room.`,
      path: 'flagId',
    });
  });
});
