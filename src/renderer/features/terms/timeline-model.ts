/**
 * The terms timeline as plain data: one shared time axis for every
 * candidate's lane, with phase bars, milestone diamonds at their due dates,
 * trigger markers, and the today and as-of lines. Positions are fractions of
 * the axis width (0 = first day shown, 1 = the end of the last day shown), so
 * the SVG can scale to any width. Dates are inclusive calendar days: a bar
 * ends at the end of its last day.
 */
import type { Language } from '../../../shared/domain/entities';
import type { Exclusivity, Milestone, Phase, Trigger } from '../../../shared/domain/terms';
import { addDays, addMonths } from '../../../shared/terms/calendar-dates';
import type { CalendarDate, MilestoneStanding, SheetEvaluation } from '../../../shared/terms/terms-evaluation';

export interface TimelineLaneInput {
  candidateId: string;
  name: string;
  phases: readonly Phase[];
  milestones: readonly Milestone[];
  triggers: readonly Trigger[];
  evaluation: SheetEvaluation;
}

export interface TimelineBar {
  phaseId: string;
  name: string;
  exclusivity: Exclusivity;
  startsOn: CalendarDate;
  endsOn: CalendarDate;
  x: number;
  width: number;
}

export interface TimelineDiamond {
  milestoneId: string;
  code: string;
  dueOn: CalendarDate;
  standing: MilestoneStanding;
  x: number;
}

/** A trigger on the axis: where it fired, or (still waiting) its deadline. */
export interface TimelineTriggerMark {
  triggerId: string;
  code: string;
  kind: 'fired' | 'deadline';
  on: CalendarDate;
  x: number;
}

/**
 * A right a trigger granted or changed, in force on the as-of date: it is
 * drawn under the phases so that replaying the deal shows exclusivity
 * appear (or fall back to non-exclusive) as milestones are met or missed.
 */
export interface TimelineGrant {
  triggerId: string;
  exclusivity: Exclusivity;
  from: CalendarDate;
  to: CalendarDate;
  x: number;
  width: number;
}

export interface TimelineLane {
  candidateId: string;
  name: string;
  bars: TimelineBar[];
  grants: TimelineGrant[];
  diamonds: TimelineDiamond[];
  triggerMarks: TimelineTriggerMark[];
}

export interface TimelineTick {
  /** First day of the month. */
  date: CalendarDate;
  x: number;
  /** January: the year is written on it. */
  yearStart: boolean;
  /** Whether the month name is written (every month on short axes, every quarter on long ones). */
  labelled: boolean;
}

export interface TimelineModel {
  from: CalendarDate;
  to: CalendarDate;
  ticks: TimelineTick[];
  lanes: TimelineLane[];
  /** Null when the day lies outside the axis. */
  todayX: number | null;
  asOfX: number | null;
}

const DAY_MS = 86_400_000;
const dayNumber = (date: CalendarDate) => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
const firstOfMonth = (date: CalendarDate) => `${date.slice(0, 7)}-01`;
const lastOfMonth = (date: CalendarDate) => addDays(addMonths(firstOfMonth(date), 1), -1);
/** Above two years, a label every month would crowd the axis: label quarters only. */
const MONTHLY_LABELS_UP_TO = 24;

function triggerRights(evaluation: SheetEvaluation) {
  return evaluation.rights.flatMap((r) => (r.kind === 'exclusivity' && r.source.kind === 'trigger' ? [{ ...r, triggerId: r.source.triggerId }] : []));
}

/**
 * The axis: whole months around every phase, due date and right granted by a
 * trigger (as of the date) of every lane; null when no lane has anything dated.
 */
export function buildTimeline(lanes: readonly TimelineLaneInput[], today: CalendarDate, asOf: CalendarDate): TimelineModel | null {
  const dates = lanes.flatMap((l) => [
    ...l.phases.flatMap((p) => [p.startsOn, p.endsOn]),
    ...l.milestones.map((m) => m.dueOn),
    ...triggerRights(l.evaluation).flatMap((r) => [r.from, r.to]),
  ]);
  if (dates.length === 0) return null;
  const sorted = [...dates].sort();
  const from = firstOfMonth(sorted[0]!);
  const to = lastOfMonth(sorted[sorted.length - 1]!);
  const start = dayNumber(from);
  const length = dayNumber(to) + 1 - start;
  /** Start of a day on the axis. */
  const x = (date: CalendarDate) => (dayNumber(date) - start) / length;
  const within = (date: CalendarDate) => (date >= from && date <= to ? x(date) : null);

  const months: CalendarDate[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) months.push(m);
  const monthly = months.length <= MONTHLY_LABELS_UP_TO;
  const ticks = months.map((date) => {
    const month = Number(date.slice(5, 7));
    return { date, x: x(date), yearStart: month === 1, labelled: monthly || (month - 1) % 3 === 0 };
  });

  return {
    from,
    to,
    ticks,
    todayX: within(today),
    asOfX: within(asOf),
    lanes: lanes.map((lane) => {
      const standing = new Map(lane.evaluation.milestones.map((m) => [m.milestoneId, m.standing]));
      const status = new Map(lane.evaluation.triggers.map((t) => [t.triggerId, t]));
      return {
        candidateId: lane.candidateId,
        name: lane.name,
        bars: [...lane.phases]
          .sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.sortOrder - b.sortOrder)
          .map((p) => ({
            phaseId: p.id,
            name: p.name,
            exclusivity: p.exclusivity,
            startsOn: p.startsOn,
            endsOn: p.endsOn,
            x: x(p.startsOn),
            width: x(addDays(p.endsOn, 1)) - x(p.startsOn),
          })),
        grants: triggerRights(lane.evaluation).map((r) => ({
          triggerId: r.triggerId,
          exclusivity: r.exclusivity,
          from: r.from,
          to: r.to,
          x: x(r.from),
          width: x(addDays(r.to, 1)) - x(r.from),
        })),
        diamonds: [...lane.milestones]
          .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.sortOrder - b.sortOrder)
          .map((m) => ({ milestoneId: m.id, code: m.code, dueOn: m.dueOn, standing: standing.get(m.id) ?? 'pending', x: x(m.dueOn) })),
        triggerMarks: lane.triggers.flatMap((t): TimelineTriggerMark[] => {
          const asOf = status.get(t.id);
          if (asOf?.status === 'fired' && asOf.firedOn) return [{ triggerId: t.id, code: t.code, kind: 'fired', on: asOf.firedOn, x: x(asOf.firedOn) }];
          if (asOf?.status === 'waiting' && t.condition.by) return [{ triggerId: t.id, code: t.code, kind: 'deadline', on: t.condition.by, x: x(t.condition.by) }];
          return [];
        }),
      };
    }),
  };
}

const monthFormats = new Map<string, Intl.DateTimeFormat>();

/** "Jan" / "1月", and "Jan 2027" / "2027年1月" on a year's first month; UTC so no time zone shifts the month. */
export function tickLabel(tick: TimelineTick, lang: Language): string {
  const key = `${lang}|${tick.yearStart}`;
  let format = monthFormats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = tick.yearStart ? { month: 'short', year: 'numeric', timeZone: 'UTC' } : { month: 'short', timeZone: 'UTC' };
    format = new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', options);
    monthFormats.set(key, format);
  }
  return format.format(new Date(`${tick.date}T00:00:00Z`));
}
