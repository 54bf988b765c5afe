/**
 * What the system's Print dialog prints while the preview is open: the print
 * document at its real size, straight under <body>, outside the app (which
 * print.css hides on paper). On screen it is never shown; the preview shows
 * the same document scaled down.
 */
import { createPortal } from 'react-dom';
import type { PrintModel } from '../../../shared/print/print-model';
import type { PrintOptions } from '../../../shared/print/print-options';
import { PrintDocument } from './print-document';

export function PrintPortal({ model, options }: { model: PrintModel; options: PrintOptions }) {
  return createPortal(
    <div className="print-portal" aria-hidden="true">
      <PrintDocument model={model} options={options} />
    </div>,
    document.body,
  );
}
