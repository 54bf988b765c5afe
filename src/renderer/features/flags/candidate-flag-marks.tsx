/**
 * A candidate's red flags in its matrix column heading: the counts of open
 * and confirmed flags, and, when a confirmed knock-out flag removed it from
 * the ranking, the reason in the words that were logged. Words, not colour
 * alone; the reason prints with the matrix.
 */
import { useTranslation } from 'react-i18next';
import type { CandidateFlagSummary } from '../../../shared/red-flags/candidate-flag-summary';
import './flags.css';

export function CandidateFlagMarks({ flags }: { flags: CandidateFlagSummary }) {
  const { t } = useTranslation('flags');
  if (flags.open === 0 && flags.confirmed === 0) return null;
  return (
    <div className="flag-marks">
      <span className="flag-marks__counts">
        <span className="flag-marks__icon" aria-hidden="true">
          ⚑
        </span>{' '}
        {t('matrix.counts', { open: flags.open, confirmed: flags.confirmed })}
      </span>
      {flags.knockoutReasons.map((reason, i) => (
        <span key={i} className="flag-marks__reason">
          {t('matrix.knockoutReason', { said: reason })}
        </span>
      ))}
    </div>
  );
}
