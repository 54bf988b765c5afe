import { describe, expect, it } from 'vitest';
import { stepThreshold } from './threshold-step';

describe('stepThreshold', () => {
  it('steps by half a point either way', () => {
    expect(stepThreshold('1.5', 1)).toBe('2');
    expect(stepThreshold('1.5', -1)).toBe('1');
    expect(stepThreshold('0.1', 1)).toBe('0.6');
    expect(stepThreshold('１．２', 1)).toBe('1.7');
  });

  it('stops at 0.1 and 5', () => {
    expect(stepThreshold('0.5', -1)).toBe('0.1');
    expect(stepThreshold('0.1', -1)).toBe('0.1');
    expect(stepThreshold('4.8', 1)).toBe('5');
    expect(stepThreshold('9', -1)).toBe('5');
  });

  it('starts from the default of 1.5 when the field holds no number', () => {
    expect(stepThreshold('', 1)).toBe('2');
    expect(stepThreshold('wide', -1)).toBe('1');
  });
});
