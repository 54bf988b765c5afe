/**
 * Where legal's review of the sheet stands (draft, in review, changes
 * requested, approved), as a labelled choice with the state in words.
 * Requesting changes asks for a note first.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TermSheet } from '../../../shared/domain/terms';
import { useDealRoom } from '../../app/deal-room-context';
import { useApiAction } from '../../app/use-api-action';
import { Badge } from '../../components/badge';
import { SelectField } from '../../components/select-field';
import { ChangesRequestedDialog } from './changes-requested-dialog';
import { rememberedAuthor } from './comment-author';
import { REVIEW_TONE, useTermLabels } from './use-term-labels';

export function ReviewStatusField({ sheet }: { sheet: TermSheet }) {
  const { t } = useTranslation('termsEditor');
  const labels = useTermLabels();
  const { detail, mutate } = useDealRoom();
  const action = useApiAction();
  const [asking, setAsking] = useState(false);

  return (
    <div className="review-status">
      <SelectField
        label={t('review.label')}
        value={sheet.reviewStatus}
        options={labels.reviewStatuses}
        disabled={action.busy}
        hint={t('review.hint')}
        error={action.error?.problem ?? action.error?.message}
        onChange={(status) => {
          if (status === 'changes_requested') {
            setAsking(true);
            return;
          }
          void action.run(() => mutate('terms.setReviewStatus', { dealRoomId: detail.dealRoom.id, termSheetId: sheet.id, status, author: rememberedAuthor() || sheet.reviewer }));
        }}
      />
      <p className="review-status__now">
        {t('review.now')} <Badge tone={REVIEW_TONE[sheet.reviewStatus]}>{labels.label(labels.reviewStatuses, sheet.reviewStatus)}</Badge>
      </p>
      {asking && <ChangesRequestedDialog sheet={sheet} onClose={() => setAsking(false)} />}
    </div>
  );
}
