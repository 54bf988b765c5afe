/** A one-line text field. Any script is accepted: Japanese input is never filtered. */
import type { InputHTMLAttributes } from 'react';
import { Field } from './field';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'id'> {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string | undefined;
  error?: string | undefined;
  hideLabel?: boolean;
}

export function TextField({ label, value, onChange, hint, error, hideLabel, className, ...rest }: TextFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} hideLabel={hideLabel} className={className}>
      {(control) => (
        <input type="text" className="input" value={value} onChange={(e) => onChange(e.target.value)} {...rest} {...control} />
      )}
    </Field>
  );
}
