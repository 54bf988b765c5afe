import { describe, expect, it } from 'vitest';
import { builtInTemplate, MEDICAL_DISTRIBUTOR_TEMPLATE_ID } from './built-in-templates';
import { templateShares } from './template-shares';

describe('templateShares', () => {
  it('gives each criterion its share of the whole (SCORING.md, effective weights)', () => {
    const medical = builtInTemplate(MEDICAL_DISTRIBUTOR_TEMPLATE_ID)!;
    const shares = templateShares(medical);
    // Pillars weigh 25 + 30 + 20 + 15 + 10 = 100; Compliance's criteria weigh
    // 20 + 15 + 15 + 15 + 10 + 15 + 5 + 10 + 5 + 5 = 115, the MAH licence 20 of them.
    expect(shares.criteria['mah-licence']).toBeCloseTo((30 / 100) * (20 / 115), 12);
    expect(shares.pillars.effectiveness).toBeCloseTo(0.25, 12);
    const total = Object.values(shares.criteria).reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(1, 12);
  });

  it('leaves a pillar without weighted criteria out, as the engine does', () => {
    const shares = templateShares({
      format: 'shinrai.criteria-template',
      version: 1,
      name: { en: 'Two pillars', ja: '' },
      description: { en: '', ja: '' },
      pillars: [
        { key: 'a', name: { en: 'A', ja: '' }, weight: 1, criteria: [] },
        {
          key: 'b',
          name: { en: 'B', ja: '' },
          weight: 3,
          criteria: [{ key: 'b1', name: { en: 'B1', ja: '' }, description: { en: '', ja: '' }, anchor1: { en: '', ja: '' }, anchor3: { en: '', ja: '' }, anchor5: { en: '', ja: '' }, weight: 2, knockout: false, passMark: 3 }],
        },
      ],
    });
    expect(shares.pillars).toEqual({ a: 0, b: 1 });
    expect(shares.criteria).toEqual({ b1: 1 });
  });
});
