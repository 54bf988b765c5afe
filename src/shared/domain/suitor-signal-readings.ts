/**
 * A candidate's five suitor signals as people read them: every signal has a
 * reading, "not known yet" until someone records one, so a panel always shows
 * all five and an unrecorded signal is visibly an open question.
 */
import { SUITOR_SIGNALS, type SignalReading, type SuitorSignal, type SuitorSignalKind } from './vetting';

export interface SignalReadingView {
  signal: SuitorSignalKind;
  reading: SignalReading;
  note: string;
  /** When it was last recorded; null when it never was. */
  updatedAt: string | null;
}

/** The five signals of one candidate, in the order of SUITOR_SIGNALS. */
export function signalReadingsOf(signals: readonly SuitorSignal[], candidateId: string): SignalReadingView[] {
  const recorded = new Map(signals.filter((s) => s.candidateId === candidateId).map((s) => [s.signal, s]));
  return SUITOR_SIGNALS.map((signal) => {
    const row = recorded.get(signal);
    return row
      ? { signal, reading: row.reading, note: row.note, updatedAt: row.updatedAt }
      : { signal, reading: 'unknown', note: '', updatedAt: null };
  });
}

/** How many of a candidate's signals read as a warning. */
export function warningCountOf(signals: readonly SuitorSignal[], candidateId: string): number {
  return signals.filter((s) => s.candidateId === candidateId && s.reading === 'warning').length;
}
