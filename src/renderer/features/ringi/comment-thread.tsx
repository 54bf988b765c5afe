/**
 * Informal comments (nemawashi): the thread with author and time, and a box
 * to add one as the acting profile. Marked plainly as not approvals, so
 * nobody mistakes a friendly "looks fine" for a sign-off.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProposalComment } from '../../../shared/domain/ringi';
import { formatDateTime } from '../../../shared/i18n/format';
import { useDealRoom } from '../../app/deal-room-context';
import { useApiAction } from '../../app/use-api-action';
import { useLanguage } from '../../app/use-language';
import { fieldErrorFor, formErrorFor } from '../../components/api-error-placement';
import { ErrorText } from '../../components/error-text';
import { TextAreaField } from '../../components/text-area-field';
import { formatAgo } from './elapsed-time';

interface CommentThreadProps {
  proposalId: string;
  comments: readonly ProposalComment[];
  /** Whether new comments are taken (any proposal but a withdrawn one; someone must be acting). */
  open: boolean;
  actingName: string | null;
}

export function CommentThread({ proposalId, comments, open, actingName }: CommentThreadProps) {
  const { t } = useTranslation('ringi');
  const lang = useLanguage();
  const { detail, mutate } = useDealRoom();
  const action = useApiAction();
  const [body, setBody] = useState('');
  const now = Date.now();
  const mine = comments.filter((c) => c.proposalId === proposalId).sort((a, b) => a.createdAt.localeCompare(b.createdAt));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const saved = await action.run(() => mutate('proposals.comment', { dealRoomId: detail.dealRoom.id, proposalId, body }));
    if (saved) setBody('');
  }

  return (
    <section className="proposal__section comments" aria-labelledby="comments-heading">
      <h4 id="comments-heading" className="proposal__section-title">
        {t('comments.heading')}
      </h4>
      <p className="comments__not-approval">{t('comments.notApprovals')}</p>
      {mine.length === 0 ? (
        <p className="muted">{t('comments.none')}</p>
      ) : (
        <ol className="comments__list" aria-label={t('comments.listLabel')}>
          {mine.map((c) => (
            <li key={c.id} className="comments__item">
              <p className="comments__meta">
                <span className="comments__author">{c.authorName}</span>{' '}
                <time dateTime={c.createdAt} title={formatDateTime(c.createdAt, lang)}>
                  {formatAgo(c.createdAt, now, lang)}
                </time>
              </p>
              <p className="comments__body">{c.body}</p>
            </li>
          ))}
        </ol>
      )}
      {open && actingName !== null && (
        <form className="form comments__form" onSubmit={submit} noValidate>
          <TextAreaField
            label={t('comments.add', { name: actingName })}
            value={body}
            onChange={setBody}
            error={fieldErrorFor(action.error, 'body')}
            rows={3}
          />
          <ErrorText message={formErrorFor(action.error, ['body'])} />
          <div className="button-row">
            <button type="submit" className="button" disabled={action.busy}>
              {action.busy ? t('people.saving') : t('comments.post')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
