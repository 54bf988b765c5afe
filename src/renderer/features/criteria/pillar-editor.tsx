/**
 * A pillar with its criteria: the pillar's names and weight at the top, then
 * each criterion editable in place, then the way to add one.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Criterion, Pillar } from '../../../shared/domain/entities';
import { labelName } from '../../../shared/domain/display-names';
import { useDealRoom } from '../../app/deal-room-context';
import { useApiAction } from '../../app/use-api-action';
import { useLanguage } from '../../app/use-language';
import { fieldErrorFor, formErrorFor } from '../../components/api-error-placement';
import { Badge } from '../../components/badge';
import { ConfirmDeleteDialog } from '../../components/confirm-delete-dialog';
import { ErrorText } from '../../components/error-text';
import { InlineEditActions } from '../../components/inline-edit-actions';
import { NumberField } from '../../components/number-field';
import { TextField } from '../../components/text-field';
import { WeightingSummary } from '../weighting/weighting-summary';
import { AddCriterionDialog } from './add-criterion-dialog';
import { pillarDraftOf, sameDraft, type CriterionDraft, type PillarDraft, type Shares } from './criteria-drafts';
import { CriterionEditor } from './criterion-editor';
import { pillarPatch } from './criterion-patch';
import { ShareOutput } from './share-output';

interface PillarEditorProps {
  pillar: Pillar;
  criteria: Criterion[];
  pillarDraft: PillarDraft | undefined;
  onPillarDraft: (draft: PillarDraft | null) => void;
  criterionDrafts: Readonly<Record<string, CriterionDraft>>;
  onCriterionDraft: (id: string, draft: CriterionDraft | null) => void;
  shares: Shares;
}

export function PillarEditor({ pillar, criteria, pillarDraft, onPillarDraft, criterionDrafts, onCriterionDraft, shares }: PillarEditorProps) {
  const { t } = useTranslation('ui');
  const lang = useLanguage();
  const { detail, mutate } = useDealRoom();
  const action = useApiAction();
  const [confirming, setConfirming] = useState(false);
  const [adding, setAdding] = useState(false);
  const stored = pillarDraftOf(pillar);
  const current = pillarDraft ?? stored;
  const dirty = !sameDraft(current, stored);
  const name = labelName(pillar, lang);
  const headingId = `pillar-${pillar.id}-heading`;

  async function save(event: FormEvent) {
    event.preventDefault();
    const patch = pillarPatch(pillar, current);
    if (Object.keys(patch).length === 0) return onPillarDraft(null);
    const saved = await action.run(() => mutate('pillars.update', { dealRoomId: detail.dealRoom.id, pillarId: pillar.id, patch }));
    if (saved) onPillarDraft(null);
  }
  const set = (key: keyof PillarDraft) => (value: string) => {
    action.clearError();
    const next = { ...current, [key]: value };
    onPillarDraft(sameDraft(next, stored) ? null : next);
  };

  return (
    <section className="pillar" aria-labelledby={headingId}>
      <form className="pillar__form" aria-label={t('criteria.pillar.label', { name })} onSubmit={save} noValidate>
        <div className="pillar__heading">
          <h3 id={headingId} className="pillar__name">
            {name}
          </h3>
          <span className="pillar__count">{t('criteria.pillar.criteriaCount', { count: criteria.length })}</span>
          {dirty && <Badge tone="accent">{t('criteria.criterion.unsaved')}</Badge>}
        </div>
        <div className="pillar__fields">
          <TextField label={t('criteria.pillar.nameEn')} value={current.nameEn} onChange={set('nameEn')} error={fieldErrorFor(action.error, 'nameEn')} lang="en" autoComplete="off" />
          <TextField label={t('criteria.pillar.nameJa')} value={current.nameJa} onChange={set('nameJa')} error={fieldErrorFor(action.error, 'nameJa')} lang="ja" autoComplete="off" />
          <NumberField label={t('criteria.pillar.weight')} value={current.weight} onChange={set('weight')} error={fieldErrorFor(action.error, 'weight')} className="pillar__weight" />
          <ShareOutput share={shares.pillars[pillar.id] ?? 0} label={t('criteria.pillar.share')} inactiveLabel={t('criteria.pillar.inactive')} />
        </div>
        <div className="pillar__actions">
          <InlineEditActions
            dirty={dirty}
            busy={action.busy}
            onCancel={() => {
              action.clearError();
              onPillarDraft(null);
            }}
            onDelete={() => setConfirming(true)}
            deleteLabel={t('criteria.pillar.delete')}
            saveLabel={t('criteria.pillar.save')}
          />
        </div>
        <ErrorText message={formErrorFor(action.error, ['nameEn', 'nameJa', 'weight'])} />
      </form>
      <WeightingSummary scope="criteria" pillar={pillar} items={criteria} />
      <ul className="criterion-list">
        {criteria.map((c) => (
          <CriterionEditor
            key={c.id}
            criterion={c}
            draft={criterionDrafts[c.id]}
            onDraft={(d) => onCriterionDraft(c.id, d)}
            share={shares.criteria[c.id] ?? 0}
          />
        ))}
      </ul>
      <div className="pillar__footer">
        <button type="button" className="button" onClick={() => setAdding(true)}>
          <span aria-hidden="true">＋ </span>
          {t('criteria.criterion.add')}
          <span className="visually-hidden"> ({name})</span>
        </button>
      </div>
      <AddCriterionDialog open={adding} pillar={pillar} onClose={() => setAdding(false)} />
      {confirming && (
        <ConfirmDeleteDialog
          title={t('criteria.pillar.deleteTitle', { name })}
          message={t('criteria.pillar.deleteBody', { count: criteria.length })}
          confirmLabel={t('criteria.pillar.deleteConfirm')}
          remove={() => mutate('pillars.delete', { dealRoomId: detail.dealRoom.id, pillarId: pillar.id })}
          onDeleted={() => {
            setConfirming(false);
            onPillarDraft(null);
          }}
          onCancel={() => setConfirming(false)}
        />
      )}
    </section>
  );
}
