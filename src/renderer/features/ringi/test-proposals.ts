/** Proposals and decisions for the view-model tests: a legal stage, then two executives in joint review. */
import type { Decision, Proposal } from '../../../shared/domain/ringi';

export function testProposal(patch: Partial<Proposal> = {}): Proposal {
  return {
    id: 'prop-1',
    version: 1,
    previousId: null,
    title: 'Appoint Asanagi Medical for Kansai',
    recommendation: 'Pilot for twelve months, no exclusivity.',
    candidateId: 'cand-asanagi',
    drafterId: 'p-bd',
    drafterName: '青木 美咲',
    route: [
      { name: '法務部', mode: 'any', approvers: [{ profileId: 'p-legal', name: '佐藤 健' }, { profileId: 'p-legal2', name: '森 由美' }] },
      { name: '経営会議', mode: 'all', approvers: [{ profileId: 'p-exec1', name: '高橋 誠' }, { profileId: 'p-exec2', name: 'Grace Whitfield' }] },
    ],
    routeName: 'Distributor appointment',
    snapshot: { takenAt: '2027-03-01T00:00:00Z', dealRoomName: 'Japan 2027', candidates: [], pillars: [], criteria: [], cells: [], terms: [], sentences: { en: [], ja: [] } },
    snapshotHash: 'a'.repeat(64),
    status: 'circulating',
    currentStage: 0,
    stageSince: '2027-03-02T09:00:00Z',
    createdAt: '2027-03-01T00:00:00Z',
    circulatedAt: '2027-03-02T09:00:00Z',
    closedAt: null,
    ...patch,
  };
}

let seq = 0;
export function testDecision(patch: Partial<Decision> & Pick<Decision, 'stageIndex' | 'approverId' | 'kind'>): Decision {
  seq += 1;
  return {
    id: `dec-${seq}`,
    proposalId: 'prop-1',
    approverName: patch.approverId,
    actorId: patch.approverId,
    actorName: patch.approverId,
    comment: '',
    delegateToId: null,
    afterTheFact: false,
    decidedAt: `2027-03-0${Math.min(9, 2 + seq)}T10:00:00Z`,
    ...patch,
  };
}
