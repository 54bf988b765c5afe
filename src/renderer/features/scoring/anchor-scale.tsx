/** The anchored scale of a criterion: what a 1, a 3 and a 5 look like. */
import { useTranslation } from 'react-i18next';
import type { Criterion } from '../../../shared/domain/entities';

export function AnchorScale({ criterion }: { criterion: Criterion }) {
  const { t } = useTranslation('ui');
  const anchors = [
    { mark: 5, text: criterion.anchor5 },
    { mark: 3, text: criterion.anchor3 },
    { mark: 1, text: criterion.anchor1 },
  ];
  const written = anchors.some((a) => a.text.trim() !== '');
  return (
    <section className="anchor-scale" aria-label={t('scoring.scale')}>
      <h4 className="panel__subheading">{t('scoring.scale')}</h4>
      {criterion.description && <p className="anchor-scale__description">{criterion.description}</p>}
      {written ? (
        <dl className="anchor-scale__list">
          {anchors.map((a) => (
            <div key={a.mark} className="anchor-scale__item">
              <dt className={`anchor-scale__mark anchor-scale__mark--${a.mark}`}>{a.mark}</dt>
              <dd>{a.text || '—'}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="muted">{t('scoring.noAnchors')}</p>
      )}
    </section>
  );
}
