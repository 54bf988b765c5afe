import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DealRoomDetail } from '../domain/entities';
import type { Exclusivity, Milestone, Phase, PhaseTarget, Scope, TermSheet, Trigger } from '../domain/terms';
import type { RedFlag } from '../domain/vetting';
import { buildDetail } from '../engine/testing/deal-room-detail-builder';
import { addDays, addMonths } from './calendar-dates';
import { describeCondition } from './evaluate-term-sheet';
import { exitDifficulty } from './exit-difficulty';
import { firstExclusivity } from './first-exclusivity';
import { summarizeTerms } from './terms-summary';
import { flag, milestone, phase, sheet, trigger } from './testing/term-risk-fixtures';

const KINKI_HOSPITALS: Scope = { territory: ['JP-R-kinki'], channels: ['hospitals'], segments: [], products: [] };
const OSAKA_HOSPITALS: Scope = { territory: ['JP-27'], channels: ['hospitals'], segments: [], products: [] };
const KANTO_CLINICS: Scope = { territory: ['JP-R-kanto'], channels: ['clinics'], segments: [], products: [] };
const BASE_UNITS: PhaseTarget = { tier: 'base', metric: 'units', customMetric: '', value: 200, unit: 'units' };

/**
 * Kiriyama Medical (cand-1): a staged deal. Pilot 2027-01-01 … 2027-06-30, conditional exclusivity in Osaka
 * hospitals from 2027-07-01, T1 grants exclusivity there from 2027-07-01 if M1 and M2 are met by 2027-06-30,
 * T2 reverts if M3 or M4 is missed. A new sheet's clauses; one confirmed contract-condition flag.
 */
const s1 = sheet({}, { id: 'sheet-1', candidateId: 'cand-1', reviewStatus: 'in_review' });
const s1Phases: Phase[] = [
  phase({ id: 'p1', termSheetId: 'sheet-1', name: 'Pilot', startsOn: '2027-01-01', endsOn: '2027-06-30', scope: KINKI_HOSPITALS, targets: [BASE_UNITS] }),
  phase({
    id: 'p2',
    termSheetId: 'sheet-1',
    name: 'Conditional exclusivity',
    startsOn: '2027-07-01',
    endsOn: '2028-06-30',
    exclusivity: 'conditional',
    scope: OSAKA_HOSPITALS,
    targets: [BASE_UNITS],
    sortOrder: 1,
  }),
];
const s1Milestones: Milestone[] = [
  milestone({ id: 'm1', termSheetId: 'sheet-1', phaseId: 'p1', dueOn: '2027-03-31', sortOrder: 0 }),
  milestone({ id: 'm2', termSheetId: 'sheet-1', phaseId: 'p1', dueOn: '2027-06-30', sortOrder: 1 }),
  milestone({ id: 'm3', termSheetId: 'sheet-1', phaseId: 'p2', dueOn: '2027-12-31', sortOrder: 2 }),
  milestone({ id: 'm4', termSheetId: 'sheet-1', phaseId: 'p2', dueOn: '2028-06-30', sortOrder: 3 }),
];
const s1Triggers: Trigger[] = [
  trigger({
    id: 't1',
    termSheetId: 'sheet-1',
    condition: { quantifier: 'all', k: null, outcome: 'met', milestoneIds: ['m1', 'm2'], by: '2027-06-30' },
    actions: [{ kind: 'grant_exclusivity', scope: OSAKA_HOSPITALS, months: 24, startsOn: '2027-07-01' }],
  }),
  trigger({
    id: 't2',
    termSheetId: 'sheet-1',
    condition: { quantifier: 'any', k: null, outcome: 'missed', milestoneIds: ['m3', 'm4'], by: null },
    actions: [{ kind: 'revert_non_exclusive', scope: null }],
    sortOrder: 1,
  }),
];

/**
 * Hayase Trading (cand-2): a pilot 2027-04-01 … 2027-09-10 in Kanto clinics, then exclusivity only
 * through T1: any of M1 (due 2027-06-30) or M2 (due 2027-08-31) met → exclusive for 24 months from the
 * day after it fires.
 */
const s2 = sheet({ performanceClause: true, dataSharing: 'monthly' }, { id: 'sheet-2', candidateId: 'cand-2' });
const s2Phases: Phase[] = [phase({ id: 'q1', termSheetId: 'sheet-2', name: 'パイロット', startsOn: '2027-04-01', endsOn: '2027-09-10', scope: KANTO_CLINICS })];
const s2M1 = milestone({ id: 'n1', termSheetId: 'sheet-2', phaseId: 'q1', code: 'M1', dueOn: '2027-06-30' });
const s2M2 = milestone({ id: 'n2', termSheetId: 'sheet-2', phaseId: 'q1', code: 'M2', dueOn: '2027-08-31', sortOrder: 1 });
const s2Trigger = trigger({
  id: 'u1',
  termSheetId: 'sheet-2',
  code: 'T1',
  condition: { quantifier: 'any', k: null, outcome: 'met', milestoneIds: ['n1', 'n2'], by: null },
  actions: [{ kind: 'grant_exclusivity', scope: KANTO_CLINICS, months: 24, startsOn: null }],
});

/**
 * A trigger's condition as the terms engine words it ("all of M1, M2 met by 2027-06-30"): the wording is
 * the engine's; these tests check how the summary places it in its line.
 */
function condition(tr: Trigger, milestones: Milestone[], lang: 'en' | 'ja'): string {
  return describeCondition(tr.condition, milestones, lang);
}

function room(changes: { s2Milestones?: Milestone[]; sheets?: TermSheet[]; flags?: RedFlag[] } = {}): DealRoomDetail {
  const base = buildDetail({
    candidates: [
      { id: 'cand-1', nameLatin: 'Kiriyama Medical K.K.', nameJa: '桐山メディカル株式会社' },
      { id: 'cand-2', nameLatin: 'Hayase Trading Co., Ltd.', nameJa: '早瀬商事株式会社' },
      { id: 'cand-3', nameLatin: 'Minase Healthcare Inc.', nameJa: '水瀬ヘルスケア株式会社' },
    ],
    pillars: [],
    criteria: [],
  });
  return DealRoomDetail.parse({
    ...base,
    termSheets: changes.sheets ?? [s1, s2],
    phases: [...s1Phases, ...s2Phases],
    milestones: [...s1Milestones, ...(changes.s2Milestones ?? [s2M1, s2M2])],
    triggers: [...s1Triggers, s2Trigger],
    flags: changes.flags ?? [flag({ id: 'f1', candidateId: 'cand-1' }), flag({ id: 'f2', candidateId: 'cand-2', status: 'open' })],
  });
}

describe('summarizeTerms', () => {
  it('sums up a staged deal, worked by hand', () => {
    const summary = summarizeTerms(room(), 'cand-1', '2027-02-01');
    // Pilot 2027-01-01 … 2027-06-30: up to 2027-07-01 exactly 6 months.
    expect(summary.pilotMonths).toBe(6);
    expect(summary.milestoneCount).toBe(4);
    // The review with a new sheet's clauses: no data sharing, no exit assistance, no right to appoint
    // others (a phase is conditional), and the confirmed contract-condition flag: 4. Base targets exist,
    // so no "no performance clause"; the conditional phase has milestones M3 and M4.
    expect(summary.openRiskCount).toBe(4);
    // Customer data the partner's +20, no exit assistance +10, no buy-back +10, a conditional phase +5 = 45.
    expect(summary.exitDifficulty?.score).toBe(45);
    expect(summary.exitDifficulty?.band).toBe('moderate');
    expect(summary.reviewStatus).toBe('in_review');
    expect(summary.hasSheet).toBe(true);
    // The conditional phase and T1's grant both start 2027-07-01; the phase, written into the sheet, is named.
    expect(summary.firstExclusivity).toEqual({
      on: '2027-07-01',
      text: {
        en: `Conditional from 2027-07-01 (phase “Conditional exclusivity”) if ${condition(s1Triggers[0]!, s1Milestones, 'en')} (T1); reverts to non-exclusive if ${condition(s1Triggers[1]!, s1Milestones, 'en')} (T2)`,
        ja: `${condition(s1Triggers[0]!, s1Milestones, 'ja')}（T1）を条件に、2027-07-01から条件付き独占（フェーズ「Conditional exclusivity」）。${condition(s1Triggers[1]!, s1Milestones, 'ja')}（T2）の場合は非独占に戻る`,
      },
    });
  });

  it('plans a grant without a start date from the milestones’ due dates', () => {
    const summary = summarizeTerms(room(), 'cand-2', '2027-05-01');
    // Pilot 2027-04-01 … 2027-09-10: up to 2027-09-11 is 5 months and 10 of September's 30 days, 5.33 → 5.
    expect(summary.pilotMonths).toBe(5);
    // Any of M1 (due 2027-06-30) or M2 (due 2027-08-31): the first due date, then the day after.
    expect(summary.firstExclusivity).toEqual({
      on: '2027-07-01',
      text: {
        en: `Exclusive from 2027-07-01 if ${condition(s2Trigger, [s2M1, s2M2], 'en')} (T1)`,
        ja: `${condition(s2Trigger, [s2M1, s2M2], 'ja')}（T1）を条件に、2027-07-01から独占`,
      },
    });
    // The open flag of this candidate raises nothing.
    expect(summary.openRiskCount).toBe(summarizeTerms(room({ flags: [] }), 'cand-2', '2027-05-01').openRiskCount);
  });

  it('dates a fired grant from the day after it fired', () => {
    const lateMet = { ...s2M1, status: 'met' as const, actual: 120, settledOn: '2027-07-10' };
    const summary = summarizeTerms(room({ s2Milestones: [lateMet, s2M2] }), 'cand-2', '2027-07-15');
    expect(summary.firstExclusivity).toEqual({
      on: '2027-07-11',
      text: {
        en: `Exclusive from 2027-07-11: trigger T1 fired on 2027-07-10 (${condition(s2Trigger, [s2M1, s2M2], 'en')})`,
        ja: `2027-07-11から独占（2027-07-10にトリガーT1が成立：${condition(s2Trigger, [s2M1, s2M2], 'ja')}）`,
      },
    });
    // Before the outcome was recorded it counts from its due date, 2027-06-30 → 2027-07-01.
    expect(summarizeTerms(room({ s2Milestones: [lateMet, s2M2] }), 'cand-2', '2027-05-01').firstExclusivity?.on).toBe('2027-07-01');
  });

  it('plans an overdue milestone from the as-of date', () => {
    // As of 2027-07-20 M1 is overdue with nothing recorded; M2 is due 2027-08-31. The earliest it can now
    // count is the as-of date itself, so exclusivity could start 2027-07-21.
    expect(summarizeTerms(room(), 'cand-2', '2027-07-20').firstExclusivity?.on).toBe('2027-07-21');
  });

  it('has no first exclusivity once the only grant has lapsed', () => {
    const missed = [
      { ...s2M1, status: 'missed' as const, settledOn: '2027-07-05' },
      { ...s2M2, status: 'missed' as const, settledOn: '2027-09-05' },
    ];
    expect(summarizeTerms(room({ s2Milestones: missed }), 'cand-2', '2027-10-01').firstExclusivity).toBeNull();
    // On 2027-08-01 only M1 is missed; M2 (due 2027-08-31) can still be met.
    expect(summarizeTerms(room({ s2Milestones: missed }), 'cand-2', '2027-08-01').firstExclusivity?.on).toBe('2027-09-01');
  });

  it('gives nulls and zeros for a candidate without a term sheet', () => {
    expect(summarizeTerms(room(), 'cand-3', '2027-05-01')).toEqual({
      candidateId: 'cand-3',
      hasSheet: false,
      pilotMonths: null,
      firstExclusivity: null,
      milestoneCount: 0,
      openRiskCount: 0,
      exitDifficulty: null,
      reviewStatus: null,
    });
  });

  it('has no pilot length when every phase is exclusive, and names an exclusive phase with no condition plainly', () => {
    const exclusiveOnly = { sheet: s1, phases: [{ ...s1Phases[1]!, exclusivity: 'exclusive' as const, startsOn: '2027-01-01' }], milestones: [], triggers: [] };
    expect(firstExclusivity(exclusiveOnly, '2027-01-01')).toEqual({
      on: '2027-01-01',
      text: {
        en: 'Exclusive from 2027-01-01 (phase “Conditional exclusivity”), with no milestone condition',
        ja: '2027-01-01から独占（フェーズ「Conditional exclusivity」）。マイルストーンによる条件なし',
      },
    });
    const detail = room();
    const onlyExclusive = DealRoomDetail.parse({ ...detail, phases: detail.phases.map((p) => (p.id === 'p1' ? { ...p, exclusivity: 'exclusive' } : p)) });
    expect(summarizeTerms(onlyExclusive, 'cand-1', '2027-02-01').pilotMonths).toBeNull();
  });
});

describe('summarizeTerms, properties', () => {
  const levelArb = fc.constantFrom<Exclusivity>('none', 'conditional', 'exclusive');
  const phaseArb = fc.record({ level: levelArb, startMonth: fc.integer({ min: 0, max: 47 }), months: fc.integer({ min: 1, max: 24 }) });
  const asOfArb = fc.integer({ min: 0, max: 5 * 365 }).map((d) => addDays('2026-06-01', d));

  it('without triggers, dates the first exclusivity at the earliest exclusive or conditional phase, on any date', () => {
    fc.assert(
      fc.property(fc.array(phaseArb, { minLength: 1, maxLength: 5 }), asOfArb, (specs, asOf) => {
        const phases = specs.map((s, i) => {
          const startsOn = addMonths('2027-01-01', s.startMonth);
          return phase({ id: `x${i}`, termSheetId: 'sheet-2', startsOn, endsOn: addDays(addMonths(startsOn, s.months), -1), exclusivity: s.level, sortOrder: i });
        });
        const detail = DealRoomDetail.parse({ ...room(), phases, milestones: [], triggers: [] });
        const summary = summarizeTerms(detail, 'cand-2', asOf);
        const exclusiveStarts = phases.filter((p) => p.exclusivity !== 'none').map((p) => p.startsOn).sort();
        expect(summary.firstExclusivity?.on ?? null).toBe(exclusiveStarts[0] ?? null);
        const pilot = [...phases].sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.sortOrder - b.sortOrder).find((p) => p.exclusivity === 'none');
        // A pilot of n calendar months from the first of a month is exactly n months.
        expect(summary.pilotMonths).toBe(pilot ? specs[phases.indexOf(pilot)]!.months : null);
        expect(summary.milestoneCount).toBe(0);
        expect(summary.exitDifficulty?.score).toBe(exitDifficulty(s2, phases).score);
      }),
      { numRuns: 60 },
    );
  });
});
