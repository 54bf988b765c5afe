/**
 * One route template: its name and ordered stages. Each stage has a name, a
 * mode (everyone in joint review, or any one) and approvers ticked from the
 * profiles; stages are added, removed and reordered with buttons, and focus
 * follows a moved stage so the keyboard can keep moving it.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile, RouteTemplate } from '../../../shared/domain/ringi';
import { useApi } from '../../app/api-context';
import { useApiAction } from '../../app/use-api-action';
import { useLanguage } from '../../app/use-language';
import { fieldErrorFor } from '../../components/api-error-placement';
import { ErrorText } from '../../components/error-text';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { profileChoiceLabel } from './profile-names';
import { addStage, emptyRoute, moveStage, removeStage, routeDraftOf, routeFields, stageFieldOf, toggleApprover, updateStage, type RouteDraft } from './route-draft';
import { useRingiWords } from './ringi-words';

interface RouteEditorProps {
  route?: RouteTemplate | undefined;
  profiles: readonly Profile[];
  onSaved: (saved: RouteTemplate) => void;
  onCancel: () => void;
}

export function RouteEditor({ route, profiles, onSaved, onCancel }: RouteEditorProps) {
  const { t } = useTranslation('ringi');
  const lang = useLanguage();
  const words = useRingiWords();
  const api = useApi();
  const action = useApiAction();
  const [draft, setDraft] = useState<RouteDraft>(() => (route ? routeDraftOf(route) : emptyRoute()));
  const [focusAfter, setFocusAfter] = useState<{ key: number; control: 'up' | 'down' | 'name' } | null>(null);
  const order = profiles.map((p) => p.id);

  useEffect(() => {
    if (!focusAfter) return;
    const stage = document.querySelector<HTMLElement>(`[data-stage-key="${focusAfter.key}"]`);
    const wanted = stage?.querySelector<HTMLElement>(`[data-control="${focusAfter.control}"]`);
    // At either end the button just used is disabled: the other move button takes the focus.
    const other = stage?.querySelector<HTMLButtonElement>(`[data-control="${focusAfter.control === 'up' ? 'down' : 'up'}"]`);
    const usable = (el: HTMLElement | null | undefined) => (el && !(el instanceof HTMLButtonElement && el.disabled) ? el : undefined);
    (usable(wanted) ?? usable(other) ?? stage?.querySelector<HTMLElement>('[data-control="name"]'))?.focus();
    setFocusAfter(null);
  }, [focusAfter]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fields = routeFields(draft);
    const saved = await action.run(() => (route ? api.call('routes.update', { routeId: route.id, patch: fields }) : api.call('routes.create', { fields })));
    if (saved) onSaved(saved);
  }

  const e = action.error;
  const at = stageFieldOf(e?.path);
  const stageError = (index: number, field: string) => (at && at.stage === index && at.field === field ? (e?.problem ?? e?.message) : undefined);
  const placed = at !== null || fieldErrorFor(e, 'name') !== undefined;
  const heading = route ? t('routes.editHeading', { name: route.name }) : t('routes.addHeading');

  return (
    <form className="form ringi-subform route-editor" onSubmit={submit} noValidate aria-label={heading}>
      <h4 className="ringi-subform__heading">{heading}</h4>
      <TextField label={t('routes.name')} value={draft.name} onChange={(name) => setDraft((d) => ({ ...d, name }))} error={at ? undefined : fieldErrorFor(e, 'name')} autoComplete="off" />
      <ol className="route-editor__stages">
        {draft.stages.map((stage, index) => {
          const number = index + 1;
          const approverError = stageError(index, 'approverIds');
          return (
            <li key={stage.key} className="route-editor__stage" data-stage-key={stage.key}>
              <fieldset className="route-editor__fieldset">
                <legend className="route-editor__legend">{t('routes.stageNumber', { number })}</legend>
                <div className="form__row">
                  <TextField
                    label={t('routes.stageName', { number })}
                    value={stage.name}
                    onChange={(name) => setDraft((d) => updateStage(d, index, { name }))}
                    error={stageError(index, 'name')}
                    data-control="name"
                    autoComplete="off"
                  />
                  <SelectField
                    label={t('routes.stageMode', { number })}
                    value={stage.mode}
                    options={[
                      { value: 'all', label: words.mode('all') },
                      { value: 'any', label: words.mode('any') },
                    ]}
                    onChange={(mode) => setDraft((d) => updateStage(d, index, { mode }))}
                    error={stageError(index, 'mode')}
                  />
                </div>
                <fieldset className="route-editor__approvers" aria-describedby={approverError ? `approvers-error-${stage.key}` : undefined}>
                  <legend className="field__label">{t('routes.approvers', { number })}</legend>
                  {profiles.length === 0 && <p className="muted">{t('routes.noProfiles')}</p>}
                  <div className="route-editor__approver-list">
                    {profiles.map((p) => (
                      <label key={p.id} className="route-editor__approver">
                        <input
                          type="checkbox"
                          className="checkbox"
                          checked={stage.approverIds.includes(p.id)}
                          onChange={() => setDraft((d) => toggleApprover(d, index, p.id, order))}
                          aria-invalid={approverError ? true : undefined}
                        />
                        <span>{profileChoiceLabel(p, lang)}</span>
                      </label>
                    ))}
                  </div>
                  {approverError && (
                    <p className="error-text" role="alert" id={`approvers-error-${stage.key}`}>
                      {approverError}
                    </p>
                  )}
                </fieldset>
                <div className="button-row route-editor__stage-actions">
                  <button
                    type="button"
                    className="button button--small"
                    data-control="up"
                    disabled={index === 0}
                    aria-label={t('routes.moveUp', { number })}
                    onClick={() => {
                      setDraft((d) => moveStage(d, index, -1));
                      setFocusAfter({ key: stage.key, control: 'up' });
                    }}
                  >
                    {t('routes.up')}
                  </button>
                  <button
                    type="button"
                    className="button button--small"
                    data-control="down"
                    disabled={index === draft.stages.length - 1}
                    aria-label={t('routes.moveDown', { number })}
                    onClick={() => {
                      setDraft((d) => moveStage(d, index, 1));
                      setFocusAfter({ key: stage.key, control: 'down' });
                    }}
                  >
                    {t('routes.down')}
                  </button>
                  <button
                    type="button"
                    className="button button--small button--danger-text"
                    disabled={draft.stages.length === 1}
                    aria-label={t('routes.removeStage', { number })}
                    onClick={() => setDraft((d) => removeStage(d, index))}
                  >
                    {t('routes.remove')}
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div>
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            const next = addStage(draft);
            setDraft(next);
            setFocusAfter({ key: next.stages[next.stages.length - 1]!.key, control: 'name' });
          }}
        >
          {t('routes.addStage')}
        </button>
      </div>
      <ErrorText message={e && !placed ? e.message : undefined} />
      <div className="button-row">
        <button type="button" className="button" onClick={onCancel}>
          {t('people.cancel')}
        </button>
        <button type="submit" className="button button--primary" disabled={action.busy}>
          {action.busy ? t('people.saving') : route ? t('routes.save') : t('routes.create')}
        </button>
      </div>
    </form>
  );
}
