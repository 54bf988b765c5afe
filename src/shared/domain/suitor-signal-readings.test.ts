import { describe, expect, it } from 'vitest';
import { signalReadingsOf, warningCountOf } from './suitor-signal-readings';
import type { SuitorSignal } from './vetting';

const AT = '2026-10-01T09:00:00.000Z';
const signals: SuitorSignal[] = [
  { candidateId: 'hayate', signal: 'measured_pace', reading: 'warning', note: 'Wanted exclusivity signed within two weeks', updatedAt: AT },
  { candidateId: 'hayate', signal: 'executive_approval', reading: 'warning', note: '', updatedAt: AT },
  { candidateId: 'hayate', signal: 'committed_team', reading: 'reassuring', note: 'Met four of their team', updatedAt: AT },
  { candidateId: 'asanagi', signal: 'product_focus', reading: 'warning', note: '', updatedAt: AT },
];

describe('suitor signal readings', () => {
  it('gives all five signals of a candidate in a fixed order, unrecorded ones as not known', () => {
    expect(signalReadingsOf(signals, 'hayate').map((r) => [r.signal, r.reading, r.updatedAt])).toEqual([
      ['executive_approval', 'warning', AT],
      ['committed_team', 'reassuring', AT],
      ['strategic_motive', 'unknown', null],
      ['measured_pace', 'warning', AT],
      ['product_focus', 'unknown', null],
    ]);
    expect(signalReadingsOf(signals, 'tsumugi').every((r) => r.reading === 'unknown' && r.note === '')).toBe(true);
  });

  it('counts the warnings of one candidate only', () => {
    expect(warningCountOf(signals, 'hayate')).toBe(2);
    expect(warningCountOf(signals, 'asanagi')).toBe(1);
    expect(warningCountOf(signals, 'tsumugi')).toBe(0);
  });
});
