import { describe, expect, it } from 'vitest';
import { templateFileName } from './template-file-name';

describe('templateFileName', () => {
  it('keeps Japanese and Latin names readable', () => {
    expect(templateFileName('日本の販売代理店（一般）')).toBe('日本の販売代理店(一般).criteria-template.json');
    expect(templateFileName('Distributor in Japan (general)')).toBe('Distributor in Japan (general).criteria-template.json');
  });

  it('drops characters file systems refuse and never returns an empty name', () => {
    expect(templateFileName('A/B: "C"?')).toBe('A B C.criteria-template.json');
    expect(templateFileName('  ...  ')).toBe('criteria.criteria-template.json');
  });
});
