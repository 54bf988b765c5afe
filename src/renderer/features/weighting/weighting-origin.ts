/**
 * How the weights of one scope (the pillars, or the criteria of one pillar)
 * came to be, as the criteria screen states it. Editing a weight by hand does
 * not erase the AHP record (the judgements stay, for the panel to revisit),
 * so the origin is read from the weights themselves: still exactly the AHP
 * priorities, or changed since ("set by pairwise comparison, since edited by
 * hand"). The same holds when an item was added or removed after the
 * comparison: the judgements no longer cover the scope.
 */
import type { Weighting } from '../../../shared/domain/entities';
import { ahpFromJudgements, checkJudgements, judgementsAreComplete } from '../../../shared/engine/ahp';

export type WeightingOrigin =
  | { method: 'direct' }
  | {
      method: 'ahp';
      consistencyRatio: number | null;
      /** The weights no longer follow from the stored judgements. */
      editedByHand: boolean;
    };

/** Shares equal to within this are the same weights (the store keeps priorities × 100 as doubles). */
const SAME_SHARE = 1e-6;

export function weightingOrigin(items: readonly { id: string; weight: number }[], weighting: Weighting | undefined): WeightingOrigin {
  if (!weighting || weighting.method !== 'ahp') return { method: 'direct' };
  const ids = items.map((i) => i.id);
  const complete = ids.length >= 2 && judgementsAreComplete(checkJudgements(ids, weighting.judgements));
  if (!complete) return { method: 'ahp', consistencyRatio: weighting.consistencyRatio, editedByHand: true };
  const { priorities } = ahpFromJudgements(ids, weighting.judgements);
  const sum = items.reduce((s, i) => s + i.weight, 0);
  const same = sum > 0 && items.every((item, i) => Math.abs(item.weight / sum - (priorities[i] ?? 0)) <= SAME_SHARE);
  return { method: 'ahp', consistencyRatio: weighting.consistencyRatio, editedByHand: !same };
}
