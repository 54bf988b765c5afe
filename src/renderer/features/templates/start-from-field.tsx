/**
 * "Start from": when a deal-room is created, a blank room or one of the
 * library's templates, each shown with how many pillars, criteria and
 * knock-outs it brings.
 */
import './templates.css';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/use-language';
import { ErrorText } from '../../components/error-text';
import { TemplateCounts } from './template-counts';
import { templateName } from './template-texts';
import { useTemplateList } from './use-template-list';

interface StartFromFieldProps {
  /** The chosen template's id; '' for a blank deal-room. */
  value: string;
  onChange: (templateId: string) => void;
  error?: string | undefined;
}

export function StartFromField({ value, onChange, error }: StartFromFieldProps) {
  const { t } = useTranslation('templates');
  const lang = useLanguage();
  const group = useId();
  const { templates, error: loadError } = useTemplateList();

  return (
    <fieldset className="start-from field">
      <legend className="field__label">{t('startFrom.legend')}</legend>
      <label className="start-from__option">
        <input type="radio" name={group} value="" checked={value === ''} onChange={() => onChange('')} />
        <span className="start-from__text">
          <span className="start-from__name">{t('startFrom.blank')}</span>
          <span className="template-counts">{t('startFrom.blankHint')}</span>
        </span>
      </label>
      {templates?.map((summary) => (
        <label key={summary.id} className="start-from__option">
          <input type="radio" name={group} value={summary.id} checked={value === summary.id} onChange={() => onChange(summary.id)} />
          <span className="start-from__text">
            <span className="start-from__name">{templateName(summary, lang)}</span>
            <TemplateCounts summary={summary} />
          </span>
        </label>
      ))}
      <ErrorText message={loadError ? t('startFrom.loadFailed', { message: loadError.message }) : error} />
    </fieldset>
  );
}
