/**
 * A small seeded random generator for the Monte Carlo run (SCORING.md,
 * "Uncertainty": "Same seed and inputs give the same result").
 *
 * The generator is xoshiro128** 1.1 by David Blackman and Sebastiano Vigna
 * ("Scrambled linear pseudorandom number generators", ACM Transactions on
 * Mathematical Software 47(4), 2021; reference C code at
 * https://prng.di.unimi.it/xoshiro128starstar.c). Its 128-bit state is filled
 * from the 32-bit seed with SplitMix64 (Steele, Lea and Flood, "Fast
 * splittable pseudorandom number generators", OOPSLA 2014; the seeding Vigna
 * recommends), so that nearby seeds (1, 2, 3) start far apart.
 *
 * Written out here rather than taken from a package: it is a dozen lines,
 * and the numbers a deal-room shows must not change with a dependency update.
 */

export type Xoshiro128State = readonly [number, number, number, number];

export interface SeededRandom {
  /** The next 32-bit output as an unsigned integer, 0 … 2^32 − 1. */
  nextUint32(): number;
  /** The next number in [0, 1), with 32 random bits. */
  next(): number;
}

const TWO_POW_32 = 4294967296;
const MASK_64 = (1n << 64n) - 1n;

/** SplitMix64, as in Vigna's splitmix64.c: returns the next output and advances `state`. */
function splitMix64(state: { x: bigint }): bigint {
  state.x = (state.x + 0x9e3779b97f4a7c15n) & MASK_64;
  let z = state.x;
  z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK_64;
  z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK_64;
  return z ^ (z >> 31n);
}

/**
 * The xoshiro128** state for a seed: two SplitMix64 outputs, each split into
 * its low and high 32-bit words. Seeds are read modulo 2^32 (`seed >>> 0`), so
 * −1 and 4294967295 are the same seed.
 */
export function xoshiroStateFromSeed(seed: number): Xoshiro128State {
  const state = { x: BigInt(seed >>> 0) };
  const a = splitMix64(state);
  const b = splitMix64(state);
  const low = (v: bigint) => Number(v & 0xffffffffn);
  const high = (v: bigint) => Number(v >> 32n);
  return [low(a), high(a), low(b), high(b)];
}

/** xoshiro128** from an explicit state (which must not be all zero). */
export function xoshiro128StarStar(initial: Xoshiro128State): SeededRandom {
  let [s0, s1, s2, s3] = initial.map((v) => v >>> 0) as [number, number, number, number];
  if ((s0 | s1 | s2 | s3) === 0) throw new RangeError('xoshiro128** needs a state that is not all zero');

  const nextUint32 = (): number => {
    // result = rotl(s1 * 5, 7) * 9
    const m = Math.imul(s1, 5);
    const result = Math.imul((m << 7) | (m >>> 25), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = (s3 << 11) | (s3 >>> 21);
    return result;
  };
  return { nextUint32, next: () => nextUint32() / TWO_POW_32 };
}

/** The generator for a seed; the same seed always gives the same sequence. */
export function seededRandom(seed: number): SeededRandom {
  return xoshiro128StarStar(xoshiroStateFromSeed(seed));
}
