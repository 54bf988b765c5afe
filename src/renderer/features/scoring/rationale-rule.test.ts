import { describe, expect, it } from 'vitest';
import { rationaleNeeded as rationaleNeededFor } from '../../../shared/domain/rationale-rule';
import { rationaleNeededForText } from './rationale-rule';

describe('rationaleNeededFor', () => {
  it('asks at the ends of the scale under the extremes rule', () => {
    expect([0, 0.5, 1, 1.1, 3, 4.9, 5].map((v) => rationaleNeededFor('extremes', v))).toEqual([true, true, true, false, false, false, true]);
  });

  it('always or never asks under the other rules', () => {
    expect([0, 3, 5].map((v) => rationaleNeededFor('always', v))).toEqual([true, true, true]);
    expect([0, 3, 5].map((v) => rationaleNeededFor('never', v))).toEqual([false, false, false]);
  });
});

describe('rationaleNeededForText', () => {
  it('reads the value as typed, full-width digits included', () => {
    expect(rationaleNeededForText('extremes', '５')).toBe(true);
    expect(rationaleNeededForText('extremes', ' 1 ')).toBe(true);
    expect(rationaleNeededForText('extremes', '3.5')).toBe(false);
  });

  it('does not ask for text that is no score on the scale', () => {
    expect(rationaleNeededForText('always', '')).toBe(false);
    expect(rationaleNeededForText('always', 'high')).toBe(false);
    expect(rationaleNeededForText('extremes', '7')).toBe(false);
  });
});
