/**
 * The terms of one candidate in a few figures, for the comparison matrix's
 * terms section and the printed matrix (issue 6, "Views"): pilot length,
 * when exclusivity can first start and on what conditions, how many
 * milestones, how many risks the review finds, how hard an exit would be, and
 * where legal's review stands.
 *
 * - pilotMonths: the first phase (by start) without exclusivity, from its
 *   start to the day after its end, in calendar months rounded to whole ones
 *   (term-months.ts); null when every phase is exclusive or conditional.
 * - firstExclusivity: first-exclusivity.ts, as of `asOf`.
 * - openRiskCount: every risk reviewTermSheet finds with the candidate's red
 *   flags (the review has no notion of a risk accepted; a risk goes away when
 *   the terms change).
 * A candidate without a term sheet: hasSheet false, nulls and zeros.
 */
import type { DealRoomDetail } from '../domain/entities';
import { sheetRecords } from './evaluate-term-sheet';
import { exitDifficulty } from './exit-difficulty';
import { firstExclusivity } from './first-exclusivity';
import { monthsBetween, nextDay } from './term-months';
import { phasesByStart } from './term-risk-rule';
import { reviewTermSheet } from './term-risks';
import type { CalendarDate, TermsSummary } from './terms-evaluation';

export function summarizeTerms(detail: DealRoomDetail, candidateId: string, asOf: CalendarDate): TermsSummary {
  const sheet = detail.termSheets.find((s) => s.candidateId === candidateId);
  if (!sheet) {
    return {
      candidateId,
      hasSheet: false,
      pilotMonths: null,
      firstExclusivity: null,
      milestoneCount: 0,
      openRiskCount: 0,
      exitDifficulty: null,
      reviewStatus: null,
    };
  }
  const records = sheetRecords(detail, sheet.id);
  const pilot = phasesByStart(records.phases).find((p) => p.exclusivity === 'none');
  const flags = detail.flags.filter((f) => f.candidateId === candidateId);
  return {
    candidateId,
    hasSheet: true,
    pilotMonths: pilot ? Math.round(monthsBetween(pilot.startsOn, nextDay(pilot.endsOn))) : null,
    firstExclusivity: firstExclusivity(records, asOf),
    milestoneCount: records.milestones.length,
    openRiskCount: reviewTermSheet(records, flags).length,
    exitDifficulty: exitDifficulty(sheet, records.phases),
    reviewStatus: sheet.reviewStatus,
  };
}
