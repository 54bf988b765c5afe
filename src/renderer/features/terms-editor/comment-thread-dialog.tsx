/**
 * One thread of reviewer comments: read it, add to it, resolve or reopen a
 * comment, delete one. Resolved comments stay visible, struck through and
 * marked "Resolved" in words, so the trail of what was settled remains.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClauseRef, TermComment } from '../../../shared/domain/terms';
import { formatDateTime } from '../../../shared/i18n/format';
import { useDealRoom } from '../../app/deal-room-context';
import { useApiAction } from '../../app/use-api-action';
import { useLanguage } from '../../app/use-language';
import { fieldErrorFor, formErrorFor } from '../../components/api-error-placement';
import { Badge } from '../../components/badge';
import { ConfirmDeleteDialog } from '../../components/confirm-delete-dialog';
import { ErrorText } from '../../components/error-text';
import { ModalDialog } from '../../components/modal-dialog';
import { TextAreaField } from '../../components/text-area-field';
import { TextField } from '../../components/text-field';
import { rememberAuthor, rememberedAuthor } from './comment-author';
import { threadOf } from './comment-threads';

interface CommentThreadDialogProps {
  termSheetId: string;
  clause: ClauseRef;
  subject: string;
  onClose: () => void;
}

export function CommentThreadDialog({ termSheetId, clause, subject, onClose }: CommentThreadDialogProps) {
  const { t } = useTranslation('termsEditor');
  const lang = useLanguage();
  const { detail, mutate } = useDealRoom();
  const adding = useApiAction();
  const resolving = useApiAction();
  const [author, setAuthor] = useState(() => rememberedAuthor());
  const [body, setBody] = useState('');
  const [removing, setRemoving] = useState<TermComment | null>(null);
  const dealRoomId = detail.dealRoom.id;
  const thread = threadOf(detail.termComments, termSheetId, clause);

  async function add(event: FormEvent) {
    event.preventDefault();
    const sent = body;
    const done = await adding.run(() => mutate('terms.addComment', { dealRoomId, termSheetId, clause, author, body: sent }));
    if (done) {
      rememberAuthor(author);
      // Only what was sent is cleared: anything typed while it was being saved stays.
      setBody((now) => (now === sent ? '' : now));
    }
  }

  const title = t('comments.title', { subject });
  return (
    <ModalDialog open title={title} onClose={onClose} className="dialog--wide terms-comments" initialFocus="textarea">
      {thread.length === 0 ? (
        <p className="dialog__message">{t('comments.empty')}</p>
      ) : (
        <ol className="terms-comments__list" aria-label={t('comments.listLabel', { subject })}>
          {thread.map((c) => (
            <li key={c.id} className={c.resolved ? 'terms-comments__item terms-comments__item--resolved' : 'terms-comments__item'}>
              <div className="terms-comments__meta">
                <span className="terms-comments__author">{c.author}</span>
                <time dateTime={c.createdAt} className="muted">
                  {formatDateTime(c.createdAt, lang)}
                </time>
                {c.resolved && <Badge tone="good">{t('comments.resolved')}</Badge>}
              </div>
              <p className="terms-comments__body">{c.body}</p>
              <div className="terms-comments__actions">
                <button
                  type="button"
                  className="button button--small"
                  disabled={resolving.busy}
                  onClick={() => void resolving.run(() => mutate('terms.resolveComment', { dealRoomId, commentId: c.id, resolved: !c.resolved }))}
                  aria-label={c.resolved ? t('comments.reopenLabel', { author: c.author }) : t('comments.resolveLabel', { author: c.author })}
                >
                  {c.resolved ? t('comments.reopen') : t('comments.resolve')}
                </button>
                <button type="button" className="button button--small button--danger-text" onClick={() => setRemoving(c)} aria-label={t('comments.deleteLabel', { author: c.author })}>
                  {t('ui:actions.delete')}
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
      <ErrorText message={resolving.error?.message} />
      <form className="form terms-comments__form" onSubmit={add} noValidate aria-label={t('comments.formLabel')}>
        <TextAreaField
          label={t('comments.body')}
          value={body}
          onChange={(v) => {
            setBody(v);
            if (adding.error) adding.clearError();
          }}
          rows={3}
          error={fieldErrorFor(adding.error, 'body')}
        />
        <TextField
          label={t('comments.author')}
          value={author}
          onChange={(v) => {
            setAuthor(v);
            if (adding.error) adding.clearError();
          }}
          hint={t('comments.authorHint')}
          error={fieldErrorFor(adding.error, 'author')}
          autoComplete="name"
        />
        <ErrorText message={formErrorFor(adding.error, ['body', 'author'])} />
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('ui:actions.close')}
          </button>
          <button type="submit" className="button button--primary" disabled={adding.busy}>
            {adding.busy ? t('ui:actions.saving') : t('comments.submit')}
          </button>
        </div>
      </form>
      {removing && (
        <ConfirmDeleteDialog
          title={t('comments.deleteTitle')}
          message={t('comments.deleteBody', { author: removing.author })}
          confirmLabel={t('comments.deleteConfirm')}
          remove={() => mutate('terms.deleteComment', { dealRoomId, commentId: removing.id })}
          onDeleted={() => setRemoving(null)}
          onCancel={() => setRemoving(null)}
        />
      )}
    </ModalDialog>
  );
}
