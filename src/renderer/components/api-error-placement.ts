/**
 * Where an API error belongs in a form. The dispatcher names the offending
 * field by its dotted path ("fields.nameLatin", "patch.weight", "value"); the
 * message goes beside the input whose name is the path's last segment, and
 * anything that matches no input is shown for the form as a whole.
 */
import type { ApiError } from '../../shared/api/result';

export function lastPathSegment(path: string): string {
  const withoutIndexes = path.replace(/\[\d+\]/g, '');
  const parts = withoutIndexes.split('.');
  return parts[parts.length - 1] ?? '';
}

/** The message to show under the field `name`, if the error is about it. */
export function fieldErrorFor(error: ApiError | null, name: string): string | undefined {
  if (!error?.path) return undefined;
  // Beside the field, the field's path would only repeat what the label says.
  return lastPathSegment(error.path) === name ? (error.problem ?? error.message) : undefined;
}

/** The message to show for the whole form: an error that belongs to none of `fieldNames`. */
export function formErrorFor(error: ApiError | null, fieldNames: readonly string[]): string | undefined {
  if (!error) return undefined;
  if (error.path && fieldNames.includes(lastPathSegment(error.path))) return undefined;
  return error.message;
}
