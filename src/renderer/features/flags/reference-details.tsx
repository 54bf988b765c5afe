/**
 * What a library entry or checklist item says about a flag: where it comes
 * from, what it may signal, the check that confirms or clears it, and the
 * consequence the library suggests once confirmed.
 */
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain/entities';
import { groupLabelKey } from '../../../shared/red-flags/red-flag-labels';
import type { FlagReference } from '../../../shared/red-flags/red-flag-library';
import { libraryCriterion } from '../../../shared/templates/criteria-library';
import { formatScore } from '../../../shared/i18n/format';

export function ReferenceDetails({ reference, lang, showSuggestion = false }: { reference: FlagReference; lang: Language; showSuggestion?: boolean }) {
  const { t } = useTranslation('flags');
  const group = t(groupLabelKey(reference.group));
  return (
    <dl className="flag-reference">
      <div className="flag-reference__row">
        <dt>{reference.origin === 'library' ? t('reference.fromLibrary') : t('reference.fromChecklist')}</dt>
        <dd>{group}</dd>
      </div>
      <div className="flag-reference__row">
        <dt>{t('reference.signals')}</dt>
        <dd>{reference.signals[lang]}</dd>
      </div>
      <div className="flag-reference__row">
        <dt>{t('reference.check')}</dt>
        <dd>{reference.check[lang]}</dd>
      </div>
      {showSuggestion && (
        <div className="flag-reference__row">
          <dt>{t('reference.suggested')}</dt>
          <dd>
            <SuggestionText reference={reference} lang={lang} />
          </dd>
        </div>
      )}
    </dl>
  );
}

function SuggestionText({ reference, lang }: { reference: FlagReference; lang: Language }) {
  const { t } = useTranslation('flags');
  const suggested = reference.consequence;
  switch (suggested.kind) {
    case 'note':
      return <>{t('suggestion.note')}</>;
    case 'knockout':
      return <>{t('suggestion.knockout')}</>;
    case 'penalty':
      return (
        <>
          {t('suggestion.penalty', { points: formatScore(suggested.points, lang), criterion: libraryCriterion(suggested.criterionKey).name[lang] })}
        </>
      );
    case 'contract_condition':
      return <>{t('suggestion.condition', { condition: suggested.condition[lang] })}</>;
  }
}
