/**
 * A real modal: the native <dialog> opened with showModal(), which makes the
 * rest of the page inert. Tab and Shift+Tab also wrap inside it (so focus never
 * escapes to the browser's own controls), Esc cancels, and focus returns to
 * whatever opened it.
 */
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { focusableElements } from './focusable-elements';

interface ModalDialogProps {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Extra class for sizing, e.g. "dialog--wide". */
  className?: string;
  /** Selector of the element to focus first; defaults to the first field or button. */
  initialFocus?: string;
}

export function ModalDialog({ open, title, onClose, children, className, initialFocus }: ModalDialogProps) {
  const { t } = useTranslation('ui');
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const opener = useRef<Element | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement;
      dialog.showModal();
      const preferred = initialFocus ? dialog.querySelector<HTMLElement>(initialFocus) : null;
      const body = dialog.querySelector<HTMLElement>('.dialog__body');
      (preferred ?? (body ? focusableElements(body)[0] : undefined) ?? focusableElements(dialog)[0])?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
      if (opener.current instanceof HTMLElement && opener.current.isConnected) opener.current.focus();
    }
  }, [open, initialFocus]);

  useEffect(
    () => () => {
      // Unmounted while open: give focus back rather than leaving it on <body>.
      if (opener.current instanceof HTMLElement && opener.current.isConnected) opener.current.focus();
    },
    [],
  );

  function onKeyDown(event: KeyboardEvent<HTMLDialogElement>) {
    if (event.key !== 'Tab' || !ref.current) return;
    const items = focusableElements(ref.current);
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  }

  return (
    <dialog
      ref={ref}
      className={['dialog', className].filter(Boolean).join(' ')}
      aria-labelledby={titleId}
      aria-modal="true"
      onCancel={(event) => {
        // Esc: let React state decide, so the dialog and the state never disagree.
        event.preventDefault();
        onClose();
      }}
      onKeyDown={onKeyDown}
    >
      {open && (
        <>
          <header className="dialog__header">
            <h2 id={titleId} className="dialog__title">
              {title}
            </h2>
            <button type="button" className="icon-button" onClick={onClose} aria-label={t('actions.close')}>
              <span aria-hidden="true">×</span>
            </button>
          </header>
          <div className="dialog__body">{children}</div>
        </>
      )}
    </dialog>
  );
}
