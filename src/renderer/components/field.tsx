/**
 * A labelled form field: the <label>, the control, an optional hint and the
 * error, tied together with ids so that assistive tech reads them in order.
 */
import { useId, type ReactNode } from 'react';

export interface FieldControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

interface FieldProps {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  className?: string;
  /** Renders the control with the ids it must carry. */
  children: (control: FieldControlProps) => ReactNode;
  /** Visually hide the label (the control still has it as its accessible name). */
  hideLabel?: boolean;
}

export function Field({ label, hint, error, className, children, hideLabel = false }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  const control: FieldControlProps = { id };
  if (describedBy) control['aria-describedby'] = describedBy;
  if (error) control['aria-invalid'] = true;
  return (
    <div className={['field', error ? 'field--invalid' : null, className].filter(Boolean).join(' ')}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'field__label'}>
        {label}
      </label>
      {children(control)}
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="error-text" role="alert" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
