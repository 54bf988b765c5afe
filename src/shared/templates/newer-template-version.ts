/**
 * A template file written by a newer Shinrai says so in its version: it gets
 * its own message ("update Shinrai") rather than a list of unknown fields.
 */
import { CRITERIA_TEMPLATE_FORMAT, CRITERIA_TEMPLATE_VERSION } from '../domain/criteria-template';

/** The file's version when it is a criteria template newer than this app reads, else null. */
export function newerTemplateVersion(raw: unknown): number | null {
  if (raw === null || typeof raw !== 'object') return null;
  const { format, version } = raw as { format?: unknown; version?: unknown };
  if (format !== CRITERIA_TEMPLATE_FORMAT || typeof version !== 'number' || !Number.isFinite(version)) return null;
  return version > CRITERIA_TEMPLATE_VERSION ? version : null;
}
