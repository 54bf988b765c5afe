import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, lastDayOfMonths, monthOf, windowsOverlap } from './calendar-dates';

describe('calendar dates', () => {
  it('add days across month, year and leap-day boundaries', () => {
    expect(addDays('2027-06-30', 1)).toBe('2027-07-01');
    expect(addDays('2027-12-31', 1)).toBe('2028-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
  });

  it('add months, clamping to the end of a shorter month', () => {
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2027-07-01', 24)).toBe('2029-07-01');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(addMonths('2027-03-31', -1)).toBe('2027-02-28');
  });

  it('give the last day of a right from F for N months: F + N months − 1 day', () => {
    expect(lastDayOfMonths('2027-07-01', 24)).toBe('2029-06-30');
    expect(lastDayOfMonths('2027-01-01', 12)).toBe('2027-12-31');
    // 2027-01-31 + 1 month = 2027-02-28; minus 1 day = 2027-02-27.
    expect(lastDayOfMonths('2027-01-31', 1)).toBe('2027-02-27');
  });

  it('treat windows as inclusive: touching windows do not overlap, one shared day does', () => {
    expect(windowsOverlap({ from: '2027-01-01', to: '2027-06-30' }, { from: '2027-07-01', to: '2027-12-31' })).toBe(false);
    expect(windowsOverlap({ from: '2027-01-01', to: '2027-07-01' }, { from: '2027-07-01', to: '2027-12-31' })).toBe(true);
    expect(monthOf('2028-03-31')).toBe('2028-03');
  });

  it('add days and take them away again (property)', () => {
    const day = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: -5000, max: 5000 }), (d, n) => {
        expect(addDays(addDays(d, n), -n)).toBe(d);
        expect(addDays(d, n) > d).toBe(n > 0 ? true : false);
      }),
    );
  });
});
