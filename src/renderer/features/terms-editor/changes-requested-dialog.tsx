/**
 * Asking for changes to a term sheet: the store needs a note saying what must
 * change; it is kept as a comment on the whole sheet and in the change log.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TermSheet } from '../../../shared/domain/terms';
import { useDealRoom } from '../../app/deal-room-context';
import { useApiAction } from '../../app/use-api-action';
import { fieldErrorFor, formErrorFor } from '../../components/api-error-placement';
import { DialogFormActions } from '../../components/dialog-form-actions';
import { ErrorText } from '../../components/error-text';
import { ModalDialog } from '../../components/modal-dialog';
import { TextAreaField } from '../../components/text-area-field';
import { TextField } from '../../components/text-field';
import { rememberAuthor, rememberedAuthor } from './comment-author';

export function ChangesRequestedDialog({ sheet, onClose }: { sheet: TermSheet; onClose: () => void }) {
  const { t } = useTranslation('termsEditor');
  const { detail, mutate } = useDealRoom();
  const action = useApiAction();
  const [note, setNote] = useState('');
  const [author, setAuthor] = useState(() => rememberedAuthor() || sheet.reviewer);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const done = await action.run(() => mutate('terms.setReviewStatus', { dealRoomId: detail.dealRoom.id, termSheetId: sheet.id, status: 'changes_requested', note, author }));
    if (done) {
      rememberAuthor(author);
      onClose();
    }
  }

  const title = t('review.changesTitle');
  return (
    <ModalDialog open title={title} onClose={onClose} className="terms-dialog">
      <form className="form" onSubmit={submit} noValidate aria-label={title}>
        <p className="dialog__message">{t('review.changesIntro')}</p>
        <TextAreaField
          label={t('review.note')}
          value={note}
          onChange={(v) => {
            setNote(v);
            if (action.error) action.clearError();
          }}
          hint={t('review.noteHint')}
          error={fieldErrorFor(action.error, 'note')}
          rows={4}
          required
        />
        <TextField
          label={t('comments.author')}
          value={author}
          onChange={(v) => {
            setAuthor(v);
            if (action.error) action.clearError();
          }}
          error={fieldErrorFor(action.error, 'author')}
          autoComplete="name"
        />
        <ErrorText message={formErrorFor(action.error, ['note', 'author'])} />
        <DialogFormActions busy={action.busy} submitLabel={t('review.changesSubmit')} onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}
