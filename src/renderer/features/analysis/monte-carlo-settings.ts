/**
 * The Monte Carlo form: what a person types (text, possibly with full-width
 * digits from a Japanese IME) and the run options it stands for, checked with
 * zod at this edge. A bad field gets its own message key and nothing runs.
 */
import { z } from 'zod';
import { DEFAULT_DRAWS, DEFAULT_WEIGHT_JITTER, MAX_DRAWS } from '../../../shared/engine/monte-carlo';
import { parseNumberText } from '../../components/parse-number-text';

/** Fewer draws than this give shares that move by whole points from one seed to the next. */
export const MIN_DRAWS = 100;
/** Seeds are read modulo 2^32 by the generator; asking for one in that range keeps them unambiguous. */
export const MAX_SEED = 4_294_967_295;
export const DEFAULT_SEED = 1;

export interface MonteCarloDraft {
  draws: string;
  seed: string;
  /** j as a percentage: "20" for 0.2. */
  jitterPercent: string;
}

export interface MonteCarloSettings {
  draws: number;
  seed: number;
  /** j, 0–1. */
  weightJitter: number;
}

export const DEFAULT_MONTE_CARLO_DRAFT: MonteCarloDraft = {
  draws: String(DEFAULT_DRAWS),
  seed: String(DEFAULT_SEED),
  jitterPercent: String(Math.round(DEFAULT_WEIGHT_JITTER * 100)),
};

const SettingsSchema = z.object({
  draws: z.number().int().min(MIN_DRAWS).max(MAX_DRAWS),
  seed: z.number().int().min(0).max(MAX_SEED),
  jitterPercent: z.number().min(0).max(100),
});

export type SettingsField = keyof MonteCarloDraft;

export type ParsedSettings = { ok: true; settings: MonteCarloSettings } | { ok: false; invalid: SettingsField[] };

function numberOrNaN(text: string): number {
  const parsed = parseNumberText(text);
  return parsed.kind === 'number' ? parsed.value : Number.NaN;
}

export function parseMonteCarloDraft(draft: MonteCarloDraft): ParsedSettings {
  const checked = SettingsSchema.safeParse({
    draws: numberOrNaN(draft.draws),
    seed: numberOrNaN(draft.seed),
    jitterPercent: numberOrNaN(draft.jitterPercent),
  });
  if (!checked.success) {
    const invalid = new Set<SettingsField>();
    for (const issue of checked.error.issues) {
      const field = issue.path[0];
      if (field === 'draws' || field === 'seed' || field === 'jitterPercent') invalid.add(field);
    }
    return { ok: false, invalid: (['draws', 'seed', 'jitterPercent'] as const).filter((f) => invalid.has(f)) };
  }
  const { draws, seed, jitterPercent } = checked.data;
  return { ok: true, settings: { draws, seed, weightJitter: jitterPercent / 100 } };
}

/** A fresh seed, 0 … 2^32 − 1, from the platform's random source. */
export function newSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] ?? DEFAULT_SEED;
}
