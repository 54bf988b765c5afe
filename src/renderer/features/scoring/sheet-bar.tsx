/**
 * Above the grid: the chosen evaluator's sheet (status, "Submit my sheet" or
 * "Reopen"), and in independent mode a short notice that the others' scores
 * and the consensus are hidden until this sheet is submitted.
 */
import { useTranslation } from 'react-i18next';
import type { Evaluator } from '../../../shared/domain/entities';
import { scoresArePrivateTo } from '../../../shared/domain/panel-visibility';
import { useDealRoom } from '../../app/deal-room-context';
import { Notice } from '../../components/notice';
import { SheetActions } from '../evaluators/sheet-actions';
import { sheetProgressOf } from '../evaluators/sheet-progress';
import { SheetStatusText } from '../evaluators/sheet-status-text';

export function SheetBar({ evaluator }: { evaluator: Evaluator }) {
  const { t } = useTranslation('panel');
  const { detail } = useDealRoom();
  const progress = sheetProgressOf(detail, evaluator.id);
  const hidden = scoresArePrivateTo(detail, evaluator.id);
  return (
    <>
      <section className="sheet-bar" aria-label={t('scoring.sheetLabel', { name: evaluator.name })}>
        <div className="sheet-bar__status">
          <span className="sheet-bar__title">{t('scoring.sheetTitle', { name: evaluator.name })}</span>
          <SheetStatusText progress={progress} />
        </div>
        {evaluator.submittedAt !== null && <p className="sheet-bar__note">{t('scoring.locked')}</p>}
        <div className="sheet-bar__actions">
          <SheetActions evaluator={evaluator} voice="own" />
        </div>
      </section>
      {hidden && (
        <Notice tone="info" role="status">
          <p>
            <strong>{t('scoring.independentTitle')}</strong> {t('scoring.independentNotice', { name: evaluator.name })}
          </p>
        </Notice>
      )}
    </>
  );
}
