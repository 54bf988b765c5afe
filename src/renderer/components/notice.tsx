/** A boxed message within a screen: a warning to act on, or information. */
import type { ReactNode } from 'react';

export function Notice({ tone = 'info', children, role }: { tone?: 'info' | 'warn' | 'bad'; children: ReactNode; role?: 'status' | 'alert' }) {
  return (
    <div className={`notice notice--${tone}`} role={role}>
      <span className="notice__icon" aria-hidden="true">
        {tone === 'info' ? 'i' : '!'}
      </span>
      <div className="notice__body">{children}</div>
    </div>
  );
}
