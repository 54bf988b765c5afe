/**
 * The as-of date of the terms screen: a date field, a slider over the span
 * of the room's phases (arrows move a day, Page Up / Page Down a month) and a
 * Today button. Everything below the header is evaluated as of this date.
 */
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/domain/entities';
import { formatCalendarDate } from '../../../shared/i18n/format';
import { dateAtIndex, dayIndexOf, isCalendarDate, moveByMonths, type AsOfSpan } from './as-of-span';

interface AsOfControlProps {
  asOf: string;
  span: AsOfSpan | null;
  today: string;
  lang: Language;
  onChange: (date: string) => void;
}

export function AsOfControl({ asOf, span, today, lang, onChange }: AsOfControlProps) {
  const { t } = useTranslation('termsReview');
  const id = useId();
  const [text, setText] = useState(asOf);
  const [invalid, setInvalid] = useState(false);

  // The slider and the Today button move the date too: the field follows them.
  useEffect(() => {
    setText(asOf);
    setInvalid(false);
  }, [asOf]);

  function onSliderKey(event: KeyboardEvent<HTMLInputElement>) {
    if (!span) return;
    const months = event.key === 'PageUp' ? 1 : event.key === 'PageDown' ? -1 : 0;
    if (months === 0) return;
    // The browser's own Page Up step is a tenth of the range; a calendar month reads better.
    event.preventDefault();
    onChange(moveByMonths(asOf, months, span));
  }

  return (
    <div className="terms-as-of" role="group" aria-labelledby={`${id}-legend`}>
      <span id={`${id}-legend`} className="terms-as-of__legend">
        {t('asOf.legend', { date: formatCalendarDate(asOf, lang) })}
      </span>
      <div className="terms-as-of__controls">
        <div className="field terms-as-of__date">
          <label htmlFor={`${id}-date`} className="field__label">
            {t('asOf.date')}
          </label>
          <input
            id={`${id}-date`}
            className="input"
            type="date"
            value={text}
            aria-invalid={invalid || undefined}
            aria-describedby={invalid ? `${id}-error` : undefined}
            onChange={(e) => {
              const value = e.target.value;
              setText(value);
              const ok = isCalendarDate(value);
              setInvalid(!ok && value !== '');
              if (ok) onChange(value);
            }}
          />
          {invalid && (
            <p className="error-text" role="alert" id={`${id}-error`}>
              {t('asOf.invalid')}
            </p>
          )}
        </div>
        {span && (
          <div className="field terms-as-of__slider">
            <label htmlFor={`${id}-slider`} className="field__label">
              {t('asOf.slider')}
            </label>
            <input
              id={`${id}-slider`}
              type="range"
              min={0}
              max={span.lastIndex}
              step={1}
              value={dayIndexOf(asOf, span)}
              aria-valuetext={formatCalendarDate(asOf, lang)}
              aria-describedby={`${id}-span`}
              onKeyDown={onSliderKey}
              onChange={(e) => onChange(dateAtIndex(Number(e.target.value), span))}
            />
            <div className="terms-as-of__ends" aria-hidden="true">
              <span>{formatCalendarDate(span.from, lang)}</span>
              <span>{formatCalendarDate(span.to, lang)}</span>
            </div>
          </div>
        )}
        <button type="button" className="button" onClick={() => onChange(today)}>
          {t('asOf.today')}
        </button>
      </div>
      <p className="terms-as-of__hint" id={`${id}-span`}>
        {span ? t('asOf.spanHint', { from: formatCalendarDate(span.from, lang), to: formatCalendarDate(span.to, lang) }) : t('asOf.noSpan')}
      </p>
    </div>
  );
}
