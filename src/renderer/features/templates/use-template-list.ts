/**
 * The template library as listed by the API, loaded when a screen needs it
 * and reloaded after a change (save, import, delete).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../../shared/api/result';
import type { TemplateSummary } from '../../../shared/domain/criteria-template';
import { useApi } from '../../app/api-context';

export interface TemplateList {
  /** null until the first answer arrives. */
  templates: TemplateSummary[] | null;
  error: ApiError | null;
  reload(): Promise<void>;
}

export function useTemplateList(enabled = true): TemplateList {
  const api = useApi();
  const [templates, setTemplates] = useState<TemplateSummary[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  // Answers can arrive out of order; only the newest request may update the list.
  const latest = useRef(0);

  const reload = useCallback(async () => {
    const ticket = ++latest.current;
    const result = await api.call('templates.list', {});
    if (ticket !== latest.current) return;
    if (result.ok) {
      setTemplates(result.value);
      setError(null);
    } else {
      setError(result.error);
    }
  }, [api]);

  useEffect(() => {
    if (enabled) void reload();
  }, [enabled, reload]);

  return { templates, error, reload };
}
