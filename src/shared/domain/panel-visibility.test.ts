import { noVettingRecords } from './vetting';
import { noTermsRecords } from './terms';
import { describe, expect, it } from 'vitest';
import type { DealRoomDetail, Evaluator, ScoringMode } from './entities';
import { panelIsRevealed, scoresArePrivateTo, sheetsSubmitted, visibleConsensus, visibleScores } from './panel-visibility';

const at = '2027-02-01T09:00:00.000Z';

const evaluator = (id: string, submittedAt: string | null = null): Evaluator => ({ id, name: id, department: '', role: '', submittedAt });

const score = (evaluatorId: string, candidateId: string, value: number) => ({
  evaluatorId,
  candidateId,
  criterionId: 'C1',
  value,
  rationale: '',
  confidence: 'medium' as const,
  updatedAt: at,
});

/** Three evaluators (Aki, Ben, Chie) on one criterion; Aki and Ben scored candidate A, Chie candidate B. */
function room(mode: ScoringMode, submitted: readonly string[] = []): DealRoomDetail {
  return {
    dealRoom: {
      id: 'room',
      name: 'Panel room',
      productLine: '',
      targetMarket: '',
      notes: '',
      archived: false,
      sensitivityMargin: 0.05,
      scoringMode: mode,
      rationaleRule: 'extremes',
      disagreementThreshold: 1.5,
      createdAt: at,
      updatedAt: at,
    },
    candidates: [],
    pillars: [],
    criteria: [],
    evaluators: ['aki', 'ben', 'chie'].map((id) => evaluator(id, submitted.includes(id) ? at : null)),
    scores: [score('aki', 'A', 4), score('ben', 'A', 2), score('chie', 'B', 5)],
    consensus: [{ candidateId: 'A', criterionId: 'C1', value: 3, reason: 'Agreed after the call', updatedAt: at }],
    conflicts: [],
    dissent: [],
    weightings: [],
    ...noVettingRecords(),
    ...noTermsRecords(),
  };
}

const valuesOf = (scores: { evaluatorId: string; value: number }[]) => scores.map((s) => `${s.evaluatorId}:${s.value}`);

describe('open mode', () => {
  it('shows every score and the consensus to anyone, submitted or not', () => {
    const detail = room('open');
    expect(panelIsRevealed(detail)).toBe(true);
    expect(scoresArePrivateTo(detail, 'aki')).toBe(false);
    expect(valuesOf(visibleScores(detail, 'aki'))).toEqual(['aki:4', 'ben:2', 'chie:5']);
    expect(valuesOf(visibleScores(detail, null))).toEqual(['aki:4', 'ben:2', 'chie:5']);
    expect(visibleConsensus(detail, 'ben').map((k) => k.value)).toEqual([3]);
  });
});

describe('independent mode', () => {
  it('shows an evaluator with an open sheet only their own scores and no consensus', () => {
    const detail = room('independent');
    expect(panelIsRevealed(detail)).toBe(false);
    expect(scoresArePrivateTo(detail, 'ben')).toBe(true);
    expect(valuesOf(visibleScores(detail, 'ben'))).toEqual(['ben:2']);
    expect(valuesOf(visibleScores(detail, 'chie'))).toEqual(['chie:5']);
    expect(visibleConsensus(detail, 'ben')).toEqual([]);
  });

  it('shows an evaluator everyone’s scores once their own sheet is submitted, while others stay private', () => {
    const detail = room('independent', ['aki']);
    expect(panelIsRevealed(detail)).toBe(false);
    expect(valuesOf(visibleScores(detail, 'aki'))).toEqual(['aki:4', 'ben:2', 'chie:5']);
    expect(visibleConsensus(detail, 'aki').map((k) => k.value)).toEqual([3]);
    // Ben has not submitted: Aki's submission reveals nothing to him.
    expect(valuesOf(visibleScores(detail, 'ben'))).toEqual(['ben:2']);
  });

  it('shows nobody in particular nothing until the panel is revealed', () => {
    expect(visibleScores(room('independent', ['aki', 'ben']), null)).toEqual([]);
    expect(scoresArePrivateTo(room('independent', ['aki', 'ben']), 'someone-deleted')).toBe(true);
  });

  it('reveals the panel to everyone once every sheet is in', () => {
    const detail = room('independent', ['aki', 'ben', 'chie']);
    expect(panelIsRevealed(detail)).toBe(true);
    expect(valuesOf(visibleScores(detail, null))).toEqual(['aki:4', 'ben:2', 'chie:5']);
    expect(visibleConsensus(detail, null)).toHaveLength(1);
  });

  it('has nothing to hide in a room without evaluators', () => {
    expect(panelIsRevealed({ ...room('independent'), evaluators: [] })).toBe(true);
  });
});

describe('sheetsSubmitted', () => {
  it('counts submitted sheets of all evaluators', () => {
    expect(sheetsSubmitted(room('independent'))).toEqual({ submitted: 0, total: 3 });
    expect(sheetsSubmitted(room('independent', ['chie', 'aki']))).toEqual({ submitted: 2, total: 3 });
  });
});
