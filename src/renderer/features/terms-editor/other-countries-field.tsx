/**
 * Countries outside Japan in a scope: picked from a short list of the usual
 * ones or typed as an ISO code, shown as removable tokens with their names.
 */
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { OTHER_COUNTRY_SUGGESTIONS, placeName } from '../../../shared/terms/japan-geography';
import { useLanguage } from '../../app/use-language';
import { countryCodeFromText } from './territory-selection';

interface OtherCountriesFieldProps {
  countries: readonly string[];
  onAdd: (code: string) => void;
  onRemove: (code: string) => void;
}

export function OtherCountriesField({ countries, onAdd, onRemove }: OtherCountriesFieldProps) {
  const { t } = useTranslation('termsEditor');
  const lang = useLanguage();
  const id = useId();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | undefined>();

  function add() {
    const code = countryCodeFromText(text);
    if (!code) {
      setProblem(t('scope.countryInvalid'));
      return;
    }
    onAdd(code);
    setText('');
    setProblem(undefined);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // Enter adds the country; it must not submit the dialog's form.
    if (event.key === 'Enter') {
      event.preventDefault();
      add();
    }
  }

  return (
    <div className="scope-picker__countries">
      <label htmlFor={id} className="field__label">
        {t('scope.otherCountries')}
      </label>
      {countries.length > 0 && (
        <ul className="token-list" aria-label={t('scope.otherCountriesChosen')}>
          {countries.map((code) => (
            <li key={code} className="token">
              <span>
                {placeName(code, lang)} <span className="muted">{code}</span>
              </span>
              <button type="button" className="token__remove" aria-label={t('scope.removeToken', { label: placeName(code, lang) })} onClick={() => onRemove(code)}>
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="token-input">
        <input
          id={id}
          className="input"
          list={`${id}-suggestions`}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setProblem(undefined);
          }}
          onKeyDown={onKeyDown}
          aria-describedby={`${id}-hint${problem ? ` ${id}-error` : ''}`}
          aria-invalid={problem ? true : undefined}
          autoComplete="off"
          spellCheck={false}
        />
        <datalist id={`${id}-suggestions`}>
          {OTHER_COUNTRY_SUGGESTIONS.filter((c) => !countries.includes(c)).map((code) => (
            <option key={code} value={code} label={placeName(code, lang)} />
          ))}
        </datalist>
        <button type="button" className="button button--small" onClick={add}>
          {t('scope.addCountry')}
        </button>
      </div>
      <p className="field__hint" id={`${id}-hint`}>
        {t('scope.otherCountriesHint')}
      </p>
      {problem && (
        <p className="error-text" role="alert" id={`${id}-error`}>
          {problem}
        </p>
      )}
    </div>
  );
}
