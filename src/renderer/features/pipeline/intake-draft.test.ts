import { describe, expect, it } from 'vitest';
import { EMPTY_INTAKE, hasIntroducer, intakeDraftOf, intakeFieldsOf } from './intake-draft';

describe('the intake draft', () => {
  it('sends an empty first-contact date as no date, and a date as itself', () => {
    expect(intakeFieldsOf(EMPTY_INTAKE)).toEqual({
      origin: 'unknown',
      approachedBy: 'unknown',
      firstContactOn: null,
      introducer: '',
      introducerRelationship: '',
      statedIntent: '',
    });
    const draft = { ...EMPTY_INTAKE, origin: 'introducer' as const, firstContactOn: '2026-09-14', introducer: '山本 健一', introducerRelationship: 'Former JETRO adviser' };
    expect(intakeFieldsOf(draft)).toMatchObject({ origin: 'introducer', firstContactOn: '2026-09-14', introducer: '山本 健一' });
  });

  it('reads a stored candidate back into the same draft', () => {
    const stored = intakeFieldsOf({ ...EMPTY_INTAKE, origin: 'inbound', approachedBy: 'they_approached_us', firstContactOn: '2026-08-30', statedIntent: '全国独占販売権を希望' });
    expect(intakeDraftOf(stored)).toEqual({ ...EMPTY_INTAKE, origin: 'inbound', approachedBy: 'they_approached_us', firstContactOn: '2026-08-30', statedIntent: '全国独占販売権を希望' });
    expect(intakeDraftOf({ ...stored, firstContactOn: null }).firstContactOn).toBe('');
  });

  it('asks about an introducer for a referral or an introducer only', () => {
    expect((['unknown', 'inbound', 'outreach', 'referral', 'introducer'] as const).filter(hasIntroducer)).toEqual(['referral', 'introducer']);
  });
});
