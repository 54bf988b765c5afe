/** A multi-line text field for notes, descriptions, rationales. */
import type { TextareaHTMLAttributes } from 'react';
import { Field } from './field';

interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange' | 'value' | 'id'> {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string | undefined;
  error?: string | undefined;
}

export function TextAreaField({ label, value, onChange, hint, error, className, rows = 3, ...rest }: TextAreaFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <textarea className="input textarea" rows={rows} value={value} onChange={(e) => onChange(e.target.value)} {...rest} {...control} />
      )}
    </Field>
  );
}
