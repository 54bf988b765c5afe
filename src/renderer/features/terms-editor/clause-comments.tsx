/**
 * The reviewer-comment button beside anything on a term sheet: it shows how
 * many comments are still open and opens the thread. Reused by the terms
 * screen, so it reads everything it needs from the open deal-room.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClauseRef } from '../../../shared/domain/terms';
import { useDealRoom } from '../../app/deal-room-context';
import { CommentThreadDialog } from './comment-thread-dialog';
import { openCount, threadOf } from './comment-threads';
import { useClauseSubject } from './use-clause-subject';
import './terms-editor.css';

export function ClauseCommentsButton({ termSheetId, clause }: { termSheetId: string; clause: ClauseRef }) {
  const { t } = useTranslation('termsEditor');
  const { detail } = useDealRoom();
  const subjectOf = useClauseSubject();
  const [open, setOpen] = useState(false);
  const thread = threadOf(detail.termComments, termSheetId, clause);
  const pending = openCount(thread);
  const subject = subjectOf(clause);
  return (
    <>
      <button
        type="button"
        className={['button', 'button--small', 'comments-button', pending > 0 ? 'comments-button--open' : null].filter(Boolean).join(' ')}
        aria-label={t('comments.buttonLabel', { subject, count: pending, total: thread.length })}
        onClick={() => setOpen(true)}
      >
        <span aria-hidden="true" className="comments-button__icon">
          ✎
        </span>
        {pending > 0 ? t('comments.openCount', { count: pending }) : thread.length > 0 ? t('comments.allResolved') : t('comments.add')}
      </button>
      {open && <CommentThreadDialog termSheetId={termSheetId} clause={clause} subject={subject} onClose={() => setOpen(false)} />}
    </>
  );
}
