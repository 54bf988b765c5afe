/**
 * The collision check (issue 6): exclusive or conditional rights of
 * different holders that overlap in territory × channel × segment × product
 * × time, within one deal-room or with partners in other deal-rooms, with
 * the exact overlap.
 *
 * What a room holds as of a date: every exclusive or conditional stretch of
 * its rights timeline (phases, the last one extended by extensions fired by
 * then, cut by reverts fired by then; grants of triggers fired by then), plus,
 * as conditional, the grants of triggers still waiting — from the earliest
 * day they could start (their own startsOn, else the day after the by-date,
 * else the day after the latest due date of their milestones) for their
 * months. Lapsed triggers hold nothing.
 */
import { candidateName } from '../domain/display-names';
import type { DealRoomDetail, Language } from '../domain/entities';
import type { ExternalCommitment, Milestone, Trigger, TriggerAction } from '../domain/terms';
import { translator } from '../i18n/translator';
import { addDays, lastDayOfMonths, monthOf, windowsOverlap } from './calendar-dates';
import { bilingual } from './right-sentences';
import { buildTermsTimeline } from './rights-timeline';
import { sheetRecords } from './evaluate-term-sheet';
import { describeScope, intersectScopes, normalizeScope } from './scope-sets';
import type { CalendarDate, Collision, Holder, Holding } from './terms-evaluation';

type RoomTerms = Pick<DealRoomDetail, 'candidates' | 'termSheets' | 'phases' | 'milestones' | 'triggers'>;

/** The day a waiting trigger's grant could start at the earliest. */
function earliestGrantStart(trigger: Trigger, action: Extract<TriggerAction, { kind: 'grant_exclusivity' }>, milestones: readonly Milestone[]): CalendarDate | null {
  if (action.startsOn !== null) return action.startsOn;
  if (trigger.condition.by !== null) return addDays(trigger.condition.by, 1);
  const listed = new Set(trigger.condition.milestoneIds);
  const dues = milestones.filter((m) => listed.has(m.id)).map((m) => m.dueOn);
  if (dues.length === 0) return null;
  return addDays(dues.reduce((a, b) => (a > b ? a : b)), 1);
}

/** This room's exclusive and conditional holdings as known on `asOf`, named by candidate in `lang`. */
export function roomHoldings(detail: RoomTerms, asOf: CalendarDate, lang: Language = 'en'): Holding[] {
  const candidates = new Map(detail.candidates.map((c) => [c.id, c]));
  const out: Holding[] = [];
  for (const sheet of detail.termSheets) {
    const c = candidates.get(sheet.candidateId);
    const holder: Holder = { kind: 'candidate', candidateId: sheet.candidateId, name: (c && candidateName(c, lang)) || sheet.candidateId };
    const records = sheetRecords(detail, sheet.id);
    const timeline = buildTermsTimeline(records, asOf);
    for (const s of timeline.segments) {
      if (s.exclusivity === 'none') continue;
      const source = s.origin.kind === 'phase' ? { kind: 'phase' as const, phaseId: s.origin.phase.id } : { kind: 'trigger' as const, triggerId: s.origin.fired.trigger.id };
      out.push({ holder, exclusivity: s.exclusivity, scope: s.scope, from: s.from, to: s.to, source });
    }
    for (const { trigger, state } of timeline.triggers) {
      if (state.status !== 'waiting') continue;
      for (const action of trigger.actions) {
        if (action.kind !== 'grant_exclusivity') continue;
        const from = earliestGrantStart(trigger, action, records.milestones);
        if (from === null) continue;
        out.push({
          holder,
          exclusivity: 'conditional',
          scope: normalizeScope(action.scope),
          from,
          to: lastDayOfMonths(from, action.months),
          source: { kind: 'trigger', triggerId: trigger.id },
        });
      }
    }
  }
  return out;
}

/** Rights held by partners in other deal-rooms, as holdings. */
export function externalHoldings(commitments: readonly ExternalCommitment[]): Holding[] {
  return commitments.map((c) => ({
    holder: { kind: 'external', dealRoomId: c.dealRoomId, dealRoomName: c.dealRoomName, candidateId: c.candidateId, name: c.candidateName },
    exclusivity: c.exclusivity,
    scope: normalizeScope(c.scope),
    from: c.from,
    to: c.to,
    source: null,
  }));
}

function holderKey(h: Holder): string {
  return h.kind === 'candidate' ? `candidate:${h.candidateId}` : `external:${h.dealRoomId}:${h.candidateId}`;
}

function holderText(h: Holding, lang: Language): string {
  const t = translator(lang);
  const exclusivity = t(`terms:collision.${h.exclusivity}`);
  return h.holder.kind === 'candidate'
    ? t('terms:collision.holder', { name: h.holder.name, exclusivity })
    : t('terms:collision.externalHolder', { name: h.holder.name, exclusivity, room: h.holder.dealRoomName });
}

function periodText(from: CalendarDate, to: CalendarDate, lang: Language): string {
  const [a, b] = [monthOf(from), monthOf(to)];
  return a === b ? a : translator(lang)('terms:collision.period', { from: a, to: b });
}

/**
 * Every pair of holdings of different holders whose scopes intersect and
 * whose windows share a day (inclusive: one ending 2027-06-30 and one
 * starting 2027-07-01 do not), with the exact overlap. A holder never
 * collides with itself. Ordered by the overlap's first day, then last day,
 * then the order of the holdings given.
 */
export function findCollisions(holdings: readonly Holding[]): Collision[] {
  const found: { collision: Collision; i: number; j: number }[] = [];
  for (const [i, a] of holdings.entries()) {
    for (const [j, b] of holdings.entries()) {
      if (j <= i || holderKey(a.holder) === holderKey(b.holder) || !windowsOverlap(a, b)) continue;
      const overlap = intersectScopes(a.scope, b.scope);
      if (overlap === null) continue;
      const from = a.from > b.from ? a.from : b.from;
      const to = a.to < b.to ? a.to : b.to;
      const sentence = bilingual((lang) =>
        translator(lang)('terms:collision.sentence', {
          scope: describeScope(overlap, lang),
          period: periodText(from, to, lang),
          a: holderText(a, lang),
          b: holderText(b, lang),
        }),
      );
      found.push({ collision: { a, b, overlap, from, to, sentence }, i, j });
    }
  }
  found.sort((x, y) => (x.collision.from < y.collision.from ? -1 : x.collision.from > y.collision.from ? 1 : 0) || (x.collision.to < y.collision.to ? -1 : x.collision.to > y.collision.to ? 1 : 0) || x.i - y.i || x.j - y.j);
  return found.map((f) => f.collision);
}
