import { describe, expect, it } from 'vitest';
import { fieldErrorFor, formErrorFor, lastPathSegment } from './api-error-placement';

const weightError = { code: 'invalid_input' as const, message: 'patch.weight: must be 0 or more', path: 'patch.weight', problem: 'must be 0 or more' };
const ruleError = { code: 'rule_violation' as const, message: 'At most 5 candidates can be compared side by side; 6 were chosen.' };

describe('API error placement', () => {
  it('takes the last segment of a dotted path, ignoring list indexes', () => {
    expect(lastPathSegment('patch.weight')).toBe('weight');
    expect(lastPathSegment('pillars[0].criteria[3].weight')).toBe('weight');
    expect(lastPathSegment('value')).toBe('value');
  });

  it('puts a field error beside its field only', () => {
    // Beside the field the bare problem is enough; without one, the whole message.
    expect(fieldErrorFor(weightError, 'weight')).toBe('must be 0 or more');
    expect(fieldErrorFor({ ...weightError, problem: undefined }, 'weight')).toBe('patch.weight: must be 0 or more');
    expect(fieldErrorFor(weightError, 'nameEn')).toBeUndefined();
    expect(formErrorFor(weightError, ['nameEn', 'weight'])).toBeUndefined();
  });

  it('shows an error with no matching field for the whole form', () => {
    expect(formErrorFor(ruleError, ['nameEn'])).toBe(ruleError.message);
    expect(formErrorFor(weightError, ['nameEn'])).toBe(weightError.message);
    expect(fieldErrorFor(ruleError, 'nameEn')).toBeUndefined();
    expect(formErrorFor(null, ['nameEn'])).toBeUndefined();
  });
});
