import { describe, expect, it } from 'vitest';
import { DEFAULT_MONTE_CARLO_DRAFT, newSeed, parseMonteCarloDraft, MAX_SEED } from './monte-carlo-settings';

describe('parseMonteCarloDraft', () => {
  it('reads the defaults as SCORING.md states them: 10,000 draws, seed 1, jitter 0.2', () => {
    expect(parseMonteCarloDraft(DEFAULT_MONTE_CARLO_DRAFT)).toEqual({ ok: true, settings: { draws: 10_000, seed: 1, weightJitter: 0.2 } });
  });

  it('accepts full-width digits from a Japanese keyboard', () => {
    expect(parseMonteCarloDraft({ draws: '２０００', seed: '４２', jitterPercent: '１２．５' })).toEqual({
      ok: true,
      settings: { draws: 2000, seed: 42, weightJitter: 0.125 },
    });
  });

  it('names each field that is wrong, in form order, and nothing else', () => {
    expect(parseMonteCarloDraft({ draws: '50', seed: '1', jitterPercent: '20' })).toEqual({ ok: false, invalid: ['draws'] });
    expect(parseMonteCarloDraft({ draws: '1500.5', seed: '-1', jitterPercent: '20' })).toEqual({ ok: false, invalid: ['draws', 'seed'] });
    expect(parseMonteCarloDraft({ draws: '1000', seed: 'abc', jitterPercent: '150' })).toEqual({ ok: false, invalid: ['seed', 'jitterPercent'] });
    expect(parseMonteCarloDraft({ draws: '', seed: '', jitterPercent: '' })).toEqual({ ok: false, invalid: ['draws', 'seed', 'jitterPercent'] });
    expect(parseMonteCarloDraft({ draws: '1000', seed: String(MAX_SEED + 1), jitterPercent: '0' })).toEqual({ ok: false, invalid: ['seed'] });
  });

  it('allows the edges of each range', () => {
    expect(parseMonteCarloDraft({ draws: '100', seed: String(MAX_SEED), jitterPercent: '100' })).toEqual({
      ok: true,
      settings: { draws: 100, seed: MAX_SEED, weightJitter: 1 },
    });
  });
});

describe('newSeed', () => {
  it('gives a whole number the form accepts', () => {
    const seed = newSeed();
    expect(Number.isInteger(seed)).toBe(true);
    expect(parseMonteCarloDraft({ ...DEFAULT_MONTE_CARLO_DRAFT, seed: String(seed) }).ok).toBe(true);
  });
});
