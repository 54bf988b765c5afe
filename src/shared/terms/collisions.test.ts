import { describe, expect, it } from 'vitest';
import type { DealRoomDetail } from '../domain/entities';
import type { ExternalCommitment, Milestone, Phase, TermSheet, Trigger } from '../domain/terms';
import { buildDetail } from '../engine/testing/deal-room-detail-builder';
import { externalHoldings, findCollisions, roomHoldings } from './collisions';
import { condition, milestoneOf, phaseOf, scope, settled, termSheet, triggerOf } from './testing/term-sheet-builders';
import type { Holding } from './terms-evaluation';

// Two fictional distributors, each with a term sheet.
const A = 'sheet-a';
const B = 'sheet-b';

function room(parts: { phases?: Phase[]; milestones?: Milestone[]; triggers?: Trigger[]; sheets?: TermSheet[] }): DealRoomDetail {
  const detail = buildDetail({
    candidates: [
      { id: 'cand-a', nameLatin: 'Kiriboshi Medical K.K.', nameJa: '霧星メディカル株式会社' },
      { id: 'cand-b', nameLatin: 'Ushio Trading Co., Ltd.', nameJa: '潮商事株式会社' },
    ],
    pillars: [],
    criteria: [],
  });
  return {
    ...detail,
    termSheets: parts.sheets ?? [termSheet(A, 'cand-a'), termSheet(B, 'cand-b')],
    phases: parts.phases ?? [],
    milestones: parts.milestones ?? [],
    triggers: parts.triggers ?? [],
  };
}

const kinkiHospitalsMonitors = phaseOf(A, {
  id: 'pa',
  startsOn: '2027-07-01',
  endsOn: '2028-03-31',
  exclusivity: 'exclusive',
  scope: scope(['JP-R-kinki'], ['hospitals'], [], ['cardiac monitors']),
});
const osakaConditional = phaseOf(B, { id: 'pb', startsOn: '2027-01-01', endsOn: '2028-06-30', exclusivity: 'conditional', scope: scope(['JP-27']) });

describe('findCollisions over one room', () => {
  it('finds a region against its own prefecture, with the exact overlap and dates', () => {
    const holdings = roomHoldings(room({ phases: [kinkiHospitalsMonitors, osakaConditional] }), '2027-01-01');
    const collisions = findCollisions(holdings);
    expect(collisions).toHaveLength(1);
    const [c] = collisions;
    // Scope: Kinki ∩ Osaka = Osaka; hospitals ∩ every = hospitals; every product ∩ cardiac monitors = cardiac monitors.
    // Time: max(2027-07-01, 2027-01-01) = 2027-07-01 to min(2028-03-31, 2028-06-30) = 2028-03-31.
    expect(c?.overlap).toEqual(scope(['JP-27'], ['hospitals'], [], ['cardiac monitors']));
    expect([c?.from, c?.to]).toEqual(['2027-07-01', '2028-03-31']);
    expect(c?.sentence.en).toBe('Osaka, hospitals, cardiac monitors, 2027-07 to 2028-03: Kiriboshi Medical K.K. (exclusive) and Ushio Trading Co., Ltd. (conditional).');
    expect(c?.sentence.ja).toBe('大阪府・病院・cardiac monitors、2027-07〜2028-03：Kiriboshi Medical K.K.（独占）とUshio Trading Co., Ltd.（条件付き独占）が重複');
  });

  it('names candidates in the language asked for', () => {
    const [c] = findCollisions(roomHoldings(room({ phases: [kinkiHospitalsMonitors, osakaConditional] }), '2027-01-01', 'ja'));
    expect(c?.a.holder.name).toBe('霧星メディカル株式会社');
  });

  it('finds nothing between a region and a prefecture elsewhere', () => {
    const tokyo = { ...osakaConditional, scope: scope(['JP-13']) };
    expect(findCollisions(roomHoldings(room({ phases: [kinkiHospitalsMonitors, tokyo] }), '2027-01-01'))).toEqual([]);
  });

  it('finds nothing between windows that touch but do not share a day', () => {
    const before = { ...osakaConditional, endsOn: '2027-06-30' };
    expect(findCollisions(roomHoldings(room({ phases: [kinkiHospitalsMonitors, before] }), '2027-01-01'))).toEqual([]);
    const oneDay = { ...osakaConditional, endsOn: '2027-07-01' };
    expect(findCollisions(roomHoldings(room({ phases: [kinkiHospitalsMonitors, oneDay] }), '2027-01-01')).map((c) => [c.from, c.to])).toEqual([
      ['2027-07-01', '2027-07-01'],
    ]);
  });

  it('takes every channel against hospitals to hospitals, and never a holder against itself', () => {
    const everyChannel = { ...osakaConditional, scope: scope(['JP-R-kinki']) };
    const [c, ...rest] = findCollisions(roomHoldings(room({ phases: [kinkiHospitalsMonitors, everyChannel] }), '2027-01-01'));
    expect(rest).toEqual([]);
    expect(c?.overlap.channels).toEqual(['hospitals']);
    const ownTwice = { ...kinkiHospitalsMonitors, id: 'pa2', termSheetId: A };
    expect(findCollisions(roomHoldings(room({ phases: [kinkiHospitalsMonitors, ownTwice] }), '2027-01-01'))).toEqual([]);
  });

  it('does not count non-exclusive phases as holdings', () => {
    const plain = { ...osakaConditional, exclusivity: 'none' as const };
    expect(roomHoldings(room({ phases: [plain] }), '2027-01-01')).toEqual([]);
  });
});

describe('roomHoldings over triggers', () => {
  const ms = [milestoneOf(B, { id: 'm1', dueOn: '2027-06-30' }), milestoneOf(B, { id: 'm2', dueOn: '2027-09-30' })];
  const grant = triggerOf(B, 't1', condition('all', 'met', ['m1', 'm2']), [{ kind: 'grant_exclusivity', scope: scope(['JP-27'], ['hospitals']), months: 12, startsOn: null }]);

  it('holds a waiting grant as conditional from the day after its latest due date', () => {
    const hs = roomHoldings(room({ milestones: ms, triggers: [grant] }), '2027-01-01');
    // Latest due date 2027-09-30 → from 2027-10-01; 12 months → to 2028-09-30.
    expect(hs).toEqual([
      {
        holder: { kind: 'candidate', candidateId: 'cand-b', name: 'Ushio Trading Co., Ltd.' },
        exclusivity: 'conditional',
        scope: scope(['JP-27'], ['hospitals']),
        from: '2027-10-01',
        to: '2028-09-30',
        source: { kind: 'trigger', triggerId: 't1' },
      },
    ]);
  });

  it('holds a waiting grant from the day after its by-date when it has one', () => {
    const byDate = { ...grant, condition: { ...grant.condition, by: '2027-12-31' } };
    expect(roomHoldings(room({ milestones: ms, triggers: [byDate] }), '2027-01-01').map((h) => [h.from, h.to])).toEqual([['2028-01-01', '2028-12-31']]);
  });

  it('holds a fired grant as exclusive, and nothing for a lapsed one', () => {
    const met = [settled(B, 'm1', '2027-06-30', 'met', '2027-06-20'), settled(B, 'm2', '2027-09-30', 'met', '2027-09-15')];
    expect(roomHoldings(room({ milestones: met, triggers: [grant] }), '2027-09-15').map((h) => [h.exclusivity, h.from, h.to])).toEqual([
      ['exclusive', '2027-09-16', '2028-09-15'],
    ]);
    const missed = [settled(B, 'm1', '2027-06-30', 'missed', '2027-07-01'), ms[1]!];
    expect(roomHoldings(room({ milestones: missed, triggers: [grant] }), '2027-07-01')).toEqual([]);
  });

  it('stops holding the reverted part from the revert date', () => {
    const kinki = phaseOf(A, { id: 'pa', startsOn: '2027-01-01', endsOn: '2027-12-31', exclusivity: 'conditional', scope: scope(['JP-R-kinki']) });
    const revert = triggerOf(A, 't9', condition('any', 'missed', ['m9']), [{ kind: 'revert_non_exclusive', scope: scope(['JP-27']) }]);
    const m9 = settled(A, 'm9', '2027-05-31', 'missed', '2027-05-31');
    const hs = roomHoldings(room({ phases: [kinki], milestones: [m9], triggers: [revert] }), '2027-06-01');
    expect(hs.map((h) => [h.scope.territory, h.from, h.to])).toEqual([
      [['JP-R-kinki'], '2027-01-01', '2027-05-31'],
      [['JP-24', 'JP-25', 'JP-26', 'JP-28', 'JP-29', 'JP-30'], '2027-06-01', '2027-12-31'],
    ]);
    // Ushio's conditional Osaka phase now collides with Kiriboshi only up to 2027-05-31.
    const both = roomHoldings(room({ phases: [kinki, osakaConditional], milestones: [m9], triggers: [revert] }), '2027-06-01');
    expect(findCollisions(both).map((c) => [c.overlap.territory, c.from, c.to])).toEqual([[['JP-27'], '2027-01-01', '2027-05-31']]);
  });
});

describe('collisions with other deal-rooms', () => {
  const elsewhere: ExternalCommitment = {
    dealRoomId: 'room-2',
    dealRoomName: 'Japan distribution for infusion pumps, 2027',
    candidateId: 'cand-x',
    candidateName: 'Kiriboshi Medical K.K.',
    exclusivity: 'exclusive',
    scope: scope(['JP-R-kinki', 'JP-R-chugoku'], ['hospitals', 'clinics']),
    from: '2026-04-01',
    to: '2027-09-30',
  };

  it('are found against a partner in another room, named with its room', () => {
    const holdings: Holding[] = [...roomHoldings(room({ phases: [osakaConditional] }), '2027-01-01'), ...externalHoldings([elsewhere])];
    const [c, ...rest] = findCollisions(holdings);
    expect(rest).toEqual([]);
    // Osaka ∩ (Kinki, Chugoku) = Osaka; every channel ∩ (hospitals, clinics); 2027-01-01 to 2027-09-30.
    expect(c?.overlap).toEqual(scope(['JP-27'], ['hospitals', 'clinics']));
    expect(c?.sentence.en).toBe(
      'Osaka, hospitals and clinics, 2027-01 to 2027-09: Ushio Trading Co., Ltd. (conditional) and Kiriboshi Medical K.K. (exclusive, deal-room “Japan distribution for infusion pumps, 2027”).',
    );
  });

  it('are ordered by the overlap’s first day whatever order the holdings come in', () => {
    const early = { ...elsewhere, candidateId: 'cand-y', candidateName: 'Tobiume Sangyo K.K.', from: '2026-01-01', to: '2027-02-28' };
    const holdings = [...externalHoldings([elsewhere, early]), ...roomHoldings(room({ phases: [osakaConditional] }), '2027-01-01')];
    const found = findCollisions(holdings);
    // elsewhere vs early collide too (different holders): 2026-04-01..2027-02-28, the earliest.
    expect(found.map((c) => [c.from, c.to])).toEqual([
      ['2026-04-01', '2027-02-28'],
      ['2027-01-01', '2027-02-28'],
      ['2027-01-01', '2027-09-30'],
    ]);
    expect(findCollisions([...holdings].reverse()).map((c) => [c.from, c.to])).toEqual(found.map((c) => [c.from, c.to]));
  });
});
