import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClauseRef, type Milestone, type Phase, type PhaseTarget, type Scope, type TermClauses, type Trigger } from '../domain/terms';
import type { RedFlag } from '../domain/vetting';
import { resources } from '../i18n/resources';
import { BUILT_IN_CHANNELS } from './channels';
import { describeScope } from './scope-sets';
import { reviewTermSheet, type TermSheetRecords } from './term-risks';
import type { TermRisk, TermRiskRule } from './terms-evaluation';
import { PROTECTIVE_CLAUSES, flag, milestone, phase, sheet, trigger } from './testing/term-risk-fixtures';

const KINKI_HOSPITALS: Scope = { territory: ['JP-R-kinki'], channels: ['hospitals'], segments: [], products: [] };
const OSAKA_HOSPITALS: Scope = { territory: ['JP-27'], channels: ['hospitals'], segments: [], products: [] };
const TOKYO_HOSPITALS: Scope = { territory: ['JP-13'], channels: ['hospitals'], segments: [], products: [] };
const BASE_UNITS: PhaseTarget = { tier: 'base', metric: 'units', customMetric: '', value: 200, unit: 'units' };
const STRETCH_UNITS: PhaseTarget = { tier: 'stretch', metric: 'units', customMetric: '', value: 400, unit: 'units' };

/**
 * A sound staged deal the review finds nothing in: a six-month non-exclusive
 * pilot in Kinki hospitals, then a year of conditional exclusivity in Osaka
 * hospitals, milestones in both, a grant on the pilot's milestones and a
 * revert on the later ones; every clause protective. Each test changes one
 * thing and looks at one rule.
 */
const pilot = phase({ id: 'pilot', name: 'Pilot', startsOn: '2027-01-01', endsOn: '2027-06-30', scope: KINKI_HOSPITALS, targets: [BASE_UNITS], sortOrder: 0 });
const conditional = phase({
  id: 'cond',
  name: 'Conditional exclusivity',
  startsOn: '2027-07-01',
  endsOn: '2028-06-30',
  exclusivity: 'conditional',
  scope: OSAKA_HOSPITALS,
  targets: [BASE_UNITS],
  sortOrder: 1,
});
const m1 = milestone({ id: 'm1', phaseId: 'pilot', dueOn: '2027-03-31' });
const m2 = milestone({ id: 'm2', phaseId: 'pilot', dueOn: '2027-06-30' });
const m3 = milestone({ id: 'm3', phaseId: 'cond', dueOn: '2027-12-31' });
const m4 = milestone({ id: 'm4', phaseId: 'cond', dueOn: '2028-06-30' });
const t1 = trigger({
  id: 't1',
  condition: { quantifier: 'all', k: null, outcome: 'met', milestoneIds: ['m1', 'm2'], by: '2027-06-30' },
  actions: [{ kind: 'grant_exclusivity', scope: OSAKA_HOSPITALS, months: 12, startsOn: '2027-07-01' }],
});
const t2 = trigger({
  id: 't2',
  condition: { quantifier: 'any', k: null, outcome: 'missed', milestoneIds: ['m3', 'm4'], by: null },
  actions: [{ kind: 'revert_non_exclusive', scope: null }],
  sortOrder: 1,
});

function deal(changes: { clauses?: Partial<TermClauses>; phases?: Phase[]; milestones?: Milestone[]; triggers?: Trigger[] } = {}): TermSheetRecords {
  return {
    sheet: sheet({ ...PROTECTIVE_CLAUSES, ...changes.clauses }),
    phases: changes.phases ?? [pilot, conditional],
    milestones: changes.milestones ?? [m1, m2, m3, m4],
    triggers: changes.triggers ?? [t1, t2],
  };
}

function review(records: TermSheetRecords, flags: RedFlag[] = []): TermRisk[] {
  return reviewTermSheet(records, flags);
}

const only = (risks: TermRisk[], rule: TermRiskRule) => risks.filter((r) => r.rule === rule);

describe('reviewTermSheet: the sound deal', () => {
  it('finds nothing in a staged, milestone-gated deal with protective clauses', () => {
    expect(review(deal())).toEqual([]);
  });
});

describe('rule 1: exclusive_from_day_one', () => {
  it('fires high when the first phase is exclusive, naming it and its start', () => {
    const found = only(review(deal({ phases: [{ ...pilot, exclusivity: 'exclusive' }, conditional] })), 'exclusive_from_day_one');
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe('high');
    expect(found[0]!.subject).toBe('phase:pilot');
    expect(found[0]!.finding.en).toBe(
      'The first phase, “Pilot”, is exclusive from its very first day (2027-01-01): the partner would hold the market before it has shown a single result.',
    );
    expect(found[0]!.finding.ja).toBe(
      '最初のフェーズ「Pilot」は初日（2027-01-01）から独占となっています。実績を一つも示さないうちに、パートナーが市場を押さえることになります。',
    );
  });

  it('fires medium when the first phase is conditional', () => {
    const found = only(review(deal({ phases: [{ ...pilot, exclusivity: 'conditional' }, conditional] })), 'exclusive_from_day_one');
    expect(found.map((r) => [r.severity, r.subject])).toEqual([['medium', 'phase:pilot']]);
    expect(found[0]!.finding.en).toContain('grants conditional exclusivity from its very first day (2027-01-01)');
  });

  it('looks at the earliest phase by start, not the first on the sheet', () => {
    // The exclusive phase is listed first but starts in July; the pilot starting in January is the first phase.
    const late = { ...conditional, exclusivity: 'exclusive' as const, sortOrder: -1 };
    expect(only(review(deal({ phases: [late, pilot] })), 'exclusive_from_day_one')).toEqual([]);
  });

  it('does not fire on a sheet without phases', () => {
    expect(only(review(deal({ phases: [], milestones: [], triggers: [] })), 'exclusive_from_day_one')).toEqual([]);
  });
});

describe('rule 2: exclusivity_without_milestones', () => {
  it('fires high on a conditional phase with no milestone at all', () => {
    const found = only(review(deal({ milestones: [], triggers: [] })), 'exclusivity_without_milestones');
    expect(found.map((r) => [r.severity, r.subject])).toEqual([['high', 'phase:cond']]);
    expect(found[0]!.finding.en).toBe(
      'Phase “Conditional exclusivity” grants conditional exclusivity but no milestone gates it: none falls within the phase and none is due on or before its start (2027-07-01).',
    );
  });

  it('counts a pilot milestone due on or before the phase starts as gating it', () => {
    // m2 is due 2027-06-30, before the conditional phase starts on 2027-07-01; the phase has none of its own.
    expect(only(review(deal({ milestones: [m2], triggers: [] })), 'exclusivity_without_milestones')).toEqual([]);
  });

  it('does not count a pilot milestone due after the phase has started', () => {
    const lateInPilot = { ...m1, dueOn: '2027-08-31' };
    expect(only(review(deal({ milestones: [lateInPilot], triggers: [] })), 'exclusivity_without_milestones').map((r) => r.subject)).toEqual(['phase:cond']);
  });

  it('says "exclusive" for an exclusive phase', () => {
    const found = only(review(deal({ phases: [pilot, { ...conditional, exclusivity: 'exclusive' }], milestones: [], triggers: [] })), 'exclusivity_without_milestones');
    expect(found[0]!.finding.en).toMatch(/^Phase “Conditional exclusivity” is exclusive but no milestone gates it/);
  });

  it('fires on a trigger that grants exclusivity when milestones are missed', () => {
    const onMissed = { ...t1, condition: { ...t1.condition, outcome: 'missed' as const } };
    const found = only(review(deal({ triggers: [onMissed, t2] })), 'exclusivity_without_milestones');
    expect(found.map((r) => [r.severity, r.subject])).toEqual([['high', 'trigger:t1']]);
    expect(found[0]!.finding.en).toMatch(/^Trigger T1 grants exclusivity on missed milestones \(.*M1.*M2.*2027-06-30.*\): as written, it rewards failure\.$/);
    expect(found[0]!.finding.ja).toContain('トリガーT1は');
  });

  it('does not fire on a trigger that reverts when milestones are missed', () => {
    // t2 reverts on missed milestones: that is what a missed milestone should do.
    expect(only(review(deal()), 'exclusivity_without_milestones')).toEqual([]);
  });
});

describe('rule 3: no_performance_clause', () => {
  const noBase = [
    { ...pilot, targets: [STRETCH_UNITS] },
    { ...conditional, targets: [] },
  ];

  it('fires high without the clause and without any base target (a stretch target is not a minimum)', () => {
    const found = only(review(deal({ clauses: { performanceClause: false }, phases: noBase })), 'no_performance_clause');
    expect(found.map((r) => [r.severity, r.subject])).toEqual([['high', 'clause:performanceClause']]);
  });

  it('does not fire when some phase sets a base target', () => {
    expect(only(review(deal({ clauses: { performanceClause: false } })), 'no_performance_clause')).toEqual([]);
  });

  it('does not fire when the clause is there, targets or not', () => {
    expect(only(review(deal({ phases: noBase })), 'no_performance_clause')).toEqual([]);
  });
});

describe('rule 4: registration_without_transfer', () => {
  it('fires high when the partner holds the registration with no transfer clause', () => {
    const found = only(review(deal({ clauses: { registrationHolder: 'partner', registrationTransfer: false } })), 'registration_without_transfer');
    expect(found.map((r) => [r.severity, r.subject])).toEqual([['high', 'clause:registrationTransfer']]);
    expect(found[0]!.finding.en).toContain('The partner would hold');
  });

  it('fires medium when a third party holds it with no transfer clause', () => {
    const found = only(review(deal({ clauses: { registrationHolder: 'third_party', registrationTransfer: false } })), 'registration_without_transfer');
    expect(found.map((r) => r.severity)).toEqual(['medium']);
    expect(found[0]!.finding.en).toContain('A third party would hold');
  });

  it('does not fire with a transfer clause, or when the principal holds it or none is needed', () => {
    expect(only(review(deal({ clauses: { registrationHolder: 'partner', registrationTransfer: true } })), 'registration_without_transfer')).toEqual([]);
    expect(only(review(deal({ clauses: { registrationHolder: 'principal', registrationTransfer: false } })), 'registration_without_transfer')).toEqual([]);
    expect(only(review(deal({ clauses: { registrationHolder: 'not_needed', registrationTransfer: false } })), 'registration_without_transfer')).toEqual([]);
  });
});

describe('rule 5: no_data_sharing', () => {
  it('fires medium when nothing is shared', () => {
    const found = only(review(deal({ clauses: { dataSharing: 'none' } })), 'no_data_sharing');
    expect(found.map((r) => [r.severity, r.subject])).toEqual([['medium', 'clause:dataSharing']]);
    expect(found[0]!.finding.en).toBe('The partner has no obligation to share sales or customer data: we would see only what it chooses to report.');
  });

  it('fires low, with its own wording, when data comes once a year', () => {
    const found = only(review(deal({ clauses: { dataSharing: 'annually' } })), 'no_data_sharing');
    expect(found.map((r) => r.severity)).toEqual(['low']);
    expect(found[0]!.finding.en).toContain('too late to steer');
    expect(found[0]!.finding.ja).toContain('年1回のみ');
  });

  it('does not fire on monthly or quarterly sharing', () => {
    expect(only(review(deal({ clauses: { dataSharing: 'quarterly' } })), 'no_data_sharing')).toEqual([]);
    expect(only(review(deal({ clauses: { dataSharing: 'monthly' } })), 'no_data_sharing')).toEqual([]);
  });
});

describe('rule 6: no_exit_assistance', () => {
  it('fires medium without exit assistance', () => {
    expect(only(review(deal({ clauses: { exitAssistance: false } })), 'no_exit_assistance').map((r) => [r.severity, r.subject])).toEqual([
      ['medium', 'clause:exitAssistance'],
    ]);
  });

  it('does not fire with it', () => {
    expect(only(review(deal({ clauses: { exitAssistance: true } })), 'no_exit_assistance')).toEqual([]);
  });
});

describe('rule 7: auto_renewal_without_targets', () => {
  const bareLast = { ...conditional, targets: [] };

  it('fires high when the term renews itself and the last phase has no base target and no milestone', () => {
    const found = only(review(deal({ clauses: { autoRenewal: true }, phases: [pilot, bareLast], milestones: [m1, m2] })), 'auto_renewal_without_targets');
    expect(found.map((r) => [r.severity, r.subject])).toEqual([['high', 'clause:autoRenewal']]);
    expect(found[0]!.finding.en).toBe(
      'The term renews by itself, yet its last phase, “Conditional exclusivity”, has neither a minimum target nor a milestone: renewal would come whatever the results.',
    );
  });

  it('does not fire when the last phase has a milestone, or a base target', () => {
    expect(only(review(deal({ clauses: { autoRenewal: true }, phases: [pilot, bareLast] })), 'auto_renewal_without_targets')).toEqual([]);
    expect(only(review(deal({ clauses: { autoRenewal: true }, milestones: [m1, m2] })), 'auto_renewal_without_targets')).toEqual([]);
  });

  it('does not fire without automatic renewal', () => {
    expect(only(review(deal({ clauses: { autoRenewal: false }, phases: [pilot, bareLast], milestones: [m1, m2] })), 'auto_renewal_without_targets')).toEqual([]);
  });

  it('fires when the term renews itself and there is no phase at all', () => {
    const found = only(review(deal({ clauses: { autoRenewal: true }, phases: [], milestones: [], triggers: [] })), 'auto_renewal_without_targets');
    expect(found[0]!.finding.en).toBe('The term renews by itself and no phase sets a target or a milestone: renewal would come whatever the results.');
  });
});

describe('rule 8: scope_wider_than_pilot', () => {
  it('fires on a later phase reaching beyond the pilot, naming the extra part', () => {
    // Pilot: Kinki, hospitals. The conditional phase adds Tokyo (JP-13): the extra part is Tokyo, hospitals.
    const wider = { ...conditional, scope: { ...OSAKA_HOSPITALS, territory: ['JP-27', 'JP-13'] } };
    const found = only(review(deal({ phases: [pilot, wider] })), 'scope_wider_than_pilot');
    expect(found.map((r) => [r.severity, r.subject])).toEqual([['medium', 'phase:cond']]);
    expect(found[0]!.finding.en).toBe(
      `Phase “Conditional exclusivity” grants exclusivity beyond the scope the pilot “Pilot” tests: ${describeScope(TOKYO_HOSPITALS, 'en')}. The pilot gives no evidence for that part.`,
    );
    expect(found[0]!.finding.en).toContain('Tokyo');
    expect(found[0]!.finding.ja).toContain(describeScope(TOKYO_HOSPITALS, 'ja'));
  });

  it('fires on a grant for every channel after a hospitals-only pilot', () => {
    // The grant covers Osaka in every channel; the pilot tested hospitals only, so the rest is every other
    // channel the sheet knows of (the built-in ones: scope-sets.ts, "every" minus a list).
    const osakaOtherChannels = { ...OSAKA_HOSPITALS, channels: BUILT_IN_CHANNELS.map((c) => c.key).filter((k) => k !== 'hospitals') };
    const everyChannel = { ...t1, actions: [{ kind: 'grant_exclusivity' as const, scope: { ...OSAKA_HOSPITALS, channels: [] }, months: 12, startsOn: '2027-07-01' }] };
    const found = only(review(deal({ triggers: [everyChannel, t2] })), 'scope_wider_than_pilot');
    expect(found.map((r) => r.subject)).toEqual(['trigger:t1']);
    expect(found[0]!.finding.en).toBe(
      `Trigger T1 grants exclusivity beyond the scope the pilot “Pilot” tests: ${describeScope(osakaOtherChannels, 'en')}. The pilot gives no evidence for that part.`,
    );
  });

  it('does not fire when every exclusive scope lies inside the pilot’s (a prefecture inside its region)', () => {
    expect(only(review(deal()), 'scope_wider_than_pilot')).toEqual([]);
  });

  it('does not fire on a wider phase without exclusivity, nor without a pilot', () => {
    const widerOpen = { ...conditional, exclusivity: 'none' as const, scope: { ...KINKI_HOSPITALS, territory: ['JP'] } };
    expect(only(review(deal({ phases: [pilot, widerOpen], triggers: [] })), 'scope_wider_than_pilot')).toEqual([]);
    const noPilot = [{ ...pilot, exclusivity: 'exclusive' as const }, { ...conditional, scope: { ...KINKI_HOSPITALS, territory: ['JP'] } }];
    expect(only(review(deal({ phases: noPilot, triggers: [] })), 'scope_wider_than_pilot')).toEqual([]);
  });
});

describe('rule 9: long_term_without_review', () => {
  // Term 2027-01-01 … 2029-12-31: 36 months (> 24). Milestones due 03-31, 06-30, 12-31 in 2027 and
  // 2028-06-30 cut it into 3, 3, 6, 6 months and a last stretch 2028-07-01 … 2029-12-31 of 18 months (> 12).
  const longConditional = { ...conditional, endsOn: '2029-12-31' };

  it('fires when a term over 24 months has a stretch over 12 months with no milestone due, naming it', () => {
    const found = only(review(deal({ phases: [pilot, longConditional] })), 'long_term_without_review');
    expect(found.map((r) => [r.severity, r.subject])).toEqual([['medium', 'sheet']]);
    expect(found[0]!.finding.en).toBe(
      'The term runs 36 months (2027-01-01 to 2029-12-31), and for 18 months, from 2028-07-01 to 2029-12-31, no milestone is due.',
    );
    expect(found[0]!.finding.ja).toBe('契約期間は36か月（2027-01-01〜2029-12-31）で、2028-07-01から2029-12-31までの18か月間、期限を迎えるマイルストーンがありません。');
  });

  it('does not fire when no stretch is longer than 12 months', () => {
    // A milestone due 2029-06-30 cuts the last stretch into 12 months (2028-07-01 … 2029-06-30, not more than 12) and 6.
    const m5 = milestone({ id: 'm5', phaseId: 'cond', dueOn: '2029-06-30' });
    expect(only(review(deal({ phases: [pilot, longConditional], milestones: [m1, m2, m3, m4, m5] })), 'long_term_without_review')).toEqual([]);
  });

  it('does not fire on a term of exactly 24 months, however long its gaps', () => {
    // 2027-01-01 … 2028-12-31 is 24 months, not more; the stretch after 2027-06-30 runs 18 months.
    const phases = [pilot, { ...conditional, endsOn: '2028-12-31' }];
    expect(only(review(deal({ phases, milestones: [m1, m2] })), 'long_term_without_review')).toEqual([]);
  });

  it('counts the stretch from the start when the first milestone comes late', () => {
    // Only m4 (2028-06-30): the first stretch 2027-01-01 … 2028-06-30 is 18 months, the last 2028-07-01 … 2029-12-31 too;
    // the first of the longest is named.
    const found = only(review(deal({ phases: [pilot, longConditional], milestones: [m4] })), 'long_term_without_review');
    expect(found[0]!.finding.en).toContain('for 18 months, from 2027-01-01 to 2028-06-30');
  });
});

describe('rule 10: no_right_to_appoint_others', () => {
  it('fires medium when a phase is conditional and the right is not kept', () => {
    expect(only(review(deal({ clauses: { rightToAppointOthers: false } })), 'no_right_to_appoint_others').map((r) => [r.severity, r.subject])).toEqual([
      ['medium', 'clause:rightToAppointOthers'],
    ]);
  });

  it('fires when only a trigger grants exclusivity', () => {
    expect(only(review(deal({ clauses: { rightToAppointOthers: false }, phases: [pilot], triggers: [t1] })), 'no_right_to_appoint_others')).toHaveLength(1);
  });

  it('does not fire on a deal with no exclusivity anywhere, or when the right is kept', () => {
    expect(only(review(deal({ clauses: { rightToAppointOthers: false }, phases: [pilot], triggers: [t2] })), 'no_right_to_appoint_others')).toEqual([]);
    expect(only(review(deal({ clauses: { rightToAppointOthers: true } })), 'no_right_to_appoint_others')).toEqual([]);
  });
});

describe('rule 11: red_flag_condition', () => {
  it('quotes what was said and the condition of each confirmed contract-condition flag', () => {
    const found = only(review(deal(), [flag({ id: 'f1', saidBy: 'Sales director' })]), 'red_flag_condition');
    expect(found.map((r) => [r.severity, r.subject])).toEqual([['medium', 'sheet']]);
    expect(found[0]!.finding.en).toBe(
      'Confirmed red flag — what Sales director said: “Only we can handle the regulator for this product.”; what the contract should state: The registration is transferred to the principal on request, at no cost.',
    );
    expect(found[0]!.finding.ja).toBe(
      '確認済みのレッドフラグ「Only we can handle the regulator for this product.」（発言者：Sales director）について、契約に次の条件を明記すべきです：The registration is transferred to the principal on request, at no cost.',
    );
  });

  it('leaves out flags that are open or cleared, have another consequence, or belong to another candidate', () => {
    const flags = [
      flag({ id: 'open', status: 'open' }),
      flag({ id: 'cleared', status: 'cleared' }),
      flag({ id: 'note', consequence: 'note', condition: '' }),
      flag({ id: 'other', candidateId: 'cand-2' }),
      flag({ id: 'kept', said: '登録は当社でしか扱えません', condition: '登録は要請に応じて本社へ移転する' }),
    ];
    const found = only(review(deal(), flags), 'red_flag_condition');
    expect(found).toHaveLength(1);
    expect(found[0]!.finding.ja).toBe('確認済みのレッドフラグ「登録は当社でしか扱えません」について、契約に次の条件を明記すべきです：登録は要請に応じて本社へ移転する');
  });
});

describe('reviewTermSheet: order and scope of the review', () => {
  it('lists high before medium before low, rules in their order within a severity', () => {
    // An exclusive pilot with no data sharing, no exit assistance and no right to appoint others. By hand:
    // high: exclusive_from_day_one; medium, in rule order: no_data_sharing (5), no_exit_assistance (6),
    // no_right_to_appoint_others (10). The pilot has its own milestones, so rule 2 stays quiet.
    const records = deal({ phases: [{ ...pilot, exclusivity: 'exclusive' }, conditional] });
    records.sheet = sheet({ ...PROTECTIVE_CLAUSES, dataSharing: 'none', exitAssistance: false, rightToAppointOthers: false });
    expect(review(records).map((r) => `${r.severity}:${r.rule}`)).toEqual([
      'high:exclusive_from_day_one',
      'medium:no_data_sharing',
      'medium:no_exit_assistance',
      'medium:no_right_to_appoint_others',
    ]);
  });

  it('ignores records of another term sheet', () => {
    const foreign = phase({ id: 'foreign', termSheetId: 'sheet-2', startsOn: '2026-01-01', endsOn: '2026-12-31', exclusivity: 'exclusive' });
    expect(review({ ...deal(), phases: [foreign, pilot, conditional] })).toEqual([]);
  });
});

const clausesArb: fc.Arbitrary<TermClauses> = fc.record({
  performanceClause: fc.boolean(),
  registrationHolder: fc.constantFrom('not_needed', 'principal', 'partner', 'third_party'),
  registrationTransfer: fc.boolean(),
  dataSharing: fc.constantFrom('none', 'monthly', 'quarterly', 'annually'),
  customerDataOwner: fc.constantFrom('principal', 'partner', 'shared'),
  exitAssistance: fc.boolean(),
  inventoryBuyBack: fc.boolean(),
  noticePeriodMonths: fc.integer({ min: 0, max: 60 }),
  nonCompeteMonths: fc.integer({ min: 0, max: 120 }),
  autoRenewal: fc.boolean(),
  rightToAppointOthers: fc.boolean(),
});

describe('reviewTermSheet: properties', () => {
  it('fires each clause rule exactly when its condition holds, with a valid subject and both languages filled', () => {
    fc.assert(
      fc.property(clausesArb, fc.boolean(), (clauses, withBaseTargets) => {
        const phases = withBaseTargets ? [pilot, conditional] : [{ ...pilot, targets: [] }, { ...conditional, targets: [] }];
        const risks = review(deal({ clauses, phases }));
        const fired = new Set(risks.map((r) => r.rule));
        expect(fired.has('no_performance_clause')).toBe(!clauses.performanceClause && !withBaseTargets);
        expect(fired.has('registration_without_transfer')).toBe(
          !clauses.registrationTransfer && (clauses.registrationHolder === 'partner' || clauses.registrationHolder === 'third_party'),
        );
        expect(fired.has('no_data_sharing')).toBe(clauses.dataSharing === 'none' || clauses.dataSharing === 'annually');
        expect(fired.has('no_exit_assistance')).toBe(!clauses.exitAssistance);
        // The last phase always has milestones (m3, m4) here, so renewal is tied to them.
        expect(fired.has('auto_renewal_without_targets')).toBe(false);
        expect(fired.has('no_right_to_appoint_others')).toBe(!clauses.rightToAppointOthers);
        for (const r of risks) {
          expect(ClauseRef.safeParse(r.subject).success).toBe(true);
          for (const text of [r.finding.en, r.finding.ja, r.remedy.en, r.remedy.ja]) expect(text).not.toMatch(/\{\{|termRisks:|^$/);
          expect(r.finding.ja).not.toBe(r.finding.en);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('the termRisks catalogue', () => {
  const leafKeys = (obj: object, prefix = ''): string[] =>
    Object.entries(obj).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? leafKeys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
  const valueAt = (obj: object, key: string) => key.split('.').reduce<unknown>((o, part) => (o as Record<string, unknown>)[part], obj);

  it('has every English text in Japanese, translated', () => {
    const keys = leafKeys(resources.en.termRisks);
    expect(leafKeys(resources.ja.termRisks).sort()).toEqual([...keys].sort());
    // Separators are punctuation; everything else must read differently in Japanese.
    const untranslated = keys.filter((k) => valueAt(resources.en.termRisks, k) === valueAt(resources.ja.termRisks, k) && /[a-z]{3,}/i.test(String(valueAt(resources.en.termRisks, k))));
    expect(untranslated).toEqual([]);
  });

  it('has no key the code never asks for', () => {
    const dir = join(__dirname);
    const source = readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .join('\n');
    // Keys chosen at run time from a closed set (the files name them in template literals).
    const dynamic: Record<string, string[]> = {
      'firstExclusivity.level.': ['exclusive', 'conditional'],
      'rules.exclusiveFromDayOne.': ['exclusiveFinding', 'exclusiveRemedy', 'conditionalFinding', 'conditionalRemedy'],
      'rules.exclusivityWithoutMilestones.': ['exclusiveFinding', 'conditionalFinding'],
    };
    const used = new Set([...source.matchAll(/'termRisks:([\w.]+)'/g)].map((m) => m[1]!));
    for (const [prefix, rest] of Object.entries(dynamic)) {
      expect(source).toContain(`termRisks:${prefix}`);
      for (const r of rest) used.add(`${prefix}${r}`);
    }
    const plural = (k: string) => k.replace(/_(one|other)$/, '');
    expect(leafKeys(resources.en.termRisks).filter((k) => !used.has(plural(k)))).toEqual([]);
  });
});
