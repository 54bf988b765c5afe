/**
 * The sensitivity tornado as plain data: per criterion, how far its weight
 * must move for a challenger to overtake the leader (SCORING.md,
 * "Sensitivity": x* − e_k, in percentage points), closest call first. Bars go
 * left when the weight would have to fall and right when it would have to
 * rise; criteria no single change of weight can flip are listed apart.
 */
import type { DealRoomDetail, Language } from '../../../shared/domain/entities';
import { candidateName, labelName } from '../../../shared/domain/display-names';
import { COMPARE_TOLERANCE } from '../../../shared/engine/tolerance';
import type { SensitivityResult } from '../../../shared/engine/types';

export interface TornadoRow {
  criterionId: string;
  name: string;
  /** e_k now, fraction of the whole. */
  current: number;
  /** x*, fraction of the whole. */
  threshold: number;
  /** (x* − e_k) × 100: signed percentage points. */
  changePoints: number;
  /** |x* − e_k| × 100. */
  distancePoints: number;
  challengerName: string;
  /** The move is smaller than the room's robustness margin: this weight alone makes the ranking fragile. */
  withinMargin: boolean;
}

export interface TornadoModel {
  /** False when there is no leader with a challenger, so nothing can flip. */
  available: boolean;
  rows: TornadoRow[];
  /** Criteria whose weight alone cannot change the winner, in matrix order. */
  noFlip: { criterionId: string; name: string }[];
  /** The robustness margin in percentage points (5 for 0.05). */
  marginPoints: number;
  /** Half-width of a symmetric axis that holds every bar and the margin lines. */
  axisPoints: number;
}

/** Axis ends fall on a multiple of this many points, so the ticks are round numbers. */
const AXIS_STEP = 5;

export function buildTornadoModel(sensitivity: SensitivityResult, detail: DealRoomDetail, lang: Language): TornadoModel {
  const criteria = new Map(detail.criteria.map((c) => [c.id, c]));
  const candidates = new Map(detail.candidates.map((c) => [c.id, c]));
  const nameOf = (id: string) => {
    const c = criteria.get(id);
    return c ? labelName(c, lang) : id;
  };
  const marginPoints = sensitivity.margin * 100;

  const rows: (TornadoRow & { index: number })[] = [];
  const noFlip: TornadoModel['noFlip'] = [];
  sensitivity.criteria.forEach((t, index) => {
    if (t.crossing === null) {
      noFlip.push({ criterionId: t.targetId, name: nameOf(t.targetId) });
      return;
    }
    const challenger = candidates.get(t.crossing.challengerId);
    rows.push({
      index,
      criterionId: t.targetId,
      name: nameOf(t.targetId),
      current: t.current,
      threshold: t.crossing.threshold,
      changePoints: t.crossing.change * 100,
      distancePoints: Math.abs(t.crossing.change) * 100,
      challengerName: challenger ? candidateName(challenger, lang) : t.crossing.challengerId,
      // The same slack as the engine's robust flag, so bar colour and verdict agree.
      withinMargin: Math.abs(t.crossing.change) < sensitivity.margin - COMPARE_TOLERANCE,
    });
  });
  rows.sort((a, b) => a.distancePoints - b.distancePoints || a.index - b.index);

  const widest = Math.max(marginPoints, ...rows.map((r) => r.distancePoints), 0);
  const axisPoints = Math.max(AXIS_STEP, Math.ceil(widest / AXIS_STEP) * AXIS_STEP);

  return {
    available: sensitivity.leaderId !== null && sensitivity.runnerUpId !== null,
    rows: rows.map(({ index: _index, ...row }) => row),
    noFlip,
    marginPoints,
    axisPoints,
  };
}
