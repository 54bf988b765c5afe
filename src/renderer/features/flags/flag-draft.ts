/**
 * The "Log a flag" form as plain data: what it starts from (empty, a stored
 * flag, a library entry or checklist item), and what it sends. Picking a
 * library entry fills in what was said and the suggested consequence; a
 * suggested penalty lands on the room's criterion that came from the same
 * library criterion, and falls back to a note when the room has none.
 */
import type { InputOf } from '../../../shared/api/contract';
import type { Criterion, Language } from '../../../shared/domain/entities';
import type { FlagConsequence, RedFlag } from '../../../shared/domain/vetting';
import type { FlagReference } from '../../../shared/red-flags/red-flag-library';
import { numberForApi, numberToText, parseNumberText } from '../../components/parse-number-text';

export interface FlagDraft {
  candidateId: string;
  libraryKey: string;
  said: string;
  saidBy: string;
  /** YYYY-MM-DD, or '' when not known. */
  observedOn: string;
  source: string;
  consequence: FlagConsequence;
  /** '' when none is chosen. */
  criterionId: string;
  penaltyText: string;
  condition: string;
}

export function emptyDraft(candidateId: string): FlagDraft {
  return {
    candidateId,
    libraryKey: '',
    said: '',
    saidBy: '',
    observedOn: '',
    source: '',
    consequence: 'note',
    criterionId: '',
    penaltyText: '1',
    condition: '',
  };
}

export function draftFromFlag(flag: RedFlag): FlagDraft {
  return {
    candidateId: flag.candidateId,
    libraryKey: flag.libraryKey,
    said: flag.said,
    saidBy: flag.saidBy,
    observedOn: flag.observedOn ?? '',
    source: flag.source,
    consequence: flag.consequence,
    criterionId: flag.criterionId ?? '',
    penaltyText: flag.consequence === 'penalty' ? numberToText(flag.penalty) : '1',
    condition: flag.condition,
  };
}

/** The room's criterion that came from a library criterion, if any. */
export function criterionForLibraryKey(criteria: readonly Criterion[], libraryKey: string): Criterion | undefined {
  return criteria.find((c) => c.libraryKey === libraryKey);
}

/**
 * The draft with a reference picked (or unpicked, with null). What was said is
 * replaced only when it is empty or still the previous reference's words: a
 * person's own notes are never overwritten.
 */
export function withReference(
  draft: FlagDraft,
  reference: FlagReference | null,
  previous: FlagReference | null,
  criteria: readonly Criterion[],
  lang: Language,
): FlagDraft {
  const saidIsPrefill = draft.said.trim() === '' || (previous !== null && draft.said === previous.statement[lang]);
  if (reference === null) return { ...draft, libraryKey: '', said: saidIsPrefill ? '' : draft.said };
  const next: FlagDraft = { ...draft, libraryKey: reference.key, said: saidIsPrefill ? reference.statement[lang] : draft.said };
  const suggested = reference.consequence;
  switch (suggested.kind) {
    case 'penalty': {
      const criterion = criterionForLibraryKey(criteria, suggested.criterionKey);
      return criterion
        ? { ...next, consequence: 'penalty', criterionId: criterion.id, penaltyText: numberToText(suggested.points) }
        : { ...next, consequence: 'note', criterionId: '' };
    }
    case 'contract_condition':
      return { ...next, consequence: 'contract_condition', condition: suggested.condition[lang] };
    case 'knockout':
    case 'note':
      return { ...next, consequence: suggested.kind };
  }
}

type FlagFields = NonNullable<InputOf<'flags.log'>['fields']>;

/**
 * What the form sends. Fields of other consequences are left out, so the
 * store clears them; a penalty with no criterion chosen is sent as such and
 * refused by the store with its own message beside the criterion field.
 */
export function fieldsFromDraft(draft: FlagDraft): Required<Omit<FlagFields, 'criterionId' | 'penalty' | 'condition'>> & Pick<FlagFields, 'criterionId' | 'penalty' | 'condition'> {
  return {
    libraryKey: draft.libraryKey,
    said: draft.said,
    saidBy: draft.saidBy,
    observedOn: draft.observedOn === '' ? null : draft.observedOn,
    source: draft.source,
    consequence: draft.consequence,
    ...consequenceFromDraft(draft),
  };
}

/** The consequence part alone, as the confirm dialog sends it. */
export function consequenceFromDraft(draft: Pick<FlagDraft, 'consequence' | 'criterionId' | 'penaltyText' | 'condition'>): Pick<FlagFields, 'criterionId' | 'penalty' | 'condition'> {
  switch (draft.consequence) {
    case 'penalty':
      return { criterionId: draft.criterionId === '' ? null : draft.criterionId, penalty: numberForApi(parseNumberText(draft.penaltyText)) };
    case 'contract_condition':
      return { condition: draft.condition };
    case 'knockout':
    case 'note':
      return {};
  }
}
