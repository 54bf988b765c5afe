/**
 * The file's first rows as they were read, numbered as the file numbers them
 * (so an error naming "row 7" can be found here), each column headed by its
 * name and by the field it fills, if any.
 */
import { useTranslation } from 'react-i18next';
import type { LongListPreview } from '../../../shared/api/contract-long-list';
import { LONG_LIST_FIELDS, LONG_LIST_FIELD_LABEL_KEYS, type LongListMapping } from '../../../shared/long-list/long-list-fields';

interface LongListPreviewTableProps {
  preview: LongListPreview;
  columns: readonly string[];
  headerRow: boolean;
  mapping: LongListMapping;
}

export function LongListPreviewTable({ preview, columns, headerRow, mapping }: LongListPreviewTableProps) {
  const { t } = useTranslation('longList');
  const fieldsOf = (column: number) => LONG_LIST_FIELDS.filter((f) => mapping[f] === column);
  // With a header row, its names head the columns and it is not shown again as data.
  const first = headerRow ? 1 : 0;
  const rows = preview.rows.slice(first);
  const numbers = preview.rowNumbers.slice(first);
  return (
    <div className="long-list-preview">
      <div className="table-scroll long-list-preview__scroll" tabIndex={0} role="region" aria-label={t('table.caption')}>
        <table className="data-table long-list-preview__table">
          <caption className="visually-hidden">{t('table.caption')}</caption>
          <thead>
            <tr>
              <th scope="col" className="data-table__narrow">
                {t('table.rowNumber')}
              </th>
              {columns.map((label, i) => {
                const fields = fieldsOf(i);
                return (
                  <th key={i} scope="col" className={fields.length > 0 ? 'is-mapped' : undefined}>
                    <span className="long-list-preview__column">{label}</span>
                    {fields.map((f) => (
                      <span key={f} className="long-list-preview__field">
                        {t(LONG_LIST_FIELD_LABEL_KEYS[f])}
                      </span>
                    ))}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map((cells, r) => (
              <tr key={numbers[r]}>
                <th scope="row" className="data-table__narrow long-list-preview__number">
                  {numbers[r]}
                </th>
                {cells.map((cell, i) => (
                  // One line per row; a value cut short is shown whole on hover.
                  <td key={i} className={fieldsOf(i).length > 0 ? 'is-mapped' : 'is-unmapped'} title={cell}>
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {preview.rowCount > preview.rows.length && <p className="field__hint">{t('table.shown', { shown: preview.rows.length, count: preview.rowCount })}</p>}
    </div>
  );
}
