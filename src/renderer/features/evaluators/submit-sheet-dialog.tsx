/**
 * "Submit the sheet?": says how many cells the evaluator can still score are
 * empty, that the sheet will be locked, and (in independent mode) that the
 * evaluator will then see the others' scores. Mounted only while asking.
 */
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Evaluator } from '../../../shared/domain/entities';
import { formatPoints } from '../../../shared/i18n/format';
import { useDealRoom } from '../../app/deal-room-context';
import { useApiAction } from '../../app/use-api-action';
import { useLanguage } from '../../app/use-language';
import { DialogFormActions } from '../../components/dialog-form-actions';
import { ErrorText } from '../../components/error-text';
import { ModalDialog } from '../../components/modal-dialog';
import type { SheetProgress } from './sheet-progress';

export function SubmitSheetDialog({ evaluator, progress, onClose }: { evaluator: Evaluator; progress: SheetProgress; onClose: () => void }) {
  const { t } = useTranslation('panel');
  const lang = useLanguage();
  const { detail, mutate } = useDealRoom();
  const action = useApiAction();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const done = await action.run(() => mutate('evaluators.submitSheet', { dealRoomId: detail.dealRoom.id, evaluatorId: evaluator.id }));
    if (done) onClose();
  }

  return (
    <ModalDialog open title={t('submit.title', { name: evaluator.name })} onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate aria-label={t('submit.title', { name: evaluator.name })}>
        <p className="dialog__message">
          {progress.unscored === 0
            ? t('submit.complete', { name: evaluator.name })
            : t('submit.unscored', { count: progress.unscored, unscored: formatPoints(progress.unscored, lang, 0), scorable: formatPoints(progress.scorable, lang, 0) })}
        </p>
        <p className="dialog__message">{t('submit.locks')}</p>
        {detail.dealRoom.scoringMode === 'independent' && <p className="dialog__message">{t('submit.reveals', { name: evaluator.name })}</p>}
        <ErrorText message={action.error?.message} />
        <DialogFormActions busy={action.busy} submitLabel={t('submit.confirm')} onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}
