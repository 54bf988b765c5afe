/**
 * Whether the room's rule asks for a written rationale for a score as typed,
 * so the form can say so before the store refuses it (the rule itself is
 * shared with the store: src/shared/domain/rationale-rule.ts).
 */
import type { RationaleRule } from '../../../shared/domain/entities';
import { rationaleNeeded } from '../../../shared/domain/rationale-rule';
import { parseNumberText } from '../../components/parse-number-text';

/** For a value as typed: only a number on the scale can need a rationale; anything else is the score field's problem. */
export function rationaleNeededForText(rule: RationaleRule, text: string): boolean {
  const parsed = parseNumberText(text);
  return parsed.kind === 'number' && parsed.value >= 0 && parsed.value <= 5 && rationaleNeeded(rule, parsed.value);
}
