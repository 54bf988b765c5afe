/**
 * A number typed as text: decimals, full-width digits from a Japanese IME,
 * and numbers outside the allowed range all reach the API, which answers with
 * its own message. type="text" with inputMode="decimal" keeps the browser
 * from silently discarding what it cannot parse.
 */
import type { InputHTMLAttributes } from 'react';

interface NumberInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'type'> {
  value: string;
  onChange: (text: string) => void;
}

export function NumberInput({ value, onChange, className, ...rest }: NumberInputProps) {
  return (
    <input
      type="text"
      inputMode="decimal"
      autoComplete="off"
      spellCheck={false}
      className={['input', 'input--number', className].filter(Boolean).join(' ')}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      {...rest}
    />
  );
}
