/**
 * Why a deal-room file cannot be opened. The store has no reader language, so
 * an unreadable file carries the cause as a key; whoever answers a caller
 * words it in the caller's language with `inLanguage`/`roomProblemText`.
 */
import type { Language } from '../../shared/domain/entities';
import type { errors as errorsEn } from '../../shared/i18n/en/errors';
import { translator } from '../../shared/i18n/translator';
import { DomainError, qualifiedErrorKey } from '../handlers/domain-error';
import { LATEST_SCHEMA_VERSION } from './migrations';

export type UnreadableReason = keyof typeof errorsEn.unreadableReason;

function describeReason(reason: UnreadableReason, detail: Record<string, unknown>, lang: Language): string {
  return translator(lang)(`errors:unreadableReason.${reason}`, detail);
}

export class UnreadableRoomFileError extends DomainError {
  constructor(
    readonly file: string,
    readonly reason: UnreadableReason,
    readonly detail: Record<string, unknown> = {},
  ) {
    // English until a door asks for the caller's language.
    super('unreadable_database', 'unreadableDatabase', { file, reason: describeReason(reason, detail, 'en') });
  }

  inLanguage(lang: Language): DomainError {
    return new DomainError(this.code, this.messageKey, { file: this.file, reason: describeReason(this.reason, this.detail, lang) });
  }
}

export function newerRoomFileError(file: string, found: number): DomainError {
  return new DomainError('newer_database', 'newerDatabase', { file, found, supported: LATEST_SCHEMA_VERSION });
}

/** Rewords an unreadable-file error in `lang`; any other error passes through unchanged. */
export function inCallerLanguage(err: unknown, lang: Language): unknown {
  return err instanceof UnreadableRoomFileError ? err.inLanguage(lang) : err;
}

/** The text shown for a room that cannot be opened (DealRoomSummary.problem). */
export function roomProblemText(err: DomainError, lang: Language): string {
  const localized = err instanceof UnreadableRoomFileError ? err.inLanguage(lang) : err;
  return translator(lang)(qualifiedErrorKey(localized.messageKey), localized.params);
}
