import { describe, expect, it } from 'vitest';
import { daysBetween, daysOverdue, isOverdue, localIsoDate, summariseRequests } from './overdue';

const TODAY = '2027-03-10';

describe('isOverdue', () => {
  it('is true only for a request still waiting whose due date is before today', () => {
    expect(isOverdue({ status: 'requested', dueOn: '2027-03-09' }, TODAY)).toBe(true);
    expect(isOverdue({ status: 'requested', dueOn: '2026-12-31' }, TODAY)).toBe(true);
  });

  it('is false on the due date itself, after it, and without a due date', () => {
    expect(isOverdue({ status: 'requested', dueOn: TODAY }, TODAY)).toBe(false);
    expect(isOverdue({ status: 'requested', dueOn: '2027-03-11' }, TODAY)).toBe(false);
    expect(isOverdue({ status: 'requested', dueOn: null }, TODAY)).toBe(false);
  });

  it('is false once the document came in, was verified, or was refused', () => {
    for (const status of ['received', 'verified', 'refused'] as const) expect(isOverdue({ status, dueOn: '2027-01-01' }, TODAY)).toBe(false);
  });
});

describe('days', () => {
  it('counts calendar days across month and year ends and a leap day', () => {
    expect(daysBetween('2027-03-09', TODAY)).toBe(1);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween(TODAY, '2027-03-01')).toBe(-9);
  });

  it('says how late an overdue request is, and 0 otherwise', () => {
    expect(daysOverdue({ status: 'requested', dueOn: '2027-02-28' }, TODAY)).toBe(10);
    expect(daysOverdue({ status: 'received', dueOn: '2027-02-28' }, TODAY)).toBe(0);
  });

  it('reads today in the local calendar', () => {
    expect(localIsoDate(new Date(2027, 0, 5, 23, 59))).toBe('2027-01-05');
    expect(localIsoDate(new Date(2027, 11, 31, 0, 0))).toBe('2027-12-31');
  });
});

describe('summariseRequests', () => {
  it('counts waiting, overdue, done and refused requests', () => {
    const items = [
      { status: 'requested', dueOn: '2027-03-01' },
      { status: 'requested', dueOn: '2027-04-01' },
      { status: 'received', dueOn: '2027-03-01' },
      { status: 'verified', dueOn: null },
      { status: 'refused', dueOn: '2027-02-01' },
    ] as const;
    expect(summariseRequests(items, TODAY)).toEqual({ total: 5, waiting: 2, overdue: 1, done: 2, refused: 1 });
  });
});
