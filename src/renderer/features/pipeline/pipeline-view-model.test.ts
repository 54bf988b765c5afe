import { describe, expect, it } from 'vitest';
import type { Candidate, DealRoomDetail } from '../../../shared/domain/entities';
import { CANDIDATE_INTAKE_DEFAULTS, noVettingRecords, type PipelineStage } from '../../../shared/domain/vetting';
import { noTermsRecords } from '../../../shared/domain/terms';
import { nextStageOf, pipelineView } from './pipeline-view-model';

const AT = '2026-10-01T09:00:00.000Z';

function candidate(id: string, sortOrder: number, stage: PipelineStage, compared: boolean): Candidate {
  return { id, nameJa: '', nameLatin: id, headquarters: '', type: 'distributor', website: '', notes: '', compared, sortOrder, ...CANDIDATE_INTAKE_DEFAULTS, stage };
}

function detail(): DealRoomDetail {
  return {
    dealRoom: {
      id: 'room',
      name: 'Room',
      productLine: '',
      targetMarket: '',
      notes: '',
      archived: false,
      sensitivityMargin: 0.05,
      scoringMode: 'open',
      rationaleRule: 'extremes',
      disagreementThreshold: 1.5,
      createdAt: AT,
      updatedAt: AT,
    },
    candidates: [candidate('hayate', 2, 'shortlist', true), candidate('aoba', 0, 'shortlist', true), candidate('kiri', 1, 'long_list', false), candidate('umi', 3, 'declined', false)],
    pillars: [],
    criteria: [],
    evaluators: [],
    scores: [{ evaluatorId: 'sato', candidateId: 'aoba', criterionId: 'access', value: 4, rationale: '', confidence: 'high', updatedAt: AT }],
    consensus: [],
    conflicts: [],
    dissent: [],
    weightings: [],
    ...noVettingRecords(),
    ...noTermsRecords(),
    signals: [
      { candidateId: 'hayate', signal: 'measured_pace', reading: 'warning', note: '', updatedAt: AT },
      { candidateId: 'hayate', signal: 'product_focus', reading: 'warning', note: '', updatedAt: AT },
      { candidateId: 'hayate', signal: 'committed_team', reading: 'reassuring', note: '', updatedAt: AT },
    ],
  };
}

describe('pipelineView', () => {
  it('puts every candidate in its stage’s column, in listing order, with its warnings and whether it is evaluated', () => {
    const view = pipelineView(detail());
    expect(view.columns.map((c) => [c.stage, c.cards.map((card) => [card.candidate.id, card.warnings, card.evaluated])])).toEqual([
      ['long_list', [['kiri', 0, false]]],
      ['screening', []],
      [
        'shortlist',
        [
          ['aoba', 0, true],
          ['hayate', 2, false],
        ],
      ],
      ['due_diligence', []],
      ['negotiation', []],
      ['pilot', []],
      ['partner', []],
      ['declined', [['umi', 0, false]]],
    ]);
    expect([view.evaluated, view.required, view.total]).toEqual([1, 3, 4]);
  });
});

describe('nextStageOf', () => {
  it('offers the next stage along, declined after partner, and the long list after declined', () => {
    expect(nextStageOf('long_list')).toBe('screening');
    expect(nextStageOf('due_diligence')).toBe('negotiation');
    expect(nextStageOf('partner')).toBe('declined');
    expect(nextStageOf('declined')).toBe('long_list');
  });
});
