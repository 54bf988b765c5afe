/**
 * The printed comparison matrix as plain data: everything the sheet shows,
 * in both languages where a name or a sentence has two, computed once from a
 * deal-room and its analysis. The print document (React) only lays it out,
 * in the app's preview and in the main process's PDF alike, so both print
 * the same numbers; the snapshot id is a hash of exactly this data.
 */
import { labelName } from '../domain/display-names';
import type { CandidateType, DealRoomDetail, Language } from '../domain/entities';
import type { DealRoomAnalysis } from '../engine/analyse-deal-room';
import { runMonteCarlo } from '../engine/monte-carlo';
import { describeSensitivity } from '../engine/sensitivity-sentences';
import { COMPARE_TOLERANCE } from '../engine/tolerance';
import type { KnockoutState } from '../engine/types';
import type { TermsSummary } from '../terms/terms-evaluation';
import { summarizeTerms } from '../terms/terms-summary';
import type { PrintApprovals } from './print-approvals';
import { snapshotIdOf } from './snapshot-id';

/** The printed rank probabilities always come from this many draws with this seed, so a reprint shows the same shares. */
export const PRINT_DRAWS = 2_000;
export const PRINT_SEED = 1;

/** A name as the sheet prints it: English and Japanese (each falls back to the other when empty). */
export interface BilingualName {
  en: string;
  ja: string;
}

export interface PrintCandidate {
  id: string;
  name: BilingualName;
  type: CandidateType;
  rank: number | null;
  total: number;
  coverage: number;
  /** T / coverage, only for an incomplete candidate. */
  projected: number | null;
  incomplete: boolean;
  knockedOut: boolean;
  knockedOutByFlag: boolean;
  openFlags: number;
  confirmedFlags: number;
}

export interface PrintCell {
  /** S'(a,c) after penalties; null when unscored. */
  score: number | null;
  fromConsensus: boolean;
  /** Knock-out criteria only: passed, failed or pending. */
  knockout: KnockoutState | null;
  /** An evaluator recorded dissent from the cell's consensus (◆). */
  dissent: boolean;
  /** A confirmed red flag lowers this cell's score (▲). */
  flagged: boolean;
  /** The evaluators' scores differ by the room's disagreement threshold or more (~). */
  spread: boolean;
}

export interface PrintCriterion {
  id: string;
  name: BilingualName;
  /** e_c, fraction of the whole. */
  weight: number;
  /** Knock-out criteria only. */
  passMark: number | null;
  cells: Record<string, PrintCell>;
}

export interface PrintPillar {
  id: string;
  name: BilingualName;
  /** The pillar's share of the whole. */
  share: number;
  /** pillarT per candidate id, 0–100; null while nothing in the pillar is scored. */
  subtotals: Record<string, number | null>;
  criteria: PrintCriterion[];
}

export interface PrintProbabilities {
  draws: number;
  seed: number;
  /** Share of draws (0..1) in which each candidate ranked first, per candidate id. */
  first: Record<string, number>;
  knockedOut: Record<string, number>;
}

export interface PrintModel {
  title: string;
  productLine: string;
  targetMarket: string;
  /** The day printed (YYYY-MM-DD); the terms summary is judged as of this day. */
  printDate: string;
  /** Ranked first, knocked out last, as the engine orders them. */
  candidates: PrintCandidate[];
  pillars: PrintPillar[];
  sensitivity: Record<Language, string[]>;
  /** null when there is nothing to test (no leader with a challenger). */
  robust: boolean | null;
  probabilities: PrintProbabilities | null;
  /** One per candidate, in the candidates' order; empty when the room has no term sheets. */
  terms: TermsSummary[];
  /** The proposal whose decisions fill the approval boxes; null: the boxes print empty with their labels. */
  approvals: PrintApprovals | null;
  /** First 12 hex digits of the SHA-256 of the data above, less the print date (snapshot-id.ts). */
  snapshotId: string;
}

function bilingual(x: { nameEn: string; nameJa: string }): BilingualName {
  return { en: labelName(x, 'en'), ja: labelName(x, 'ja') };
}

export interface PrintModelInput {
  detail: DealRoomDetail;
  analysis: DealRoomAnalysis;
  printDate: string;
  /** The chosen proposal's stamps (print-approvals.ts); left out, the boxes print empty. */
  approvals?: PrintApprovals | null;
}

export function buildPrintModel({ detail, analysis, printDate, approvals = null }: PrintModelInput): PrintModel {
  const { scoring, sensitivity } = analysis;
  const byId = new Map(detail.candidates.map((c) => [c.id, c]));
  const results = scoring.candidates.filter((r) => byId.has(r.candidateId));
  const ids = results.map((r) => r.candidateId);
  const perCandidate = <T>(f: (id: string) => T): Record<string, T> => Object.fromEntries(ids.map((id) => [id, f(id)]));
  const threshold = detail.dealRoom.disagreementThreshold;

  const candidates: PrintCandidate[] = results.map((r) => {
    const c = byId.get(r.candidateId)!;
    const own = detail.flags.filter((f) => f.candidateId === r.candidateId);
    return {
      id: r.candidateId,
      // Company names: the Latin-letter name in English, the registered Japanese one in Japanese.
      name: { en: c.nameLatin.trim() || c.nameJa.trim(), ja: c.nameJa.trim() || c.nameLatin.trim() },
      type: c.type,
      rank: r.rank,
      total: r.total,
      coverage: r.coverage,
      projected: r.incomplete ? r.projected : null,
      incomplete: r.incomplete,
      knockedOut: r.knockedOut,
      knockedOutByFlag: r.knockedOutByFlag,
      openFlags: own.filter((f) => f.status === 'open').length,
      confirmedFlags: own.filter((f) => f.status === 'confirmed').length,
    };
  });

  const pillars: PrintPillar[] = [...detail.pillars]
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .flatMap((p) => {
      const criteria = detail.criteria.filter((c) => c.pillarId === p.id).sort((a, b) => a.sortOrder - b.sortOrder);
      if (criteria.length === 0) return [];
      const resultOf = new Map(results.map((r) => [r.candidateId, r]));
      return [
        {
          id: p.id,
          name: bilingual(p),
          share: scoring.pillarShares[p.id] ?? 0,
          // As on screen: a pillar with nothing scored shows a dash, not a subtotal of 0 that reads like a verdict.
          subtotals: perCandidate((id) =>
            criteria.some((c) => scoring.cells[id]?.[c.id]?.score != null) ? (resultOf.get(id)?.pillarTotals[p.id] ?? null) : null,
          ),
          criteria: criteria.map((c) => ({
            id: c.id,
            name: bilingual(c),
            weight: scoring.effectiveWeights[c.id] ?? 0,
            passMark: c.knockout ? c.passMark : null,
            cells: perCandidate((id): PrintCell => {
              const cell = scoring.cells[id]?.[c.id];
              return {
                score: cell?.score ?? null,
                fromConsensus: cell?.fromConsensus ?? false,
                knockout: c.knockout ? (resultOf.get(id)?.knockouts[c.id] ?? 'pending') : null,
                dissent: detail.dissent.some((d) => d.candidateId === id && d.criterionId === c.id),
                flagged: detail.flags.some((f) => f.candidateId === id && f.criterionId === c.id && f.status === 'confirmed'),
                // The same slack as the matrix screen, so both mark the same cells.
                spread: (cell?.spread ?? 0) >= threshold - COMPARE_TOLERANCE && (cell?.count ?? 0) >= 2,
              };
            }),
          })),
        },
      ];
    });

  const hasRun = scoring.activePillarIds.length > 0 && results.length > 0;
  const run = hasRun ? runMonteCarlo(analysis.input, { draws: PRINT_DRAWS, seed: PRINT_SEED }) : null;
  const probabilities: PrintProbabilities | null = run
    ? {
        draws: run.draws,
        seed: run.seed,
        first: Object.fromEntries(run.candidates.map((c) => [c.candidateId, c.firstShare])),
        knockedOut: Object.fromEntries(run.candidates.map((c) => [c.candidateId, c.knockedOutShare])),
      }
    : null;

  // Terms as they stand on the print date; a room with no term sheet at all prints no terms section.
  const terms = detail.termSheets.length > 0 ? ids.map((id) => summarizeTerms(detail, id, printDate)) : [];

  const body = {
    title: detail.dealRoom.name,
    productLine: detail.dealRoom.productLine,
    targetMarket: detail.dealRoom.targetMarket,
    candidates,
    pillars,
    sensitivity: { en: describeSensitivity(analysis, detail, 'en'), ja: describeSensitivity(analysis, detail, 'ja') },
    robust: sensitivity.leaderId !== null && sensitivity.runnerUpId !== null ? sensitivity.robust : null,
    probabilities,
    terms,
    approvals,
  };
  return { ...body, printDate, snapshotId: snapshotIdOf(printedData(body, ids)) };
}

/**
 * What the sheet shows, without the store's ids (which no reader sees and
 * which differ between two copies of the same room): per-candidate values
 * become lists in the printed column order.
 */
function printedData(body: Omit<PrintModel, 'printDate' | 'snapshotId'>, ids: readonly string[]): unknown {
  const inOrder = <T>(values: Record<string, T>) => ids.map((id) => values[id] ?? null);
  return {
    ...body,
    candidates: body.candidates.map(({ id: _id, ...printed }) => printed),
    pillars: body.pillars.map((p) => ({
      name: p.name,
      share: p.share,
      subtotals: inOrder(p.subtotals),
      criteria: p.criteria.map((c) => ({ name: c.name, weight: c.weight, passMark: c.passMark, cells: inOrder(c.cells) })),
    })),
    probabilities: body.probabilities && {
      draws: body.probabilities.draws,
      seed: body.probabilities.seed,
      first: inOrder(body.probabilities.first),
      knockedOut: inOrder(body.probabilities.knockedOut),
    },
    terms: body.terms.map(({ candidateId: _id, ...printed }) => printed),
    // The stamps are covered as printed (names, states, dates, words; not the profiles' ids). Without a
    // proposal nothing is added, so a sheet with empty boxes keeps the id it had before stamps existed.
    approvals: body.approvals ? { ...body.approvals, stamps: body.approvals.stamps.map(({ approverId: _id, ...printed }) => printed) } : undefined,
  };
}
