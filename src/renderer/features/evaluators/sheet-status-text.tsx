/**
 * An evaluator's sheet in words: not started, in progress with counts, or
 * submitted at a date and time (Intl, in the reader's language). Counts only:
 * the facilitator chases progress without seeing a value.
 */
import { useTranslation } from 'react-i18next';
import { formatPoints } from '../../../shared/i18n/format';
import { useLanguage } from '../../app/use-language';
import { Badge } from '../../components/badge';
import { formatDateTime } from '../../../shared/i18n/format';
import type { SheetProgress } from './sheet-progress';

/** `compact` leaves out the counts (for a table that shows them in a row of their own). */
export function SheetStatusText({ progress, compact = false }: { progress: SheetProgress; compact?: boolean }) {
  const { t } = useTranslation('panel');
  const lang = useLanguage();
  const count = (n: number) => formatPoints(n, lang, 0);
  if (progress.submittedAt !== null)
    return (
      <span className="sheet-status">
        <Badge tone="good">{t('sheet.submitted')}</Badge>{' '}
        <span className="sheet-status__detail">{t('sheet.submittedAt', { at: formatDateTime(progress.submittedAt, lang) })}</span>
      </span>
    );
  if (progress.status === 'notStarted')
    return (
      <span className="sheet-status">
        <Badge>{t('sheet.notStarted')}</Badge>{' '}
        {!compact && <span className="sheet-status__detail">{t('sheet.scoredOf', { scored: count(0), scorable: count(progress.scorable) })}</span>}
      </span>
    );
  return (
    <span className="sheet-status">
      <Badge tone="accent">{t('sheet.inProgress')}</Badge>{' '}
      {!compact && <span className="sheet-status__detail">{t('sheet.scoredOf', { scored: count(progress.scored), scorable: count(progress.scorable) })}</span>}
    </span>
  );
}
