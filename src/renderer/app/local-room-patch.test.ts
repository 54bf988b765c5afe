import { describe, expect, it } from 'vitest';
import sample from '../../../resources/sample/medtech-japan.json';
import { DealRoomFile } from '../../shared/domain/deal-room-file';
import { detailFromFile } from '../../shared/domain/deal-room-file-mapping';
import { localRoomPatch } from './local-room-patch';

let n = 0;
const detail = detailFromFile(DealRoomFile.parse(sample), { newId: () => `id-${++n}`, now: '2027-01-01T00:00:00.000Z' });
const NOW = '2027-02-03T04:05:06.000Z';

describe('the local patch of a score edit', () => {
  it('replaces the stored score of that cell only, as the store would', () => {
    const s = detail.scores[0]!;
    const patch = localRoomPatch('scores.set', { dealRoomId: detail.dealRoom.id, evaluatorId: s.evaluatorId, candidateId: s.candidateId, criterionId: s.criterionId, value: 1.5, rationale: '', confidence: 'high' }, NOW)!;
    const after = patch(detail);
    expect(after.scores).toHaveLength(detail.scores.length);
    expect(after.scores[0]).toEqual({ ...s, value: 1.5, rationale: '', confidence: 'high', updatedAt: NOW });
    expect(after.scores.slice(1)).toEqual(detail.scores.slice(1));
    expect(detail.scores[0]).toBe(s); // the room it was given is left as it was
  });

  it('adds a score for an unscored cell, with the defaults the contract gives, and clears one', () => {
    const s = detail.scores[0]!;
    const cell = { evaluatorId: s.evaluatorId, candidateId: s.candidateId, criterionId: 'no-such-criterion' };
    const added = localRoomPatch('scores.set', { dealRoomId: 'r', ...cell, value: 3 }, NOW)!(detail);
    expect(added.scores.at(-1)).toEqual({ ...cell, value: 3, rationale: '', confidence: 'medium', updatedAt: NOW });
    const cleared = localRoomPatch('scores.clear', { dealRoomId: 'r', evaluatorId: s.evaluatorId, candidateId: s.candidateId, criterionId: s.criterionId }, NOW)!(detail);
    expect(cleared.scores).toEqual(detail.scores.slice(1));
  });

  it('leaves every other change to the re-read', () => {
    expect(localRoomPatch('candidates.update', { dealRoomId: 'r', candidateId: 'c', patch: { headquarters: '大阪' } }, NOW)).toBeUndefined();
  });
});
