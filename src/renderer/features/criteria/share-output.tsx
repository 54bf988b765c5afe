/** A share of the whole as a percentage, or "not counted" when it is zero. */
import { formatPercent } from '../../../shared/i18n/format';
import { useLanguage } from '../../app/use-language';

export function ShareOutput({ share, label, inactiveLabel, htmlFor }: { share: number; label: string; inactiveLabel: string; htmlFor?: string }) {
  const lang = useLanguage();
  return (
    <div className="share">
      <span className="share__label">{label}</span>
      <output className={share > 0 ? 'share__value' : 'share__value share__value--inactive'} htmlFor={htmlFor} aria-live="polite">
        {share > 0 ? formatPercent(share, lang) : inactiveLabel}
      </output>
      <span className="share__bar" aria-hidden="true">
        <span className="share__fill" style={{ width: `${Math.min(100, share * 100)}%` }} />
      </span>
    </div>
  );
}
