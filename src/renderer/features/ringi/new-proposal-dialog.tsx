/**
 * A new proposal: its title, the recommendation in the drafter's words, the
 * candidate it recommends (if it names one) and the route it will take. It is
 * created as a draft with the room's numbers frozen into its snapshot.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Proposal, RouteTemplate } from '../../../shared/domain/ringi';
import { candidateName } from '../../../shared/domain/display-names';
import { useDealRoom } from '../../app/deal-room-context';
import { useApiAction } from '../../app/use-api-action';
import { useLanguage } from '../../app/use-language';
import { fieldErrorFor, formErrorFor } from '../../components/api-error-placement';
import { DialogFormActions } from '../../components/dialog-form-actions';
import { ErrorText } from '../../components/error-text';
import { ModalDialog } from '../../components/modal-dialog';
import { SelectField } from '../../components/select-field';
import { TextAreaField } from '../../components/text-area-field';
import { TextField } from '../../components/text-field';

const FIELDS = ['title', 'recommendation', 'candidateId', 'routeId'] as const;

interface NewProposalDialogProps {
  open: boolean;
  routes: readonly RouteTemplate[];
  onClose: () => void;
  onCreated: (p: Proposal) => void;
}

export function NewProposalDialog({ open, routes, onClose, onCreated }: NewProposalDialogProps) {
  const { t } = useTranslation('ringi');
  const lang = useLanguage();
  const { detail, mutate } = useDealRoom();
  const action = useApiAction();
  const [title, setTitle] = useState('');
  const [recommendation, setRecommendation] = useState('');
  const [candidateId, setCandidateId] = useState('');
  const [routeId, setRouteId] = useState(routes[0]?.id ?? '');
  const chosenRoute = routes.some((r) => r.id === routeId) ? routeId : (routes[0]?.id ?? '');
  // Compared candidates first: a proposal usually recommends one of them.
  const candidates = [...detail.candidates].sort((a, b) => Number(b.compared) - Number(a.compared));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const created = await action.run(() =>
      mutate('proposals.create', {
        dealRoomId: detail.dealRoom.id,
        routeId: chosenRoute,
        fields: { title, recommendation, candidateId: candidateId === '' ? null : candidateId },
      }),
    );
    if (created) {
      setTitle('');
      setRecommendation('');
      setCandidateId('');
      onCreated(created);
    }
  }

  const e = action.error;
  return (
    <ModalDialog open={open} title={t('create.title')} onClose={onClose} className="dialog--wide">
      <form className="form" onSubmit={submit} noValidate>
        <p className="dialog__message">{t('create.intro')}</p>
        <TextField label={t('create.proposalTitle')} value={title} onChange={setTitle} error={fieldErrorFor(e, 'title')} autoComplete="off" />
        <TextAreaField label={t('create.recommendation')} value={recommendation} onChange={setRecommendation} error={fieldErrorFor(e, 'recommendation')} rows={5} />
        <SelectField
          label={t('create.candidate')}
          value={candidateId}
          options={[{ value: '', label: t('create.noCandidate') }, ...candidates.map((c) => ({ value: c.id, label: candidateName(c, lang) }))]}
          onChange={setCandidateId}
          error={fieldErrorFor(e, 'candidateId')}
        />
        <SelectField
          label={t('create.route')}
          value={chosenRoute}
          options={routes.map((r) => ({ value: r.id, label: r.name }))}
          onChange={setRouteId}
          error={fieldErrorFor(e, 'routeId')}
          hint={t('create.routeHint')}
        />
        <ErrorText message={formErrorFor(e, FIELDS)} />
        <DialogFormActions busy={action.busy} submitLabel={t('create.submit')} onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}
