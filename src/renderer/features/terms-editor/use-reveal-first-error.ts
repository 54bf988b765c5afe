/**
 * Long dialogs (a phase with its scope and targets, a trigger with several
 * actions) scroll; a refusal about a field above the fold would go unseen.
 * When the store refuses, the first field it marked is scrolled into view
 * and focused, so the message is read out where it applies.
 */
import { useEffect, useRef } from 'react';
import type { ApiError } from '../../../shared/api/result';

export function useRevealFirstError<E extends HTMLElement>(error: ApiError | null | boolean) {
  const ref = useRef<E>(null);
  useEffect(() => {
    if (!error || !ref.current) return;
    const marked = ref.current.querySelector<HTMLElement>('[aria-invalid="true"]') ?? ref.current.querySelector<HTMLElement>('[role="alert"]');
    if (!marked) return;
    marked.scrollIntoView({ block: 'center' });
    if (marked.matches('input, select, textarea')) marked.focus();
  }, [error]);
  return ref;
}
