import { describe, expect, it } from 'vitest';
import type { Weighting } from '../../../shared/domain/entities';
import { judgementsOf, pairKey, pairsOf, prefillChoices } from './judgement-prefill';

const AT = '2027-02-01T10:00:00+09:00';
const ahp = (judgements: Weighting['judgements']): Weighting => ({ pillarId: '', method: 'ahp', judgements, consistencyRatio: 0, updatedAt: AT });

describe('pairsOf', () => {
  it('asks every pair once, in the order of the items', () => {
    expect(pairsOf(['eff', 'comp', 'trust']).map((p) => [p.a, p.b])).toEqual([
      ['eff', 'comp'],
      ['eff', 'trust'],
      ['comp', 'trust'],
    ]);
    expect(pairsOf(['only'])).toEqual([]);
    expect(pairsOf(['a', 'b', 'c', 'd', 'e'])).toHaveLength(10);
  });
});

describe('prefillChoices', () => {
  const items = ['eff', 'comp', 'trust'];

  it('starts every pair at equal when nothing was compared before', () => {
    expect(Object.values(prefillChoices(items, undefined))).toEqual([{ favours: 'equal' }, { favours: 'equal' }, { favours: 'equal' }]);
  });

  it('reuses stored judgements that cover exactly these items, turning reversed ones round', () => {
    const stored = ahp([
      { a: 'eff', b: 'comp', value: 3 },
      // Stored as trust over eff; asked as eff over trust, so 1/5 becomes "eff strongly more important".
      { a: 'trust', b: 'eff', value: 1 / 5 },
      { a: 'comp', b: 'trust', value: 1 / 2 },
    ]);
    const choices = prefillChoices(items, stored);
    expect(choices[pairKey('eff', 'comp')]).toEqual({ favours: 'a', intensity: 3 });
    expect(choices[pairKey('eff', 'trust')]).toEqual({ favours: 'a', intensity: 5 });
    expect(choices[pairKey('comp', 'trust')]).toEqual({ favours: 'b', intensity: 2 });
  });

  it('starts over at equal once an item was added since the comparison, or when the weights were set directly', () => {
    const stored = ahp([{ a: 'eff', b: 'comp', value: 4 }]);
    expect(Object.values(prefillChoices(['eff', 'comp', 'trust'], stored))).toEqual([{ favours: 'equal' }, { favours: 'equal' }, { favours: 'equal' }]);
    const direct: Weighting = { pillarId: '', method: 'direct', judgements: [], consistencyRatio: null, updatedAt: AT };
    expect(prefillChoices(['eff', 'comp'], direct)).toEqual({ [pairKey('eff', 'comp')]: { favours: 'equal' } });
  });
});

describe('judgementsOf', () => {
  it('gives one judgement per pair as asked, with the value the engine reads', () => {
    const pairs = pairsOf(['x', 'y', 'z']);
    const choices = { [pairKey('x', 'y')]: { favours: 'a', intensity: 2 }, [pairKey('x', 'z')]: { favours: 'b', intensity: 4 } } as const;
    expect(judgementsOf(pairs, choices)).toEqual([
      { a: 'x', b: 'y', value: 2 },
      { a: 'x', b: 'z', value: 0.25 },
      { a: 'y', b: 'z', value: 1 },
    ]);
  });
});
