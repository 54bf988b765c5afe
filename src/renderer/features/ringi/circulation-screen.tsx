/**
 * Circulation (ringi, issue 8): the room's proposals by version chain, newest
 * first, and the one chosen in full. A proposal is drafted here, gathers
 * informal comments, then circulates stage by stage along its route.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/i18n/format';
import { useDealRoom } from '../../app/deal-room-context';
import { useLanguage } from '../../app/use-language';
import type { Section } from '../../app/section-tabs';
import { Badge } from '../../components/badge';
import { EmptyState } from '../../components/empty-state';
import { Notice } from '../../components/notice';
import { ScreenHeader } from '../../components/screen-header';
import { NewProposalDialog } from './new-proposal-dialog';
import { PeopleDialog } from './people-dialog';
import { proposalChains } from './proposal-chains';
import { ProposalView } from './proposal-view';
import { STATUS_TONE, useRingiWords } from './ringi-words';
import { useCirculation } from './use-circulation';
import { usePeople } from './use-people';
import './ringi.css';

export function CirculationScreen({ onGoTo }: { onGoTo: (s: Section) => void }) {
  const { t } = useTranslation('ringi');
  const lang = useLanguage();
  const words = useRingiWords();
  const { detail } = useDealRoom();
  const { people } = usePeople();
  const load = useCirculation(detail);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [managing, setManaging] = useState(false);
  const circulation = load.status === 'ready' ? load.circulation : null;
  const chains = circulation ? proposalChains(circulation.proposals) : [];
  const selected = circulation?.proposals.find((p) => p.id === selectedId) ?? chains[0]?.latest;
  const selectedChain = selected ? chains.find((c) => c.versions.some((v) => v.id === selected.id)) : undefined;
  const routes = people?.routes ?? [];
  const canCreate = routes.length > 0 && (people?.actingProfileId ?? null) !== null;

  const newButton = (
    <button type="button" className="button button--primary" onClick={() => setCreating(true)} disabled={!canCreate}>
      {t('screen.new')}
    </button>
  );

  return (
    <section className="screen circulation" aria-labelledby="circulation-title">
      <ScreenHeader
        id="circulation-title"
        title={t('screen.heading')}
        intro={t('screen.intro')}
        actions={
          <>
            <button type="button" className="button" onClick={() => setManaging(true)}>
              {t('acting.manage')}
            </button>
            {newButton}
          </>
        }
      />
      {people && people.actingProfileId === null && (
        <Notice tone="warn">
          <p>{people.profiles.length === 0 ? t('screen.noProfiles') : t('screen.nobodyActing')}</p>
        </Notice>
      )}
      {people && people.profiles.length > 0 && routes.length === 0 && (
        <Notice tone="info">
          <p>{t('screen.noRoutes')}</p>
        </Notice>
      )}
      {load.status === 'failed' && (
        <Notice tone="bad" role="alert">
          <p>{load.error.message}</p>
        </Notice>
      )}
      {load.status === 'loading' && <p role="status">{t('screen.loading')}</p>}
      {circulation && chains.length === 0 && <EmptyState action={newButton}>{t('screen.none')}</EmptyState>}
      {circulation && selected && (
        <div className="circulation__layout">
          <nav className="circulation__list" aria-label={t('screen.listLabel')}>
            {chains.map((chain) => (
              <section key={chain.rootId} className="chain" aria-label={chain.latest.title}>
                <p className="chain__title">{chain.latest.title}</p>
                <ol className="chain__versions">
                  {chain.versions.map((v) => (
                    <li key={v.id}>
                      <button
                        type="button"
                        className="chain__version"
                        aria-current={v.id === selected.id ? 'true' : undefined}
                        onClick={() => setSelectedId(v.id)}
                        aria-label={t('screen.versionLabel', { title: v.title, version: v.version, status: words.status(v.status) })}
                      >
                        <span className="chain__version-number">{t('screen.version', { version: v.version })}</span>
                        <Badge tone={STATUS_TONE[v.status]}>{words.status(v.status)}</Badge>
                        <span className="chain__version-date">{formatDateTime(v.createdAt, lang)}</span>
                      </button>
                    </li>
                  ))}
                </ol>
              </section>
            ))}
          </nav>
          <ProposalView
            key={selected.id}
            proposal={selected}
            circulation={circulation}
            people={people}
            superseded={selectedChain ? selectedChain.latest.id !== selected.id : false}
            onSelect={setSelectedId}
            onOpenMatrix={() => onGoTo('matrix')}
          />
        </div>
      )}
      <NewProposalDialog
        open={creating}
        routes={routes}
        onClose={() => setCreating(false)}
        onCreated={(p) => {
          setCreating(false);
          setSelectedId(p.id);
        }}
      />
      <PeopleDialog open={managing} onClose={() => setManaging(false)} />
    </section>
  );
}
