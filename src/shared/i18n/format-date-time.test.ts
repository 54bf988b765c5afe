import { describe, expect, it } from 'vitest';
import { formatDateTime } from './format';

describe('formatDateTime', () => {
  // The time zone is the machine's, so only what holds in every zone is asserted:
  // 10:00 UTC on 3 February is still 3 or already 4 February, in 2027.
  it('writes the date and time in the reader’s language', () => {
    const iso = '2027-02-03T10:00:00.000Z';
    const en = formatDateTime(iso, 'en');
    const ja = formatDateTime(iso, 'ja');
    expect(en).toMatch(/2027/);
    expect(en).toMatch(/Feb/);
    expect(en).toMatch(/\d\d:\d\d/);
    expect(ja).toMatch(/^2027\/0?2\/0?[34] \d{1,2}:\d\d$/);
  });
});
