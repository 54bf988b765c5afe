/**
 * The fields of a criterion, shared by the inline editor and the "add"
 * dialog: names in both languages, weight, knock-out and pass mark, and the
 * description with the anchored 1/3/5 scale.
 */
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/api/result';
import { fieldErrorFor } from '../../components/api-error-placement';
import { CheckboxField } from '../../components/checkbox-field';
import { NumberField } from '../../components/number-field';
import { TextAreaField } from '../../components/text-area-field';
import { TextField } from '../../components/text-field';
import type { CriterionDraft } from './criteria-drafts';
import { ShareOutput } from './share-output';

export const CRITERION_FIELDS = ['nameEn', 'nameJa', 'description', 'anchor1', 'anchor3', 'anchor5', 'weight', 'knockout', 'passMark', 'pillarId'] as const;

const DETAIL_FIELDS = ['description', 'anchor1', 'anchor3', 'anchor5'] as const;

interface CriterionFieldsProps {
  draft: CriterionDraft;
  onChange: (draft: CriterionDraft) => void;
  share: number;
  error: ApiError | null;
  /** Show description and anchors open (the add dialog) or behind a toggle (inline). */
  detailsOpen: boolean;
  /** Buttons shown at the end of the knock-out row (save, delete). */
  actions?: ReactNode;
}

export function CriterionFields({ draft, onChange, share, error, detailsOpen, actions }: CriterionFieldsProps) {
  const { t } = useTranslation('ui');
  const [expanded, setExpanded] = useState(false);
  const detailsId = useId();
  // A refused description or anchor must be visible next to its message.
  const showDetails = detailsOpen || expanded || DETAIL_FIELDS.some((f) => fieldErrorFor(error, f) !== undefined);
  const set = <K extends keyof CriterionDraft>(key: K) => (value: CriterionDraft[K]) => onChange({ ...draft, [key]: value });
  const details = (
    <div className="criterion-details" id={detailsId}>
      <TextAreaField label={t('criteria.criterion.description')} value={draft.description} onChange={set('description')} error={fieldErrorFor(error, 'description')} rows={2} />
      <div className="anchor-fields">
        <TextAreaField label={t('criteria.criterion.anchor1')} value={draft.anchor1} onChange={set('anchor1')} error={fieldErrorFor(error, 'anchor1')} rows={3} />
        <TextAreaField label={t('criteria.criterion.anchor3')} value={draft.anchor3} onChange={set('anchor3')} error={fieldErrorFor(error, 'anchor3')} rows={3} />
        <TextAreaField label={t('criteria.criterion.anchor5')} value={draft.anchor5} onChange={set('anchor5')} error={fieldErrorFor(error, 'anchor5')} rows={3} />
      </div>
    </div>
  );
  return (
    <>
      <div className="criterion-main">
        <TextField label={t('criteria.criterion.nameEn')} value={draft.nameEn} onChange={set('nameEn')} error={fieldErrorFor(error, 'nameEn')} lang="en" autoComplete="off" className="criterion-main__name" />
        <TextField label={t('criteria.criterion.nameJa')} value={draft.nameJa} onChange={set('nameJa')} error={fieldErrorFor(error, 'nameJa')} lang="ja" autoComplete="off" className="criterion-main__name" />
        <NumberField label={t('criteria.criterion.weight')} value={draft.weight} onChange={set('weight')} error={fieldErrorFor(error, 'weight')} className="criterion-main__weight" />
        <ShareOutput share={share} label={t('criteria.criterion.share')} inactiveLabel={t('criteria.criterion.inactive')} />
      </div>
      <div className="criterion-meta">
        <CheckboxField label={t('criteria.criterion.knockout')} checked={draft.knockout} onChange={set('knockout')} />
        {draft.knockout && (
          <NumberField label={t('criteria.criterion.passMark')} value={draft.passMark} onChange={set('passMark')} error={fieldErrorFor(error, 'passMark')} className="criterion-meta__mark" />
        )}
        {!detailsOpen && (
          <button type="button" className="button button--quiet criterion-meta__toggle" aria-expanded={showDetails} aria-controls={detailsId} onClick={() => setExpanded((v) => !v)}>
            <span aria-hidden="true">{showDetails ? '▾ ' : '▸ '}</span>
            {t('criteria.criterion.details')}
          </button>
        )}
        {actions && <div className="criterion-meta__actions">{actions}</div>}
      </div>
      {showDetails && details}
    </>
  );
}
