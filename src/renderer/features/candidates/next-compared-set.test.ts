import { describe, expect, it } from 'vitest';
import { nextComparedSet } from './next-compared-set';

describe('nextComparedSet', () => {
  it('adds a candidate while fewer than five are compared', () => {
    expect(nextComparedSet(['a', 'b'], 'c', true)).toEqual({ ok: true, ids: ['a', 'b', 'c'] });
  });

  it('refuses a sixth candidate', () => {
    expect(nextComparedSet(['a', 'b', 'c', 'd', 'e'], 'f', true)).toEqual({ ok: false, reason: 'too_many' });
  });

  it('removes a candidate, and adding one already compared changes nothing', () => {
    expect(nextComparedSet(['a', 'b', 'c', 'd', 'e'], 'c', false)).toEqual({ ok: true, ids: ['a', 'b', 'd', 'e'] });
    expect(nextComparedSet(['a', 'b', 'c', 'd', 'e'], 'c', true)).toEqual({ ok: true, ids: ['a', 'b', 'c', 'd', 'e'] });
  });
});
