import { describe, expect, it } from 'vitest';
import { BUILT_IN_CHANNELS, channelLabel, isBuiltInChannel } from './channels';

describe('channels', () => {
  it('know the built-in channels by key, with unique keys', () => {
    const keys = BUILT_IN_CHANNELS.map((c) => c.key);
    for (const k of ['hospitals', 'clinics', 'dental_clinics', 'pharmacies', 'drugstores', 'retail', 'e_commerce', 'wholesale', 'government', 'home_care', 'corporate', 'research_institutes']) {
      expect(keys).toContain(k);
    }
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('name a built-in key in each language and show a room’s own label as typed', () => {
    expect(channelLabel('hospitals', 'en')).toBe('hospitals');
    expect(channelLabel('hospitals', 'ja')).toBe('病院');
    expect(channelLabel('Veterinary clinics', 'ja')).toBe('Veterinary clinics');
    expect(isBuiltInChannel('Veterinary clinics')).toBe(false);
  });
});
