import { describe, expect, it } from 'vitest';
import type { Milestone, Phase } from '../../../shared/domain/terms';
import { draftFromMilestone, draftFromOutcome, isOverdue, milestonePatch, milestonePlanFields, newMilestoneDraft, outcomeInput } from './milestone-draft';

const phase = { id: 'p1', endsOn: '2028-03-31' } as Phase;
const m1: Milestone = {
  id: 'm1',
  termSheetId: 's1',
  phaseId: 'p1',
  code: 'M1',
  metric: 'revenue',
  customMetric: '',
  description: 'Pilot revenue',
  target: 50_000_000,
  unit: 'JPY',
  dueOn: '2028-03-31',
  status: 'pending',
  actual: null,
  settledOn: null,
  evidence: '',
  waivedReason: '',
  sortOrder: 0,
};

describe('milestone plan draft', () => {
  it('gives a new milestone the next free code, due when its phase ends', () => {
    expect(newMilestoneDraft(phase, [m1, { ...m1, code: 'M3' }])).toMatchObject({ code: 'M2', phaseId: 'p1', dueOn: '2028-03-31', target: '' });
  });

  it('sends an empty target as null (a yes/no milestone) and a number as a number', () => {
    const d = draftFromMilestone(m1);
    expect(milestonePlanFields(d).target).toBe(50_000_000);
    expect(milestonePlanFields({ ...d, target: '' }).target).toBeNull();
    expect(milestonePlanFields({ ...d, target: '１２' }).target).toBe(12);
  });

  it('moves the milestone only when another phase was chosen', () => {
    const d = draftFromMilestone(m1);
    expect(milestonePatch(d, m1)).not.toHaveProperty('phaseId');
    expect(milestonePatch({ ...d, phaseId: 'p2' }, m1)).toMatchObject({ phaseId: 'p2', code: 'M1' });
  });
});

describe('outcome draft', () => {
  it('opens a pending milestone as met today', () => {
    expect(draftFromOutcome(m1, '2028-03-20')).toEqual({ status: 'met', settledOn: '2028-03-20', actual: '', evidence: '', waivedReason: '' });
  });

  it('sends the reason only with a waiver', () => {
    const d = { status: 'met' as const, settledOn: '2028-03-20', actual: '52000000', evidence: 'Q4 sales report', waivedReason: 'left over' };
    expect(outcomeInput(d)).toEqual({ status: 'met', settledOn: '2028-03-20', actual: 52_000_000, evidence: 'Q4 sales report', waivedReason: '' });
    expect(outcomeInput({ ...d, status: 'waived' }).waivedReason).toBe('left over');
  });

  it('clears the date and actual when going back to pending', () => {
    expect(outcomeInput({ status: 'pending', settledOn: '2028-03-20', actual: '5', evidence: 'note', waivedReason: 'x' })).toEqual({
      status: 'pending',
      settledOn: null,
      actual: null,
      evidence: 'note',
      waivedReason: '',
    });
  });

  it('sends an empty settled-on date as missing, so the store asks for it', () => {
    expect(outcomeInput({ status: 'missed', settledOn: '', actual: '', evidence: '', waivedReason: '' }).settledOn).toBeNull();
  });

  it('calls a pending milestone overdue only after its due day', () => {
    expect(isOverdue(m1, '2028-03-31')).toBe(false);
    expect(isOverdue(m1, '2028-04-01')).toBe(true);
    expect(isOverdue({ ...m1, status: 'missed' }, '2028-04-01')).toBe(false);
  });
});
