import { describe, expect, it } from 'vitest';
import type { Right, SheetEvaluation } from './terms-evaluation';
import { evaluateRoomTerms, evaluateTermSheet, sheetRecords } from './evaluate-term-sheet';
import { expandTerritory } from './japan-geography';
import { condition, milestoneOf, phaseOf, records, scope, settled, termSheet, triggerOf } from './testing/term-sheet-builders';

const S = 'sheet-a';
const sheet = termSheet(S, 'cand-a');
const KINKI = 'JP-R-kinki';
const OSAKA = 'JP-27';

type ExclusivityRight = Extract<Right, { kind: 'exclusivity' }>;
const exclusivityRights = (e: SheetEvaluation) => e.rights.filter((r): r is ExclusivityRight => r.kind === 'exclusivity');

/** The exclusivities the rights give one point (a prefecture, a channel) on the evaluation date. */
function standingAt(e: SheetEvaluation, place: string, channel: string): string[] {
  return exclusivityRights(e)
    .filter((r) => expandTerritory(r.scope.territory).has(place) && (r.scope.channels.length === 0 || r.scope.channels.includes(channel)))
    .map((r) => r.exclusivity);
}

// The staged deal the examples share: a six-month pilot in Kinki, then conditional exclusivity in Kinki for 2027-07-01..2027-12-31.
const pilot = phaseOf(S, { id: 'p1', name: 'Pilot', startsOn: '2027-01-01', endsOn: '2027-06-30', exclusivity: 'none', scope: scope([KINKI]), sortOrder: 0 });
const conditional = phaseOf(S, {
  id: 'p2',
  name: 'Conditional exclusivity',
  startsOn: '2027-07-01',
  endsOn: '2027-12-31',
  exclusivity: 'conditional',
  scope: scope([KINKI]),
  sortOrder: 1,
});
const met3 = [
  settled(S, 'm1', '2027-03-31', 'met', '2027-03-20', 0),
  settled(S, 'm2', '2027-05-31', 'met', '2027-05-10', 1),
  settled(S, 'm3', '2027-06-30', 'met', '2027-06-30', 2),
];
const grantT1 = triggerOf(S, 't1', condition('all', 'met', ['m1', 'm2', 'm3'], '2027-06-30'), [
  { kind: 'grant_exclusivity', scope: scope([KINKI], ['hospitals']), months: 24, startsOn: null },
]);

describe('phase windows', () => {
  const e = (d: string) => evaluateTermSheet(records({ sheet, phases: [pilot, conditional] }), d);

  it('include both boundary days and nothing outside them', () => {
    expect(exclusivityRights(e('2026-12-31'))).toEqual([]);
    expect(exclusivityRights(e('2027-01-01')).map((r) => [r.exclusivity, r.from, r.to])).toEqual([['none', '2027-01-01', '2027-06-30']]);
    expect(exclusivityRights(e('2027-06-30')).map((r) => r.exclusivity)).toEqual(['none']);
    expect(exclusivityRights(e('2027-07-01')).map((r) => [r.exclusivity, r.from, r.to])).toEqual([['conditional', '2027-07-01', '2027-12-31']]);
    expect(exclusivityRights(e('2028-01-01'))).toEqual([]);
  });

  it('say what they are in both languages', () => {
    const [r] = exclusivityRights(e('2027-07-01'));
    expect(r?.sentence.en).toBe('Conditional exclusivity in Kinki, all channels, 2027-07-01 to 2027-12-31 (phase “Conditional exclusivity”).');
    expect(r?.sentence.ja).toBe('近畿・全チャネル：2027-07-01〜2027-12-31の条件付き独占権（「Conditional exclusivity」フェーズ）');
    expect(e('2027-07-01').termEndsOn).toBe('2027-12-31');
  });
});

describe('a grant of exclusivity', () => {
  const input = records({ sheet, phases: [pilot, conditional], milestones: met3, triggers: [grantT1] });

  it('starts the day after the trigger fires and lasts 24 months to the day before', () => {
    // Fired 2027-06-30 → effective 2027-07-01; 2027-07-01 + 24 months = 2029-07-01, minus 1 day = 2029-06-30.
    const onFiring = evaluateTermSheet(input, '2027-06-30');
    expect(onFiring.triggers[0]).toMatchObject({ status: 'fired', firedOn: '2027-06-30', counted: ['M1', 'M2', 'M3'] });
    expect(standingAt(onFiring, OSAKA, 'hospitals')).toEqual(['none']);

    const next = evaluateTermSheet(input, '2027-07-01');
    const grant = exclusivityRights(next).find((r) => r.source.kind === 'trigger');
    expect(grant).toMatchObject({ exclusivity: 'exclusive', from: '2027-07-01', to: '2029-06-30', source: { kind: 'trigger', triggerId: 't1' } });
    expect(grant?.scope).toEqual(scope([KINKI], ['hospitals']));
    expect(grant?.sentence.en).toBe('Exclusive in Kinki, hospitals, from 2027-07-01 for 24 months (to 2029-06-30): M1, M2 and M3 were met by 2027-06-30 (T1).');
    expect(grant?.sentence.ja).toBe('近畿・病院：2027-07-01から24か月（2029-06-30まで）の独占権（T1：2027-06-30までにM1・M2・M3を達成）');
    expect(standingAt(next, OSAKA, 'hospitals').sort()).toEqual(['conditional', 'exclusive']);

    expect(exclusivityRights(evaluateTermSheet(input, '2029-06-30')).map((r) => r.exclusivity)).toEqual(['exclusive']);
    expect(exclusivityRights(evaluateTermSheet(input, '2029-07-01'))).toEqual([]);
  });

  it('gives nothing the day before the condition holds', () => {
    const before = evaluateTermSheet(input, '2027-06-29');
    expect(before.triggers[0]?.status).toBe('waiting');
    expect(before.triggers[0]?.sentence.en).toBe('T1 waits: all of M1, M2, M3 met by 2027-06-30 (2 of 3 so far).');
    expect(before.triggers[0]?.sentence.ja).toBe('T1：未成立（2027-06-30までにM1・M2・M3をすべて達成。現時点で3件中2件）');
  });

  it('starts on its own date when it names one', () => {
    const fixed = triggerOf(S, 't1', grantT1.condition, [{ kind: 'grant_exclusivity', scope: scope([KINKI], ['hospitals']), months: 1, startsOn: '2027-01-31' }]);
    const e = evaluateTermSheet(records({ sheet, milestones: met3, triggers: [fixed] }), '2027-07-01');
    // 2027-01-31 + 1 month clamps to 2027-02-28; the last day is 2027-02-27. The right is over by 07-01.
    expect(exclusivityRights(e)).toEqual([]);
    const during = evaluateTermSheet(records({ sheet, milestones: met3.map((m) => ({ ...m, settledOn: '2027-01-10' })), triggers: [fixed] }), '2027-02-27');
    expect(exclusivityRights(during).map((r) => [r.from, r.to])).toEqual([['2027-01-31', '2027-02-27']]);
  });

  it('reports the trigger as lapsed by date when the last milestone came a day late', () => {
    const late = [met3[0]!, met3[1]!, settled(S, 'm3', '2027-06-30', 'met', '2027-07-01', 2)];
    const e = evaluateTermSheet(records({ sheet, phases: [pilot, conditional], milestones: late, triggers: [grantT1] }), '2027-07-01');
    expect(e.triggers[0]).toMatchObject({ status: 'lapsed', firedOn: null, counted: ['M3'] });
    expect(e.triggers[0]?.sentence.en).toBe('T1 lapsed: by 2027-06-30, 2 of the 3 needed had been met.');
    expect(e.triggers[0]?.sentence.ja).toBe('T1：不成立（2027-06-30までの達成は必要な3件中2件）');
    expect(exclusivityRights(e).map((r) => r.exclusivity)).toEqual(['conditional']);
  });

  it('reports the trigger as lapsed when a milestone is missed', () => {
    const missed = [met3[0]!, settled(S, 'm2', '2027-05-31', 'missed', '2027-06-01', 1), met3[2]!];
    const e = evaluateTermSheet(records({ sheet, phases: [pilot], milestones: missed, triggers: [grantT1] }), '2027-06-15');
    expect(e.triggers[0]?.status).toBe('lapsed');
    expect(e.triggers[0]?.sentence.en).toBe('T1 lapsed: M2 was missed.');
    expect(e.triggers[0]?.sentence.ja).toBe('T1：不成立（M2が未達）');
  });
});

describe('a revert to non-exclusive', () => {
  // Conditional exclusivity in Kinki for 2027-07-01..2028-12-31; T2: any of M4, M5 missed by 2028-03-31 → Osaka becomes non-exclusive.
  const longConditional = { ...conditional, endsOn: '2028-12-31' };
  const t2 = triggerOf(S, 't2', condition('any', 'missed', ['m4', 'm5'], '2028-03-31'), [{ kind: 'revert_non_exclusive', scope: scope([OSAKA]) }], 1);
  const ms = [settled(S, 'm4', '2028-03-31', 'missed', '2028-03-31', 3), milestoneOf(S, { id: 'm5', dueOn: '2028-03-31', sortOrder: 4 })];
  const input = records({ sheet, phases: [pilot, longConditional], milestones: ms, triggers: [t2] });

  it('leaves the whole region conditional up to the day the miss is recorded', () => {
    const e = evaluateTermSheet(input, '2028-03-31');
    expect(e.triggers[0]).toMatchObject({ status: 'fired', firedOn: '2028-03-31', counted: ['M4'] });
    // The revert takes effect on 2028-04-01; on 03-31 the segment in force is the untouched one, cut to end the day before.
    expect(exclusivityRights(e).map((r) => [r.exclusivity, r.scope.territory, r.from, r.to])).toEqual([['conditional', [KINKI], '2027-07-01', '2028-03-31']]);
  });

  it('cuts Osaka out of the conditional region from the day after', () => {
    const e = evaluateTermSheet(input, '2028-04-01');
    const rights = exclusivityRights(e);
    expect(rights.map((r) => [r.exclusivity, r.scope.territory, r.from, r.to])).toEqual([
      ['conditional', ['JP-24', 'JP-25', 'JP-26', 'JP-28', 'JP-29', 'JP-30'], '2028-04-01', '2028-12-31'],
      ['none', [OSAKA], '2028-04-01', '2028-12-31'],
    ]);
    expect(standingAt(e, OSAKA, 'hospitals')).toEqual(['none']);
    expect(standingAt(e, 'JP-26', 'hospitals')).toEqual(['conditional']);
    expect(rights[0]?.sentence.en).toBe('Conditional exclusivity in Kinki except Osaka, all channels, 2028-04-01 to 2028-12-31 (phase “Conditional exclusivity”).');
    expect(rights[1]?.sentence.en).toBe('Non-exclusive in Osaka, all channels, from 2028-04-01 to 2028-12-31: M4 was missed (T2).');
    expect(rights[1]?.sentence.ja).toBe('大阪府・全チャネル：2028-04-01〜2028-12-31は非独占（T2：M4が未達）');
    expect(rights[1]?.source).toEqual({ kind: 'trigger', triggerId: 't2' });
  });

  it('with no scope, reverts every exclusive right but not a grant that starts later', () => {
    const all = triggerOf(S, 't2', t2.condition, [{ kind: 'revert_non_exclusive', scope: null }], 1);
    const later = triggerOf(S, 't3', condition('any', 'met', ['m6']), [{ kind: 'grant_exclusivity', scope: scope(['JP-13']), months: 6, startsOn: '2028-06-01' }], 2);
    const m6 = settled(S, 'm6', '2028-01-31', 'met', '2028-01-20', 5);
    const e = evaluateTermSheet(records({ sheet, phases: [longConditional], milestones: [...ms, m6], triggers: [all, later] }), '2028-06-01');
    expect(exclusivityRights(e).map((r) => [r.exclusivity, r.scope.territory])).toEqual([
      ['none', [KINKI]],
      ['exclusive', ['JP-13']],
    ]);
  });
});

describe('extensions, options and incentive tiers', () => {
  const m = (id: string, settledOn: string) => settled(S, id, '2027-12-31', 'met', settledOn);

  it('extend_term pushes the last phase and the term end by whole months', () => {
    const t3 = triggerOf(S, 't3', condition('any', 'met', ['m1']), [{ kind: 'extend_term', months: 12 }, { kind: 'renewal_option', months: 24 }]);
    const e = evaluateTermSheet(records({ sheet, phases: [pilot, conditional], milestones: [m('m1', '2027-03-20')], triggers: [t3] }), '2028-06-01');
    // Ends 2027-12-31; (2027-12-31 + 1 day) + 12 months − 1 day = 2028-12-31.
    expect(e.termEndsOn).toBe('2028-12-31');
    const [phaseRight, renewal] = e.rights;
    expect(phaseRight).toMatchObject({ kind: 'exclusivity', exclusivity: 'conditional', from: '2027-07-01', to: '2028-12-31' });
    expect(phaseRight?.sentence.en).toBe(
      'Conditional exclusivity in Kinki, all channels, 2027-07-01 to 2028-12-31 (phase “Conditional exclusivity”, extended to 2028-12-31 by T3).',
    );
    expect(renewal).toMatchObject({ kind: 'renewal_option', months: 24, from: '2027-03-21' });
    expect(renewal?.sentence.en).toBe('Option to renew for 24 months, from 2027-03-21: M1 was met by 2027-03-20 (T3).');
  });

  it('the latest incentive tier in force wins', () => {
    const stretch = triggerOf(S, 't4', condition('any', 'met', ['m1']), [{ kind: 'incentive_tier', tier: 'stretch' }], 0);
    const exceed = triggerOf(S, 't5', condition('any', 'met', ['m2']), [{ kind: 'incentive_tier', tier: 'exceed' }], 1);
    const input = records({ sheet, milestones: [m('m1', '2027-03-20'), m('m2', '2027-05-10')], triggers: [stretch, exceed] });
    expect(evaluateTermSheet(input, '2027-03-20').rights).toEqual([]);
    expect(evaluateTermSheet(input, '2027-03-21').rights).toMatchObject([{ kind: 'incentive_tier', tier: 'stretch', from: '2027-03-21' }]);
    expect(evaluateTermSheet(input, '2027-05-11').rights).toMatchObject([{ kind: 'incentive_tier', tier: 'exceed', from: '2027-05-11' }]);
    expect(evaluateTermSheet(input, '2027-05-11').conflicts).toEqual([]);
  });

  it('two different tiers on one date are reported and the earlier tier stays', () => {
    const base = triggerOf(S, 't3', condition('any', 'met', ['m0']), [{ kind: 'incentive_tier', tier: 'base' }], 0);
    const stretch = triggerOf(S, 't4', condition('any', 'met', ['m1']), [{ kind: 'incentive_tier', tier: 'stretch' }], 1);
    const exceed = triggerOf(S, 't5', condition('any', 'met', ['m2']), [{ kind: 'incentive_tier', tier: 'exceed' }], 2);
    const e = evaluateTermSheet(
      records({ sheet, milestones: [m('m0', '2027-02-01'), m('m1', '2027-03-20'), m('m2', '2027-03-20')], triggers: [base, stretch, exceed] }),
      '2027-04-01',
    );
    expect(e.rights).toMatchObject([{ kind: 'incentive_tier', tier: 'base', from: '2027-02-02' }]);
    expect(e.conflicts).toHaveLength(1);
    expect(e.conflicts[0]).toMatchObject({ triggerIds: ['t4', 't5'], on: '2027-03-21', scope: null });
    expect(e.conflicts[0]?.sentence.en).toBe(
      'On 2027-03-21, T4 moves to the “stretch” tier and T5 to the “exceed” tier: the tier stays as it was until the parties agree which applies.',
    );
  });

  it('an extension and a termination right on one date are both kept and reported', () => {
    const ext = triggerOf(S, 't3', condition('any', 'met', ['m1']), [{ kind: 'extend_term', months: 6 }], 0);
    const term = triggerOf(S, 't6', condition('any', 'missed', ['m7']), [{ kind: 'termination_right' }], 1);
    const m7 = settled(S, 'm7', '2027-03-31', 'missed', '2027-03-20');
    const e = evaluateTermSheet(records({ sheet, phases: [pilot], milestones: [m('m1', '2027-03-20'), m7], triggers: [ext, term] }), '2027-04-01');
    // Pilot ends 2027-06-30; (2027-07-01) + 6 months − 1 day = 2027-12-31.
    expect(e.termEndsOn).toBe('2027-12-31');
    expect(e.rights.map((r) => r.kind)).toEqual(['exclusivity', 'termination_right']);
    expect(e.conflicts).toMatchObject([{ triggerIds: ['t3', 't6'], on: '2027-03-21', scope: null }]);
    expect(e.rights[1]?.sentence.en).toBe('Termination right from 2027-03-21: M7 was missed (T6).');
  });
});

describe('a grant and a revert on the same date over overlapping scopes', () => {
  // T1 grants Kinki hospitals from 2027-07-01; T2 (a miss recorded 2027-06-30) reverts Osaka from 2027-07-01 too.
  const t2 = triggerOf(S, 't2', condition('any', 'missed', ['m4']), [{ kind: 'revert_non_exclusive', scope: scope([OSAKA]) }], 1);
  const m4 = settled(S, 'm4', '2027-06-30', 'missed', '2027-06-30', 3);
  const e = evaluateTermSheet(records({ sheet, phases: [pilot, conditional], milestones: [...met3, m4], triggers: [grantT1, t2] }), '2027-07-01');

  it('is reported with the exact overlap', () => {
    expect(e.conflicts).toHaveLength(1);
    expect(e.conflicts[0]).toMatchObject({ triggerIds: ['t1', 't2'], on: '2027-07-01', scope: scope([OSAKA], ['hospitals']) });
    expect(e.conflicts[0]?.sentence.en).toBe(
      'On 2027-07-01, T1 grants exclusivity and T2 reverts to non-exclusive in Osaka, hospitals: that overlap stays as it was before both until the parties agree which applies.',
    );
  });

  it('leaves the overlap as it was (the phase’s conditional exclusivity) and applies both elsewhere', () => {
    expect(standingAt(e, OSAKA, 'hospitals')).toEqual(['conditional']);
    expect(standingAt(e, OSAKA, 'clinics')).toEqual(['none']);
    expect(standingAt(e, 'JP-26', 'hospitals').sort()).toEqual(['conditional', 'exclusive']);
    expect(standingAt(e, 'JP-26', 'clinics')).toEqual(['conditional']);
  });
});

describe('evaluateRoomTerms and sheetRecords', () => {
  it('evaluate each sheet on its own records', () => {
    const other = termSheet('sheet-b', 'cand-b');
    const pb = phaseOf('sheet-b', { id: 'pb', startsOn: '2027-01-01', endsOn: '2027-12-31', exclusivity: 'exclusive', scope: scope(['JP-13']) });
    const detail = { termSheets: [sheet, other], phases: [pilot, pb], milestones: met3, triggers: [grantT1] };
    expect(sheetRecords(detail, 'sheet-b')).toEqual({ sheet: other, phases: [pb], milestones: [], triggers: [] });
    const all = evaluateRoomTerms(detail, '2027-03-01');
    expect(all.map((x) => [x.candidateId, x.rights.length, x.triggers.length])).toEqual([
      ['cand-a', 1, 1],
      ['cand-b', 1, 0],
    ]);
    expect(() => sheetRecords(detail, 'nope')).toThrow(RangeError);
  });
});
