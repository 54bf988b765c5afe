import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, endFromDuration, exactMonths, isCalendarDate, todayIsoDate } from './phase-dates';

describe('phase dates', () => {
  it('ends a 12-month pilot from 1 April on 31 March of the next year', () => {
    // 2027-04-01 + 12 months = 2028-04-01; minus one day = 2028-03-31.
    expect(endFromDuration('2027-04-01', 12)).toBe('2028-03-31');
  });

  it('clamps a month end that does not exist', () => {
    // 31 Jan + 1 month: February 2027 has 28 days → 2027-02-28; the phase ends the day before.
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(endFromDuration('2027-01-31', 1)).toBe('2027-02-27');
    // 2028 is a leap year: 31 Jan + 1 month = 29 Feb.
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
  });

  it('crosses a year and leap day when adding days', () => {
    expect(addDays('2027-12-31', 1)).toBe('2028-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
  });

  it('recognises a phase that is a whole number of months long', () => {
    expect(exactMonths('2027-04-01', '2028-03-31')).toBe(12);
    expect(exactMonths('2027-07-01', '2029-06-30')).toBe(24);
    // 1 Apr to 30 Apr is one month; to 29 Apr is not a whole number.
    expect(exactMonths('2027-04-01', '2027-04-30')).toBe(1);
    expect(exactMonths('2027-04-01', '2027-04-29')).toBeNull();
    expect(exactMonths('2027-04-01', '2027-03-31')).toBeNull();
    expect(exactMonths('', '2027-03-31')).toBeNull();
  });

  it('accepts only real calendar dates', () => {
    expect(isCalendarDate('2027-02-28')).toBe(true);
    expect(isCalendarDate('2027-02-29')).toBe(false);
    expect(isCalendarDate('2027-2-1')).toBe(false);
  });

  it('reads today in the local calendar', () => {
    expect(todayIsoDate(new Date(2027, 0, 5, 23, 30))).toBe('2027-01-05');
  });

  it('round-trips every duration from any start date', () => {
    const day = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 240 }), (start, months) => {
        const end = endFromDuration(start, months);
        expect(end >= start).toBe(true);
        expect(exactMonths(start, end)).toBe(months);
      }),
    );
  });
});
