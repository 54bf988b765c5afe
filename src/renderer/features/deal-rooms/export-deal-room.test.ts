import { describe, expect, it } from 'vitest';
import { exportFileName } from './export-deal-room';

describe('exportFileName', () => {
  const day = new Date('2027-02-03T10:00:00Z');

  it('keeps the room name readable, Japanese included, with the date', () => {
    expect(exportFileName('日本販売パートナー選定 2027', day)).toBe('日本販売パートナー選定 2027 2027-02-03.shinrai.json');
  });

  it('drops characters that file systems refuse', () => {
    expect(exportFileName('A/B: "pilot" <Kansai>?', day)).toBe('A B pilot Kansai 2027-02-03.shinrai.json');
  });

  it('names a room without a usable name', () => {
    expect(exportFileName('///', day)).toBe('deal-room 2027-02-03.shinrai.json');
  });
});
