/** No term sheet yet for this candidate: start from the staged outline, or from nothing. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDealRoom } from '../../app/deal-room-context';
import { useApiAction } from '../../app/use-api-action';
import { EmptyState } from '../../components/empty-state';
import { ErrorText } from '../../components/error-text';
import { StartOutlineDialog } from './start-outline-dialog';

export function StartSheet({ candidateId, candidateName }: { candidateId: string; candidateName: string }) {
  const { t } = useTranslation('termsEditor');
  const { detail, mutate } = useDealRoom();
  const action = useApiAction();
  const [outline, setOutline] = useState(false);
  return (
    <div className="terms-editor terms-editor--empty">
      <EmptyState
        action={
          <div className="button-row">
            <button type="button" className="button button--primary" onClick={() => setOutline(true)}>
              {t('start.outline')}
            </button>
            <button
              type="button"
              className="button"
              disabled={action.busy}
              onClick={() => void action.run(() => mutate('terms.createSheet', { dealRoomId: detail.dealRoom.id, candidateId, start: 'empty' }))}
            >
              {t('start.empty')}
            </button>
          </div>
        }
      >
        {t('start.intro', { name: candidateName })}
      </EmptyState>
      <ErrorText message={action.error?.message} />
      {outline && <StartOutlineDialog candidateId={candidateId} candidateName={candidateName} onClose={() => setOutline(false)} />}
    </div>
  );
}
