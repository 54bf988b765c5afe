import { describe, expect, it } from 'vitest';
import type { DealRoomDetail } from '../../../shared/domain/entities';
import { CANDIDATE_INTAKE_DEFAULTS, noVettingRecords, type EvidenceFile } from '../../../shared/domain/vetting';
import { noTermsRecords } from '../../../shared/domain/terms';
import { attachTargetsOf, evidenceGroupsOf } from './evidence-targets';

const AT = '2027-01-10T09:00:00.000Z';

function file(id: string, attachedTo: EvidenceFile['attachedTo'], attachedId: string, addedAt = AT, candidateId = 'asanagi'): EvidenceFile {
  return { id, candidateId, attachedTo, attachedId, fileName: `${id}.pdf`, mediaType: 'application/pdf', size: 10, sha256: 'a'.repeat(64), addedBy: 'Mori', addedAt };
}

function detail(evidence: EvidenceFile[]): DealRoomDetail {
  const candidate = (id: string, nameLatin: string) => ({
    id,
    nameJa: '',
    nameLatin,
    headquarters: '',
    type: 'distributor' as const,
    website: '',
    notes: '',
    compared: true,
    sortOrder: 0,
    ...CANDIDATE_INTAKE_DEFAULTS,
  });
  return {
    dealRoom: {
      id: 'r',
      name: 'Room',
      productLine: '',
      targetMarket: '',
      notes: '',
      archived: false,
      sensitivityMargin: 5,
      scoringMode: 'open',
      rationaleRule: 'extremes',
      disagreementThreshold: 1.5,
      createdAt: AT,
      updatedAt: AT,
    },
    candidates: [candidate('asanagi', 'Asanagi Medical'), candidate('tsumugi', 'Tsumugi')],
    pillars: [],
    criteria: [{ id: 'licence', pillarId: 'p', nameEn: 'Licence held', nameJa: '許可の保有', description: '', weight: 1, knockout: false, passMark: 3, anchor1: '', anchor3: '', anchor5: '', sortOrder: 0, libraryKey: '' }],
    evaluators: [{ id: 'sato', name: 'Sato Kenji', department: '', role: '', submittedAt: null }],
    scores: [{ evaluatorId: 'sato', candidateId: 'asanagi', criterionId: 'licence', value: 4, rationale: '', confidence: 'medium', updatedAt: AT }],
    consensus: [],
    conflicts: [],
    dissent: [],
    weightings: [],
    ...noVettingRecords(),
    ...noTermsRecords(),
    dueDiligence: [
      { id: 'dd1', candidateId: 'asanagi', item: 'Financial statements', requestedOn: null, dueOn: null, status: 'requested', note: '', sortOrder: 0 },
      { id: 'dd2', candidateId: 'tsumugi', item: 'References', requestedOn: null, dueOn: null, status: 'requested', note: '', sortOrder: 0 },
    ],
    flags: [
      {
        id: 'f1',
        candidateId: 'asanagi',
        libraryKey: '',
        said: 'The president must review every report personally before we can share it with you',
        saidBy: '',
        observedOn: null,
        source: '',
        status: 'open',
        outcome: '',
        consequence: 'note',
        criterionId: null,
        penalty: 0,
        condition: '',
        createdAt: AT,
        updatedAt: AT,
      },
    ],
    evidence,
  };
}

describe('attachTargetsOf', () => {
  it('offers the candidate, then its requests, answers, flags and scores, with words a person recognises', () => {
    expect(attachTargetsOf(detail([]), 'asanagi', 'ja')).toEqual([
      { attachedTo: 'candidate', attachedId: 'asanagi', view: { kind: 'candidate' } },
      { attachedTo: 'due_diligence', attachedId: 'dd1', view: { kind: 'request', title: 'Financial statements' } },
      { attachedTo: 'flag', attachedId: 'f1', view: { kind: 'flag', title: 'The president must review every report personally before we…' } },
      { attachedTo: 'score', attachedId: 'sato/asanagi/licence', view: { kind: 'score', evaluator: 'Sato Kenji', criterion: '許可の保有' } },
    ]);
  });
});

describe('evidenceGroupsOf', () => {
  it('groups the candidate’s files by what they are attached to, oldest first, and keeps files whose record is gone', () => {
    const groups = evidenceGroupsOf(
      detail([
        file('late', 'candidate', 'asanagi', '2027-02-01T00:00:00.000Z'),
        file('early', 'candidate', 'asanagi', '2027-01-01T00:00:00.000Z'),
        file('score', 'score', 'sato/asanagi/licence'),
        file('gone', 'answer', 'deleted-answer'),
        file('other', 'due_diligence', 'dd2', AT, 'tsumugi'),
      ]),
      'asanagi',
      'en',
    );
    expect(groups.map((g) => [g.key, g.view.kind, g.files.map((f) => f.id)])).toEqual([
      ['candidate:asanagi', 'candidate', ['early', 'late']],
      ['score:sato/asanagi/licence', 'score', ['score']],
      ['removed', 'removed', ['gone']],
    ]);
  });

  it('is empty for a candidate with no files', () => {
    expect(evidenceGroupsOf(detail([file('x', 'candidate', 'asanagi')]), 'tsumugi', 'en')).toEqual([]);
  });
});
