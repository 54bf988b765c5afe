/**
 * Weights by pairwise comparison (AHP) for one scope: the pillars, or the
 * criteria of one pillar. Every pair is asked once on Saaty's scale; the
 * weights that follow (the principal eigenvector's priorities) and the
 * consistency ratio update as choices change. Above Saaty's 0.10 the dialog
 * says which comparison is most at odds with the rest and takes you to it;
 * applying is still allowed, since the panel may mean exactly what it said.
 */
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, Weighting } from '../../../shared/domain/entities';
import { ahpFromJudgements, CONSISTENCY_LIMIT } from '../../../shared/engine/ahp';
import { describeConsistency } from '../../../shared/engine/ahp-sentences';
import { formatPercent, formatPoints } from '../../../shared/i18n/format';
import { useDealRoom } from '../../app/deal-room-context';
import { useApiAction } from '../../app/use-api-action';
import { useLanguage } from '../../app/use-language';
import { DialogFormActions } from '../../components/dialog-form-actions';
import { ErrorText } from '../../components/error-text';
import { ModalDialog } from '../../components/modal-dialog';
import { Notice } from '../../components/notice';
import { judgementsOf, pairsOf, prefillChoices } from './judgement-prefill';
import { PairRow } from './pair-row';
import type { SaatyChoice } from './saaty-scale';

export interface WeightedItem {
  id: string;
  name: string;
  weight: number;
}

interface AhpDialogProps {
  open: boolean;
  onClose: () => void;
  title: string;
  /** '' for the pillar weights; otherwise the pillar whose criteria are compared. */
  pillarId: string;
  items: readonly WeightedItem[];
  weighting: Weighting | undefined;
}

export function AhpDialog({ open, onClose, ...form }: AhpDialogProps) {
  return (
    <ModalDialog open={open} title={form.title} onClose={onClose} className="dialog--wide ahp-dialog">
      {/* Mounted afresh on each opening, so the choices start from what is stored. */}
      <AhpForm {...form} onClose={onClose} />
    </ModalDialog>
  );
}

/** Two decimals; three when two would show an inconsistent ratio as the limit itself ("0.10 … up to 0.10"). */
function ratioText(ratio: number, consistent: boolean, lang: Language): string {
  const two = formatPoints(ratio, lang, 2);
  return !consistent && two === formatPoints(CONSISTENCY_LIMIT, lang, 2) ? formatPoints(ratio, lang, 3) : two;
}

/** Which pair an API error is about: "judgements[3]…" is the fourth pair asked. */
function pairIndexOf(path: string | undefined): number | null {
  const match = /^judgements\[(\d+)\]/.exec(path ?? '');
  return match ? Number(match[1]) : null;
}

function AhpForm({ pillarId, items, weighting, onClose }: Omit<AhpDialogProps, 'open' | 'title'>) {
  const { t } = useTranslation('analysis');
  const lang: Language = useLanguage();
  const { detail, mutate } = useDealRoom();
  const action = useApiAction();
  const itemIds = useMemo(() => items.map((i) => i.id), [items]);
  const pairs = useMemo(() => pairsOf(itemIds), [itemIds]);
  const [choices, setChoices] = useState<Record<string, SaatyChoice>>(() => prefillChoices(itemIds, weighting));
  const selects = useRef<(HTMLSelectElement | null)[]>([]);

  const judgements = useMemo(() => judgementsOf(pairs, choices), [pairs, choices]);
  const ahp = useMemo(() => ahpFromJudgements(itemIds, judgements), [itemIds, judgements]);
  const nameOf = (id: string) => items.find((i) => i.id === id)?.name ?? id;
  const warning = ahp.consistent ? null : describeConsistency(ahp, nameOf, lang);
  const flagged = ahp.consistent || !ahp.mostInconsistent ? -1 : pairs.findIndex((p) => (p.a === ahp.mostInconsistent?.a && p.b === ahp.mostInconsistent.b) || (p.a === ahp.mostInconsistent?.b && p.b === ahp.mostInconsistent.a));
  const currentSum = items.reduce((s, i) => s + i.weight, 0);
  const errorPair = pairIndexOf(action.error?.path);
  const listError = action.error && errorPair === null && action.error.path?.startsWith('judgements') ? (action.error.problem ?? action.error.message) : undefined;
  const formError = action.error && errorPair === null && !listError ? action.error.message : undefined;

  function choose(key: string, choice: SaatyChoice) {
    action.clearError();
    setChoices((c) => ({ ...c, [key]: choice }));
  }

  function goToFlagged() {
    const select = selects.current[flagged];
    select?.scrollIntoView({ block: 'center' });
    select?.focus();
  }

  async function apply(event: FormEvent) {
    event.preventDefault();
    const saved = await action.run(() => mutate('weights.apply', { dealRoomId: detail.dealRoom.id, pillarId, method: 'ahp', judgements }));
    if (saved) onClose();
  }

  return (
    <form className="ahp" onSubmit={apply} noValidate aria-label={t('ahp.formLabel')}>
      <p className="dialog__message">{t('ahp.intro')}</p>
      <div className="ahp__layout">
        <div className="ahp__pairs">
          <h3 className="ahp__subtitle">{t('ahp.pairsHeading', { count: pairs.length })}</h3>
          <ol className="ahp-pair-list">
            {pairs.map((p, index) => (
              <PairRow
                key={p.key}
                index={index}
                aName={nameOf(p.a)}
                bName={nameOf(p.b)}
                choice={choices[p.key] ?? { favours: 'equal' }}
                onChange={(c) => choose(p.key, c)}
                flagged={index === flagged}
                error={index === errorPair ? (action.error?.problem ?? action.error?.message) : undefined}
                lang={lang}
                selectRef={(el) => {
                  selects.current[index] = el;
                }}
              />
            ))}
          </ol>
          <ErrorText message={listError} />
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() => {
              action.clearError();
              setChoices(prefillChoices(itemIds, undefined));
            }}
          >
            {t('ahp.resetEqual')}
          </button>
        </div>
        <div className="ahp__result" aria-live="polite">
          <h3 className="ahp__subtitle">{t('ahp.resultHeading')}</h3>
          <table className="data-table ahp__weights">
            <thead>
              <tr>
                <th scope="col">{t('ahp.item')}</th>
                <th scope="col" className="num">
                  {t('ahp.weightNow')}
                </th>
                <th scope="col" className="num">
                  {t('ahp.weightFromPairs')}
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((item, i) => (
                <tr key={item.id}>
                  <th scope="row" className="data-table__name">
                    {item.name}
                  </th>
                  <td className="num">{currentSum > 0 ? formatPercent(item.weight / currentSum, lang) : '–'}</td>
                  <td className="num ahp__priority">{formatPercent(ahp.priorities[i] ?? 0, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className={ahp.consistent ? 'ahp__ratio' : 'ahp__ratio ahp__ratio--high'}>
            {t('ahp.ratio', { ratio: ratioText(ahp.consistencyRatio, ahp.consistent, lang), limit: formatPoints(CONSISTENCY_LIMIT, lang, 2) })}
          </p>
          {warning !== null && (
            <Notice tone="warn">
              <p>{warning}</p>
              {flagged >= 0 && (
                <button type="button" className="button button--small" onClick={goToFlagged}>
                  {t('ahp.goToPair')}
                </button>
              )}
            </Notice>
          )}
        </div>
      </div>
      <ErrorText message={formError} />
      <DialogFormActions busy={action.busy} submitLabel={t('ahp.apply')} onCancel={onClose} />
    </form>
  );
}
