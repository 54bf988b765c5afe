import { describe, expect, it } from 'vitest';
import { condition, settled, milestoneOf } from './testing/term-sheet-builders';
import { evaluateCondition, milestoneAsOf } from './trigger-conditions';

const S = 'sheet-a';
const codes = (xs: { code: string }[]) => xs.map((x) => x.code);

describe('milestoneAsOf', () => {
  const m = settled(S, 'm1', '2027-03-31', 'met', '2027-03-20');

  it('counts an outcome from its settledOn: the day before it is still pending', () => {
    expect(milestoneAsOf(m, '2027-03-19')).toEqual({ milestoneId: 'm1', code: 'M1', standing: 'pending', since: null });
    expect(milestoneAsOf(m, '2027-03-20')).toEqual({ milestoneId: 'm1', code: 'M1', standing: 'met', since: '2027-03-20' });
  });

  it('is overdue from the day after its due date while no outcome counts', () => {
    const late = milestoneOf(S, { id: 'm2', dueOn: '2028-02-28' });
    expect(milestoneAsOf(late, '2028-02-28').standing).toBe('pending');
    // 2028 is a leap year: 2028-02-28 + 1 day = 2028-02-29.
    expect(milestoneAsOf(late, '2028-03-01')).toEqual({ milestoneId: 'm2', code: 'M2', standing: 'overdue', since: '2028-02-29' });
  });

  it('shows a late recorded outcome as overdue until the day it was settled', () => {
    const lateMiss = settled(S, 'm3', '2027-05-31', 'missed', '2027-06-10');
    expect(milestoneAsOf(lateMiss, '2027-06-09')).toEqual({ milestoneId: 'm3', code: 'M3', standing: 'overdue', since: '2027-06-01' });
    expect(milestoneAsOf(lateMiss, '2027-06-10').standing).toBe('missed');
  });
});

describe('evaluateCondition', () => {
  // M1 met 03-20, M2 met 05-10, M3 met 06-30 (the by-date itself).
  const all3 = [
    settled(S, 'm1', '2027-03-31', 'met', '2027-03-20'),
    settled(S, 'm2', '2027-05-31', 'met', '2027-05-10'),
    settled(S, 'm3', '2027-06-30', 'met', '2027-06-30'),
  ];
  const allMet = condition('all', 'met', ['m1', 'm2', 'm3'], '2027-06-30');

  it('all of: waits the day before the last one is met, fires on the by-date itself', () => {
    const before = evaluateCondition(allMet, all3, '2027-06-29');
    expect(before.status).toBe('waiting');
    expect(codes(before.counted)).toEqual(['M3']);
    expect(before.counting.length).toBe(2);

    const on = evaluateCondition(allMet, all3, '2027-06-30');
    // needed = 3; the 3rd earliest of 03-20, 05-10, 06-30 is 06-30.
    expect(on.status).toBe('fired');
    expect(on.firedOn).toBe('2027-06-30');
    expect(codes(on.counted)).toEqual(['M1', 'M2', 'M3']);
  });

  it('all of: an outcome the day after the by-date does not count and the trigger lapses by date', () => {
    const late = [all3[0]!, all3[1]!, settled(S, 'm3', '2027-06-30', 'met', '2027-07-01')];
    const s = evaluateCondition(allMet, late, '2027-07-01');
    expect(s.status).toBe('lapsed');
    expect(s.lapsedBecause).toBe('date');
    expect(s.counting.length).toBe(2);
    expect(codes(s.counted)).toEqual(['M3']);
  });

  it('all of: one missed makes it impossible before the by-date', () => {
    const ms = [all3[0]!, settled(S, 'm2', '2027-05-31', 'missed', '2027-06-01'), milestoneOf(S, { id: 'm3', dueOn: '2027-06-30' })];
    const s = evaluateCondition(allMet, ms, '2027-06-02');
    expect(s.status).toBe('lapsed');
    expect(s.lapsedBecause).toBe('impossible');
    expect(codes(s.counted)).toEqual(['M2']);
    // The day before the miss was recorded it still waited for M2 and M3.
    const s0 = evaluateCondition(allMet, ms, '2027-05-31');
    expect(s0.status).toBe('waiting');
    expect(codes(s0.counted)).toEqual(['M2', 'M3']);
  });

  it('a waiver counts as met', () => {
    const ms = [all3[0]!, settled(S, 'm2', '2027-05-31', 'waived', '2027-05-15'), all3[2]!];
    const s = evaluateCondition(allMet, ms, '2027-07-15');
    expect(s.status).toBe('fired');
    expect(s.firedOn).toBe('2027-06-30');
  });

  it('a waiver never counts as missed, and makes a missed-condition on it impossible', () => {
    const ms = [settled(S, 'm4', '2028-03-31', 'waived', '2028-03-01')];
    const s = evaluateCondition(condition('any', 'missed', ['m4']), ms, '2028-04-15');
    expect(s.status).toBe('lapsed');
    expect(s.lapsedBecause).toBe('impossible');
  });

  it('any of … missed: fires on the first miss; overdue alone does not count', () => {
    const ms = [milestoneOf(S, { id: 'm4', dueOn: '2028-01-31' }), settled(S, 'm5', '2028-02-29', 'missed', '2028-03-10')];
    const cond = condition('any', 'missed', ['m4', 'm5'], '2028-03-31');
    // 2028-03-05: M4 is overdue since 02-01, M5 not yet recorded → nothing counts.
    const waiting = evaluateCondition(cond, ms, '2028-03-05');
    expect(waiting.milestones.map((m) => m.standing)).toEqual(['overdue', 'overdue']);
    expect(waiting.status).toBe('waiting');
    const fired = evaluateCondition(cond, ms, '2028-03-10');
    expect(fired.status).toBe('fired');
    expect(fired.firedOn).toBe('2028-03-10');
    expect(codes(fired.counted)).toEqual(['M5']);
  });

  it('at least 2 of 3: fires on the second earliest, with a waiver among them', () => {
    const ms = [settled(S, 'm1', '2027-03-31', 'met', '2027-03-20'), milestoneOf(S, { id: 'm2', dueOn: '2027-09-30' }), settled(S, 'm3', '2027-06-30', 'waived', '2027-06-15')];
    const cond = condition('at_least', 'met', ['m1', 'm2', 'm3'], null, 2);
    expect(evaluateCondition(cond, ms, '2027-06-14').status).toBe('waiting');
    const s = evaluateCondition(cond, ms, '2027-06-15');
    // Counting in order: M1 (03-20), M3 (06-15); the 2nd is 06-15.
    expect(s.status).toBe('fired');
    expect(s.firedOn).toBe('2027-06-15');
    expect(codes(s.counted)).toEqual(['M1', 'M3']);
  });

  it('at least 2 of 3 lapses once two are missed (only one could still count)', () => {
    const ms = [
      settled(S, 'm1', '2027-03-31', 'missed', '2027-04-01'),
      milestoneOf(S, { id: 'm2', dueOn: '2027-09-30' }),
      settled(S, 'm3', '2027-06-30', 'missed', '2027-07-01'),
    ];
    const cond = condition('at_least', 'met', ['m1', 'm2', 'm3'], null, 2);
    expect(evaluateCondition(cond, ms, '2027-06-30').status).toBe('waiting');
    const s = evaluateCondition(cond, ms, '2027-07-01');
    expect(s.status).toBe('lapsed');
    expect(s.lapsedBecause).toBe('impossible');
    expect(codes(s.counted)).toEqual(['M1', 'M3']);
  });

  it('a condition over milestones the sheet no longer has cannot fire', () => {
    const s = evaluateCondition(condition('all', 'met', ['gone']), [], '2027-01-01');
    expect(s.status).toBe('lapsed');
  });
});
