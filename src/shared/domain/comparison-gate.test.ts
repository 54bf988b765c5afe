import { describe, expect, it } from 'vitest';
import { evaluatedComparables, gateForStage, isGatedStage, type GateInput } from './comparison-gate';
import type { Candidate, ConflictDeclaration, Consensus, Score } from './entities';
import { CANDIDATE_INTAKE_DEFAULTS, PIPELINE_STAGES } from './vetting';

const AT = '2026-10-01T09:00:00.000Z';

function candidate(id: string, sortOrder: number, compared = true): Candidate {
  return { id, nameJa: '', nameLatin: id, headquarters: '', type: 'distributor', website: '', notes: '', compared, sortOrder, ...CANDIDATE_INTAKE_DEFAULTS };
}
function score(evaluatorId: string, candidateId: string, value = 3): Score {
  return { evaluatorId, candidateId, criterionId: 'access', value, rationale: '', confidence: 'medium', updatedAt: AT };
}
function consensus(candidateId: string): Consensus {
  return { candidateId, criterionId: 'access', value: 4, reason: 'agreed after the second interview', updatedAt: AT };
}
function conflict(evaluatorId: string, candidateId: string): ConflictDeclaration {
  return { evaluatorId, candidateId, status: 'conflict', note: 'former employer', updatedAt: AT };
}

/** Four compared firms (aoba, kiri, minato, sora) and one on the long list only (umi). */
function room(parts: Partial<GateInput> = {}): GateInput {
  return {
    candidates: [candidate('sora', 3), candidate('aoba', 0), candidate('kiri', 1), candidate('minato', 2), candidate('umi', 4, false)],
    scores: [],
    consensus: [],
    conflicts: [],
    ...parts,
  };
}

describe('evaluatedComparables', () => {
  it('lists compared candidates with a score or a consensus, in listing order', () => {
    const detail = room({ scores: [score('sato', 'minato'), score('sato', 'aoba'), score('weber', 'aoba')], consensus: [consensus('sora')] });
    expect(evaluatedComparables(detail)).toEqual(['aoba', 'minato', 'sora']);
  });

  it('leaves out a scored candidate that is not compared side by side', () => {
    const detail = room({ scores: [score('sato', 'umi'), score('sato', 'aoba')] });
    expect(evaluatedComparables(detail)).toEqual(['aoba']);
  });

  it('does not count the scores of an evaluator who declared a conflict for that candidate', () => {
    const detail = room({ scores: [score('kim', 'kiri'), score('kim', 'aoba')], conflicts: [conflict('kim', 'kiri')] });
    expect(evaluatedComparables(detail)).toEqual(['aoba']);
  });

  it('counts a conflicted evaluator’s candidate once another evaluator scored it, or a consensus exists', () => {
    const conflicted = { conflicts: [conflict('kim', 'kiri'), conflict('kim', 'minato')] };
    const detail = room({ ...conflicted, scores: [score('kim', 'kiri'), score('sato', 'kiri'), score('kim', 'minato')], consensus: [consensus('minato')] });
    expect(evaluatedComparables(detail)).toEqual(['kiri', 'minato']);
  });

  it('counts a declaration of no conflict as no obstacle', () => {
    const detail = room({ scores: [score('kim', 'kiri')], conflicts: [{ ...conflict('kim', 'kiri'), status: 'none', note: '' }] });
    expect(evaluatedComparables(detail)).toEqual(['kiri']);
  });
});

describe('gateForStage', () => {
  const twoEvaluated = room({ scores: [score('sato', 'aoba'), score('sato', 'kiri')] });
  const threeEvaluated = room({ scores: [score('sato', 'aoba'), score('sato', 'kiri')], consensus: [consensus('minato')] });

  it('gates negotiation, pilot and partner, and nothing before them', () => {
    expect(PIPELINE_STAGES.filter(isGatedStage)).toEqual(['negotiation', 'pilot', 'partner']);
    for (const stage of ['long_list', 'screening', 'shortlist', 'due_diligence', 'declined'] as const)
      expect(gateForStage(twoEvaluated, 'aoba', stage)).toEqual({ kind: 'open' });
  });

  it('refuses negotiation with 2 evaluated comparables, the mover among them', () => {
    expect(gateForStage(twoEvaluated, 'aoba', 'negotiation')).toEqual({ kind: 'refused', evaluated: 2, required: 3, moverEvaluated: true });
  });

  it('allows negotiation, pilot and partner with 3 evaluated comparables, the mover among them', () => {
    for (const stage of ['negotiation', 'pilot', 'partner'] as const)
      expect(gateForStage(threeEvaluated, 'minato', stage)).toEqual({ kind: 'passed', evaluated: 3, required: 3 });
  });

  it('refuses a mover that is not evaluated itself, however many others are', () => {
    expect(gateForStage(threeEvaluated, 'sora', 'negotiation')).toEqual({ kind: 'refused', evaluated: 3, required: 3, moverEvaluated: false });
    // Scored, but on the long list only: not compared side by side.
    const withUmi = { ...threeEvaluated, scores: [...threeEvaluated.scores, score('sato', 'umi')] };
    expect(gateForStage(withUmi, 'umi', 'pilot')).toEqual({ kind: 'refused', evaluated: 3, required: 3, moverEvaluated: false });
  });

  it('refuses when the third candidate’s only scores come from an evaluator with a conflict', () => {
    const detail = room({ scores: [score('sato', 'aoba'), score('sato', 'kiri'), score('kim', 'minato', 5)], conflicts: [conflict('kim', 'minato')] });
    expect(gateForStage(detail, 'aoba', 'negotiation')).toEqual({ kind: 'refused', evaluated: 2, required: 3, moverEvaluated: true });
  });
});
