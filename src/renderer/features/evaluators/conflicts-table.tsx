/**
 * Conflicts of interest: one row per evaluator, one column per compared
 * candidate, each cell saying what was declared ("not declared" until
 * someone does) with a button to declare or change it.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Candidate, Evaluator } from '../../../shared/domain/entities';
import { candidateName } from '../../../shared/domain/display-names';
import { useDealRoom } from '../../app/deal-room-context';
import { useLanguage } from '../../app/use-language';
import { Badge } from '../../components/badge';
import { ConflictDialog } from './conflict-dialog';

export function ConflictsTable({ evaluators }: { evaluators: Evaluator[] }) {
  const { t } = useTranslation('panel');
  const lang = useLanguage();
  const { detail } = useDealRoom();
  const [editing, setEditing] = useState<{ evaluator: Evaluator; candidate: Candidate } | null>(null);
  const candidates = detail.candidates.filter((c) => c.compared).sort((a, b) => a.sortOrder - b.sortOrder);
  const declarationOf = (evaluatorId: string, candidateId: string) => detail.conflicts.find((d) => d.evaluatorId === evaluatorId && d.candidateId === candidateId);

  return (
    <section className="panel-block" aria-labelledby="conflicts-title">
      <h3 id="conflicts-title" className="section-title">
        {t('conflicts.heading')}
      </h3>
      <p className="section-intro">{t('conflicts.intro')}</p>
      {candidates.length === 0 ? (
        <p className="muted">{t('conflicts.noCandidates')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table conflicts-table">
            <caption className="visually-hidden">{t('conflicts.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('conflicts.evaluatorColumn')}</th>
                {candidates.map((c) => (
                  <th key={c.id} scope="col">
                    {candidateName(c, lang)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {evaluators.map((e) => (
                <tr key={e.id}>
                  <th scope="row" className="data-table__name">
                    {e.name}
                  </th>
                  {candidates.map((c) => {
                    const declared = declarationOf(e.id, c.id);
                    const names = { evaluator: e.name, candidate: candidateName(c, lang) };
                    return (
                      <td key={c.id} className="conflicts-table__cell">
                        {!declared ? (
                          <span className="conflict-state conflict-state--undeclared">{t('conflicts.status.undeclared')}</span>
                        ) : declared.status === 'conflict' ? (
                          <>
                            <Badge tone="bad">{t('conflicts.status.conflict')}</Badge>
                            <span className="conflict-state__note clamp-3">{declared.note}</span>
                          </>
                        ) : (
                          <Badge tone="good">{t('conflicts.status.none')}</Badge>
                        )}
                        <button
                          type="button"
                          className="button button--small button--quiet conflict-state__action"
                          onClick={() => setEditing({ evaluator: e, candidate: c })}
                          aria-label={t('conflicts.declareLabel', names)}
                        >
                          {declared ? t('conflicts.change') : t('conflicts.declare')}
                        </button>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editing && (
        <ConflictDialog
          evaluator={editing.evaluator}
          candidate={editing.candidate}
          stored={declarationOf(editing.evaluator.id, editing.candidate.id)}
          onClose={() => setEditing(null)}
        />
      )}
    </section>
  );
}
