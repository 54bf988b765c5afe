/**
 * Where milestones and trigger conditions stand as of a date (the contract is
 * in evaluate-term-sheet.ts's header). Kept apart from the rights so that the
 * editor can preview a condition without a whole sheet.
 */
import type { Milestone, TriggerCondition } from '../domain/terms';
import { addDays, earlier } from './calendar-dates';
import type { CalendarDate, MilestoneAsOf } from './terms-evaluation';

/**
 * A milestone as of `asOf`: a recorded outcome counts from its settledOn
 * (an outcome without a settledOn date is not counted); past the due date
 * with no outcome counted yet it is overdue from the day after dueOn.
 */
export function milestoneAsOf(m: Milestone, asOf: CalendarDate): MilestoneAsOf {
  if (m.status !== 'pending' && m.settledOn !== null && m.settledOn <= asOf) {
    return { milestoneId: m.id, code: m.code, standing: m.status, since: m.settledOn };
  }
  if (asOf > m.dueOn) return { milestoneId: m.id, code: m.code, standing: 'overdue', since: addDays(m.dueOn, 1) };
  return { milestoneId: m.id, code: m.code, standing: 'pending', since: null };
}

export interface ConditionState {
  status: 'fired' | 'waiting' | 'lapsed';
  firedOn: CalendarDate | null;
  /** Why it lapsed: its by-date passed, or too many milestones went the other way. */
  lapsedBecause: 'date' | 'impossible' | null;
  /** The milestones it reads (those that exist in the sheet), as of the date. */
  milestones: MilestoneAsOf[];
  /** Those that count toward the outcome by min(asOf, by), earliest first. */
  counting: MilestoneAsOf[];
  /** Those that can no longer count (missed, for `met`; met or waived, for `missed`). */
  blocking: MilestoneAsOf[];
  needed: number;
  /** Fired: the milestones that made it fire; waiting: those it still waits for; lapsed: those that stopped it (by date: those that did not count). */
  counted: MilestoneAsOf[];
}

function bySinceThenCode(a: MilestoneAsOf, b: MilestoneAsOf): number {
  return (a.since ?? '') < (b.since ?? '') ? -1 : (a.since ?? '') > (b.since ?? '') ? 1 : a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

/** How many of the listed milestones must reach the outcome. */
export function neededCount(condition: TriggerCondition, listed: number): number {
  if (condition.quantifier === 'all') return listed;
  if (condition.quantifier === 'any') return 1;
  return condition.k ?? 1;
}

/**
 * A condition as of `asOf`. A waiver excuses a milestone: it counts as met,
 * never as missed. Overdue never counts as missed: someone has to record the
 * outcome. Milestones the condition names but the sheet no longer has are
 * left out (so `all` of a deleted one can still fire on the rest).
 */
export function evaluateCondition(condition: TriggerCondition, sheetMilestones: readonly Milestone[], asOf: CalendarDate): ConditionState {
  const byId = new Map(sheetMilestones.map((m) => [m.id, m]));
  const listed = [...new Set(condition.milestoneIds)].map((id) => byId.get(id)).filter((m): m is Milestone => m !== undefined);
  const states = listed.map((m) => milestoneAsOf(m, asOf));
  const cutoff = condition.by === null ? asOf : earlier(asOf, condition.by);
  const counts = (s: MilestoneAsOf) =>
    s.since !== null && s.since <= cutoff && (condition.outcome === 'met' ? s.standing === 'met' || s.standing === 'waived' : s.standing === 'missed');
  const blocks = (s: MilestoneAsOf) =>
    condition.outcome === 'met' ? s.standing === 'missed' : s.standing === 'met' || s.standing === 'waived';
  const counting = states.filter(counts).sort(bySinceThenCode);
  const blocking = states.filter(blocks);
  const needed = neededCount(condition, states.length);
  const base = { milestones: states, counting, blocking, needed };

  if (states.length > 0 && counting.length >= needed) {
    const made = counting.slice(0, needed);
    return { ...base, status: 'fired', firedOn: made[made.length - 1]?.since ?? null, lapsedBecause: null, counted: made };
  }
  if (states.length === 0 || states.length - blocking.length < needed) {
    return { ...base, status: 'lapsed', firedOn: null, lapsedBecause: 'impossible', counted: blocking };
  }
  if (condition.by !== null && asOf > condition.by) {
    return { ...base, status: 'lapsed', firedOn: null, lapsedBecause: 'date', counted: states.filter((s) => !counting.includes(s)) };
  }
  return { ...base, status: 'waiting', firedOn: null, lapsedBecause: null, counted: states.filter((s) => !counting.includes(s) && !blocking.includes(s)) };
}
