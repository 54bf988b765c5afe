/**
 * The robustness margin, in percentage points as people talk about it; the
 * deal-room stores it as a fraction of the whole (0.05 = 5 points).
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDealRoom } from '../../app/deal-room-context';
import { useApiAction } from '../../app/use-api-action';
import { fieldErrorFor, formErrorFor } from '../../components/api-error-placement';
import { ErrorText } from '../../components/error-text';
import { NumberField } from '../../components/number-field';
import { numberForApi, numberToText, parseNumberText } from '../../components/parse-number-text';

export function MarginEditor() {
  const { t } = useTranslation('ui');
  const { detail, mutate } = useDealRoom();
  const action = useApiAction();
  const storedText = numberToText(detail.dealRoom.sensitivityMargin * 100);
  const [text, setText] = useState(storedText);
  useEffect(() => setText(storedText), [storedText]);

  async function save(event: FormEvent) {
    event.preventDefault();
    const parsed = parseNumberText(text);
    // Points → fraction; text that is not a number goes as typed so the API words the error.
    const value = parsed.kind === 'number' ? parsed.value / 100 : numberForApi(parsed);
    await action.run(() => mutate('dealRooms.update', { dealRoomId: detail.dealRoom.id, patch: { sensitivityMargin: value } }));
  }

  return (
    <form className="margin-editor" onSubmit={save} noValidate aria-label={t('sensitivity.margin')}>
      <NumberField
        label={t('sensitivity.margin')}
        value={text}
        onChange={(v) => {
          setText(v);
          action.clearError();
        }}
        hint={t('sensitivity.marginHint')}
        error={fieldErrorFor(action.error, 'sensitivityMargin')}
        className="margin-editor__field"
      />
      <button type="submit" className="button" disabled={action.busy || text === storedText}>
        {action.busy ? t('actions.saving') : t('sensitivity.saveMargin')}
      </button>
      <ErrorText message={formErrorFor(action.error, ['sensitivityMargin'])} />
    </form>
  );
}
