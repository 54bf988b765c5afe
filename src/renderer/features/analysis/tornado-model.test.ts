import { describe, expect, it } from 'vitest';
import { analyseDealRoom } from '../../../shared/engine/analyse-deal-room';
import { analysisTestRoom } from './analysis-test-room';
import { buildTornadoModel } from './tornado-model';

describe('buildTornadoModel', () => {
  it('lists the criteria that can flip the leader, closest call first, with signed points', () => {
    const detail = analysisTestRoom();
    const { sensitivity } = analyseDealRoom(detail);
    const model = buildTornadoModel(sensitivity, detail, 'en');
    expect(model.available).toBe(true);
    expect(model.rows.map((r) => r.criterionId)).toEqual(['reg', 'sales']);
    const [reg, sales] = model.rows;
    // reg: x* = 1/3 from e = 0.25, +8.33 points; sales: x* = 1/6 from e = 0.375, −20.83 points.
    expect(reg?.changePoints).toBeCloseTo(100 / 12, 9);
    expect(reg?.distancePoints).toBeCloseTo(100 / 12, 9);
    expect(reg?.threshold).toBeCloseTo(1 / 3, 9);
    expect(reg?.challengerName).toBe('Minato Medical');
    expect(sales?.changePoints).toBeCloseTo(-62.5 / 3, 9);
    expect(sales?.distancePoints).toBeCloseTo(62.5 / 3, 9);
    expect(sales?.current).toBeCloseTo(0.375, 12);
    expect(model.rows.every((r) => !r.withinMargin)).toBe(true);
    expect(model.noFlip).toEqual([
      { criterionId: 'field', name: 'Field force' },
      { criterionId: 'transp', name: 'Transparency' },
    ]);
    expect(model.marginPoints).toBeCloseTo(5, 12);
    // The widest bar is 20.8 points: the axis runs to the next multiple of 5.
    expect(model.axisPoints).toBe(25);
  });

  it('marks a move smaller than the margin, and widens the axis to hold the margin lines', () => {
    const detail = analysisTestRoom();
    detail.dealRoom.sensitivityMargin = 0.3;
    const model = buildTornadoModel(analyseDealRoom(detail).sensitivity, detail, 'ja');
    expect(model.rows.map((r) => [r.name, r.withinMargin])).toEqual([
      ['薬事対応の実績', true],
      ['市場ポテンシャル対比の売上', true],
    ]);
    expect(model.axisPoints).toBe(30);
  });

  it('has nothing to show without a challenger', () => {
    const detail = analysisTestRoom();
    detail.candidates = detail.candidates.map((c) => (c.id === 'aoba' ? c : { ...c, compared: false }));
    const model = buildTornadoModel(analyseDealRoom(detail).sensitivity, detail, 'en');
    expect(model.available).toBe(false);
    expect(model.rows).toEqual([]);
  });
});
