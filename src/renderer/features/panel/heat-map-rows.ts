/**
 * The disagreement heat map as plain data: criteria down, grouped under
 * their pillar, compared candidates across, and in each cell the spread of
 * the evaluators' scores (max − min, SCORING.md "Aggregated scores") from
 * disagreementCells. Each cell also gets a band for the colour scale; the
 * band is decoration only, the flag and the number carry the meaning.
 */
import { candidateAltName, candidateName, labelName } from '../../../shared/domain/display-names';
import type { DealRoomDetail, Language } from '../../../shared/domain/entities';
import { engineInputFromDetail } from '../../../shared/engine/engine-input';
import { disagreementCells, type DisagreementCell } from '../../../shared/engine/panel-analysis';

/**
 * 0: fewer than two scores, nothing to compare; 1: close (under half the
 * threshold); 2: apart, but under the threshold; 3: at or above it
 * (flagged); 4: at or above one and a half times it.
 */
export type SpreadBand = 0 | 1 | 2 | 3 | 4;

export interface HeatCell extends DisagreementCell {
  band: SpreadBand;
  /** How many evaluators recorded dissent from the cell's consensus. */
  dissentCount: number;
}

export interface HeatColumn {
  candidateId: string;
  name: string;
  altName: string;
}

export type HeatRow =
  | { kind: 'pillar'; id: string; pillarId: string; label: string }
  | { kind: 'criterion'; id: string; criterionId: string; label: string; cells: HeatCell[] };

export interface HeatMap {
  columns: HeatColumn[];
  rows: HeatRow[];
  threshold: number;
  /** Flagged cells, and of those how many already have a consensus. */
  flagged: number;
  flaggedWithConsensus: number;
}

export function spreadBand(cell: Pick<DisagreementCell, 'count' | 'spread' | 'flagged'>, threshold: number): SpreadBand {
  if (cell.count < 2) return 0;
  if (cell.flagged) return cell.spread >= threshold * 1.5 ? 4 : 3;
  return cell.spread >= threshold / 2 ? 2 : 1;
}

export function buildHeatMap(detail: DealRoomDetail, lang: Language): HeatMap {
  const input = engineInputFromDetail(detail);
  const threshold = detail.dealRoom.disagreementThreshold;
  const byCell = new Map(disagreementCells(input, threshold).map((c) => [`${c.candidateId}|${c.criterionId}`, c]));
  const dissentCount = (candidateId: string, criterionId: string) =>
    detail.dissent.filter((d) => d.candidateId === candidateId && d.criterionId === criterionId).length;

  const candidates = input.candidates.map((c) => detail.candidates.find((x) => x.id === c.id)).filter((c) => c !== undefined);
  const columns = candidates.map((c) => ({ candidateId: c.id, name: candidateName(c, lang), altName: candidateAltName(c, lang) }));

  const rows: HeatRow[] = [];
  let flagged = 0;
  let flaggedWithConsensus = 0;
  for (const p of [...detail.pillars].sort((a, b) => a.sortOrder - b.sortOrder)) {
    const criteria = detail.criteria.filter((c) => c.pillarId === p.id).sort((a, b) => a.sortOrder - b.sortOrder);
    if (criteria.length === 0) continue;
    rows.push({ kind: 'pillar', id: `pillar:${p.id}`, pillarId: p.id, label: labelName(p, lang) });
    for (const criterion of criteria) {
      const cells = columns.map((col): HeatCell => {
        const found = byCell.get(`${col.candidateId}|${criterion.id}`);
        const cell: DisagreementCell = found ?? {
          candidateId: col.candidateId,
          criterionId: criterion.id,
          spread: 0,
          min: null,
          max: null,
          count: 0,
          flagged: false,
          hasConsensus: false,
        };
        if (cell.flagged) {
          flagged += 1;
          if (cell.hasConsensus) flaggedWithConsensus += 1;
        }
        return { ...cell, band: spreadBand(cell, threshold), dissentCount: dissentCount(col.candidateId, criterion.id) };
      });
      rows.push({ kind: 'criterion', id: `criterion:${criterion.id}`, criterionId: criterion.id, label: labelName(criterion, lang), cells });
    }
  }
  return { columns, rows, threshold, flagged, flaggedWithConsensus };
}
