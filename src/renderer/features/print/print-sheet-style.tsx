/**
 * The print layout's stylesheet in the app, for as long as a preview is open:
 * the same text the PDF gets (print-document-css.ts), so the preview and
 * the paper from the system's Print dialog are laid out alike. While it is
 * in the page, printing shows only the print document (print.css).
 */
import { useEffect } from 'react';

export const PRINTING_CLASS = 'print-document-open';

export function PrintSheetStyle({ css }: { css: string }) {
  useEffect(() => {
    document.documentElement.classList.add(PRINTING_CLASS);
    return () => document.documentElement.classList.remove(PRINTING_CLASS);
  }, []);
  return <style data-print-sheet="">{css}</style>;
}
