/** The audit trail's rows: when, who, which record, what changed, before and after. */
import { useTranslation } from 'react-i18next';
import type { ChangeLogEntry } from '../../../shared/domain/entities';
import { formatDateTime } from '../../../shared/i18n/format';
import { useLanguage } from '../../app/use-language';
import { changeKind, isAuditEntity, valueLine } from './audit-values';

function ValueCell({ value }: { value: unknown }) {
  const { t } = useTranslation('audit');
  const line = valueLine(value);
  return <td className="audit-table__value">{line === '' ? <span className="audit-table__none">{t('table.nothing')}</span> : line}</td>;
}

export function AuditTable({ entries }: { entries: readonly ChangeLogEntry[] }) {
  const { t } = useTranslation('audit');
  const lang = useLanguage();
  return (
    <div className="table-scroll">
      <table className="data-table audit-table">
        <caption className="visually-hidden">{t('table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.seq')}</th>
            <th scope="col">{t('table.at')}</th>
            <th scope="col">{t('table.actor')}</th>
            <th scope="col">{t('table.record')}</th>
            <th scope="col">{t('table.change')}</th>
            <th scope="col">{t('table.before')}</th>
            <th scope="col">{t('table.after')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => {
            const kind = changeKind(e);
            return (
              <tr key={e.seq}>
                <td className="audit-table__seq">{e.seq}</td>
                <td className="audit-table__at">{formatDateTime(e.at, lang)}</td>
                <td>{e.actor}</td>
                <td>
                  {isAuditEntity(e.entity) ? t(`entities.${e.entity}`) : e.entity}
                  <span className="audit-table__id" title={e.entityId}>
                    {e.entityId.length > 12 ? `${e.entityId.slice(0, 8)}…` : e.entityId}
                  </span>
                </td>
                <td>{kind === 'changed' ? t('kinds.changed', { field: e.field }) : t(`kinds.${kind}`)}</td>
                <ValueCell value={e.before} />
                <ValueCell value={e.after} />
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
