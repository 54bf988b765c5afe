/**
 * Exit difficulty (issue 6, "Term-risk review"): how hard it would be to leave
 * this partner if the deal were signed as drafted, from 0 (easy) to 100 (very
 * hard), with the reasons that make it so. It reads only the clause facts and
 * the phases' exclusivity, never the milestones' outcomes: it judges the
 * contract, not how the partner is doing.
 *
 * Points (added up, then capped at 100):
 *
 * | what the terms say                                        | points                     |
 * | --------------------------------------------------------- | -------------------------- |
 * | registration held by the partner, no transfer clause      | +35                        |
 * | registration held by the partner, transfer clause         | +10                        |
 * | registration held by a third party, no transfer clause    | +20                        |
 * | registration held by a third party, transfer clause       | +10                        |
 * | customer data owned by the partner                        | +20                        |
 * | customer data shared                                      | +10                        |
 * | no exit (transition) assistance                           | +10                        |
 * | no inventory buy-back                                     | +10                        |
 * | notice period above 3 months                              | +2 per month above 3, ≤ 15 |
 * | non-compete after the end                                 | +1 per month, ≤ 10         |
 * | some phase exclusive                                      | +10                        |
 * | otherwise some phase conditional                          | +5                         |
 *
 * A registration that is not needed, or held by the principal, adds nothing
 * (the transfer clause is then moot). Bands: low < 34 ≤ moderate < 67 ≤ high.
 *
 * Every protective clause only ever takes points away, so turning one off
 * (or lengthening notice or non-compete, or raising exclusivity) never lowers
 * the score: the property test in exit-difficulty.test.ts holds it to that.
 */
import type { Phase, TermSheet } from '../domain/terms';
import { inBothLanguages, type Bilingual } from './bilingual-text';
import type { ExitDifficulty } from './terms-evaluation';

export const EXIT_POINTS = {
  registrationPartner: 35,
  registrationPartnerTransfer: 10,
  registrationThirdParty: 20,
  registrationThirdPartyTransfer: 10,
  customerDataPartner: 20,
  customerDataShared: 10,
  noExitAssistance: 10,
  noInventoryBuyBack: 10,
  /** Notice up to this many months is usual and adds nothing. */
  usualNoticeMonths: 3,
  perNoticeMonth: 2,
  noticeCap: 15,
  perNonCompeteMonth: 1,
  nonCompeteCap: 10,
  exclusivePhase: 10,
  conditionalPhase: 5,
} as const;

export const EXIT_BAND_MODERATE_FROM = 34;
export const EXIT_BAND_HIGH_FROM = 67;

interface Reason {
  points: number;
  text: Bilingual;
}

function registrationReason(sheet: TermSheet): Reason | null {
  const { registrationHolder, registrationTransfer } = sheet.clauses;
  if (registrationHolder === 'partner') {
    return registrationTransfer
      ? { points: EXIT_POINTS.registrationPartnerTransfer, text: inBothLanguages((t) => t('termRisks:exit.registrationPartnerTransfer')) }
      : { points: EXIT_POINTS.registrationPartner, text: inBothLanguages((t) => t('termRisks:exit.registrationPartner')) };
  }
  if (registrationHolder === 'third_party') {
    return registrationTransfer
      ? { points: EXIT_POINTS.registrationThirdPartyTransfer, text: inBothLanguages((t) => t('termRisks:exit.registrationThirdPartyTransfer')) }
      : { points: EXIT_POINTS.registrationThirdParty, text: inBothLanguages((t) => t('termRisks:exit.registrationThirdParty')) };
  }
  return null;
}

function customerDataReason(sheet: TermSheet): Reason | null {
  switch (sheet.clauses.customerDataOwner) {
    case 'partner':
      return { points: EXIT_POINTS.customerDataPartner, text: inBothLanguages((t) => t('termRisks:exit.customerDataPartner')) };
    case 'shared':
      return { points: EXIT_POINTS.customerDataShared, text: inBothLanguages((t) => t('termRisks:exit.customerDataShared')) };
    case 'principal':
      return null;
  }
}

function noticeReason(sheet: TermSheet): Reason | null {
  const months = sheet.clauses.noticePeriodMonths;
  const extra = months - EXIT_POINTS.usualNoticeMonths;
  if (extra <= 0) return null;
  return {
    points: Math.min(EXIT_POINTS.noticeCap, extra * EXIT_POINTS.perNoticeMonth),
    text: inBothLanguages((t) => t('termRisks:exit.notice', { months, extra })),
  };
}

function nonCompeteReason(sheet: TermSheet): Reason | null {
  const months = sheet.clauses.nonCompeteMonths;
  if (months <= 0) return null;
  return {
    points: Math.min(EXIT_POINTS.nonCompeteCap, months * EXIT_POINTS.perNonCompeteMonth),
    text: inBothLanguages((t) => t('termRisks:exit.nonCompete', { count: months })),
  };
}

/** The strongest exclusivity among the phases, named by the first phase (by start) that has it. */
function exclusivityReason(phases: readonly Phase[]): Reason | null {
  const byStart = [...phases].sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.sortOrder - b.sortOrder);
  const exclusive = byStart.find((p) => p.exclusivity === 'exclusive');
  if (exclusive) {
    return { points: EXIT_POINTS.exclusivePhase, text: inBothLanguages((t) => t('termRisks:exit.exclusivePhase', { phase: exclusive.name })) };
  }
  const conditional = byStart.find((p) => p.exclusivity === 'conditional');
  if (conditional) {
    return { points: EXIT_POINTS.conditionalPhase, text: inBothLanguages((t) => t('termRisks:exit.conditionalPhase', { phase: conditional.name })) };
  }
  return null;
}

export function exitBand(score: number): ExitDifficulty['band'] {
  if (score >= EXIT_BAND_HIGH_FROM) return 'high';
  if (score >= EXIT_BAND_MODERATE_FROM) return 'moderate';
  return 'low';
}

export function exitDifficulty(sheet: TermSheet, phases: Phase[]): ExitDifficulty {
  const { clauses } = sheet;
  const candidates: (Reason | null)[] = [
    registrationReason(sheet),
    customerDataReason(sheet),
    clauses.exitAssistance ? null : { points: EXIT_POINTS.noExitAssistance, text: inBothLanguages((t) => t('termRisks:exit.noExitAssistance')) },
    clauses.inventoryBuyBack ? null : { points: EXIT_POINTS.noInventoryBuyBack, text: inBothLanguages((t) => t('termRisks:exit.noInventoryBuyBack')) },
    noticeReason(sheet),
    nonCompeteReason(sheet),
    // Only this sheet's phases count, even if a caller passes the room's.
    exclusivityReason(phases.filter((p) => p.termSheetId === sheet.id)),
  ];
  // Most points first; equal points keep the table's order (sort is stable).
  const reasons = candidates.filter((r): r is Reason => r !== null).sort((a, b) => b.points - a.points);
  const score = Math.min(100, reasons.reduce((sum, r) => sum + r.points, 0));
  return { score, band: exitBand(score), reasons };
}
