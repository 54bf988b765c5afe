/** One select per candidate field: which column of the file fills it, or none. */
import { useTranslation } from 'react-i18next';
import { LONG_LIST_FIELDS, LONG_LIST_FIELD_LABEL_KEYS, type LongListField, type LongListMapping } from '../../../shared/long-list/long-list-fields';
import { columnLetter } from '../../../shared/long-list/column-labels';
import { SelectField } from '../../components/select-field';

interface LongListMappingFieldsProps {
  /** The columns as named on screen (header text or letter). */
  columns: readonly string[];
  mapping: LongListMapping;
  onChange: (field: LongListField, column: number | undefined) => void;
}

const NONE = 'none';

export function LongListMappingFields({ columns, mapping, onChange }: LongListMappingFieldsProps) {
  const { t } = useTranslation('longList');
  const options = [
    { value: NONE, label: t('mapping.none') },
    ...columns.map((label, i) => {
      const letter = columnLetter(i);
      return { value: String(i), label: label === letter ? t('mapping.column', { letter }) : t('mapping.namedColumn', { letter, label }) };
    }),
  ];
  return (
    <fieldset className="long-list-mapping">
      <legend className="long-list-mapping__legend">{t('mapping.heading')}</legend>
      <p className="field__hint">{t('mapping.hint')}</p>
      <div className="long-list-mapping__grid">
        {LONG_LIST_FIELDS.map((field) => (
          <SelectField
            key={field}
            label={t(LONG_LIST_FIELD_LABEL_KEYS[field])}
            value={mapping[field] === undefined ? NONE : String(mapping[field])}
            options={options}
            onChange={(value) => onChange(field, value === NONE ? undefined : Number(value))}
          />
        ))}
      </div>
    </fieldset>
  );
}
