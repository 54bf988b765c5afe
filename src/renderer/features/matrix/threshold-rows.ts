/**
 * The sensitivity tables as plain data: one row per criterion or pillar with
 * its weight now, the weight at which the leader would be overtaken, the
 * change that takes (points and relative), the challenger, and the sentence
 * (SCORING.md, "Sensitivity"). The closest calls come first.
 */
import type { DealRoomDetail, Language } from '../../../shared/domain/entities';
import { candidateName, labelName } from '../../../shared/domain/display-names';
import { describeThreshold } from '../../../shared/engine/sensitivity-sentences';
import { COMPARE_TOLERANCE } from '../../../shared/engine/tolerance';
import type { SensitivityResult, WeightThreshold } from '../../../shared/engine/types';

export interface ThresholdRow {
  targetId: string;
  label: string;
  /** The weight now, fraction of the whole. */
  current: number;
  /** x*, fraction of the whole; null when no change of this weight alone changes the winner. */
  threshold: number | null;
  /** x* − e_k as a fraction (×100 for points). */
  change: number | null;
  relativeChange: number | null;
  challengerName: string | null;
  /** The "what it would take" sentence from the engine. */
  sentence: string;
  mostCritical: boolean;
  /** |x* − e_k| is under the margin: this weight alone makes the ranking fragile (same slack as the engine's robust flag). */
  withinMargin: boolean;
}

export function buildThresholdRows(kind: 'criterion' | 'pillar', sensitivity: SensitivityResult, detail: DealRoomDetail, lang: Language): ThresholdRow[] {
  const thresholds: WeightThreshold[] = kind === 'criterion' ? sensitivity.criteria : sensitivity.pillars;
  const critical = kind === 'criterion' ? sensitivity.mostCriticalCriterion : sensitivity.mostCriticalPillar;
  const named = kind === 'criterion' ? detail.criteria : detail.pillars;
  const labelOf = (id: string) => {
    const x = named.find((n) => n.id === id);
    return x ? labelName(x, lang) : id;
  };
  const candidateOf = (id: string) => {
    const c = detail.candidates.find((x) => x.id === id);
    return c ? candidateName(c, lang) : id;
  };
  const rows = thresholds.map((t, index): ThresholdRow & { index: number } => ({
    index,
    targetId: t.targetId,
    label: labelOf(t.targetId),
    current: t.current,
    threshold: t.crossing?.threshold ?? null,
    change: t.crossing?.change ?? null,
    relativeChange: t.crossing?.relativeChange ?? null,
    challengerName: t.crossing ? candidateOf(t.crossing.challengerId) : null,
    sentence: describeThreshold(t, kind, detail, lang),
    mostCritical: critical !== null && critical.targetId === t.targetId,
    withinMargin: t.crossing !== null && Math.abs(t.crossing.change) < sensitivity.margin - COMPARE_TOLERANCE,
  }));
  // Closest calls first; weights that cannot change the winner last, in matrix order.
  rows.sort((a, b) => {
    if (a.change === null || b.change === null) return a.change === null && b.change === null ? a.index - b.index : a.change === null ? 1 : -1;
    return Math.abs(a.change) - Math.abs(b.change) || a.index - b.index;
  });
  return rows.map(({ index: _index, ...row }) => row);
}
