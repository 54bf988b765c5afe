import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../shared/domain/entities';
import { CANDIDATE_INTAKE_DEFAULTS } from '../../../shared/domain/vetting';
import { CANDIDATE_TABLE_LIMIT, visibleCandidates } from './visible-candidates';

function candidate(i: number, fields: Partial<Candidate> = {}): Candidate {
  return {
    id: `c${i}`, nameJa: `候補${i}`, nameLatin: `Firm ${i}`, headquarters: '', type: 'distributor', website: '', notes: '',
    compared: false, sortOrder: i, ...CANDIDATE_INTAKE_DEFAULTS, stage: 'long_list', ...fields,
  };
}

describe('visibleCandidates', () => {
  const room = Array.from({ length: 3_000 }, (_, i) => candidate(i, { compared: i === 2_500 || i === 2_900 }));

  it('shows a small room whole', () => {
    const small = room.slice(0, 12);
    expect(visibleCandidates(small, '').rows).toEqual(small);
  });

  it('shows a long list as its compared candidates first, then the others in order, up to the limit', () => {
    const shown = visibleCandidates(room, '');
    expect(shown.rows).toHaveLength(CANDIDATE_TABLE_LIMIT);
    expect(shown.rows.slice(0, 3).map((c) => c.id)).toEqual(['c2500', 'c2900', 'c0']);
    expect(shown.matching).toBe(3_000);
  });

  it('finds any candidate by a part of its name, width and kana folded', () => {
    const named = [...room, candidate(3_000, { nameJa: 'ヒノデ・クリニック', nameLatin: '' })];
    const found = visibleCandidates(named, 'ひので');
    expect(found.rows.map((c) => c.id)).toEqual(['c2500', 'c2900', 'c3000']);
    expect(found.matching).toBe(3);
    expect(visibleCandidates(named, 'ＦＩＲＭ 2999').rows.map((c) => c.id)).toEqual(['c2500', 'c2900', 'c2999']);
  });
});
