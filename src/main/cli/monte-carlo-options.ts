/**
 * `compare --monte-carlo [--draws N] [--seed S]`: the options of the
 * uncertainty analysis (SCORING.md, "Uncertainty"), checked with zod. A bad
 * value is a usage error naming the option, worded in the cli namespace.
 */
import { z } from 'zod';
import { DEFAULT_DRAWS, MAX_DRAWS } from '../../shared/engine/monte-carlo';
import { usageError } from './usage-error';

export interface MonteCarloRequest {
  draws: number;
  seed: number;
}

/** Printed with every run, so that it can be repeated. */
export const DEFAULT_SEED = 1;
/** Seeds are 32-bit: larger numbers would silently repeat smaller ones (seeded-random.ts reads them modulo 2^32). */
export const MAX_SEED = 2 ** 32 - 1;

/** A whole number written in plain digits ("10000"), within [min, max]. */
function wholeNumber(min: number, max: number) {
  return z
    .string()
    .trim()
    .regex(/^\d+$/)
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));
}

const Draws = wholeNumber(1, MAX_DRAWS);
const Seed = wholeNumber(0, MAX_SEED);

/** Null when --monte-carlo is not given; --draws and --seed only make sense with it. */
export function parseMonteCarloOptions(
  flag: string | boolean | undefined,
  draws: string | boolean | undefined,
  seed: string | boolean | undefined,
): MonteCarloRequest | null {
  if (flag !== true) {
    for (const [option, value] of [['--draws', draws], ['--seed', seed]] as const) {
      if (value !== undefined) throw usageError('errors.needsMonteCarlo', { option });
    }
    return null;
  }
  const parsedDraws = draws === undefined ? DEFAULT_DRAWS : Draws.safeParse(draws);
  if (typeof parsedDraws !== 'number' && !parsedDraws.success)
    throw usageError('errors.invalidOption', { option: '--draws', problemKey: 'errors.invalidDraws' });
  const parsedSeed = seed === undefined ? DEFAULT_SEED : Seed.safeParse(seed);
  if (typeof parsedSeed !== 'number' && !parsedSeed.success)
    throw usageError('errors.invalidOption', { option: '--seed', problemKey: 'errors.invalidSeed' });
  return {
    draws: typeof parsedDraws === 'number' ? parsedDraws : parsedDraws.data,
    seed: typeof parsedSeed === 'number' ? parsedSeed : parsedSeed.data,
  };
}
