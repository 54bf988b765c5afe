/**
 * "How likely is each candidate to be the right pick?" (SCORING.md,
 * "Uncertainty"): the run's settings, Run and Cancel, progress while the
 * worker draws, then the answer as one sentence, a stacked bar chart and the
 * same numbers as a table.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DealRoomDetail, Language } from '../../../shared/domain/entities';
import { candidateName } from '../../../shared/domain/display-names';
import { MAX_DRAWS } from '../../../shared/engine/monte-carlo';
import { describeMonteCarlo } from '../../../shared/engine/monte-carlo-sentences';
import type { ScoringInput } from '../../../shared/engine/types';
import { formatPercent, formatPoints } from '../../../shared/i18n/format';
import { Notice } from '../../components/notice';
import { NumberField } from '../../components/number-field';
import { inputKeyOf } from './monte-carlo-state';
import { DEFAULT_MONTE_CARLO_DRAFT, MAX_SEED, MIN_DRAWS, newSeed, parseMonteCarloDraft, type MonteCarloDraft, type SettingsField } from './monte-carlo-settings';
import { buildRankChartModel } from './rank-chart-model';
import { RankProbabilityChart } from './rank-probability-chart';
import { RankProbabilityTable } from './rank-probability-table';
import { useMonteCarlo } from './use-monte-carlo';

interface MonteCarloPanelProps {
  input: ScoringInput;
  detail: DealRoomDetail;
  lang: Language;
}

export function MonteCarloPanel({ input, detail, lang }: MonteCarloPanelProps) {
  const { t } = useTranslation('analysis');
  const { state, start, cancel } = useMonteCarlo();
  const [draft, setDraft] = useState<MonteCarloDraft>(DEFAULT_MONTE_CARLO_DRAFT);
  const [invalid, setInvalid] = useState<readonly SettingsField[]>([]);
  const runButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const running = state.status === 'running';

  const nameOf = useCallback(
    (candidateId: string) => {
      const c = detail.candidates.find((x) => x.id === candidateId);
      return c ? candidateName(c, lang) : candidateId;
    },
    [detail, lang],
  );
  const result = state.status === 'done' ? state.result : null;
  const model = useMemo(() => (result ? buildRankChartModel(result, nameOf) : null), [result, nameOf]);
  const sentence = useMemo(() => (result ? describeMonteCarlo(result, nameOf, lang) : ''), [result, nameOf, lang]);
  const stale = state.status === 'done' && state.inputKey !== inputKeyOf(input);

  // Run (and the fields) are disabled while the worker draws, and Cancel once it stops: focus on a
  // control that has just been disabled would drop to the page, so it moves to the one that works now.
  const wasRunning = useRef(false);
  useEffect(() => {
    const active = document.activeElement;
    const dropped = active === null || active === document.body;
    if (running && !wasRunning.current && (dropped || formRef.current?.contains(active))) cancelButton.current?.focus();
    if (!running && wasRunning.current && (dropped || active === cancelButton.current)) runButton.current?.focus();
    wasRunning.current = running;
  }, [running]);

  function run(event: FormEvent) {
    event.preventDefault();
    const parsed = parseMonteCarloDraft(draft);
    if (!parsed.ok) {
      setInvalid(parsed.invalid);
      return;
    }
    setInvalid([]);
    start(input, parsed.settings);
  }

  const set = (field: SettingsField) => (text: string) => {
    setDraft((d) => ({ ...d, [field]: text }));
    setInvalid((fields) => fields.filter((f) => f !== field));
  };
  const whole = (n: number) => formatPoints(n, lang, 0);
  const errorFor = (field: SettingsField): string | undefined => {
    if (!invalid.includes(field)) return undefined;
    if (field === 'draws') return t('monteCarlo.drawsInvalid', { min: whole(MIN_DRAWS), max: whole(MAX_DRAWS) });
    if (field === 'seed') return t('monteCarlo.seedInvalid', { max: whole(MAX_SEED) });
    return t('monteCarlo.jitterInvalid');
  };

  // Once the messages are on screen, focus goes to the first field that needs fixing.
  useEffect(() => {
    if (invalid.length > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [invalid]);

  return (
    <section className="analysis-panel" aria-labelledby="monte-carlo-title">
      <h3 id="monte-carlo-title" className="analysis-panel__title">
        {t('monteCarlo.heading')}
      </h3>
      <p className="analysis-panel__intro">{t('monteCarlo.intro')}</p>
      <form ref={formRef} className="monte-carlo__form" aria-label={t('monteCarlo.formLabel')} onSubmit={run} noValidate>
        <NumberField label={t('monteCarlo.draws')} hint={t('monteCarlo.drawsHint')} value={draft.draws} onChange={set('draws')} error={errorFor('draws')} className="monte-carlo__field" disabled={running} />
        <div className="monte-carlo__seed">
          <NumberField label={t('monteCarlo.seed')} hint={t('monteCarlo.seedHint')} value={draft.seed} onChange={set('seed')} error={errorFor('seed')} className="monte-carlo__field" disabled={running} />
          <button type="button" className="button" onClick={() => set('seed')(String(newSeed()))} disabled={running}>
            {t('monteCarlo.newSeed')}
          </button>
        </div>
        <NumberField
          label={t('monteCarlo.jitter')}
          hint={t('monteCarlo.jitterHint')}
          value={draft.jitterPercent}
          onChange={set('jitterPercent')}
          error={errorFor('jitterPercent')}
          className="monte-carlo__field"
          disabled={running}
        />
        <div className="monte-carlo__actions">
          <button ref={runButton} type="submit" className="button button--primary" disabled={running}>
            {t('monteCarlo.run')}
          </button>
          <button ref={cancelButton} type="button" className="button" onClick={cancel} disabled={!running}>
            {t('monteCarlo.cancel')}
          </button>
        </div>
      </form>

      {running && (
        <div className="monte-carlo__progress">
          <div
            className="progress"
            role="progressbar"
            aria-label={t('monteCarlo.progressLabel')}
            aria-valuemin={0}
            aria-valuemax={state.total}
            aria-valuenow={state.done}
            aria-valuetext={t('monteCarlo.progressText', { done: whole(state.done), total: whole(state.total) })}
          >
            <span className="progress__fill" style={{ width: `${state.total > 0 ? (100 * state.done) / state.total : 0}%` }} />
          </div>
          <span className="monte-carlo__progress-text" aria-hidden="true">
            {t('monteCarlo.progressText', { done: whole(state.done), total: whole(state.total) })}
          </span>
        </div>
      )}
      <p className="visually-hidden" role="status">
        {running ? t('monteCarlo.running') : state.status === 'done' ? t('monteCarlo.finished', { draws: whole(state.result.draws) }) : ''}
      </p>

      {state.status === 'cancelled' && (
        <Notice tone="info">
          <p>{t('monteCarlo.cancelled', { done: whole(state.done), total: whole(state.total) })}</p>
        </Notice>
      )}
      {state.status === 'failed' && (
        <Notice tone="bad" role="alert">
          <p>{t('monteCarlo.failed', { message: state.message })}</p>
        </Notice>
      )}
      {state.status === 'idle' && <p className="muted">{t('monteCarlo.notRun')}</p>}

      {result && model && (
        <div className="monte-carlo__result">
          {stale && (
            <Notice tone="warn">
              <p>{t('monteCarlo.stale')}</p>
            </Notice>
          )}
          <p className="analysis-panel__sentence">{sentence}</p>
          <p className="muted monte-carlo__settings">
            {t('monteCarlo.settingsUsed', { draws: whole(result.draws), seed: String(result.seed), jitter: formatPercent(result.weightJitter, lang, 0) })}
          </p>
          <RankProbabilityChart model={model} summary={sentence} lang={lang} />
          <RankProbabilityTable model={model} lang={lang} />
        </div>
      )}
    </section>
  );
}
