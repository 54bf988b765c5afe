import { describe, expect, it } from 'vitest';
import type { ChangeLogEntry } from './entities';
import { stageHistoryFromLog } from './stage-history';

let seq = 0;
function row(at: string, field: string, before: unknown, after: unknown, actor = 'Sato Kenji'): ChangeLogEntry {
  seq += 1;
  return { seq, at, actor, entity: 'candidate', entityId: 'hayate', field, before, after };
}

describe('stageHistoryFromLog', () => {
  it('reads creation, moves, a decline with its reason and an override as one entry per move', () => {
    seq = 0;
    const log = [
      row('2026-10-01T09:00:00.000Z', '', null, { id: 'hayate', nameLatin: 'Hayate HealthTech Inc.', stage: 'long_list' }),
      row('2026-10-02T09:00:00.000Z', 'stage', 'long_list', 'shortlist'),
      row('2026-10-03T09:00:00.000Z', 'stage', 'shortlist', 'negotiation', 'Weber'),
      row('2026-10-03T09:00:00.000Z', 'stageOverride', null, { from: 'shortlist', to: 'negotiation', reason: 'Only licensed importer', evaluated: 2 }, 'Weber'),
      row('2026-10-04T09:00:00.000Z', 'stage', 'negotiation', 'declined'),
      row('2026-10-04T09:00:00.000Z', 'declinedReason', '', 'Would not share sales data'),
    ];
    expect(stageHistoryFromLog(log)).toEqual([
      { at: '2026-10-01T09:00:00.000Z', actor: 'Sato Kenji', from: null, to: 'long_list', declinedReason: '', override: null },
      { at: '2026-10-02T09:00:00.000Z', actor: 'Sato Kenji', from: 'long_list', to: 'shortlist', declinedReason: '', override: null },
      { at: '2026-10-03T09:00:00.000Z', actor: 'Weber', from: 'shortlist', to: 'negotiation', declinedReason: '', override: { reason: 'Only licensed importer', evaluated: 2 } },
      { at: '2026-10-04T09:00:00.000Z', actor: 'Sato Kenji', from: 'negotiation', to: 'declined', declinedReason: 'Would not share sales data', override: null },
    ]);
  });

  it('keeps two moves made in the same millisecond apart, and shows a changed reason for declining', () => {
    seq = 0;
    const at = '2026-10-05T09:00:00.000Z';
    const log = [
      row(at, 'stage', 'declined', 'long_list'),
      row(at, 'declinedReason', 'Too small', ''),
      row(at, 'stage', 'long_list', 'declined'),
      row(at, 'declinedReason', '', 'No regulatory team'),
      row('2026-10-06T09:00:00.000Z', 'declinedReason', 'No regulatory team', 'No regulatory team, and no Kansai coverage'),
    ];
    const history = stageHistoryFromLog(log);
    expect(history.map((e) => [e.from, e.to, e.declinedReason])).toEqual([
      ['declined', 'long_list', ''],
      ['long_list', 'declined', 'No regulatory team'],
      ['declined', 'declined', 'No regulatory team, and no Kansai coverage'],
    ]);
  });

  it('does not attach an override note to a move of another transaction', () => {
    seq = 0;
    const log = [row('2026-10-01T09:00:00.000Z', 'stage', 'shortlist', 'negotiation')];
    seq = 5; // rows of other records came in between
    log.push(row('2026-10-01T09:00:00.000Z', 'stageOverride', null, { from: 'shortlist', to: 'negotiation', reason: 'x', evaluated: 1 }));
    expect(stageHistoryFromLog(log)[0]?.override).toBeNull();
  });

  it('skips rows it cannot read: a deletion, a creation from before stages, an unknown stage', () => {
    seq = 0;
    const log = [
      row('2026-10-01T09:00:00.000Z', '', null, { id: 'hayate', nameLatin: 'Hayate' }),
      row('2026-10-02T09:00:00.000Z', 'stage', 'long_list', 'somewhere'),
      row('2026-10-03T09:00:00.000Z', '', { id: 'hayate', stage: 'screening' }, null),
    ];
    expect(stageHistoryFromLog(log)).toEqual([]);
  });
});
