import { describe, expect, it } from 'vitest';
import { CANDIDATE_INTAKE_DEFAULTS, type RedFlag } from '../../../shared/domain/vetting';
import type { Candidate } from '../../../shared/domain/entities';
import { candidatesFlaggedWith, filteredFlags } from './flag-filter';

const candidate = (id: string, sortOrder: number): Candidate => ({
  ...CANDIDATE_INTAKE_DEFAULTS,
  id,
  nameJa: '',
  nameLatin: id,
  headquarters: '',
  type: 'distributor',
  website: '',
  notes: '',
  compared: true,
  sortOrder,
});

const flag = (id: string, candidateId: string, status: RedFlag['status'], observedOn: string | null, libraryKey = ''): RedFlag => ({
  id,
  candidateId,
  libraryKey,
  said: id,
  saidBy: '',
  observedOn,
  source: '',
  status,
  outcome: '',
  consequence: 'note',
  criterionId: null,
  penalty: 0,
  condition: '',
  createdAt: '2027-01-01T00:00:00.000Z',
  updatedAt: '2027-01-01T00:00:00.000Z',
});

const detail = {
  candidates: [candidate('kita', 2), candidate('aoba', 0), candidate('minato', 1)],
  flags: [
    flag('k1', 'kita', 'cleared', '2027-01-05', 'warning-slow-responses'),
    flag('a1', 'aoba', 'confirmed', '2027-01-10'),
    flag('a2', 'aoba', 'open', '2027-01-03', 'warning-slow-responses'),
    flag('a3', 'aoba', 'open', '2027-01-20'),
    flag('k2', 'kita', 'open', null),
  ],
};

describe('filteredFlags', () => {
  it('groups by candidate in the room’s order, open first, newest first within a status', () => {
    const groups = filteredFlags(detail, { status: 'all', candidateId: 'all' });
    expect(groups.map((g) => [g.candidate.id, g.flags.map((f) => f.id)])).toEqual([
      ['aoba', ['a3', 'a2', 'a1']],
      ['kita', ['k2', 'k1']],
    ]);
  });

  it('filters by status and by candidate, leaving out candidates with nothing to show', () => {
    expect(filteredFlags(detail, { status: 'open', candidateId: 'all' }).map((g) => [g.candidate.id, g.flags.length])).toEqual([
      ['aoba', 2],
      ['kita', 1],
    ]);
    expect(filteredFlags(detail, { status: 'confirmed', candidateId: 'kita' })).toEqual([]);
    expect(filteredFlags(detail, { status: 'all', candidateId: 'kita' }).map((g) => g.flags.map((f) => f.id))).toEqual([['k2', 'k1']]);
  });
});

describe('candidatesFlaggedWith', () => {
  it('names the candidates with a flag from that checklist item, in the room’s order', () => {
    expect(candidatesFlaggedWith(detail, 'warning-slow-responses').map((c) => c.id)).toEqual(['aoba', 'kita']);
    expect(candidatesFlaggedWith(detail, 'warning-momentum-gone')).toEqual([]);
  });
});
