import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTimeline, tickLabel } from './timeline-model';
import { evaluation, milestone, phase, trigger } from './test-terms-records';

describe('the terms timeline', () => {
  // Pilot 2027-01-01..2027-06-30, exclusivity 2027-07-01..2027-12-31: the axis is all of 2027, 365 days.
  const pilot = phase('p1', 's1', '2027-01-01', '2027-06-30', { name: 'Pilot' });
  const exclusive = phase('p2', 's1', '2027-07-01', '2027-12-31', { name: 'Exclusivity', exclusivity: 'exclusive', sortOrder: 1 });
  const m1 = milestone('m1', 'p1', 's1', 'M1', '2027-03-31', { status: 'met', settledOn: '2027-03-20' });
  const m2 = milestone('m2', 'p1', 's1', 'M2', '2027-06-30');
  const t1 = trigger('t1', 's1', 'T1', ['m1'], null);
  const t2 = trigger('t2', 's1', 'T2', ['m2'], '2027-06-30');
  const lane = {
    candidateId: 'c1',
    name: 'Asagiri Trading',
    phases: [exclusive, pilot],
    milestones: [m2, m1],
    triggers: [t1, t2],
    evaluation: evaluation('s1', 'c1', '2027-04-01', {
      milestones: [
        { milestoneId: 'm1', code: 'M1', standing: 'met', since: '2027-03-20' },
        { milestoneId: 'm2', code: 'M2', standing: 'pending', since: null },
      ],
      rights: [
        {
          kind: 'exclusivity',
          exclusivity: 'exclusive',
          scope: pilot.scope,
          from: '2027-03-21',
          to: '2029-03-20',
          source: { kind: 'trigger', triggerId: 't1' },
          sentence: { en: '', ja: '' },
        },
        { kind: 'exclusivity', exclusivity: 'none', scope: pilot.scope, from: '2027-01-01', to: '2027-06-30', source: { kind: 'phase', phaseId: 'p1' }, sentence: { en: '', ja: '' } },
      ],
      triggers: [
        { triggerId: 't1', code: 'T1', status: 'fired', firedOn: '2027-03-20', counted: ['M1'], sentence: { en: '', ja: '' } },
        { triggerId: 't2', code: 'T2', status: 'waiting', firedOn: null, counted: ['M2'], sentence: { en: '', ja: '' } },
      ],
    }),
  };
  const model = buildTimeline([lane], '2026-11-23', '2027-04-01')!;

  it('spans whole months around every date, the granted right included', () => {
    // The grant runs to 2029-03-20, so the axis runs to the end of March 2029: 27 months.
    expect(model.from).toBe('2027-01-01');
    expect(model.to).toBe('2029-03-31');
    expect(model.ticks).toHaveLength(27);
    expect(model.ticks.filter((t) => t.yearStart).map((t) => t.date)).toEqual(['2027-01-01', '2028-01-01', '2029-01-01']);
  });

  // 2027-01-01..2029-03-31 is 365 + 366 + 90 = 821 days.
  const days = 821;

  it('places bars by inclusive days, in date order', () => {
    const [a, b] = model.lanes[0]!.bars;
    // The pilot covers 181 days (31+28+31+30+31+30); exclusivity starts right after it and ends with 2027 (365 days).
    expect(a).toMatchObject({ phaseId: 'p1', x: 0 });
    expect(a!.width).toBeCloseTo(181 / days, 10);
    expect(b!.x).toBeCloseTo(181 / days, 10);
    expect(b!.x + b!.width).toBeCloseTo(365 / days, 10);
  });

  it('draws the right a trigger granted, not the phase rights', () => {
    // From 2027-03-21 (day 31 + 28 + 20 = 79) to 2029-03-20 inclusive (day 365 + 366 + 79 = 810, ending at 810).
    expect(model.lanes[0]!.grants).toHaveLength(1);
    const grant = model.lanes[0]!.grants[0]!;
    expect(grant).toMatchObject({ triggerId: 't1', exclusivity: 'exclusive', from: '2027-03-21', to: '2029-03-20' });
    expect(grant.x).toBeCloseTo(79 / days, 10);
    expect(grant.x + grant.width).toBeCloseTo(810 / days, 10);
  });

  it('puts milestones at their due dates with their standing', () => {
    // 2027-03-31 is day 31 + 28 + 30 = 89 of the year.
    expect(model.lanes[0]!.diamonds.map((d) => [d.code, d.standing])).toEqual([
      ['M1', 'met'],
      ['M2', 'pending'],
    ]);
    expect(model.lanes[0]!.diamonds[0]!.x).toBeCloseTo(89 / days, 10);
  });

  it('marks a fired trigger where it fired and a waiting one at its deadline', () => {
    expect(model.lanes[0]!.triggerMarks.map((m) => [m.code, m.kind, m.on])).toEqual([
      ['T1', 'fired', '2027-03-20'],
      ['T2', 'deadline', '2027-06-30'],
    ]);
  });

  it('leaves out a today line outside the axis and keeps the as-of line inside', () => {
    expect(model.todayX).toBeNull();
    // 2027-04-01 is day 90.
    expect(model.asOfX).toBeCloseTo(90 / days, 10);
  });

  it('labels only quarters on an axis longer than two years', () => {
    const long = buildTimeline([{ ...lane, phases: [phase('p', 's1', '2027-01-01', '2029-12-31')], milestones: [], evaluation: evaluation('s1', 'c1', '2027-01-01') }], '2027-01-01', '2027-01-01')!;
    expect(long.ticks).toHaveLength(36);
    expect(long.ticks.filter((t) => t.labelled).map((t) => t.date.slice(5, 7))).toEqual(Array(3).fill(['01', '04', '07', '10']).flat());
  });

  it('has nothing to draw without dates', () => {
    expect(buildTimeline([{ ...lane, phases: [], milestones: [], evaluation: evaluation('s1', 'c1', '2027-01-01') }], '2027-01-01', '2027-01-01')).toBeNull();
  });

  it('writes month names through Intl, with the year on January', () => {
    expect(tickLabel({ date: '2027-01-01', x: 0, yearStart: true, labelled: true }, 'en')).toBe('Jan 2027');
    expect(tickLabel({ date: '2027-03-01', x: 0, yearStart: false, labelled: true }, 'ja')).toBe('3月');
  });

  it('keeps every bar inside the axis', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 800 }), (startOffset, length) => {
        const start = new Date(Date.UTC(2027, 0, 1) + startOffset * 86_400_000).toISOString().slice(0, 10);
        const end = new Date(Date.UTC(2027, 0, 1) + (startOffset + length) * 86_400_000).toISOString().slice(0, 10);
        const m = buildTimeline([{ ...lane, phases: [phase('p', 's1', start, end)], milestones: [], evaluation: evaluation('s1', 'c1', start) }], start, start)!;
        const bar = m.lanes[0]!.bars[0]!;
        expect(bar.x).toBeGreaterThanOrEqual(0);
        expect(bar.x + bar.width).toBeLessThanOrEqual(1 + 1e-12);
        expect(bar.width).toBeGreaterThan(0);
      }),
    );
  });
});
