/**
 * Red flags (issue 5): log what a candidate said or did that may be a
 * deflection, edit it, confirm or clear it once checked, delete it. Each
 * change is one transaction with its change-log rows; only a confirmed flag
 * reaches the scores (src/shared/engine/flag-effects.ts).
 */
import { removeEvidenceAttachedTo } from './dependent-evidence';
import type { Handlers } from '../../shared/api/contract';
import type { RedFlag } from '../../shared/domain/vetting';
import { flagReference } from '../../shared/red-flags/red-flag-library';
import type { DataDir } from '../store/data-dir';
import { candidateTable, redFlagTable } from '../store/entity-tables';
import { newId } from '../store/room-id';
import { checkLibraryKey, checkSaid, flagOf, keepsConsequence, settleConsequence } from './flag-rules';
import { found, openRoom } from './room-access';

type FlagOps = 'flags.log' | 'flags.update' | 'flags.setStatus' | 'flags.delete';

const CONSEQUENCE_FIELDS = ['consequence', 'criterionId', 'penalty', 'condition'] as const;

function touchesConsequence(input: Partial<Record<(typeof CONSEQUENCE_FIELDS)[number], unknown>>): boolean {
  return CONSEQUENCE_FIELDS.some((f) => input[f] !== undefined);
}

export function flagHandlers(store: DataDir): Pick<Handlers, FlagOps> {
  return {
    'flags.log': ({ dealRoomId, candidateId, fields }, ctx) => {
      const room = openRoom(store, dealRoomId, ctx);
      return room.change(ctx.actor, (tx) => {
        found(room.row(candidateTable, { id: candidateId }), 'candidate', candidateId, 'candidateId');
        const libraryKey = fields.libraryKey ?? '';
        checkLibraryKey(libraryKey, 'fields', ctx);
        const reference = libraryKey ? flagReference(libraryKey) : undefined;
        // Picked from the library and nothing typed: the entry's words, in the caller's language.
        const said = (fields.said ?? '').trim() || (reference?.statement[ctx.lang] ?? '');
        checkSaid(said, 'fields', ctx);
        const consequence = fields.consequence ?? 'note';
        const suggested = reference?.consequence.kind === 'contract_condition' ? reference.consequence.condition[ctx.lang] : '';
        const settled = settleConsequence(
          room,
          {
            libraryKey,
            said,
            consequence,
            criterionId: fields.criterionId ?? null,
            penalty: fields.penalty ?? 0,
            condition: (fields.condition ?? '').trim() || (consequence === 'contract_condition' ? suggested : ''),
          },
          'fields',
          ctx,
        );
        const flag: RedFlag = {
          id: newId(),
          candidateId,
          libraryKey,
          said,
          saidBy: fields.saidBy ?? '',
          observedOn: fields.observedOn ?? null,
          source: fields.source ?? '',
          status: 'open',
          outcome: '',
          ...settled,
          createdAt: tx.at,
          updatedAt: tx.at,
        };
        return tx.insert(redFlagTable, flag);
      });
    },

    'flags.update': ({ dealRoomId, flagId, patch }, ctx) => {
      const room = openRoom(store, dealRoomId, ctx);
      return room.change(ctx.actor, (tx) => {
        const before = flagOf(room, flagId);
        const merged = { ...before, ...definedOnly(patch) };
        checkLibraryKey(merged.libraryKey, 'patch', ctx);
        const said = merged.said.trim();
        checkSaid(said, 'patch', ctx);
        const consequence =
          touchesConsequence(patch) || before.status === 'confirmed' ? settleConsequence(room, { ...merged, said }, 'patch', ctx) : keepsConsequence(before);
        return tx.update(redFlagTable, before, { ...merged, said, ...consequence, updatedAt: tx.at });
      });
    },

    'flags.setStatus': ({ dealRoomId, flagId, status, outcome, ...consequencePatch }, ctx) => {
      const room = openRoom(store, dealRoomId, ctx);
      return room.change(ctx.actor, (tx) => {
        const before = flagOf(room, flagId);
        const merged = { ...before, ...definedOnly(consequencePatch) };
        // Confirming is the moment a flag starts to count: its consequence must then be complete.
        const consequence =
          touchesConsequence(consequencePatch) || status === 'confirmed' ? settleConsequence(room, merged, '', ctx) : keepsConsequence(before);
        return tx.update(redFlagTable, before, { status, outcome: outcome.trim(), ...consequence, updatedAt: tx.at });
      });
    },

    'flags.delete': ({ dealRoomId, flagId }, ctx) => {
      const room = openRoom(store, dealRoomId, ctx);
      room.change(ctx.actor, (tx) => {
        const flag = flagOf(room, flagId);
        // Files attached to the flag go with it, each logged.
        removeEvidenceAttachedTo(room, tx, 'flag', flag.id);
        tx.remove(redFlagTable, flag);
      });
      return { deleted: true };
    },
  };
}

/** The fields of a patch that were given: undefined leaves a field as it was. */
function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}
