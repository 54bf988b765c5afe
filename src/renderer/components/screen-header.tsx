/** The title and short explanation at the top of a screen, with its main actions. */
import type { ReactNode } from 'react';

export function ScreenHeader({ title, intro, actions, id }: { title: string; intro?: string; actions?: ReactNode; id?: string }) {
  return (
    <div className="screen-header">
      <div>
        <h2 className="screen-header__title" id={id}>
          {title}
        </h2>
        {intro && <p className="screen-header__intro">{intro}</p>}
      </div>
      {actions && <div className="screen-header__actions">{actions}</div>}
    </div>
  );
}
