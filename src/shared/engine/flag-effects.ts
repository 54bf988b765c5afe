/**
 * What the red flags of a deal-room do to the scores (SCORING.md, "Aggregated
 * scores"): only a confirmed flag counts. A penalty lowers one cell of its
 * candidate; a knock-out removes the candidate from the ranking whatever its
 * scores. A penalty flag whose criterion was deleted (criterionId null) has
 * no cell to lower and counts for nothing; notes and contract conditions
 * never touch the numbers.
 */
import type { RedFlag } from '../domain/vetting';
import type { EngineFlag } from './types';

export function engineFlagsOf(flags: readonly RedFlag[], comparedIds: ReadonlySet<string>): EngineFlag[] {
  const out: EngineFlag[] = [];
  for (const f of flags) {
    if (f.status !== 'confirmed' || !comparedIds.has(f.candidateId)) continue;
    if (f.consequence === 'knockout') out.push({ candidateId: f.candidateId, criterionId: null, penalty: 0, knockout: true });
    else if (f.consequence === 'penalty' && f.criterionId !== null)
      out.push({ candidateId: f.candidateId, criterionId: f.criterionId, penalty: f.penalty, knockout: false });
  }
  return out;
}
