/**
 * "Clauses legal checks": the clause facts of the draft as structured
 * answers (TermClauses), each with why it matters and its reviewer comments.
 * A choice is saved as soon as it is made; a number when the field is left.
 */
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/api/result';
import type { TermClauses, TermSheet } from '../../../shared/domain/terms';
import { useDealRoom } from '../../app/deal-room-context';
import { fieldErrorFor, formErrorFor } from '../../components/api-error-placement';
import { CheckboxField } from '../../components/checkbox-field';
import { ErrorText } from '../../components/error-text';
import { NumberField } from '../../components/number-field';
import { numberForApi, parseNumberText } from '../../components/parse-number-text';
import { SelectField } from '../../components/select-field';
import { ClauseCommentsButton } from './clause-comments';
import { CLAUSE_FACT_ORDER, useClauseFactLabels } from './clause-facts';
import { useTermLabels } from './use-term-labels';

type NumberClause = 'noticePeriodMonths' | 'nonCompeteMonths';

export function ClauseFactsForm({ sheet }: { sheet: TermSheet }) {
  const { t } = useTranslation('termsEditor');
  const labels = useTermLabels();
  const facts = useClauseFactLabels();
  const { detail, mutate } = useDealRoom();
  // Each answer is its own small patch, so answers given in quick succession are all sent; the
  // control shows the new answer at once and falls back to the stored one if the store refuses.
  const [pending, setPending] = useState<Partial<TermClauses>>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState<keyof TermClauses | null>(null);
  const shown: TermClauses = { ...sheet.clauses, ...pending };
  const [numbers, setNumbers] = useState<Record<NumberClause, string>>({
    noticePeriodMonths: String(sheet.clauses.noticePeriodMonths),
    nonCompeteMonths: String(sheet.clauses.nonCompeteMonths),
  });

  async function save<K extends keyof TermClauses>(key: K, value: TermClauses[K]) {
    setSaved(null);
    setPending((p) => ({ ...p, [key]: value }));
    const result = await mutate('terms.updateSheet', { dealRoomId: detail.dealRoom.id, termSheetId: sheet.id, patch: { clauses: { [key]: value } } });
    setPending(({ [key]: _sent, ...rest }) => rest);
    if (result.ok) {
      setError(null);
      setSaved(key);
    } else setError(result.error);
  }

  function saveNumber(key: NumberClause) {
    const parsed = parseNumberText(numbers[key]);
    if (parsed.kind === 'number' && parsed.value === sheet.clauses[key]) return;
    void save(key, numberForApi(parsed));
  }

  const row = (key: keyof TermClauses, control: ReactNode) => (
    <li key={key} className="clause-facts__row">
      <div className="clause-facts__control">{control}</div>
      <ClauseCommentsButton termSheetId={sheet.id} clause={`clause:${key}`} />
    </li>
  );
  const field = (key: keyof TermClauses): ReactNode => {
    const { label, help } = facts[key];
    const problem = fieldErrorFor(error, key);
    switch (key) {
      case 'registrationHolder':
        return <SelectField label={label} hint={help} error={problem} value={shown.registrationHolder} options={labels.registrationHolders} onChange={(v) => void save(key, v)} />;
      case 'dataSharing':
        return <SelectField label={label} hint={help} error={problem} value={shown.dataSharing} options={labels.dataSharing} onChange={(v) => void save(key, v)} />;
      case 'customerDataOwner':
        return <SelectField label={label} hint={help} error={problem} value={shown.customerDataOwner} options={labels.customerDataOwners} onChange={(v) => void save(key, v)} />;
      case 'noticePeriodMonths':
      case 'nonCompeteMonths':
        return (
          <NumberField
            label={label}
            hint={help}
            error={problem}
            value={numbers[key]}
            onChange={(text) => {
              setNumbers((n) => ({ ...n, [key]: text }));
              if (error) setError(null);
            }}
            onBlur={() => saveNumber(key)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') saveNumber(key);
            }}
            inputMode="numeric"
          />
        );
      default: {
        const flag = key as Exclude<keyof TermClauses, 'registrationHolder' | 'dataSharing' | 'customerDataOwner' | NumberClause>;
        return <CheckboxField label={label} hint={help} checked={shown[flag]} onChange={(v) => void save(flag, v)} />;
      }
    }
  };

  return (
    <section className="terms-editor__section" aria-labelledby="terms-editor-clauses">
      <div className="terms-editor__section-head">
        <div>
          <h3 className="section-title" id="terms-editor-clauses">
            {t('clauses.heading')}
          </h3>
          <p className="terms-editor__intro">{t('clauses.intro')}</p>
        </div>
        <p className="clause-facts__status" role="status">
          {saved ? t('clauses.saved', { clause: facts[saved].label }) : ''}
        </p>
      </div>
      <ErrorText message={formErrorFor(error, [...CLAUSE_FACT_ORDER])} />
      <ul className="clause-facts">{CLAUSE_FACT_ORDER.map((key) => row(key, field(key)))}</ul>
    </section>
  );
}
