/** A labelled choice from a short fixed list. */
import type { SelectHTMLAttributes } from 'react';
import { Field } from './field';

interface SelectFieldProps<V extends string> extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'onChange' | 'value' | 'id'> {
  label: string;
  value: V;
  options: readonly { value: V; label: string }[];
  onChange: (value: V) => void;
  hint?: string | undefined;
  error?: string | undefined;
  hideLabel?: boolean;
}

export function SelectField<V extends string>({ label, value, options, onChange, hint, error, hideLabel, className, ...rest }: SelectFieldProps<V>) {
  return (
    <Field label={label} hint={hint} error={error} hideLabel={hideLabel} className={className}>
      {(control) => (
        <select className="input select" value={value} onChange={(e) => onChange(e.target.value as V)} {...rest} {...control}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
