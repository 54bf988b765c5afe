import { describe, expect, it } from 'vitest';
import { formatCalendarDate } from './format';

describe('formatCalendarDate', () => {
  it('writes the day in each language without moving it across time zones', () => {
    expect(formatCalendarDate('2027-01-10', 'en')).toBe('10 Jan 2027');
    expect(formatCalendarDate('2027-01-10', 'ja')).toBe('2027/01/10');
    expect(formatCalendarDate('2027-12-31', 'en')).toBe('31 Dec 2027');
  });
});
