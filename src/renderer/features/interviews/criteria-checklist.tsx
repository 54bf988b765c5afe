/**
 * The criteria an answer is evidence for: every criterion of the room as a
 * checkbox, grouped by pillar, so a person can link an answer by hand where
 * the question informs none of them by its library key.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { labelName } from '../../../shared/domain/display-names';
import { useDealRoom } from '../../app/deal-room-context';
import { useLanguage } from '../../app/use-language';
import { CheckboxField } from '../../components/checkbox-field';
import { ErrorText } from '../../components/error-text';

interface CriteriaChecklistProps {
  selected: readonly string[];
  onChange: (criterionIds: string[]) => void;
  hint: string;
  error?: string | undefined;
}

export function CriteriaChecklist({ selected, onChange, hint, error }: CriteriaChecklistProps) {
  const { t } = useTranslation('interviews');
  const lang = useLanguage();
  const { detail } = useDealRoom();
  const hintId = useId();
  const pillars = [...detail.pillars].sort((a, b) => a.sortOrder - b.sortOrder);
  const criteria = [...detail.criteria].sort((a, b) => a.sortOrder - b.sortOrder);
  const chosen = new Set(selected);

  function toggle(id: string, on: boolean) {
    // Kept in the room's criteria order, whatever order they were ticked in.
    onChange(criteria.filter((c) => (c.id === id ? on : chosen.has(c.id))).map((c) => c.id));
  }

  return (
    <fieldset className="criteria-checklist" aria-describedby={hintId}>
      <legend className="field__label">{t('answerForm.criteria')}</legend>
      <p className="field__hint" id={hintId}>
        {hint}
      </p>
      {criteria.length === 0 ? (
        <p className="muted">{t('answerForm.noCriteria')}</p>
      ) : (
        pillars.map((pillar) => {
          const inPillar = criteria.filter((c) => c.pillarId === pillar.id);
          if (inPillar.length === 0) return null;
          return (
            <div key={pillar.id} className="criteria-checklist__pillar" role="group" aria-label={labelName(pillar, lang)}>
              <p className="criteria-checklist__pillar-name" aria-hidden="true">
                {labelName(pillar, lang)}
              </p>
              {inPillar.map((c) => (
                <CheckboxField key={c.id} label={labelName(c, lang)} checked={chosen.has(c.id)} onChange={(on) => toggle(c.id, on)} />
              ))}
            </div>
          );
        })
      )}
      <ErrorText message={error} />
    </fieldset>
  );
}
