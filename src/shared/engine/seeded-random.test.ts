import { describe, expect, it } from 'vitest';
import { seededRandom, xoshiro128StarStar, xoshiroStateFromSeed } from './seeded-random';

/*
 * Known answers from the authors' reference C code (xoshiro128starstar.c and
 * splitmix64.c from prng.di.unimi.it), compiled with gcc and run:
 *   state {1, 2, 3, 4}      -> 11520, 0, 5927040, 70819200, 2031721883, 1637235492
 *   splitmix64 from x = 1   -> 10451216379200822465, 13757245211066428519
 *   xoshiro128** from those two outputs split into (low, high) words
 *                           -> 1695105466, 1423115009, 634581793, 1068227753
 */
describe('seeded random generator', () => {
  it('matches the reference xoshiro128** outputs', () => {
    const rng = xoshiro128StarStar([1, 2, 3, 4]);
    expect(Array.from({ length: 6 }, () => rng.nextUint32())).toEqual([11520, 0, 5927040, 70819200, 2031721883, 1637235492]);
  });

  it('seeds its state with the reference SplitMix64 outputs', () => {
    const a = 10451216379200822465n;
    const b = 13757245211066428519n;
    const words = [a & 0xffffffffn, a >> 32n, b & 0xffffffffn, b >> 32n].map(Number);
    expect(xoshiroStateFromSeed(1)).toEqual(words);
    const rng = seededRandom(1);
    expect(Array.from({ length: 4 }, () => rng.nextUint32())).toEqual([1695105466, 1423115009, 634581793, 1068227753]);
  });

  it('gives the same sequence for the same seed and a different one for another seed', () => {
    const take = (seed: number) => {
      const rng = seededRandom(seed);
      return Array.from({ length: 20 }, () => rng.next());
    };
    expect(take(42)).toEqual(take(42));
    expect(take(42)).not.toEqual(take(43));
  });

  it('returns numbers in [0, 1) that fill the interval evenly', () => {
    const rng = seededRandom(7);
    const buckets = new Array<number>(10).fill(0);
    const n = 100_000;
    let low = 1;
    let high = 0;
    for (let i = 0; i < n; i++) {
      const u = rng.next();
      low = Math.min(low, u);
      high = Math.max(high, u);
      buckets[Math.floor(u * 10)]! += 1;
    }
    expect(low).toBeGreaterThanOrEqual(0);
    expect(high).toBeLessThan(1);
    // Each bucket expects 10,000 ± 95 (one standard deviation); 5 deviations is a generous bound.
    for (const count of buckets) expect(Math.abs(count - n / 10)).toBeLessThan(500);
  });

  it('refuses an all-zero state, from which xoshiro would only ever return 0', () => {
    expect(() => xoshiro128StarStar([0, 0, 0, 0])).toThrow(RangeError);
  });
});
