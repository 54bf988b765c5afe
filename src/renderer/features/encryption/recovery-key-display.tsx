/** A recovery key shown to be copied onto paper: large, monospaced, selectable, with a Copy button. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

export function RecoveryKeyDisplay({ recoveryKey }: { recoveryKey: string }) {
  const { t } = useTranslation('encryption');
  const id = useId();
  const [copied, setCopied] = useState(false);
  return (
    <div className="field recovery-key">
      <span className="field__label" id={`${id}-label`}>
        {t('none.recoveryKeyLabel')}
      </span>
      <output className="recovery-key__value" aria-labelledby={`${id}-label`} aria-describedby={`${id}-hint`}>
        {recoveryKey}
      </output>
      <button
        type="button"
        className="button button--quiet"
        onClick={() => void navigator.clipboard?.writeText(recoveryKey).then(() => setCopied(true), () => setCopied(false))}
      >
        {copied ? t('none.copied') : t('none.copy')}
      </button>
      <p className="field__hint" id={`${id}-hint`}>
        {t('none.recoveryKeyHint')}
      </p>
    </div>
  );
}
