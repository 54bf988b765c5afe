import { describe, expect, it } from 'vitest';
import { changeKind, endOfLocalDay, startOfLocalDay, valueLine } from './audit-values';

describe('changeKind', () => {
  it('tells creations, deletions, changes and notes apart', () => {
    expect(changeKind({ field: '', before: null, after: { id: 'c1', nameJa: '紅葉商事' } })).toBe('created');
    expect(changeKind({ field: '', before: { id: 'c1' }, after: null })).toBe('deleted');
    expect(changeKind({ field: 'headquarters', before: '', after: '大阪' })).toBe('changed');
    expect(changeKind({ field: '', before: null, after: 'imported' })).toBe('noted');
  });
});

describe('valueLine', () => {
  it('shows text, numbers and yes/no as they are, and nothing as empty', () => {
    expect(valueLine('名古屋')).toBe('名古屋');
    expect(valueLine(3.5)).toBe('3.5');
    expect(valueLine(false)).toBe('false');
    expect(valueLine(null)).toBe('');
  });

  it('names a whole record by its naming fields, without repeating one', () => {
    expect(valueLine({ id: 'c1', nameJa: '紅葉商事', nameLatin: 'Momiji Shoji', notes: 'x' })).toBe('紅葉商事 / Momiji Shoji');
    expect(valueLine({ id: 'm1', code: 'M1', metric: 'revenue' })).toBe('M1');
  });

  it('clips long values to 120 characters with an ellipsis', () => {
    const line = valueLine('あ'.repeat(300));
    expect(line).toHaveLength(120);
    expect(line.endsWith('…')).toBe(true);
    expect(valueLine({ a: [1, 2] })).toBe('{"a":[1,2]}');
  });
});

describe('local days as instants', () => {
  it('start at local midnight and end where the next day starts', () => {
    const start = new Date(startOfLocalDay('2027-03-31')!);
    const end = new Date(endOfLocalDay('2027-03-31')!);
    expect([start.getFullYear(), start.getMonth(), start.getDate(), start.getHours()]).toEqual([2027, 2, 31, 0]);
    expect([end.getFullYear(), end.getMonth(), end.getDate(), end.getHours()]).toEqual([2027, 3, 1, 0]);
    expect(startOfLocalDay('31/03/2027')).toBeUndefined();
  });
});
