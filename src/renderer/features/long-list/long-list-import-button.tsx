/** "Import long list…" on the candidates screen, and the dialog it opens. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LongListImportDialog } from './long-list-import-dialog';

export function LongListImportButton() {
  const { t } = useTranslation('longList');
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {t('open')}
      </button>
      <LongListImportDialog open={open} onClose={() => setOpen(false)} />
    </>
  );
}
