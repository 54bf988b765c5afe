import { describe, expect, it } from 'vitest';
import { choiceFromId, choiceId, choiceOfValue, SAATY_CHOICES, valueOfChoice } from './saaty-scale';

describe("Saaty's scale as choices", () => {
  it('lists seventeen choices from A extremely, through equal, to B extremely', () => {
    expect(SAATY_CHOICES.map(choiceId)).toEqual(['a9', 'a8', 'a7', 'a6', 'a5', 'a4', 'a3', 'a2', 'eq', 'b2', 'b3', 'b4', 'b5', 'b6', 'b7', 'b8', 'b9']);
    expect(SAATY_CHOICES.map(valueOfChoice)).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1, 1 / 2, 1 / 3, 1 / 4, 1 / 5, 1 / 6, 1 / 7, 1 / 8, 1 / 9]);
  });

  it('maps every value on the scale back to its own choice', () => {
    for (const choice of SAATY_CHOICES) expect(choiceOfValue(valueOfChoice(choice))).toEqual(choice);
  });

  it('reads a value between scale points as the nearest one on its side', () => {
    expect(choiceOfValue(1.4)).toEqual({ favours: 'equal' });
    expect(choiceOfValue(1.6)).toEqual({ favours: 'a', intensity: 2 });
    expect(choiceOfValue(0.3)).toEqual({ favours: 'b', intensity: 3 }); // 1/0.3 = 3.33
    expect(choiceOfValue(0.1111)).toEqual({ favours: 'b', intensity: 9 });
    expect(choiceOfValue(12)).toEqual({ favours: 'a', intensity: 9 });
    expect(choiceOfValue(Number.NaN)).toEqual({ favours: 'equal' });
  });

  it('turns option values back into choices, and refuses anything else', () => {
    expect(choiceFromId('b7')).toEqual({ favours: 'b', intensity: 7 });
    expect(choiceFromId('eq')).toEqual({ favours: 'equal' });
    expect(choiceFromId('a1')).toBeNull();
    expect(choiceFromId('c3')).toBeNull();
  });
});
