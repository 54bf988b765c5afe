import { describe, expect, it } from 'vitest';
import type { Criterion } from '../../../shared/domain/entities';
import { flagReference } from '../../../shared/red-flags/red-flag-library';
import { emptyDraft, fieldsFromDraft, withReference } from './flag-draft';

function criterion(id: string, libraryKey: string): Criterion {
  return {
    id,
    pillarId: 'p',
    nameEn: id,
    nameJa: id,
    description: '',
    anchor1: '',
    anchor3: '',
    anchor5: '',
    weight: 1,
    knockout: false,
    passMark: 3,
    sortOrder: 0,
    libraryKey,
  };
}

const stock = flagReference('cannot-hold-stock')!; // suggests 1 point off logistics-inventory
const price = flagReference('price-too-high')!; // suggests 1 point off brand-positioning
const registration = flagReference('registration-cannot-transfer')!; // suggests a contract condition
const gifts = flagReference('gifts-are-customary')!; // suggests a knock-out

describe('picking a library entry', () => {
  it('puts a suggested penalty on the room’s criterion from the same library criterion', () => {
    const criteria = [criterion('c-brand', 'brand-positioning'), criterion('c-stock', 'logistics-inventory')];
    const draft = withReference(emptyDraft('hayate'), stock, null, criteria, 'en');
    expect(draft).toMatchObject({ libraryKey: 'cannot-hold-stock', said: stock.statement.en, consequence: 'penalty', criterionId: 'c-stock', penaltyText: '1' });
  });

  it('falls back to a note when the room has no such criterion', () => {
    const draft = withReference(emptyDraft('hayate'), stock, null, [criterion('c-brand', 'brand-positioning')], 'ja');
    expect(draft).toMatchObject({ said: stock.statement.ja, consequence: 'note', criterionId: '' });
  });

  it('replaces the previous entry’s words but never a person’s own', () => {
    const first = withReference(emptyDraft('a'), stock, null, [], 'en');
    const second = withReference(first, price, stock, [], 'en');
    expect(second.said).toBe(price.statement.en);
    const typed = { ...second, said: 'They said our price is double the local brand.' };
    expect(withReference(typed, stock, price, [], 'en').said).toBe('They said our price is double the local brand.');
    // Unpicking clears words that were only the entry's.
    expect(withReference(second, null, price, [], 'en')).toMatchObject({ libraryKey: '', said: '' });
    expect(withReference(typed, null, price, [], 'en')).toMatchObject({ libraryKey: '', said: 'They said our price is double the local brand.' });
  });

  it('takes a suggested contract condition in the reader’s language, and a knock-out as it is', () => {
    if (registration.consequence.kind !== 'contract_condition') throw new Error('expected a condition');
    expect(withReference(emptyDraft('a'), registration, null, [], 'ja')).toMatchObject({
      consequence: 'contract_condition',
      condition: registration.consequence.condition.ja,
    });
    expect(withReference(emptyDraft('a'), gifts, null, [], 'en').consequence).toBe('knockout');
  });
});

describe('what the form sends', () => {
  it('sends only the fields of the chosen consequence, numbers as typed on a Japanese keyboard', () => {
    const draft = { ...emptyDraft('a'), said: 'Busy', observedOn: '2027-02-03', consequence: 'penalty' as const, criterionId: 'c1', penaltyText: '１．５', condition: 'left over' };
    expect(fieldsFromDraft(draft)).toEqual({
      libraryKey: '',
      said: 'Busy',
      saidBy: '',
      observedOn: '2027-02-03',
      source: '',
      consequence: 'penalty',
      criterionId: 'c1',
      penalty: 1.5,
    });
    expect(fieldsFromDraft({ ...draft, criterionId: '' }).criterionId).toBeNull();
    expect(fieldsFromDraft({ ...draft, consequence: 'note', observedOn: '' })).toEqual({
      libraryKey: '',
      said: 'Busy',
      saidBy: '',
      observedOn: null,
      source: '',
      consequence: 'note',
    });
    expect(fieldsFromDraft({ ...draft, consequence: 'contract_condition' })).toMatchObject({ consequence: 'contract_condition', condition: 'left over' });
  });
});
