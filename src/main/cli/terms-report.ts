/**
 * The staged terms of a deal-room as of a date, as one JSON document: what
 * `terms --json` prints. Per candidate with a term sheet: the evaluation
 * (rights in force, triggers, milestones, conflicting actions), the term
 * risks, the terms summary with its exit difficulty; then the collisions
 * between the room's own candidates. Every sentence comes in English and
 * Japanese, as the engine gives it; the document is checked against its
 * schema before it is printed, so a change in the engine's shapes is caught
 * here rather than by whoever reads the file.
 */
import { z } from 'zod';
import { candidateName } from '../../shared/domain/display-names';
import type { DealRoomDetail, Language } from '../../shared/domain/entities';
import { Exclusivity, IncentiveTier, LegalReviewStatus, Scope } from '../../shared/domain/terms';
import { IsoDate } from '../../shared/domain/vetting';
import { findCollisions, roomHoldings } from '../../shared/terms/collisions';
import { evaluateRoomTerms, sheetRecords } from '../../shared/terms/evaluate-term-sheet';
import { reviewTermSheet } from '../../shared/terms/term-risks';
import { summarizeTerms } from '../../shared/terms/terms-summary';

const Bilingual = z.strictObject({ en: z.string(), ja: z.string() });
const RightSource = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('phase'), phaseId: z.string() }),
  z.strictObject({ kind: z.literal('trigger'), triggerId: z.string() }),
]);

const Right = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('exclusivity'), exclusivity: Exclusivity, scope: Scope, from: IsoDate, to: IsoDate, source: RightSource, sentence: Bilingual }),
  z.strictObject({ kind: z.literal('termination_right'), from: IsoDate, source: RightSource, sentence: Bilingual }),
  z.strictObject({ kind: z.literal('renewal_option'), months: z.number().int(), from: IsoDate, source: RightSource, sentence: Bilingual }),
  z.strictObject({ kind: z.literal('incentive_tier'), tier: IncentiveTier, from: IsoDate, source: RightSource, sentence: Bilingual }),
]);

const SheetEvaluation = z.strictObject({
  termSheetId: z.string(),
  candidateId: z.string(),
  asOf: IsoDate,
  milestones: z.array(
    z.strictObject({
      milestoneId: z.string(),
      code: z.string(),
      standing: z.enum(['pending', 'overdue', 'met', 'missed', 'waived']),
      since: IsoDate.nullable(),
    }),
  ),
  triggers: z.array(
    z.strictObject({
      triggerId: z.string(),
      code: z.string(),
      status: z.enum(['fired', 'waiting', 'lapsed']),
      firedOn: IsoDate.nullable(),
      counted: z.array(z.string()),
      sentence: Bilingual,
    }),
  ),
  rights: z.array(Right),
  termEndsOn: IsoDate.nullable(),
  conflicts: z.array(
    z.strictObject({ triggerIds: z.tuple([z.string(), z.string()]), on: IsoDate, scope: Scope.nullable(), sentence: Bilingual }),
  ),
});

const TermRisk = z.strictObject({
  rule: z.string(),
  severity: z.enum(['high', 'medium', 'low']),
  subject: z.string(),
  finding: Bilingual,
  remedy: Bilingual,
});

const ExitDifficulty = z.strictObject({
  score: z.number().min(0).max(100),
  band: z.enum(['low', 'moderate', 'high']),
  reasons: z.array(z.strictObject({ points: z.number(), text: Bilingual })),
});

const TermsSummary = z.strictObject({
  candidateId: z.string(),
  hasSheet: z.boolean(),
  pilotMonths: z.number().min(0).nullable(),
  firstExclusivity: z.strictObject({ on: IsoDate, text: Bilingual }).nullable(),
  milestoneCount: z.number().int().min(0),
  openRiskCount: z.number().int().min(0),
  exitDifficulty: ExitDifficulty.nullable(),
  reviewStatus: LegalReviewStatus.nullable(),
});

const Holding = z.strictObject({
  holder: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('candidate'), candidateId: z.string(), name: z.string() }),
    z.strictObject({ kind: z.literal('external'), dealRoomId: z.string(), dealRoomName: z.string(), candidateId: z.string(), name: z.string() }),
  ]),
  exclusivity: z.enum(['conditional', 'exclusive']),
  scope: Scope,
  from: IsoDate,
  to: IsoDate,
  source: RightSource.nullable(),
});

export const TermsReport = z.strictObject({
  dealRoom: z.strictObject({ id: z.string(), name: z.string() }),
  asOf: IsoDate,
  candidates: z.array(
    z.strictObject({
      candidateId: z.string(),
      name: z.string(),
      title: z.string(),
      reviewStatus: LegalReviewStatus,
      evaluation: SheetEvaluation,
      risks: z.array(TermRisk),
      summary: TermsSummary,
    }),
  ),
  collisions: z.array(z.strictObject({ a: Holding, b: Holding, overlap: Scope, from: IsoDate, to: IsoDate, sentence: Bilingual })),
});
export type TermsReport = z.infer<typeof TermsReport>;

/** The report for the candidates with a term sheet, in the room's candidate order; names in `lang`. */
export function buildTermsReport(detail: DealRoomDetail, asOf: string, lang: Language): TermsReport {
  const evaluations = new Map(evaluateRoomTerms(detail, asOf).map((e) => [e.termSheetId, e]));
  const sheets = new Map(detail.termSheets.map((s) => [s.candidateId, s]));
  const candidates = [...detail.candidates]
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .flatMap((c) => {
      const sheet = sheets.get(c.id);
      const evaluation = sheet && evaluations.get(sheet.id);
      if (!sheet || !evaluation) return [];
      return [
        {
          candidateId: c.id,
          name: candidateName(c, lang),
          title: sheet.title,
          reviewStatus: sheet.reviewStatus,
          evaluation,
          risks: reviewTermSheet(sheetRecords(detail, sheet.id), detail.flags.filter((f) => f.candidateId === c.id)),
          summary: summarizeTerms(detail, c.id, asOf),
        },
      ];
    });
  return TermsReport.parse({
    dealRoom: { id: detail.dealRoom.id, name: detail.dealRoom.name },
    asOf,
    candidates,
    collisions: findCollisions(roomHoldings(detail, asOf, lang)),
  });
}
