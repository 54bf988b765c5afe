/**
 * The top of a term sheet: its title, legal's reviewer and notes (saved
 * together), the legal review status, the sheet's own comment thread, and
 * deleting the whole sheet.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TermSheet } from '../../../shared/domain/terms';
import { useDealRoom } from '../../app/deal-room-context';
import { useApiAction } from '../../app/use-api-action';
import { fieldErrorFor, formErrorFor } from '../../components/api-error-placement';
import { ConfirmDeleteDialog } from '../../components/confirm-delete-dialog';
import { ErrorText } from '../../components/error-text';
import { TextAreaField } from '../../components/text-area-field';
import { TextField } from '../../components/text-field';
import { ClauseCommentsButton } from './clause-comments';
import { ReviewStatusField } from './review-status-field';

interface SheetFieldsDraft {
  title: string;
  reviewer: string;
  notes: string;
}

const FIELD_NAMES = ['title', 'reviewer', 'notes'];

export function SheetHeader({ sheet, candidateName }: { sheet: TermSheet; candidateName: string }) {
  const { t } = useTranslation('termsEditor');
  const { detail, mutate } = useDealRoom();
  const action = useApiAction();
  const stored: SheetFieldsDraft = { title: sheet.title, reviewer: sheet.reviewer, notes: sheet.notes };
  const [draft, setDraft] = useState<SheetFieldsDraft>(stored);
  const [removing, setRemoving] = useState(false);
  const dirty = FIELD_NAMES.some((k) => draft[k as keyof SheetFieldsDraft] !== stored[k as keyof SheetFieldsDraft]);
  const change = (patch: Partial<SheetFieldsDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    if (action.error) action.clearError();
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    await action.run(() => mutate('terms.updateSheet', { dealRoomId: detail.dealRoom.id, termSheetId: sheet.id, patch: draft }));
  }

  return (
    <section className="terms-editor__section sheet-header" aria-labelledby="terms-editor-sheet">
      <div className="terms-editor__section-head">
        <h3 className="section-title" id="terms-editor-sheet">
          {t('sheet.heading', { name: candidateName })}
        </h3>
        <div className="sheet-header__actions">
          <ClauseCommentsButton termSheetId={sheet.id} clause="sheet" />
          <button type="button" className="button button--small button--danger-text" onClick={() => setRemoving(true)}>
            {t('sheet.delete')}
          </button>
        </div>
      </div>
      <div className="sheet-header__body">
        <form className="form sheet-header__form" onSubmit={submit} noValidate aria-label={t('sheet.formLabel')}>
          <div className="form__row">
            <TextField label={t('sheet.title')} value={draft.title} onChange={(title) => change({ title })} placeholder={t('sheet.titlePlaceholder')} error={fieldErrorFor(action.error, 'title')} />
            <TextField label={t('sheet.reviewer')} value={draft.reviewer} onChange={(reviewer) => change({ reviewer })} hint={t('sheet.reviewerHint')} error={fieldErrorFor(action.error, 'reviewer')} />
          </div>
          <TextAreaField label={t('sheet.notes')} value={draft.notes} onChange={(notes) => change({ notes })} rows={2} error={fieldErrorFor(action.error, 'notes')} />
          <ErrorText message={formErrorFor(action.error, FIELD_NAMES)} />
          <div className="form__actions">
            {dirty && (
              <button type="button" className="button button--quiet" onClick={() => setDraft(stored)}>
                {t('ui:actions.cancel')}
              </button>
            )}
            <button type="submit" className="button button--primary" disabled={!dirty || action.busy}>
              {action.busy ? t('ui:actions.saving') : t('sheet.save')}
            </button>
          </div>
        </form>
        <ReviewStatusField sheet={sheet} />
      </div>
      {removing && (
        <ConfirmDeleteDialog
          title={t('sheet.deleteTitle', { name: candidateName })}
          message={t('sheet.deleteBody', { name: candidateName })}
          confirmLabel={t('sheet.deleteConfirm')}
          remove={() => mutate('terms.deleteSheet', { dealRoomId: detail.dealRoom.id, termSheetId: sheet.id })}
          onDeleted={() => setRemoving(false)}
          onCancel={() => setRemoving(false)}
        />
      )}
    </section>
  );
}
