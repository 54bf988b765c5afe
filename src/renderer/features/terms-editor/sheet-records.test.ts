import { describe, expect, it } from 'vitest';
import type { Milestone, Phase, Trigger } from '../../../shared/domain/terms';
import { sheetMilestonesInOrder, sheetPhasesInOrder, sheetTriggersInOrder } from './sheet-records';

const phase = (id: string, startsOn: string, sortOrder: number, termSheetId = 's1') => ({ id, startsOn, sortOrder, termSheetId }) as Phase;
const milestone = (id: string, phaseId: string, dueOn: string, sortOrder = 0, termSheetId = 's1') => ({ id, phaseId, dueOn, sortOrder, termSheetId }) as Milestone;

describe('sheet records', () => {
  const phases = [phase('renewal', '2030-04-01', 0), phase('pilot', '2027-04-01', 2), phase('conditional', '2028-04-01', 1), phase('other', '2026-01-01', 0, 's2'), phase('side', '2027-04-01', 5)];

  it('orders a sheet’s phases by start, then by the order they were added', () => {
    expect(sheetPhasesInOrder(phases, 's1').map((p) => p.id)).toEqual(['pilot', 'side', 'conditional', 'renewal']);
  });

  it('orders milestones by their phase, then due date', () => {
    const ms = [milestone('m3', 'conditional', '2028-06-30'), milestone('m2', 'pilot', '2028-03-31'), milestone('m1', 'pilot', '2027-09-30'), milestone('x', 'other', '2026-02-01', 0, 's2')];
    expect(sheetMilestonesInOrder(phases, ms, 's1').map((m) => m.id)).toEqual(['m1', 'm2', 'm3']);
  });

  it('keeps triggers in the order they were added', () => {
    const ts = [{ id: 'b', termSheetId: 's1', sortOrder: 1 }, { id: 'a', termSheetId: 's1', sortOrder: 0 }, { id: 'c', termSheetId: 's2', sortOrder: 0 }] as Trigger[];
    expect(sheetTriggersInOrder(ts, 's1').map((t) => t.id)).toEqual(['a', 'b']);
  });
});
