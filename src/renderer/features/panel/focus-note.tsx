/**
 * A mark with a note that appears on hover and on keyboard focus (a title
 * attribute shows on hover only, and not at all to keyboard users). The note
 * is the mark's description for assistive tech, and prints in full.
 */
import { useId, type ReactNode } from 'react';

export function FocusNote({ children, note, className }: { children: ReactNode; note: string; className?: string }) {
  const id = useId();
  return (
    <span className={['focus-note', className].filter(Boolean).join(' ')} tabIndex={0} aria-describedby={id}>
      {children}
      <span role="tooltip" id={id} className="focus-note__tip">
        {note}
      </span>
    </span>
  );
}
