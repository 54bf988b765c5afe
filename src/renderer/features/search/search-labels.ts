/** The words for kinds of record and for the fields a match can be in, each key written out for the catalogue check. */
import { useTranslation } from 'react-i18next';
import type { SearchKind } from '../../../shared/search/search-hit';

export function useSearchLabels(): { group: (kind: SearchKind) => string; field: (field: string) => string } {
  const { t } = useTranslation('evidence');
  const groups: Record<SearchKind, string> = {
    candidate: t('search.groups.candidate'),
    answer: t('search.groups.answer'),
    flag: t('search.groups.flag'),
    due_diligence: t('search.groups.due_diligence'),
    evidence: t('search.groups.evidence'),
  };
  const fields: Record<string, string> = {
    nameJa: t('search.fields.nameJa'),
    nameLatin: t('search.fields.nameLatin'),
    headquarters: t('search.fields.headquarters'),
    notes: t('search.fields.notes'),
    statedIntent: t('search.fields.statedIntent'),
    introducer: t('search.fields.introducer'),
    introducerRelationship: t('search.fields.introducerRelationship'),
    declinedReason: t('search.fields.declinedReason'),
    website: t('search.fields.website'),
    text: t('search.fields.text'),
    questionText: t('search.fields.questionText'),
    answeredBy: t('search.fields.answeredBy'),
    said: t('search.fields.said'),
    saidBy: t('search.fields.saidBy'),
    source: t('search.fields.source'),
    outcome: t('search.fields.outcome'),
    condition: t('search.fields.condition'),
    item: t('search.fields.item'),
    note: t('search.fields.note'),
    fileName: t('search.fields.fileName'),
  };
  return { group: (kind) => groups[kind], field: (field) => fields[field] ?? field };
}
