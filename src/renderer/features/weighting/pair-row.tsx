/**
 * One pairwise comparison: the two names and the choice on Saaty's scale
 * between them, worded as a sentence in each option so the list reads the
 * same to someone who has never heard of AHP.
 */
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain/entities';
import { formatPoints } from '../../../shared/i18n/format';
import { ErrorText } from '../../components/error-text';
import { choiceFromId, choiceId, SAATY_CHOICES, type SaatyChoice, type SaatyIntensity } from './saaty-scale';

interface PairRowProps {
  index: number;
  aName: string;
  bName: string;
  choice: SaatyChoice;
  onChange: (choice: SaatyChoice) => void;
  /** This comparison is the one most at odds with the others. */
  flagged: boolean;
  error: string | undefined;
  lang: Language;
  /** Hands the select to the dialog, which moves focus to a flagged comparison. */
  selectRef: (element: HTMLSelectElement | null) => void;
}

export function PairRow({ index, aName, bName, choice, onChange, flagged, error, lang, selectRef }: PairRowProps) {
  const { t } = useTranslation('analysis');
  const selectId = `ahp-pair-${index}`;
  const errorId = `${selectId}-error`;
  const degree: Record<SaatyIntensity, string> = {
    2: t('scale.degree2'),
    3: t('scale.degree3'),
    4: t('scale.degree4'),
    5: t('scale.degree5'),
    6: t('scale.degree6'),
    7: t('scale.degree7'),
    8: t('scale.degree8'),
    9: t('scale.degree9'),
  };
  const whole = (n: number) => formatPoints(n, lang, 0);
  const labelOf = (c: SaatyChoice) => {
    // The row's label already names both sides, so each option names only the side it favours.
    if (c.favours === 'equal') return t('scale.equal');
    const value = c.favours === 'a' ? whole(c.intensity) : `1/${whole(c.intensity)}`;
    return t('scale.more', { more: c.favours === 'a' ? aName : bName, degree: degree[c.intensity], value });
  };

  return (
    <li className={['ahp-pair', flagged ? 'ahp-pair--flagged' : null].filter(Boolean).join(' ')}>
      <label htmlFor={selectId} className="ahp-pair__label">
        <span className="ahp-pair__name">{aName}</span>
        <span className="ahp-pair__versus">{t('ahp.versus')}</span>
        <span className="ahp-pair__name">{bName}</span>
        {flagged && <span className="ahp-pair__flag">{t('ahp.flaggedPair')}</span>}
      </label>
      <select
        ref={selectRef}
        id={selectId}
        className="input select ahp-pair__select"
        value={choiceId(choice)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => {
          const next = choiceFromId(e.target.value);
          if (next) onChange(next);
        }}
      >
        {SAATY_CHOICES.map((c) => (
          <option key={choiceId(c)} value={choiceId(c)}>
            {labelOf(c)}
          </option>
        ))}
      </select>
      <ErrorText message={error} id={errorId} />
    </li>
  );
}
