/**
 * A list of free labels (customer segments, product lines) typed one at a
 * time: Enter or the Add button adds the label, × removes it. Labels the room
 * already uses are suggested so the same thing keeps the same name.
 */
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { withLabel } from './room-scope-labels';

interface TokenListFieldProps {
  label: string;
  /** What an empty list means, e.g. "None listed: every customer segment." */
  emptyMeaning: string;
  addLabel: string;
  values: readonly string[];
  suggestions: readonly string[];
  onChange: (values: string[]) => void;
  error?: string | undefined;
}

export function TokenListField({ label, emptyMeaning, addLabel, values, suggestions, onChange, error }: TokenListFieldProps) {
  const { t } = useTranslation('termsEditor');
  const id = useId();
  const [text, setText] = useState('');

  function add() {
    onChange(withLabel(values, text));
    setText('');
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // Enter adds the label; it must not submit the dialog's form.
    if (event.key === 'Enter') {
      event.preventDefault();
      add();
    }
  }

  return (
    <div className={['field', 'token-field', error ? 'field--invalid' : null].filter(Boolean).join(' ')}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {values.length > 0 ? (
        <ul className="token-list" aria-label={label}>
          {values.map((v) => (
            <li key={v} className="token">
              <span>{v}</span>
              <button type="button" className="token__remove" aria-label={t('scope.removeToken', { label: v })} onClick={() => onChange(values.filter((x) => x !== v))}>
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="token-field__empty">{emptyMeaning}</p>
      )}
      <div className="token-input">
        <input
          id={id}
          className="input"
          list={`${id}-suggestions`}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          aria-invalid={error ? true : undefined}
          autoComplete="off"
        />
        <datalist id={`${id}-suggestions`}>
          {suggestions
            .filter((s) => !values.includes(s))
            .map((s) => (
              <option key={s} value={s} />
            ))}
        </datalist>
        <button type="button" className="button button--small" onClick={add} disabled={!text.trim()}>
          {addLabel}
        </button>
      </div>
      <p className="field__hint" id={`${id}-hint`}>
        {t('scope.tokenHint')}
      </p>
      {error && (
        <p className="error-text" role="alert" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
