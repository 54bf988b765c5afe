import { describe, expect, it } from 'vitest';
import { fieldErrorFor } from '../../components/api-error-placement';
import { errorWithin, pathSegments, problemAt } from './error-paths';

const refusal = (path: string) => ({ code: 'invalid_input' as const, message: `${path}: must be 0 or more`, problem: 'must be 0 or more', path });

describe('error paths', () => {
  it('splits zod and handler paths alike, without the operation wrapper', () => {
    expect(pathSegments('fields.targets[0].value')).toEqual(['targets', '0', 'value']);
    expect(pathSegments('patch.condition.milestoneIds.2')).toEqual(['condition', 'milestoneIds', '2']);
    expect(pathSegments('settledOn')).toEqual(['settledOn']);
  });

  it('narrows an error to the repeated part it is about', () => {
    const e = refusal('fields.actions[1].scope.territory');
    expect(errorWithin(e, 'actions.1.scope')?.path).toBe('territory');
    expect(fieldErrorFor(errorWithin(e, 'actions.1.scope'), 'territory')).toBe('must be 0 or more');
    expect(errorWithin(e, 'actions.0.scope')).toBeNull();
    expect(errorWithin(e, 'actions.1.scope.territory')).toBeNull();
    expect(errorWithin(null, 'actions.1')).toBeNull();
  });
});

describe('problem at', () => {
  it('places an error about a list or one of its items at the list', () => {
    expect(problemAt({ code: 'invalid_input', message: 'territory[0]: bad code', problem: 'bad code', path: 'territory.0' }, 'territory')).toBe('bad code');
    expect(problemAt({ code: 'invalid_input', message: 'territory: too short', path: 'territory' }, 'territory')).toBe('territory: too short');
    expect(problemAt({ code: 'invalid_input', message: 'x', path: 'channels' }, 'territory')).toBeUndefined();
    expect(problemAt(null, 'territory')).toBeUndefined();
  });
});
