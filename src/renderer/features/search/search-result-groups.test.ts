import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../shared/search/search-hit';
import { groupSearchHits } from './search-result-groups';

const hit = (kind: SearchHit['kind'], id: string): SearchHit => ({
  kind,
  id,
  candidateId: 'c',
  title: id,
  field: 'notes',
  snippet: { before: '', match: id, after: '' },
});

describe('groupSearchHits', () => {
  it('groups by kind in a fixed order, keeps the ranking inside a group, and says where each kind is shown', () => {
    const groups = groupSearchHits([hit('evidence', 'e1'), hit('candidate', 'c1'), hit('flag', 'f1'), hit('candidate', 'c2'), hit('due_diligence', 'd1')]);
    expect(groups.map((g) => [g.kind, g.section, g.hits.map((h) => h.id)])).toEqual([
      ['candidate', 'candidates', ['c1', 'c2']],
      ['flag', 'flags', ['f1']],
      ['due_diligence', 'diligence', ['d1']],
      ['evidence', 'diligence', ['e1']],
    ]);
  });

  it('has no groups for no hits', () => {
    expect(groupSearchHits([])).toEqual([]);
  });
});
