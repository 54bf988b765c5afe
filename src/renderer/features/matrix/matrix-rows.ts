/**
 * The comparison matrix as plain data, built from a deal-room and its
 * analysis: candidates as columns (ranked first, knocked out last, as the
 * engine orders them), criteria as rows grouped under a pillar row carrying
 * the pillar's share and each candidate's pillar score, then the footer rows
 * (weighted total, coverage, projected total, rank). Pure, so it is tested
 * without a browser; matrix-table.tsx only renders it. The evaluation panel
 * (issue 4) adds who dissented from a cell's consensus, and which evaluators
 * a candidate's column leaves out for a declared conflict of interest.
 */
import type { CandidateType, DealRoomDetail, Language } from '../../../shared/domain/entities';
import { collator } from '../../../shared/i18n/format';
import { candidateAltName, candidateName, labelName } from '../../../shared/domain/display-names';
import type { DealRoomAnalysis } from '../../../shared/engine/analyse-deal-room';
import { COMPARE_TOLERANCE, TIE_TOLERANCE } from '../../../shared/engine/tolerance';
import type { KnockoutState } from '../../../shared/engine/types';
import { flagSummaryOf, type CandidateFlagSummary } from '../../../shared/red-flags/candidate-flag-summary';

export interface MatrixColumn {
  candidateId: string;
  name: string;
  altName: string;
  type: CandidateType;
  rank: number | null;
  knockedOut: boolean;
  incomplete: boolean;
  /** Names of the evaluators whose scores of this candidate do not count: they declared a conflict of interest. */
  excludedEvaluators: string[];
  /** Open and confirmed red flags, and why a confirmed knock-out flag removed the candidate (issue 5). */
  flags: CandidateFlagSummary;
}

export interface MatrixCell {
  /** S'(a,c), null when unscored. */
  score: number | null;
  fromConsensus: boolean;
  spread: number;
  /** spread ≥ the room's disagreement threshold: shown beside the score. */
  notableSpread: boolean;
  count: number;
  penalty: number;
  /** The highest score of the row (ties all marked), when the row has a real difference. */
  best: boolean;
  /** For knock-out criteria: passed, failed or pending; null otherwise. */
  knockout: KnockoutState | null;
  /** Names of the evaluators who recorded dissent from the cell's consensus. */
  dissenters: string[];
}

export type MatrixRow =
  | { kind: 'pillar'; id: string; pillarId: string; label: string; altLabel: string; share: number; values: Record<string, number | null> }
  | {
      kind: 'criterion';
      id: string;
      criterionId: string;
      pillarId: string;
      label: string;
      altLabel: string;
      weight: number;
      passMark: number | null;
      cells: Record<string, MatrixCell>;
    }
  | { kind: 'total' | 'coverage' | 'projected'; id: string; values: Record<string, number | null> }
  | { kind: 'rank'; id: string; values: Record<string, number | null> };

export type FooterRow = Extract<MatrixRow, { kind: 'total' | 'coverage' | 'projected' | 'rank' }>;

export interface MatrixModel {
  columns: MatrixColumn[];
  /** Pillar rows, each followed by its criteria. */
  body: MatrixRow[];
  footer: FooterRow[];
}

function otherName(x: { nameEn: string; nameJa: string }, lang: Language): string {
  const main = labelName(x, lang);
  const alt = (lang === 'ja' ? x.nameEn : x.nameJa).trim();
  return alt && alt !== main ? alt : '';
}

/** Ids of the cells holding the row's best score; none when fewer than two are scored or all are equal. */
export function bestOfRow(scores: Record<string, number | null>): Set<string> {
  const scored = Object.entries(scores).filter((e): e is [string, number] => e[1] !== null);
  if (scored.length < 2) return new Set();
  const values = scored.map(([, v]) => v);
  const max = Math.max(...values);
  const min = Math.min(...values);
  if (max - min <= TIE_TOLERANCE) return new Set();
  return new Set(scored.filter(([, v]) => max - v <= TIE_TOLERANCE).map(([id]) => id));
}

export function buildMatrixModel(detail: DealRoomDetail, analysis: DealRoomAnalysis, lang: Language): MatrixModel {
  const { scoring } = analysis;
  const byId = new Map(detail.candidates.map((c) => [c.id, c]));
  const results = scoring.candidates.filter((r) => byId.has(r.candidateId));
  const byName = collator(lang);
  const evaluatorName = new Map(detail.evaluators.map((e) => [e.id, e.name]));
  const names = (evaluatorIds: string[]) => evaluatorIds.map((id) => evaluatorName.get(id) ?? id).sort((a, b) => byName.compare(a, b));
  const threshold = detail.dealRoom.disagreementThreshold;
  const columns: MatrixColumn[] = results.map((r) => {
    const c = byId.get(r.candidateId)!;
    return {
      candidateId: r.candidateId,
      name: candidateName(c, lang),
      altName: candidateAltName(c, lang),
      type: c.type,
      rank: r.rank,
      knockedOut: r.knockedOut,
      incomplete: r.incomplete,
      excludedEvaluators: names(detail.conflicts.filter((d) => d.candidateId === r.candidateId && d.status === 'conflict').map((d) => d.evaluatorId)),
      flags: flagSummaryOf(detail.flags, r.candidateId),
    };
  });
  const ids = columns.map((c) => c.candidateId);
  const perCandidate = <T,>(f: (id: string) => T): Record<string, T> => Object.fromEntries(ids.map((id) => [id, f(id)]));
  const resultOf = new Map(results.map((r) => [r.candidateId, r]));

  const body: MatrixRow[] = [];
  const pillars = [...detail.pillars].sort((a, b) => a.sortOrder - b.sortOrder);
  for (const p of pillars) {
    const criteria = detail.criteria.filter((c) => c.pillarId === p.id).sort((a, b) => a.sortOrder - b.sortOrder);
    if (criteria.length === 0) continue;
    body.push({
      kind: 'pillar',
      id: `pillar:${p.id}`,
      pillarId: p.id,
      label: labelName(p, lang),
      altLabel: otherName(p, lang),
      share: scoring.pillarShares[p.id] ?? 0,
      // A pillar with nothing scored yet shows a dash, not a subtotal of 0 that reads like a verdict.
      values: perCandidate((id) =>
        criteria.some((c) => scoring.cells[id]?.[c.id]?.score != null) ? (resultOf.get(id)?.pillarTotals[p.id] ?? null) : null,
      ),
    });
    for (const c of criteria) {
      const scores = perCandidate((id) => scoring.cells[id]?.[c.id]?.score ?? null);
      const best = bestOfRow(scores);
      body.push({
        kind: 'criterion',
        id: `criterion:${c.id}`,
        criterionId: c.id,
        pillarId: p.id,
        label: labelName(c, lang),
        altLabel: otherName(c, lang),
        weight: scoring.effectiveWeights[c.id] ?? 0,
        passMark: c.knockout ? c.passMark : null,
        cells: perCandidate((id) => {
          const cell = scoring.cells[id]?.[c.id];
          return {
            score: cell?.score ?? null,
            fromConsensus: cell?.fromConsensus ?? false,
            spread: cell?.spread ?? 0,
            // The same slack as the panel review's flag (panel-analysis.ts), so both mark the same cells.
            notableSpread: (cell?.spread ?? 0) >= threshold - COMPARE_TOLERANCE && (cell?.count ?? 0) >= 2,
            count: cell?.count ?? 0,
            penalty: cell && cell.score !== null ? cell.penalty : 0,
            best: best.has(id),
            knockout: c.knockout ? (resultOf.get(id)?.knockouts[c.id] ?? 'pending') : null,
            dissenters: names(detail.dissent.filter((d) => d.candidateId === id && d.criterionId === c.id).map((d) => d.evaluatorId)),
          };
        }),
      });
    }
  }

  const footer: FooterRow[] = [
    { kind: 'total', id: 'total', values: perCandidate((id) => resultOf.get(id)?.total ?? null) },
    { kind: 'coverage', id: 'coverage', values: perCandidate((id) => resultOf.get(id)?.coverage ?? null) },
    {
      kind: 'projected',
      id: 'projected',
      // Only meaningful while a candidate is incomplete; for complete ones it equals the total.
      values: perCandidate((id) => {
        const r = resultOf.get(id);
        return r && r.incomplete ? r.projected : null;
      }),
    },
    { kind: 'rank', id: 'rank', values: perCandidate((id) => resultOf.get(id)?.rank ?? null) },
  ];
  return { columns, body, footer };
}
