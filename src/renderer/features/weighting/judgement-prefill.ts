/**
 * The pairs an AHP dialog asks about and what each starts at. Every unordered
 * pair of items is asked once, in the items' order (first with second, first
 * with third, …). A stored weighting's judgements are reused only when they
 * cover exactly the items there are now; after an item was added or removed
 * they would no longer be a complete set, so every pair starts at "equal".
 */
import type { Weighting } from '../../../shared/domain/entities';
import { checkJudgements, judgementsAreComplete, type PairwiseJudgementInput } from '../../../shared/engine/ahp';
import { choiceOfValue, valueOfChoice, type SaatyChoice } from './saaty-scale';

export interface Pair {
  /** The two ids, in the order the pair is asked, joined by a character no id holds. */
  key: string;
  a: string;
  b: string;
}

export const pairKey = (a: string, b: string) => `${a}\u0000${b}`;

export function pairsOf(itemIds: readonly string[]): Pair[] {
  const pairs: Pair[] = [];
  for (let i = 0; i < itemIds.length; i++)
    for (let k = i + 1; k < itemIds.length; k++) {
      const a = itemIds[i]!;
      const b = itemIds[k]!;
      pairs.push({ key: pairKey(a, b), a, b });
    }
  return pairs;
}

/** The choice of each pair (by key) to start from. */
export function prefillChoices(itemIds: readonly string[], weighting: Weighting | undefined): Record<string, SaatyChoice> {
  const pairs = pairsOf(itemIds);
  const stored = weighting?.method === 'ahp' ? weighting.judgements : [];
  const reusable = stored.length > 0 && judgementsAreComplete(checkJudgements(itemIds, stored));
  const given = new Map<string, number>();
  if (reusable) {
    for (const j of stored) {
      given.set(pairKey(j.a, j.b), j.value);
      // The same comparison asked the other way round: b over a is the reciprocal.
      given.set(pairKey(j.b, j.a), 1 / j.value);
    }
  }
  const choices: Record<string, SaatyChoice> = {};
  for (const pair of pairs) choices[pair.key] = choiceOfValue(given.get(pair.key) ?? 1);
  return choices;
}

/** The judgements for the engine and the API, one per pair, as asked. */
export function judgementsOf(pairs: readonly Pair[], choices: Readonly<Record<string, SaatyChoice>>): PairwiseJudgementInput[] {
  return pairs.map((p) => {
    const choice = choices[p.key];
    return { a: p.a, b: p.b, value: choice ? valueOfChoice(choice) : 1 };
  });
}
