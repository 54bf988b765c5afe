import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asOfSpan, clampToSpan, dateAtIndex, dayIndexOf, isCalendarDate, moveByMonths } from './as-of-span';

describe('the as-of span', () => {
  // Pilot 2027-01-01..2027-06-30 and exclusivity 2027-07-01..2029-06-30:
  // 2027 has 365 days and 2028 has 366, 2029-01-01..06-30 is 181, so the last index is 365 + 366 + 181 − 1 = 911.
  const span = asOfSpan([
    { startsOn: '2027-07-01', endsOn: '2029-06-30' },
    { startsOn: '2027-01-01', endsOn: '2027-06-30' },
  ])!;

  it('runs from the earliest start to the latest end', () => {
    expect(span).toEqual({ from: '2027-01-01', to: '2029-06-30', lastIndex: 911 });
  });

  it('is null without phases', () => {
    expect(asOfSpan([])).toBeNull();
  });

  it('puts a day on the slider and reads it back', () => {
    // 2027-03-01 is 31 + 28 = 59 days after 2027-01-01.
    expect(dayIndexOf('2027-03-01', span)).toBe(59);
    expect(dateAtIndex(59, span)).toBe('2027-03-01');
    expect(dateAtIndex(-5, span)).toBe('2027-01-01');
    expect(dateAtIndex(10_000, span)).toBe('2029-06-30');
  });

  it('clamps today into the span', () => {
    expect(clampToSpan('2026-11-23', span)).toBe('2027-01-01');
    expect(clampToSpan('2031-01-01', span)).toBe('2029-06-30');
    expect(clampToSpan('2028-02-29', span)).toBe('2028-02-29');
    expect(clampToSpan('2026-11-23', null)).toBe('2026-11-23');
  });

  it('moves by calendar months and stops at the ends', () => {
    expect(moveByMonths('2027-01-31', 1, span)).toBe('2027-02-28');
    expect(moveByMonths('2027-03-15', -1, span)).toBe('2027-02-15');
    expect(moveByMonths('2027-01-15', -1, span)).toBe('2027-01-01');
    expect(moveByMonths('2029-06-15', 1, span)).toBe('2029-06-30');
  });

  it('tells a real calendar date from a typo', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2027-02-29')).toBe(false);
    expect(isCalendarDate('2027-2-1')).toBe(false);
    expect(isCalendarDate('')).toBe(false);
  });

  it('reads back every index it gives, across the whole span', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: span.lastIndex }), (i) => {
        expect(dayIndexOf(dateAtIndex(i, span), span)).toBe(i);
      }),
    );
  });
});
