/**
 * The one-weight crossing of SCORING.md, "Sensitivity". A target (one
 * criterion, or one pillar's criteria together) carries a share e of the
 * whole. Moving it to x and rescaling every other weight by (1 − x)/(1 − e)
 * makes the lead D(x) = T(L) − T(A) linear in x, with two known points:
 *
 *   D(e) = D, the lead now;
 *   D(1) = d, the lead if the target carried all the weight, i.e. the
 *          difference of the two candidates on the target alone (in points
 *          of a 0–100 total).
 *
 * So D(x) = D + (x − e) × (d − D) / (1 − e), and the only x* with D(x*) = 0 is
 *
 *   x* = e + (1 − e) × D / (D − d).
 *
 * Writing it through D and d (rather than solving for the rescaled rest)
 * keeps x* exactly e when D is 0.
 */
import { TIE_TOLERANCE } from './tolerance';

/**
 * Slack on the ends of [0, 1]: a crossing computed as 1 − 1e-16 is the end
 * itself, not a point just inside it.
 */
const END_SLACK = 1e-12;

/**
 * x* where the challenger draws level with the leader and beyond which it
 * leads, or null when no weight of this target alone gets it ahead.
 *
 * A crossing on an end of [0, 1] is not counted: there the challenger only
 * draws level when the target weighs everything (or nothing), and no weight
 * lies beyond to put it ahead. SCORING.md reports the challenger that
 * *overtakes* the leader, and saying it "would rank first" would be untrue.
 *
 * @param current e, the target's share now; must be in (0, 1).
 * @param lead D = T(L) − T(A) now, ≥ 0 since L ranks first.
 * @param targetLead d = the lead on the target alone (D(1)).
 */
export function crossingWeight(current: number, lead: number, targetLead: number): number | null {
  // Already level (tied for first): no change is needed at all, whatever the
  // target. x* is the current weight, and any move in the challenger's
  // favour puts it ahead.
  if (lead <= TIE_TOLERANCE) return current;
  // D(x) is then constant and positive: this target cannot close the gap.
  if (lead === targetLead) return null;
  const x = current + ((1 - current) * lead) / (lead - targetLead);
  if (!Number.isFinite(x) || x <= END_SLACK || x >= 1 - END_SLACK) return null;
  return x;
}
