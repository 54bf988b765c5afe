/**
 * A checkbox for a group (a region, all of Japan) that can be ticked, clear,
 * or mixed when only part of the group is in. The mixed state is the DOM's
 * `indeterminate`, which assistive tech reads out as "mixed".
 */
import { useEffect, useId, useRef } from 'react';
import type { SelectionState } from './territory-selection';

interface TriStateCheckboxProps {
  label: string;
  state: SelectionState;
  onChange: (on: boolean) => void;
  /** Extra words after the label, e.g. "3 of 7". */
  detail?: string;
  className?: string;
}

export function TriStateCheckbox({ label, state, onChange, detail, className }: TriStateCheckboxProps) {
  const id = useId();
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = state === 'some';
  }, [state]);
  return (
    <span className={['tri-state', className].filter(Boolean).join(' ')}>
      <input
        ref={ref}
        id={id}
        type="checkbox"
        className="checkbox"
        checked={state === 'all'}
        aria-checked={state === 'some' ? 'mixed' : state === 'all'}
        // A mixed group is completed by a click, as people expect from file pickers and mail clients.
        onChange={() => onChange(state !== 'all')}
      />
      <label htmlFor={id} className="tri-state__label">
        {label}
        {detail && <span className="tri-state__detail"> {detail}</span>}
      </label>
    </span>
  );
}
