import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Exclusivity, Phase, TermClauses } from '../domain/terms';
import { exitDifficulty } from './exit-difficulty';
import { PROTECTIVE_CLAUSES, phase, sheet } from './testing/term-risk-fixtures';

const pilot = phase({ id: 'pilot', name: 'Pilot', startsOn: '2027-01-01', endsOn: '2027-06-30' });
const conditional = phase({ id: 'cond', name: 'Conditional exclusivity', startsOn: '2027-07-01', endsOn: '2029-06-30', exclusivity: 'conditional' });
const exclusive = phase({ id: 'excl', name: 'Exclusive launch', startsOn: '2027-01-01', endsOn: '2028-12-31', exclusivity: 'exclusive' });

describe('exitDifficulty, worked examples', () => {
  it('scores a new sheet with its default clauses and a conditional phase as moderate', () => {
    // Defaults: registration not needed (0), customer data owned by the partner (+20),
    // no exit assistance (+10), no inventory buy-back (+10), notice 3 months (0),
    // no non-compete (0); a conditional phase (+5). 20 + 10 + 10 + 5 = 45 → moderate (34 ≤ 45 < 67).
    const result = exitDifficulty(sheet(), [pilot, conditional]);
    expect(result.score).toBe(45);
    expect(result.band).toBe('moderate');
    expect(result.reasons.map((r) => r.points)).toEqual([20, 10, 10, 5]);
    expect(result.reasons[0]!.text.en).toBe('The partner owns the customer data: a successor would start without knowing the accounts.');
    expect(result.reasons[3]!.text.en).toContain('“Conditional exclusivity”');
    expect(result.reasons[3]!.text.ja).toContain('「Conditional exclusivity」');
  });

  it('caps a deal that ties the principal to the partner everywhere at 100', () => {
    // Registration held by the partner with no transfer +35, customer data the partner's +20,
    // no exit assistance +10, no buy-back +10, notice 12 months: (12 − 3) × 2 = 18 → capped at 15,
    // non-compete 24 months: 24 × 1 → capped at 10, an exclusive phase +10.
    // 35 + 20 + 10 + 10 + 15 + 10 + 10 = 110 → capped at 100 → high.
    const result = exitDifficulty(sheet({ registrationHolder: 'partner', noticePeriodMonths: 12, nonCompeteMonths: 24 }), [exclusive]);
    expect(result.score).toBe(100);
    expect(result.band).toBe('high');
    expect(result.reasons.map((r) => r.points)).toEqual([35, 20, 15, 10, 10, 10, 10]);
    expect(result.reasons[2]!.text.en).toBe('A notice period of 12 months, 9 more than the usual 3, before the agreement can end.');
    expect(result.reasons[2]!.text.ja).toBe('解約予告期間が12か月で、通常の3か月より9か月長くなっています。');
  });

  it('scores protective clauses with small departures as low', () => {
    // Third party holds the registration with a transfer clause +10, notice 4 months (4 − 3) × 2 = +2,
    // non-compete 1 month +1; everything else protective, no exclusivity. 10 + 2 + 1 = 13 → low.
    const result = exitDifficulty(
      sheet({ ...PROTECTIVE_CLAUSES, registrationHolder: 'third_party', registrationTransfer: true, noticePeriodMonths: 4, nonCompeteMonths: 1 }),
      [pilot],
    );
    expect(result.score).toBe(13);
    expect(result.band).toBe('low');
    expect(result.reasons.map((r) => r.points)).toEqual([10, 2, 1]);
    expect(result.reasons[2]!.text.en).toBe('After the end, no other partner may be appointed in the territory for 1 month.');
  });

  it('gives nothing for fully protective clauses and a non-exclusive deal', () => {
    const result = exitDifficulty(sheet(PROTECTIVE_CLAUSES), [pilot]);
    expect(result).toEqual({ score: 0, band: 'low', reasons: [] });
  });

  it('ignores the transfer clause when the principal holds the registration', () => {
    expect(exitDifficulty(sheet({ ...PROTECTIVE_CLAUSES, registrationTransfer: false }), [pilot]).score).toBe(0);
  });

  it('puts the band boundaries at 34 and 67', () => {
    // Shared data +10, partner registration with transfer +10, no exit assistance +10, notice 5: (5 − 3) × 2 = +4 → 34.
    const at34 = exitDifficulty(
      sheet({ ...PROTECTIVE_CLAUSES, customerDataOwner: 'shared', registrationHolder: 'partner', registrationTransfer: true, exitAssistance: false, noticePeriodMonths: 5 }),
      [],
    );
    expect([at34.score, at34.band]).toEqual([34, 'moderate']);
    // Partner registration without transfer +35, customer data the partner's +20, no exit assistance +10 = 65,
    // then a non-compete of 1 month (+1) or 2 months (+2) lands on either side of 67.
    const base = { ...PROTECTIVE_CLAUSES, registrationHolder: 'partner' as const, registrationTransfer: false, customerDataOwner: 'partner' as const, exitAssistance: false };
    const at66 = exitDifficulty(sheet({ ...base, nonCompeteMonths: 1 }), []); // 35 + 20 + 10 + 1 = 66
    expect([at66.score, at66.band]).toEqual([66, 'moderate']);
    const at67 = exitDifficulty(sheet({ ...base, nonCompeteMonths: 2 }), []); // 35 + 20 + 10 + 2 = 67
    expect([at67.score, at67.band]).toEqual([67, 'high']);
  });

  it('names the first exclusive phase, and prefers exclusive to conditional', () => {
    const result = exitDifficulty(sheet(PROTECTIVE_CLAUSES), [conditional, exclusive]);
    expect(result.score).toBe(10);
    expect(result.reasons[0]!.text.en).toBe('Phase “Exclusive launch” is exclusive: no one else can be appointed in its scope until it ends.');
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

const exclusivityArb = fc.constantFrom<Exclusivity>('none', 'conditional', 'exclusive');

function phasesWith(levels: readonly Exclusivity[]): Phase[] {
  return levels.map((exclusivity, i) =>
    phase({ id: `p${i}`, startsOn: `${2027 + i}-01-01`, endsOn: `${2027 + i}-12-31`, exclusivity, sortOrder: i }),
  );
}

const score = (clauses: TermClauses, levels: readonly Exclusivity[]) => exitDifficulty(sheet(clauses), phasesWith(levels)).score;

/** Each way of making the terms less protective, as a change to the clauses or the phases. */
const loosenings: ((c: TermClauses, levels: Exclusivity[]) => [TermClauses, Exclusivity[]])[] = [
  (c, l) => [{ ...c, registrationTransfer: false }, l],
  (c, l) => [{ ...c, exitAssistance: false }, l],
  (c, l) => [{ ...c, inventoryBuyBack: false }, l],
  (c, l) => [{ ...c, customerDataOwner: c.customerDataOwner === 'principal' ? 'shared' : 'partner' }, l],
  (c, l) => [{ ...c, registrationHolder: c.registrationHolder === 'third_party' || c.registrationHolder === 'partner' ? 'partner' : 'third_party' }, l],
  (c, l) => [{ ...c, noticePeriodMonths: Math.min(60, c.noticePeriodMonths + 1) }, l],
  (c, l) => [{ ...c, nonCompeteMonths: Math.min(120, c.nonCompeteMonths + 1) }, l],
  (c, l) => [c, l.map((x, i) => (i === 0 ? (x === 'none' ? 'conditional' : 'exclusive') : x))],
];

describe('exitDifficulty, properties', () => {
  it('always scores 0–100 with the band its score falls in, and reasons sorted by points', () => {
    fc.assert(
      fc.property(clausesArb, fc.array(exclusivityArb, { maxLength: 4 }), (clauses, levels) => {
        const result = exitDifficulty(sheet(clauses), phasesWith(levels));
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(100);
        expect(result.score).toBe(Math.min(100, result.reasons.reduce((s, r) => s + r.points, 0)));
        expect(result.band).toBe(result.score < 34 ? 'low' : result.score < 67 ? 'moderate' : 'high');
        const points = result.reasons.map((r) => r.points);
        expect(points).toEqual([...points].sort((a, b) => b - a));
      }),
    );
  });

  it('never lowers the score when a protective clause is turned off or a restriction grows', () => {
    fc.assert(
      fc.property(clausesArb, fc.array(exclusivityArb, { minLength: 1, maxLength: 4 }), fc.integer({ min: 0, max: loosenings.length - 1 }), (clauses, levels, which) => {
        const [looser, looserLevels] = loosenings[which]!(clauses, levels);
        expect(score(looser, looserLevels)).toBeGreaterThanOrEqual(score(clauses, levels));
      }),
    );
  });

  it('writes every reason in both languages, with nothing left to fill in', () => {
    fc.assert(
      fc.property(clausesArb, fc.array(exclusivityArb, { maxLength: 3 }), (clauses, levels) => {
        for (const r of exitDifficulty(sheet(clauses), phasesWith(levels)).reasons) {
          expect(r.text.en).not.toMatch(/\{\{|termRisks:/);
          expect(r.text.ja).not.toMatch(/\{\{|termRisks:/);
          expect(r.text.ja).not.toBe(r.text.en);
        }
      }),
      { numRuns: 30 },
    );
  });
});
