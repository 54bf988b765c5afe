/**
 * Criteria and weights: pillars with their criteria, all editable in place.
 * Unsaved weights already move the shares shown, computed by the engine from
 * the drafts (criteria-drafts.ts), so the effect of a weight is seen as typed.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../../shared/i18n/format';
import { useDealRoom } from '../../app/deal-room-context';
import { useLanguage } from '../../app/use-language';
import { EmptyState } from '../../components/empty-state';
import { Notice } from '../../components/notice';
import { ScreenHeader } from '../../components/screen-header';
import { WeightingSummary } from '../weighting/weighting-summary';
import { CriteriaTemplateActions } from '../templates/criteria-template-actions';
import { AddPillarDialog } from './add-pillar-dialog';
import { draftShares, type CriterionDraft, type PillarDraft } from './criteria-drafts';
import { PillarEditor } from './pillar-editor';

function withEntry<T>(map: Readonly<Record<string, T>>, id: string, value: T | null): Record<string, T> {
  const next = { ...map };
  if (value === null) delete next[id];
  else next[id] = value;
  return next;
}

export function CriteriaScreen() {
  const { t } = useTranslation('ui');
  const lang = useLanguage();
  const { detail } = useDealRoom();
  const [pillarDrafts, setPillarDrafts] = useState<Record<string, PillarDraft>>({});
  const [criterionDrafts, setCriterionDrafts] = useState<Record<string, CriterionDraft>>({});
  const [addingPillar, setAddingPillar] = useState(false);
  const shares = useMemo(() => draftShares(detail, pillarDrafts, criterionDrafts), [detail, pillarDrafts, criterionDrafts]);
  const pillars = [...detail.pillars].sort((a, b) => a.sortOrder - b.sortOrder);
  const addButton = (
    <button type="button" className="button button--primary" onClick={() => setAddingPillar(true)}>
      {t('criteria.addPillar')}
    </button>
  );

  return (
    <section className="screen" aria-labelledby="criteria-title">
      <ScreenHeader
        id="criteria-title"
        title={t('criteria.heading')}
        intro={t('criteria.intro')}
        actions={
          <>
            {addButton}
            <CriteriaTemplateActions />
          </>
        }
      />
      {pillars.length === 0 ? (
        <EmptyState action={addButton}>{t('criteria.empty')}</EmptyState>
      ) : (
        <>
          {shares.total > 0 ? (
            <p className="criteria-total" role="status">
              {t('criteria.sharesTotal', { total: formatPercent(shares.total, lang) })}
            </p>
          ) : (
            <Notice tone="warn">
              <p>{t('criteria.noActive')}</p>
            </Notice>
          )}
          <WeightingSummary scope="pillars" items={pillars} />
          {pillars.map((p) => (
            <PillarEditor
              key={p.id}
              pillar={p}
              criteria={detail.criteria.filter((c) => c.pillarId === p.id).sort((a, b) => a.sortOrder - b.sortOrder)}
              pillarDraft={pillarDrafts[p.id]}
              onPillarDraft={(d) => setPillarDrafts((m) => withEntry(m, p.id, d))}
              criterionDrafts={criterionDrafts}
              onCriterionDraft={(id, d) => setCriterionDrafts((m) => withEntry(m, id, d))}
              shares={shares}
            />
          ))}
        </>
      )}
      <AddPillarDialog open={addingPillar} onClose={() => setAddingPillar(false)} />
    </section>
  );
}
