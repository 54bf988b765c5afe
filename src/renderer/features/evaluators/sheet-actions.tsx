/**
 * Submit or reopen one evaluator's sheet, each through its dialog. Used in
 * the evaluators table and on the scoring screen ("Submit my sheet").
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Evaluator } from '../../../shared/domain/entities';
import { useDealRoom } from '../../app/deal-room-context';
import { ReopenSheetDialog } from './reopen-sheet-dialog';
import { sheetProgressOf } from './sheet-progress';
import { SubmitSheetDialog } from './submit-sheet-dialog';

interface SheetActionsProps {
  evaluator: Evaluator;
  /** "own": the evaluator acts on their own sheet (scoring screen); "row": someone acts on a row of the table. */
  voice: 'own' | 'row';
  small?: boolean;
}

export function SheetActions({ evaluator, voice, small = false }: SheetActionsProps) {
  const { t } = useTranslation('panel');
  const { detail } = useDealRoom();
  const [asking, setAsking] = useState<'submit' | 'reopen' | null>(null);
  const progress = sheetProgressOf(detail, evaluator.id);
  const submitted = evaluator.submittedAt !== null;
  const className = ['button', small ? 'button--small' : null, !submitted && voice === 'own' ? 'button--primary' : null].filter(Boolean).join(' ');
  const submitLabel = voice === 'own' ? t('sheet.submitOwn') : t('sheet.submit');
  return (
    <>
      {submitted ? (
        <button type="button" className={className} onClick={() => setAsking('reopen')} aria-label={voice === 'row' ? t('sheet.reopenLabel', { name: evaluator.name }) : undefined}>
          {t('sheet.reopen')}
        </button>
      ) : (
        <button type="button" className={className} onClick={() => setAsking('submit')} aria-label={voice === 'row' ? t('sheet.submitLabel', { name: evaluator.name }) : undefined}>
          {submitLabel}
        </button>
      )}
      {asking === 'submit' && <SubmitSheetDialog evaluator={evaluator} progress={progress} onClose={() => setAsking(null)} />}
      {asking === 'reopen' && <ReopenSheetDialog evaluator={evaluator} onClose={() => setAsking(null)} />}
    </>
  );
}
