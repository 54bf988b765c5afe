/**
 * Properties of the as-of evaluation over random term sheets (fast-check):
 * what must hold whatever the sheet says.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Milestone, Phase, Scope, Trigger, TriggerAction } from '../domain/terms';
import { addDays } from './calendar-dates';
import { evaluateTermSheet } from './evaluate-term-sheet';
import type { SheetRecords } from './rights-timeline';
import { milestoneOf, phaseOf, scope, termSheet, triggerOf } from './testing/term-sheet-builders';
import type { Right } from './terms-evaluation';

const S = 'sheet-a';
const BASE = '2027-01-01';
const day = (offset: number) => addDays(BASE, offset);
const offset = fc.integer({ min: 0, max: 900 });

const scopes: Scope[] = [scope(['JP-R-kinki']), scope(['JP-27'], ['hospitals']), scope(['JP-R-kanto', 'JP-27'], ['hospitals', 'clinics']), scope(['JP'])];
const arbScope = fc.constantFrom(...scopes);

const arbPhase = (i: number): fc.Arbitrary<Phase> =>
  fc.record({ start: offset, length: fc.integer({ min: 0, max: 400 }), exclusivity: fc.constantFrom('none', 'conditional', 'exclusive' as const), s: arbScope }).map((p) =>
    phaseOf(S, { id: `p${i}`, startsOn: day(p.start), endsOn: day(p.start + p.length), exclusivity: p.exclusivity, scope: p.s, sortOrder: i }),
  );

const arbMilestone = (i: number): fc.Arbitrary<Milestone> =>
  fc.record({ due: offset, status: fc.constantFrom('pending', 'met', 'missed', 'waived' as const), settled: offset }).map((m) =>
    milestoneOf(S, { id: `m${i}`, dueOn: day(m.due), status: m.status, settledOn: m.status === 'pending' ? null : day(m.settled), sortOrder: i }),
  );

const arbAction: fc.Arbitrary<TriggerAction> = fc.oneof(
  fc.record({ s: arbScope, months: fc.integer({ min: 1, max: 36 }), start: fc.option(offset, { nil: null }) }).map(
    (a): TriggerAction => ({ kind: 'grant_exclusivity', scope: a.s, months: a.months, startsOn: a.start === null ? null : day(a.start) }),
  ),
  fc.integer({ min: 1, max: 24 }).map((months): TriggerAction => ({ kind: 'extend_term', months })),
  fc.option(arbScope, { nil: null }).map((s): TriggerAction => ({ kind: 'revert_non_exclusive', scope: s })),
  fc.constant<TriggerAction>({ kind: 'termination_right' }),
  fc.integer({ min: 1, max: 24 }).map((months): TriggerAction => ({ kind: 'renewal_option', months })),
  fc.constantFrom('base', 'stretch', 'exceed' as const).map((tier): TriggerAction => ({ kind: 'incentive_tier', tier })),
);

const arbTrigger = (i: number, milestoneCount: number): fc.Arbitrary<Trigger> =>
  fc
    .record({
      ids: fc.subarray(
        Array.from({ length: milestoneCount }, (_, j) => `m${j}`),
        { minLength: 1 },
      ),
      quantifier: fc.constantFrom('all', 'any', 'at_least' as const),
      outcome: fc.constantFrom('met', 'missed' as const),
      by: fc.option(offset, { nil: null }),
      k: fc.integer({ min: 1, max: 5 }),
      actions: fc.array(arbAction, { minLength: 1, maxLength: 3 }),
    })
    .map((t) =>
      triggerOf(
        S,
        `t${i}`,
        {
          quantifier: t.quantifier,
          outcome: t.outcome,
          milestoneIds: t.ids,
          by: t.by === null ? null : day(t.by),
          k: t.quantifier === 'at_least' ? Math.min(t.k, t.ids.length) : null,
        },
        t.actions,
        i,
      ),
    );

const arbSheet: fc.Arbitrary<SheetRecords> = fc
  .record({ phaseCount: fc.integer({ min: 0, max: 3 }), milestoneCount: fc.integer({ min: 1, max: 5 }), triggerCount: fc.integer({ min: 0, max: 3 }) })
  .chain(({ phaseCount, milestoneCount, triggerCount }) =>
    fc.record({
      phases: fc.tuple(...Array.from({ length: phaseCount }, (_, i) => arbPhase(i))),
      milestones: fc.tuple(...Array.from({ length: milestoneCount }, (_, i) => arbMilestone(i))),
      triggers: fc.tuple(...Array.from({ length: triggerCount }, (_, i) => arbTrigger(i, milestoneCount))),
    }),
  )
  .map((r) => ({ sheet: termSheet(S), phases: [...r.phases], milestones: [...r.milestones], triggers: [...r.triggers] }));

/** A right without its sentence: what it grants, where and when. */
const substance = (rights: Right[]) => rights.map(({ sentence: _sentence, ...rest }) => rest);

describe('as-of evaluation (properties)', () => {
  it('as of a date before every due date, settled date and phase start, grants nothing and fires nothing', () => {
    fc.assert(
      fc.property(arbSheet, fc.integer({ min: 1, max: 400 }), (records, before) => {
        const dates = [
          ...records.milestones.flatMap((m) => [m.dueOn, ...(m.settledOn ? [m.settledOn] : [])]),
          ...records.phases.map((p) => p.startsOn),
        ];
        const earliest = dates.reduce((a, b) => (a < b ? a : b));
        const e = evaluateTermSheet(records, addDays(earliest, -before));
        expect(e.rights).toEqual([]);
        expect(e.triggers.filter((t) => t.status === 'fired')).toEqual([]);
        expect(e.milestones.every((m) => m.standing === 'pending')).toBe(true);
      }),
    );
  });

  it('adding a milestone met on or after an "any of" trigger fired changes none of the rights', () => {
    fc.assert(
      fc.property(arbSheet, offset, fc.array(arbAction, { minLength: 1, maxLength: 3 }), fc.nat(), (records, asOfOffset, actions, pick) => {
        const asOf = day(asOfOffset);
        const ids = records.milestones.map((m) => m.id);
        const anyOf = triggerOf(S, 'tany', { quantifier: 'any', outcome: 'met', milestoneIds: ids, by: null, k: null }, actions, 9);
        const base = { ...records, triggers: [...records.triggers, anyOf] };
        const before = evaluateTermSheet(base, asOf);
        const fired = before.triggers.find((t) => t.triggerId === 'tany');
        if (fired?.status !== 'fired' || fired.firedOn === null) return;
        // The new milestone is met some day between the firing and the as-of date.
        const span = Math.round((Date.parse(asOf) - Date.parse(fired.firedOn)) / 86_400_000);
        const settledOn = addDays(fired.firedOn, pick % (span + 1));
        const extra = milestoneOf(S, { id: 'mnew', code: 'MX', dueOn: settledOn, status: 'met', settledOn, sortOrder: 99 });
        const after = evaluateTermSheet(
          { ...base, milestones: [...base.milestones, extra], triggers: [...records.triggers, { ...anyOf, condition: { ...anyOf.condition, milestoneIds: [...ids, 'mnew'] } }] },
          asOf,
        );
        expect(after.triggers.find((t) => t.triggerId === 'tany')).toMatchObject({ status: 'fired', firedOn: fired.firedOn });
        expect(substance(after.rights)).toEqual(substance(before.rights));
      }),
    );
  });

  it('adding a milestone already met never stops an "any of" trigger from firing, nor makes it fire later', () => {
    fc.assert(
      fc.property(arbSheet, offset, offset, fc.option(offset, { nil: null }), (records, asOfOffset, settledOffset, byOffset) => {
        const asOf = day(asOfOffset);
        const settledOn = day(Math.min(settledOffset, asOfOffset));
        const by = byOffset === null ? null : day(byOffset);
        const ids = records.milestones.map((m) => m.id);
        const anyOf = triggerOf(S, 'tany', { quantifier: 'any', outcome: 'met', milestoneIds: ids, by, k: null }, [{ kind: 'termination_right' }], 9);
        const before = evaluateTermSheet({ ...records, triggers: [anyOf] }, asOf).triggers[0]!;
        const extra = milestoneOf(S, { id: 'mnew', dueOn: settledOn, status: 'met', settledOn, sortOrder: 99 });
        const grown = { ...anyOf, condition: { ...anyOf.condition, milestoneIds: [...ids, 'mnew'] } };
        const after = evaluateTermSheet({ ...records, milestones: [...records.milestones, extra], triggers: [grown] }, asOf).triggers[0]!;
        if (before.status === 'fired') {
          expect(after.status).toBe('fired');
          expect(after.firedOn! <= before.firedOn!).toBe(true);
        }
        // Met by the by-date (or with none), it fires by itself.
        if (by === null || settledOn <= by) expect(after.status).toBe('fired');
      }),
    );
  });
});
