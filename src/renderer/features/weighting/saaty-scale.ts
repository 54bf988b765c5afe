/**
 * Saaty's 1–9 scale with reciprocals as a person picks from it: seventeen
 * choices from "A is extremely more important than B" (9) through "equally
 * important" (1) to "B is extremely more important than A" (1/9). A choice is
 * named by which side it favours and how strongly; the value is what the AHP
 * engine reads ("a matters `value` times as much as b").
 */
import { SAATY_MAX } from '../../../shared/engine/ahp';

/** How strongly one side is preferred: 2 … 9 (1 is "equal", which favours neither side). */
export type SaatyIntensity = 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

export type SaatyChoice = { favours: 'equal' } | { favours: 'a' | 'b'; intensity: SaatyIntensity };

export const INTENSITIES: readonly SaatyIntensity[] = [9, 8, 7, 6, 5, 4, 3, 2];

/** The choices in the order a list shows them: A strongest first, equal in the middle, B strongest last. */
export const SAATY_CHOICES: readonly SaatyChoice[] = [
  ...INTENSITIES.map((intensity): SaatyChoice => ({ favours: 'a', intensity })),
  { favours: 'equal' },
  ...[...INTENSITIES].reverse().map((intensity): SaatyChoice => ({ favours: 'b', intensity })),
];

/** A stable string for a choice, for a <select>'s option values: "a9" … "eq" … "b9". */
export function choiceId(choice: SaatyChoice): string {
  return choice.favours === 'equal' ? 'eq' : `${choice.favours}${choice.intensity}`;
}

export function choiceFromId(id: string): SaatyChoice | null {
  return SAATY_CHOICES.find((c) => choiceId(c) === id) ?? null;
}

/** The judgement value: 9 for "A extremely", 1 for "equal", 1/9 for "B extremely". */
export function valueOfChoice(choice: SaatyChoice): number {
  if (choice.favours === 'equal') return 1;
  return choice.favours === 'a' ? choice.intensity : 1 / choice.intensity;
}

function asIntensity(n: number): SaatyIntensity | 1 {
  const clamped = Math.min(SAATY_MAX, Math.max(1, Math.round(n)));
  return clamped as SaatyIntensity | 1;
}

/**
 * The choice for a stored value. Values on the scale map back exactly (1/7
 * to "B very strongly"); anything between scale points (a judgement written
 * by another tool) goes to the nearest one on that side.
 */
export function choiceOfValue(value: number): SaatyChoice {
  if (!Number.isFinite(value) || value <= 0) return { favours: 'equal' };
  const favoursA = value >= 1;
  const intensity = asIntensity(favoursA ? value : 1 / value);
  if (intensity === 1) return { favours: 'equal' };
  return { favours: favoursA ? 'a' : 'b', intensity };
}
