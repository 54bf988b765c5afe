/**
 * "Log a flag" (and editing one): on which candidate, the library entry it
 * matches, what was said, by whom, when and where, and what it should do if
 * the check confirms it. A new flag is always open: confirming it is a
 * separate step that needs the check's outcome.
 */
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RedFlag } from '../../../shared/domain/vetting';
import { candidateName } from '../../../shared/domain/display-names';
import { flagReference, type FlagReference } from '../../../shared/red-flags/red-flag-library';
import { collator } from '../../../shared/i18n/format';
import { libraryCriterion } from '../../../shared/templates/criteria-library';
import { useDealRoom } from '../../app/deal-room-context';
import { useApiAction } from '../../app/use-api-action';
import { useLanguage } from '../../app/use-language';
import { fieldErrorFor, formErrorFor } from '../../components/api-error-placement';
import { DialogFormActions } from '../../components/dialog-form-actions';
import { ErrorText } from '../../components/error-text';
import { ModalDialog } from '../../components/modal-dialog';
import { SelectField } from '../../components/select-field';
import { TextAreaField } from '../../components/text-area-field';
import { TextField } from '../../components/text-field';
import { CONSEQUENCE_FIELD_NAMES, ConsequenceFields } from './consequence-fields';
import { LibraryPicker } from './library-picker';
import { criterionForLibraryKey, fieldsFromDraft, withReference, type FlagDraft } from './flag-draft';

const FIELD_NAMES = ['candidateId', 'libraryKey', 'said', 'saidBy', 'observedOn', 'source', ...CONSEQUENCE_FIELD_NAMES];

interface LogFlagDialogProps {
  /** Where the form starts: empty, or prefilled from a checklist item. */
  initial: FlagDraft;
  /** The flag being edited; absent when logging a new one. */
  editing?: RedFlag;
  onClose: () => void;
}

export function LogFlagDialog({ initial, editing, onClose }: LogFlagDialogProps) {
  const { t } = useTranslation('flags');
  const lang = useLanguage();
  const { detail, mutate } = useDealRoom();
  const action = useApiAction();
  const [draft, setDraft] = useState<FlagDraft>(initial);
  const reference = draft.libraryKey ? (flagReference(draft.libraryKey) ?? null) : null;
  const byName = collator(lang);
  const candidateOptions = useMemo(
    () =>
      [...detail.candidates]
        .map((c) => ({ value: c.id, label: candidateName(c, lang) }))
        .sort((a, b) => byName.compare(a.label, b.label)),
    [detail.candidates, lang, byName],
  );

  const change = (patch: Partial<FlagDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    if (action.error) action.clearError();
  };
  const pick = (next: FlagReference | null) => {
    setDraft((d) => withReference(d, next, reference, detail.criteria, lang));
    if (action.error) action.clearError();
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const dealRoomId = detail.dealRoom.id;
    const fields = fieldsFromDraft(draft);
    const done = await action.run(() =>
      editing ? mutate('flags.update', { dealRoomId, flagId: editing.id, patch: fields }) : mutate('flags.log', { dealRoomId, candidateId: draft.candidateId, fields }),
    );
    if (done) onClose();
  }

  const title = editing ? t('log.editTitle') : t('log.title');
  return (
    <ModalDialog open title={title} onClose={onClose} className="dialog--wide flag-dialog">
      <form className="form" onSubmit={submit} noValidate aria-label={title}>
        {!editing && (
          <SelectField
            label={t('log.candidate')}
            value={draft.candidateId}
            options={candidateOptions}
            onChange={(candidateId) => change({ candidateId })}
            error={fieldErrorFor(action.error, 'candidateId')}
          />
        )}
        <fieldset className="flag-dialog__section">
          <legend className="field__label">{t('library.label')}</legend>
          <LibraryPicker selected={reference} onSelect={pick} lang={lang} />
          {reference?.consequence.kind === 'penalty' && !criterionForLibraryKey(detail.criteria, reference.consequence.criterionKey) && (
            <p className="field__hint">{t('log.noMatchingCriterion', { criterion: libraryCriterion(reference.consequence.criterionKey).name[lang] })}</p>
          )}
          <ErrorText message={fieldErrorFor(action.error, 'libraryKey')} />
        </fieldset>
        <TextAreaField
          label={t('log.said')}
          value={draft.said}
          onChange={(said) => change({ said })}
          hint={t('log.saidHint')}
          error={fieldErrorFor(action.error, 'said')}
          required
          rows={3}
        />
        <div className="flag-dialog__row">
          <TextField label={t('log.saidBy')} value={draft.saidBy} onChange={(saidBy) => change({ saidBy })} hint={t('log.saidByHint')} error={fieldErrorFor(action.error, 'saidBy')} />
          <TextField
            label={t('log.observedOn')}
            type="date"
            value={draft.observedOn}
            onChange={(observedOn) => change({ observedOn })}
            error={fieldErrorFor(action.error, 'observedOn')}
          />
          <TextField label={t('log.source')} value={draft.source} onChange={(source) => change({ source })} hint={t('log.sourceHint')} error={fieldErrorFor(action.error, 'source')} />
        </div>
        <ConsequenceFields value={draft} onChange={change} criteria={detail.criteria} error={action.error} legend={t('log.consequence')} />
        <ErrorText message={formErrorFor(action.error, FIELD_NAMES)} />
        <DialogFormActions busy={action.busy} submitLabel={editing ? t('log.save') : t('log.submit')} onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}
