import { describe, expect, it } from 'vitest';
import type { Phase } from '../../../shared/domain/terms';
import { draftEndsOn, draftFromPhase, monthsProblem, newPhaseDraft, newTargetDraft, phaseFieldsFromDraft } from './phase-draft';

const pilot: Phase = {
  id: 'p1',
  termSheetId: 's1',
  name: 'Pilot',
  startsOn: '2027-04-01',
  endsOn: '2028-03-31',
  exclusivity: 'none',
  scope: { territory: ['JP-R-kinki'], channels: ['hospitals'], segments: [], products: [] },
  targets: [{ tier: 'base', metric: 'revenue', customMetric: '', value: 50_000_000, unit: 'JPY' }],
  sortOrder: 0,
};

describe('phase draft', () => {
  it('starts a first phase today, for 12 months, in all of Japan', () => {
    const d = newPhaseDraft([], '2027-01-15');
    // 2027-01-15 + 12 months − 1 day = 2028-01-14.
    expect(d).toMatchObject({ startsOn: '2027-01-15', endMode: 'months', months: '12', endsOn: '2028-01-14', exclusivity: 'none' });
    expect(d.scope).toEqual({ territory: ['JP'], channels: [], segments: [], products: [] });
  });

  it('starts the next phase the day after the latest one ends, with its scope', () => {
    const d = newPhaseDraft([pilot], '2027-01-15');
    expect(d.startsOn).toBe('2028-04-01');
    expect(d.scope).toEqual(pilot.scope);
    expect(d.scope).not.toBe(pilot.scope);
  });

  it('reopens a phase of whole months in duration mode, and turns it back into the same input', () => {
    const d = draftFromPhase(pilot);
    expect(d).toMatchObject({ endMode: 'months', months: '12' });
    expect(draftFromPhase({ ...pilot, endsOn: '2028-03-15' })).toMatchObject({ endMode: 'date', months: '' });
    expect(phaseFieldsFromDraft(d)).toEqual({
      name: 'Pilot',
      startsOn: '2027-04-01',
      endsOn: '2028-03-31',
      exclusivity: 'none',
      scope: pilot.scope,
      targets: [{ tier: 'base', metric: 'revenue', customMetric: '', value: 50_000_000, unit: 'JPY' }],
    });
  });

  it('sets the end from a duration: 18 months from 1 April 2027 ends on 30 September 2028', () => {
    const d = { ...draftFromPhase(pilot), months: '18' };
    // 2027-04-01 + 18 months = 2028-10-01; minus one day = 2028-09-30.
    expect(draftEndsOn(d)).toBe('2028-09-30');
    expect(monthsProblem(d)).toBe(false);
  });

  it('refuses a duration that is not a whole number of months, before sending', () => {
    for (const months of ['', '1.5', '0', 'abc', '241']) expect(monthsProblem({ ...draftFromPhase(pilot), months })).toBe(true);
    expect(monthsProblem({ ...draftFromPhase(pilot), endMode: 'date', months: 'abc' })).toBe(false);
    // Full-width digits from a Japanese keyboard are a number.
    expect(monthsProblem({ ...draftFromPhase(pilot), months: '２４' })).toBe(false);
  });

  it('sends a target value that is not a number as typed, so the store names the field', () => {
    const d = { ...draftFromPhase(pilot), targets: [{ tier: 'stretch' as const, metric: 'custom' as const, customMetric: 'KOL visits', value: 'many', unit: '' }] };
    expect(phaseFieldsFromDraft(d).targets[0]).toEqual({ tier: 'stretch', metric: 'custom', customMetric: 'KOL visits', value: 'many', unit: '' });
  });

  it('drops a stale custom metric name when the metric is not custom', () => {
    const d = { ...draftFromPhase(pilot), targets: [{ tier: 'base' as const, metric: 'units' as const, customMetric: 'old', value: '30', unit: 'units' }] };
    expect(phaseFieldsFromDraft(d).targets[0]?.customMetric).toBe('');
  });

  it('offers the next tier not yet used for a new target', () => {
    const base = newTargetDraft([]);
    expect(base.tier).toBe('base');
    expect(newTargetDraft([{ ...base, unit: 'JPY' }])).toMatchObject({ tier: 'stretch', metric: 'revenue', unit: 'JPY' });
  });
});
