/**
 * Arrow keys on the disagreement threshold step it by half a point, kept
 * inside the 0.1–5 the room accepts, as a spin button would. The field stays
 * a text field (see number-input.tsx), so stepping is done here.
 */
import { numberToText, parseNumberText } from '../../components/parse-number-text';

export const THRESHOLD_MIN = 0.1;
export const THRESHOLD_MAX = 5;
export const THRESHOLD_STEP = 0.5;
/** Where stepping starts from when the field holds no number: the default threshold. */
const DEFAULT_THRESHOLD = 1.5;

export function stepThreshold(text: string, direction: 1 | -1): string {
  const parsed = parseNumberText(text);
  const current = parsed.kind === 'number' ? parsed.value : DEFAULT_THRESHOLD;
  const next = Math.min(THRESHOLD_MAX, Math.max(THRESHOLD_MIN, current + direction * THRESHOLD_STEP));
  // One decimal: 0.1 + 0.5 must read 0.6, not 0.6000000000000001.
  return numberToText(Math.round(next * 10) / 10);
}
