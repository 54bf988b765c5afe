/**
 * The audit trail (issue 8): every change made in the deal-room — who, when,
 * which record, before and after — filtered by person, kind of record and
 * days, paged by the store, with the hash chain's check and the log's export.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { collator, formatPoints } from '../../../shared/i18n/format';
import { useDealRoom } from '../../app/deal-room-context';
import { useLanguage } from '../../app/use-language';
import { EmptyState } from '../../components/empty-state';
import { Notice } from '../../components/notice';
import { ScreenHeader } from '../../components/screen-header';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { AuditTable } from './audit-table';
import { isAuditEntity } from './audit-values';
import { ChainCheck } from './chain-check';
import { AuditExport } from './audit-export';
import { AUDIT_PAGE_SIZE, useAuditPage, type AuditQuery } from './use-audit-page';
import './audit.css';

const NO_FILTER: AuditQuery = { actor: '', entity: '', fromDay: '', toDay: '', page: 0 };

export function AuditScreen() {
  const { t } = useTranslation('audit');
  const lang = useLanguage();
  const { detail } = useDealRoom();
  const [query, setQuery] = useState<AuditQuery>(NO_FILTER);
  const load = useAuditPage(detail, query);
  // A new filter starts again at the first page.
  const filter = (patch: Partial<Omit<AuditQuery, 'page'>>) => setQuery((q) => ({ ...q, ...patch, page: 0 }));
  const ready = load.status === 'ready' ? load.page : null;
  const sort = collator(lang);
  const actors = [...(ready?.actors ?? [])].sort(sort.compare);
  const entityLabel = (e: string) => (isAuditEntity(e) ? t(`entities.${e}`) : e);
  const entities = [...(ready?.entities ?? [])].sort((a, b) => sort.compare(entityLabel(a), entityLabel(b)));
  const total = ready?.total ?? 0;
  const first = query.page * AUDIT_PAGE_SIZE;
  const last = Math.min(total, first + AUDIT_PAGE_SIZE);
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const filtered = query.actor !== '' || query.entity !== '' || query.fromDay !== '' || query.toDay !== '';

  return (
    <section className="screen audit" aria-labelledby="audit-title">
      <ScreenHeader
        id="audit-title"
        title={t('screen.heading')}
        intro={t('screen.intro')}
        actions={<ChainCheck dealRoomId={detail.dealRoom.id} />}
      />
      <form className="audit__filters" role="search" aria-label={t('filters.label')} onSubmit={(e) => e.preventDefault()}>
        <SelectField
          label={t('filters.actor')}
          value={query.actor}
          options={[{ value: '', label: t('filters.everyone') }, ...actors.map((a) => ({ value: a, label: a }))]}
          onChange={(actor) => filter({ actor })}
        />
        <SelectField
          label={t('filters.entity')}
          value={query.entity}
          options={[{ value: '', label: t('filters.everyKind') }, ...entities.map((e) => ({ value: e, label: entityLabel(e) }))]}
          onChange={(entity) => filter({ entity })}
        />
        <TextField type="date" label={t('filters.from')} value={query.fromDay} onChange={(fromDay) => filter({ fromDay })} />
        <TextField type="date" label={t('filters.to')} value={query.toDay} onChange={(toDay) => filter({ toDay })} />
        <button type="button" className="button" onClick={() => setQuery(NO_FILTER)} disabled={!filtered}>
          {t('filters.clear')}
        </button>
      </form>

      {load.status === 'failed' && (
        <Notice tone="bad" role="alert">
          <p>{load.error.message}</p>
        </Notice>
      )}
      {load.status === 'loading' && <p role="status">{t('screen.loading')}</p>}
      {ready && ready.total === 0 && <EmptyState>{filtered ? t('screen.noneMatch') : t('screen.none')}</EmptyState>}
      {ready && ready.total > 0 && (
        <>
          <AuditTable entries={ready.entries} />
          <nav className="audit__pager" aria-label={t('pager.label')}>
            <button type="button" className="button" onClick={() => setQuery((q) => ({ ...q, page: q.page - 1 }))} disabled={query.page === 0}>
              {t('pager.newer')}
            </button>
            <p role="status">
              {t('pager.range', {
                first: formatPoints(first + 1, lang, 0),
                last: formatPoints(last, lang, 0),
                total: formatPoints(total, lang, 0),
                page: formatPoints(query.page + 1, lang, 0),
                pages: formatPoints(pages, lang, 0),
              })}
            </p>
            <button type="button" className="button" onClick={() => setQuery((q) => ({ ...q, page: q.page + 1 }))} disabled={last >= total}>
              {t('pager.older')}
            </button>
          </nav>
        </>
      )}
      <AuditExport dealRoomId={detail.dealRoom.id} />
    </section>
  );
}
