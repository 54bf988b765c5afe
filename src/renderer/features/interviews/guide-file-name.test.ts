import { describe, expect, it } from 'vitest';
import { guideFileName } from './guide-file-name';

describe('the exported guide’s file name', () => {
  it('keeps the candidate’s name readable in any script and adds the day', () => {
    expect(guideFileName('Hayate HealthTech Inc.', '2027-01-14')).toBe('interview-guide Hayate HealthTech Inc. 2027-01-14.md');
    expect(guideFileName('株式会社ハヤテ・ヘルステック', '2027-01-14')).toBe('interview-guide 株式会社ハヤテ・ヘルステック 2027-01-14.md');
  });

  it('drops what file systems refuse, and folds full-width forms', () => {
    expect(guideFileName('Ａｓａｎａｇｉ: Medical/K.K.?', '2027-01-14')).toBe('interview-guide Asanagi Medical K.K. 2027-01-14.md');
    expect(guideFileName(' */ ', '2027-01-14')).toBe('interview-guide candidate 2027-01-14.md');
  });
});
