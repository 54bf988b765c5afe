/**
 * Whether the room's rule asks for a written rationale for a score, so the
 * form can say so before the store refuses it. The store decides with the
 * same rule (src/main/handlers/panel-rules.ts, `rationaleNeeded`): `extremes`
 * means at or below 1, or at 5, the ends of the anchored scale.
 */
import type { RationaleRule } from '../../../shared/domain/entities';
import { parseNumberText } from '../../components/parse-number-text';

export function rationaleNeededFor(rule: RationaleRule, value: number): boolean {
  if (rule === 'always') return true;
  if (rule === 'never') return false;
  return value <= 1 || value >= 5;
}

/** For a value as typed: only a number on the scale can need a rationale; anything else is the score field's problem. */
export function rationaleNeededForText(rule: RationaleRule, text: string): boolean {
  const parsed = parseNumberText(text);
  return parsed.kind === 'number' && parsed.value >= 0 && parsed.value <= 5 && rationaleNeededFor(rule, parsed.value);
}
