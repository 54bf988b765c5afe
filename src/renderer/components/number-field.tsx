/** A labelled number field (see number-input.tsx for what it accepts). */
import type { InputHTMLAttributes } from 'react';
import { Field } from './field';
import { NumberInput } from './number-input';

interface NumberFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'type' | 'id'> {
  label: string;
  value: string;
  onChange: (text: string) => void;
  hint?: string | undefined;
  error?: string | undefined;
  hideLabel?: boolean;
}

export function NumberField({ label, value, onChange, hint, error, hideLabel, className, ...rest }: NumberFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} hideLabel={hideLabel} className={className}>
      {(control) => <NumberInput value={value} onChange={onChange} {...rest} {...control} />}
    </Field>
  );
}
