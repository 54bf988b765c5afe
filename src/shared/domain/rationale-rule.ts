/**
 * When a score needs a written rationale (issue 4): the store refuses a score
 * without one, and the scoring form says so before it is sent, by the same
 * rule. `extremes` means at or below 1, or at 5: the ends of the anchored
 * scale, where a score moves a total most and is most often challenged.
 */
import type { RationaleRule } from './entities';

export function rationaleNeeded(rule: RationaleRule, value: number): boolean {
  if (rule === 'always') return true;
  if (rule === 'never') return false;
  return value <= 1 || value >= 5;
}
