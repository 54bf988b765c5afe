import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, failure, ok, type TestApp } from '../store/test-data-dir';

const apps: TestApp[] = [];
afterEach(() => {
  for (const a of apps.splice(0)) a.dispose();
});

function roomWithPillars() {
  const t = createTestApp();
  apps.push(t);
  const { app } = t;
  const dealRoomId = ok(app.invoke('dealRooms.create', { name: 'Weights' })).id;
  const [eff, comp, trust] = ['Effectiveness', 'Compliance', 'Trustworthiness'].map(
    (nameEn) => ok(app.invoke('pillars.create', { dealRoomId, fields: { nameEn, weight: 1 } })).id,
  ) as [string, string, string];
  const [k1, k2] = ['Licences', 'Clean record'].map(
    (nameEn) => ok(app.invoke('criteria.create', { dealRoomId, fields: { pillarId: comp, nameEn, weight: 1 } })).id,
  ) as [string, string];
  return { app, dealRoomId, eff, comp, trust, k1, k2 };
}

describe('weights.apply with AHP', () => {
  it('derives the weights from consistent judgements and records the method in the change log', () => {
    const { app, dealRoomId, eff, comp, trust } = roomWithPillars();
    // Judgements built from w = (0.5, 0.3, 0.2): a_ij = w_i / w_j, so
    // eff:comp = 0.5/0.3 = 5/3, eff:trust = 0.5/0.2 = 2.5, comp:trust = 0.3/0.2 = 1.5.
    // A consistent matrix gives w back exactly (CR 0); weights are priorities × 100.
    const result = ok(
      app.invoke('weights.apply', {
        dealRoomId,
        pillarId: '',
        method: 'ahp',
        judgements: [
          { a: eff, b: comp, value: 5 / 3 },
          { a: trust, b: eff, value: 0.4 }, // given the other way round: 1 / 2.5
          { a: comp, b: trust, value: 1.5 },
        ],
      }),
    );
    const weights = Object.fromEntries(result.weights.map((w) => [w.id, w.weight]));
    expect(weights[eff]).toBeCloseTo(50, 6);
    expect(weights[comp]).toBeCloseTo(30, 6);
    expect(weights[trust]).toBeCloseTo(20, 6);
    expect(result.weighting.method).toBe('ahp');
    expect(result.weighting.consistencyRatio).toBeCloseTo(0, 6);

    const detail = ok(app.invoke('dealRooms.get', { dealRoomId }));
    expect(detail.pillars.map((p) => Math.round(p.weight * 1e6) / 1e6)).toEqual([50, 30, 20]);
    expect(detail.weightings).toHaveLength(1);
    expect(detail.weightings[0]?.judgements).toHaveLength(3);

    const log = ok(app.invoke('dealRooms.changeLog', { dealRoomId, limit: 10 })).entries;
    expect(log.filter((e) => e.entity === 'pillar' && e.field === 'weight')).toHaveLength(3);
    const weighting = log.find((e) => e.entity === 'weighting');
    expect(weighting?.after).toMatchObject({ pillarId: '', method: 'ahp' });
  });

  it('refuses incomplete or foreign judgements and changes nothing', () => {
    const { app, dealRoomId, eff, comp, trust, k1 } = roomWithPillars();
    const before = ok(app.invoke('dealRooms.get', { dealRoomId }));
    const missing = failure(
      app.invoke('weights.apply', { dealRoomId, pillarId: '', method: 'ahp', judgements: [{ a: eff, b: comp, value: 3 }] }, { lang: 'en' }),
    );
    expect(missing.code).toBe('rule_violation');
    expect(missing.path).toBe('judgements');
    expect(missing.message).toContain(`${eff}/${trust}`);

    const foreign = failure(
      app.invoke('weights.apply', {
        dealRoomId,
        pillarId: '',
        method: 'ahp',
        judgements: [
          { a: eff, b: comp, value: 3 },
          { a: eff, b: trust, value: 3 },
          { a: comp, b: k1, value: 3 },
        ],
      }),
    );
    expect(foreign).toMatchObject({ code: 'rule_violation', path: 'judgements' });
    expect(failure(app.invoke('weights.apply', { dealRoomId, pillarId: '', method: 'ahp', judgements: [{ a: eff, b: comp, value: 10 }] })).path).toBe(
      'judgements[0].value',
    );
    expect(ok(app.invoke('dealRooms.get', { dealRoomId }))).toEqual(before);
  });

  it('weighs the criteria of one pillar, and the record goes with the pillar', () => {
    const { app, dealRoomId, comp, k1, k2 } = roomWithPillars();
    // Two items: a_12 = 3 gives w = (3/4, 1/4); any 2×2 reciprocal matrix is consistent.
    const result = ok(app.invoke('weights.apply', { dealRoomId, pillarId: comp, method: 'ahp', judgements: [{ a: k1, b: k2, value: 3 }] }));
    expect(result.weights.map((w) => w.weight)).toEqual([expect.closeTo(75, 6), expect.closeTo(25, 6)]);
    expect(result.weighting.consistencyRatio).toBe(0);
    ok(app.invoke('pillars.delete', { dealRoomId, pillarId: comp }));
    expect(ok(app.invoke('dealRooms.get', { dealRoomId })).weightings).toEqual([]);
  });
});

describe('weights.apply, direct', () => {
  it('sets every weight of the scope at once and records the method', () => {
    const { app, dealRoomId, eff, comp, trust } = roomWithPillars();
    ok(app.invoke('weights.apply', { dealRoomId, pillarId: '', method: 'direct', weights: [{ id: eff, weight: 40 }, { id: comp, weight: 40 }, { id: trust, weight: 20 }] }));
    const detail = ok(app.invoke('dealRooms.get', { dealRoomId }));
    expect(detail.pillars.map((p) => p.weight)).toEqual([40, 40, 20]);
    expect(detail.weightings.map((w) => [w.pillarId, w.method, w.judgements, w.consistencyRatio])).toEqual([['', 'direct', [], null]]);
  });

  it('refuses a scope given only in part, an unknown item, or all zeros', () => {
    const { app, dealRoomId, eff, comp, trust, k1 } = roomWithPillars();
    expect(failure(app.invoke('weights.apply', { dealRoomId, pillarId: '', method: 'direct', weights: [{ id: eff, weight: 1 }] }, { lang: 'en' }))).toMatchObject({
      code: 'rule_violation',
      path: 'weights',
    });
    expect(
      failure(app.invoke('weights.apply', { dealRoomId, pillarId: '', method: 'direct', weights: [{ id: eff, weight: 1 }, { id: k1, weight: 1 }] }, { lang: 'en' })),
    ).toEqual({ code: 'rule_violation', message: `"${k1}" is not one of the items being weighted here.`, path: 'weights[1].id' });
    expect(
      failure(
        app.invoke('weights.apply', { dealRoomId, pillarId: '', method: 'direct', weights: [{ id: eff, weight: 0 }, { id: comp, weight: 0 }, { id: trust, weight: 0 }] }, { lang: 'ja' }),
      ).message,
    ).toBe('少なくとも一つの重みを0より大きくしてください。');
    expect(failure(app.invoke('weights.apply', { dealRoomId, pillarId: 'nope', method: 'direct', weights: [{ id: eff, weight: 1 }] })).code).toBe('not_found');
  });
});
