import { describe, expect, it } from 'vitest';
import { formatCalendarDate } from '../../../shared/i18n/format';
import { todayIsoDate } from './calendar-date';

describe('calendar dates', () => {
  it('read as the day they name in either language, whatever the reader’s time zone', () => {
    expect(formatCalendarDate('2027-01-14', 'en')).toBe('14 Jan 2027');
    expect(formatCalendarDate('2027-01-14', 'ja')).toBe('2027/01/14');
    expect(formatCalendarDate('2028-02-29', 'en')).toBe('29 Feb 2028');
  });

  it('give today as the reader’s own calendar day', () => {
    expect(todayIsoDate(new Date(2027, 0, 5, 23, 59))).toBe('2027-01-05');
    expect(todayIsoDate(new Date(2027, 11, 31, 0, 1))).toBe('2027-12-31');
  });
});
