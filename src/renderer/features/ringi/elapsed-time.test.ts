import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { elapsed, formatAgo, formatElapsed } from './elapsed-time';

const NOW = Date.parse('2027-03-10T09:00:00Z');

describe('elapsed', () => {
  it('takes the largest whole unit', () => {
    expect(elapsed('2027-03-07T08:00:00Z', NOW)).toEqual({ value: 3, unit: 'day' });
    expect(elapsed('2027-03-10T14:30:00+09:00', NOW)).toEqual({ value: 3, unit: 'hour' });
    expect(elapsed('2027-03-10T08:15:00Z', NOW)).toEqual({ value: 45, unit: 'minute' });
    expect(elapsed('2027-03-10T10:00:00Z', NOW)).toEqual({ value: 0, unit: 'minute' });
  });

  it('words spans and moments in both languages', () => {
    expect(formatElapsed('2027-03-07T08:00:00Z', NOW, 'en')).toBe('3 days');
    expect(formatElapsed('2027-03-07T08:00:00Z', NOW, 'ja')).toMatch(/^3\s?日/);
    expect(formatAgo('2027-03-10T07:00:00Z', NOW, 'en')).toBe('2 hours ago');
    expect(formatAgo('2027-03-07T08:00:00Z', NOW, 'ja')).toBe('3 日前');
  });

  it('property: the whole unit never exceeds the time that passed, and the next one up does not fit', () => {
    const size = { minute: 60_000, hour: 3_600_000, day: 86_400_000 } as const;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 * 86_400_000 }), (ago) => {
        const { value, unit } = elapsed(new Date(NOW - ago).toISOString(), NOW);
        expect(value * size[unit]).toBeLessThanOrEqual(ago);
        expect((value + 1) * size[unit]).toBeGreaterThan(ago);
        if (unit !== 'day') expect(ago).toBeLessThan(unit === 'minute' ? size.hour : size.day);
      }),
    );
  });
});
