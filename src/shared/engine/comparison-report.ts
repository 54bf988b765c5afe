/**
 * The comparison as one JSON document: what `compare --json` prints, and
 * what anything outside the app may read. Numbers are raw and unrounded
 * (rounding is for display only); the sentences are in the requested language.
 */
import { z } from 'zod';
import { Confidence, Language, type DealRoomDetail } from '../domain/entities';
import { analyseDealRoom } from './analyse-deal-room';
import { describeSensitivity } from './sensitivity-sentences';
import type { WeightThreshold } from './types';

const Fraction = z.number().min(0).max(1);
const Points = z.number().min(0).max(100);
const KnockoutState = z.enum(['passed', 'failed', 'pending']);

const ReportThreshold = z.object({
  targetId: z.string(),
  current: Fraction,
  /** null: no change of this weight alone can change the winner. */
  crossing: z
    .object({
      challengerId: z.string(),
      threshold: Fraction,
      change: z.number().min(-1).max(1),
      relativeChange: z.number(),
    })
    .nullable(),
});

const ReportCell = z
  .object({
    /** S' after penalties. */
    score: z.number().min(0).max(5),
    /** S before penalties. */
    raw: z.number().min(0).max(5),
    penalty: z.number().min(0),
    spread: z.number().min(0).max(5),
    count: z.number().int().min(0),
    fromConsensus: z.boolean(),
    lowestConfidence: Confidence.nullable(),
  })
  .nullable();

export const ComparisonReport = z.object({
  dealRoom: z.object({ id: z.string(), name: z.string() }),
  language: Language,
  /** In ranking order: ranked by total, then the knocked out. */
  candidates: z.array(
    z.object({
      id: z.string(),
      name: z.object({ ja: z.string(), latin: z.string() }),
      rank: z.number().int().min(1).nullable(),
      total: Points,
      coverage: Fraction,
      projected: Points.nullable(),
      incomplete: z.boolean(),
      knockedOut: z.boolean(),
      knockedOutByFlag: z.boolean(),
      /** Knock-out state per knock-out criterion id. */
      knockouts: z.record(z.string(), KnockoutState),
      /** The pillar's own 0–100 per pillar id. */
      pillarTotals: z.record(z.string(), Points),
    }),
  ),
  pillars: z.array(
    z.object({
      id: z.string(),
      name: z.object({ en: z.string(), ja: z.string() }),
      /** The raw weight as entered. */
      weight: z.number().min(0),
      active: z.boolean(),
      /** Share of the whole, 0 when inactive. */
      share: Fraction,
    }),
  ),
  criteria: z.array(
    z.object({
      id: z.string(),
      name: z.object({ en: z.string(), ja: z.string() }),
      pillarId: z.string(),
      /** The raw weight as entered, relative inside its pillar. */
      weight: z.number().min(0),
      effectiveWeight: Fraction,
      knockout: z.boolean(),
      passMark: z.number().min(0).max(5),
    }),
  ),
  /** scores[candidateId][criterionId]; null when unscored. */
  scores: z.record(z.string(), z.record(z.string(), ReportCell)),
  sensitivity: z.object({
    leaderId: z.string().nullable(),
    runnerUpId: z.string().nullable(),
    leadMargin: Points.nullable(),
    margin: Fraction,
    robust: z.boolean(),
    criteria: z.array(ReportThreshold),
    pillars: z.array(ReportThreshold),
    mostCriticalCriterion: ReportThreshold.nullable(),
    mostCriticalPillar: ReportThreshold.nullable(),
  }),
  sentences: z.array(z.string()),
});
export type ComparisonReport = z.infer<typeof ComparisonReport>;

function copyThreshold(t: WeightThreshold): z.infer<typeof ReportThreshold> {
  return { targetId: t.targetId, current: t.current, crossing: t.crossing ? { ...t.crossing } : null };
}

export function buildComparisonReport(detail: DealRoomDetail, lang: Language): ComparisonReport {
  const analysis = analyseDealRoom(detail);
  const { input, scoring, sensitivity } = analysis;
  const candidates = new Map(detail.candidates.map((c) => [c.id, c]));
  const pillars = new Map(detail.pillars.map((p) => [p.id, p]));
  const criteria = new Map(detail.criteria.map((c) => [c.id, c]));
  const active = new Set(scoring.activePillarIds);

  const scores: ComparisonReport['scores'] = {};
  for (const c of input.candidates) {
    const row: Record<string, z.infer<typeof ReportCell>> = {};
    for (const criterion of input.criteria) {
      const cell = scoring.cells[c.id]?.[criterion.id];
      row[criterion.id] =
        cell && cell.score !== null && cell.raw !== null
          ? {
              score: cell.score,
              raw: cell.raw,
              penalty: cell.penalty,
              spread: cell.spread,
              count: cell.count,
              fromConsensus: cell.fromConsensus,
              lowestConfidence: cell.lowestConfidence,
            }
          : null;
    }
    scores[c.id] = row;
  }

  const report: ComparisonReport = {
    dealRoom: { id: detail.dealRoom.id, name: detail.dealRoom.name },
    language: lang,
    candidates: scoring.candidates.map((r) => {
      const c = candidates.get(r.candidateId);
      return {
        id: r.candidateId,
        name: { ja: c?.nameJa ?? '', latin: c?.nameLatin ?? '' },
        rank: r.rank,
        total: r.total,
        coverage: r.coverage,
        projected: r.projected,
        incomplete: r.incomplete,
        knockedOut: r.knockedOut,
        knockedOutByFlag: r.knockedOutByFlag,
        knockouts: { ...r.knockouts },
        pillarTotals: { ...r.pillarTotals },
      };
    }),
    pillars: input.pillars.map((p) => {
      const source = pillars.get(p.id);
      return {
        id: p.id,
        name: { en: source?.nameEn ?? '', ja: source?.nameJa ?? '' },
        weight: p.weight,
        active: active.has(p.id),
        share: scoring.pillarShares[p.id] ?? 0,
      };
    }),
    criteria: input.criteria.map((c) => {
      const source = criteria.get(c.id);
      return {
        id: c.id,
        name: { en: source?.nameEn ?? '', ja: source?.nameJa ?? '' },
        pillarId: c.pillarId,
        weight: c.weight,
        effectiveWeight: scoring.effectiveWeights[c.id] ?? 0,
        knockout: c.knockout,
        passMark: c.passMark,
      };
    }),
    scores,
    sensitivity: {
      leaderId: sensitivity.leaderId,
      runnerUpId: sensitivity.runnerUpId,
      leadMargin: sensitivity.leadMargin,
      margin: sensitivity.margin,
      robust: sensitivity.robust,
      criteria: sensitivity.criteria.map(copyThreshold),
      pillars: sensitivity.pillars.map(copyThreshold),
      mostCriticalCriterion: sensitivity.mostCriticalCriterion && copyThreshold(sensitivity.mostCriticalCriterion),
      mostCriticalPillar: sensitivity.mostCriticalPillar && copyThreshold(sensitivity.mostCriticalPillar),
    },
    sentences: describeSensitivity(analysis, detail, lang),
  };
  // The report leaves the app: check it against its own schema, so a broken
  // number (NaN, out of range) fails here rather than in a reader's tool.
  return ComparisonReport.parse(report);
}
