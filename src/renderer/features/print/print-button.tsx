/**
 * "Print…" on the matrix screen's header: opens the print preview, where the
 * sheet is set up, previewed, printed or saved as a PDF.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PrintPreviewDialog } from './print-preview-dialog';
import './print.css';

export function PrintButton() {
  const { t } = useTranslation('print');
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)} aria-haspopup="dialog">
        {t('preview.open')}
      </button>
      {open ? <PrintPreviewDialog open={open} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
