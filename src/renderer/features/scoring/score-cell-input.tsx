/**
 * The quick way to score: type 0–5 in the grid and press Enter (or leave the
 * cell). Empty clears the score back to unscored. What the API refuses (a 7,
 * a word) stays as typed with the API's message beneath, and nothing changes.
 * A submitted sheet shows its values read-only: still focusable, so the side
 * panel opens for the cell, but nothing is sent.
 */
import type { TFunction } from 'i18next';
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import type { Score } from '../../../shared/domain/entities';
import { useDealRoom } from '../../app/deal-room-context';
import { useApiAction } from '../../app/use-api-action';
import { NumberInput } from '../../components/number-input';
import { numberForApi, numberToText, parseNumberText } from '../../components/parse-number-text';
import type { CellKey } from './score-lookup';

interface ScoreCellInputProps {
  cell: CellKey;
  evaluatorId: string;
  stored: Score | undefined;
  label: string;
  onFocusCell: () => void;
  readOnly?: boolean;
  /** From the grid, not useTranslation() per cell: react-i18next 16 copies the i18n instance for each component that mounts with it, hundreds per grid. */
  t: TFunction<'ui'>;
}

export function ScoreCellInput({ cell, evaluatorId, stored, label, onFocusCell, readOnly = false, t }: ScoreCellInputProps) {
  const { detail, mutate } = useDealRoom();
  const action = useApiAction();
  const errorId = useId();
  const storedText = numberToText(stored?.value);
  const [text, setText] = useState(storedText);

  // A save elsewhere (the side panel) or a change of evaluator shows the stored value again.
  useEffect(() => {
    setText(storedText);
    action.clearError();
  }, [storedText, evaluatorId]);

  async function commit() {
    if (readOnly || text === storedText) return;
    const parsed = parseNumberText(text);
    const ref = { dealRoomId: detail.dealRoom.id, evaluatorId, ...cell };
    if (parsed.kind === 'empty') {
      if (stored) await action.run(() => mutate('scores.clear', ref));
      return;
    }
    await action.run(() =>
      mutate('scores.set', { ...ref, value: numberForApi(parsed), confidence: stored?.confidence ?? 'medium', rationale: stored?.rationale ?? '' }),
    );
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      void commit();
    } else if (event.key === 'Escape') {
      setText(storedText);
      action.clearError();
    }
  }

  return (
    <div className={['score-cell', action.error ? 'score-cell--invalid' : null].filter(Boolean).join(' ')}>
      <NumberInput
        value={text}
        onChange={(v) => {
          setText(v);
          if (action.error) action.clearError();
        }}
        onBlur={() => void commit()}
        onFocus={onFocusCell}
        onKeyDown={onKeyDown}
        aria-label={label}
        aria-invalid={action.error ? true : undefined}
        aria-describedby={action.error ? errorId : undefined}
        placeholder="–"
        readOnly={readOnly}
        className={readOnly ? 'score-cell__input score-cell__input--locked' : 'score-cell__input'}
      />
      {stored && (
        <span className={`confidence-dot confidence-dot--${stored.confidence}`} title={t('scoring.confidenceShort', { level: t(`common:confidence.${stored.confidence}`) })}>
          <span className="visually-hidden">{t('scoring.confidenceShort', { level: t(`common:confidence.${stored.confidence}`) })}</span>
        </span>
      )}
      {action.error && (
        <p className="error-text error-text--cell" role="alert" id={errorId}>
          {action.error.message}
        </p>
      )}
    </div>
  );
}
