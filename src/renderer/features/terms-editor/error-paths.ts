/**
 * Store refusals name the field at fault by path: zod's "fields.targets[0].value"
 * or a handler's "fields.condition.milestoneIds.2". A form with repeated parts
 * (targets, actions, a scope inside an action) narrows the error to one part
 * before asking which input it belongs to (components/api-error-placement.ts).
 */
import type { ApiError } from '../../../shared/api/result';

/** "fields.targets[0].value" → ["targets", "0", "value"]: indexes as segments, the operation's wrapper dropped. */
export function pathSegments(path: string): string[] {
  const segments = path.replace(/\[(\d+)\]/g, '.$1').split('.').filter(Boolean);
  return segments[0] === 'fields' || segments[0] === 'patch' ? segments.slice(1) : segments;
}

/**
 * The error as seen from inside the part at `prefix` (e.g. "targets.0" or
 * "actions.1.scope"), with its path made relative to that part; null when the
 * error is about something else.
 */
export function errorWithin(error: ApiError | null, prefix: string): ApiError | null {
  if (!error?.path) return null;
  const want = prefix.split('.');
  const have = pathSegments(error.path);
  if (have.length <= want.length || want.some((s, i) => have[i] !== s)) return null;
  return { ...error, path: have.slice(want.length).join('.') };
}

/** The message to show at the input for `key` (the first segment of the error's path), if the error is about it. */
export function problemAt(error: ApiError | null, key: string): string | undefined {
  if (!error?.path) return undefined;
  return pathSegments(error.path)[0] === key ? (error.problem ?? error.message) : undefined;
}
