/** "Backups…" in the sidebar: opens the list of backups of the data folder. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackupsDialog } from './backups-dialog';
import './backups.css';

export function BackupsButton() {
  const { t } = useTranslation('backups');
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button button--block" onClick={() => setOpen(true)}>
        {t('open')}
      </button>
      {open ? <BackupsDialog onClose={() => setOpen(false)} /> : null}
    </>
  );
}
