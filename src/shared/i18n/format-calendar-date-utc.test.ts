import { describe, expect, it } from 'vitest';
import { formatCalendarDate } from './format';

describe('formatDate', () => {
  it('shows the calendar day itself in both languages, whatever the time zone', () => {
    expect(formatCalendarDate('2026-09-14', 'en')).toBe('14 Sept 2026');
    expect(formatCalendarDate('2026-09-14', 'ja')).toBe('2026/09/14');
    // The first and last day of a year stay in their year.
    expect(formatCalendarDate('2027-01-01', 'en')).toBe('1 Jan 2027');
    expect(formatCalendarDate('2026-12-31', 'ja')).toBe('2026/12/31');
  });
});
