import { CANDIDATE_INTAKE_DEFAULTS } from '../../shared/domain/vetting';
import type { Handlers } from '../../shared/api/contract';
import { MAX_COMPARED } from '../../shared/domain/deal-room-file';
import type { DataDir } from '../store/data-dir';
import { candidateTable } from '../store/entity-tables';
import { newId } from '../store/room-id';
import { removeCellsOf } from './dependent-cells';
import { removeDiligenceOf } from './dependent-evidence';
import { DomainError } from './domain-error';
import { found, keepSomeName, notFound, openRoom } from './room-access';

type CandidateOps = 'candidates.create' | 'candidates.update' | 'candidates.delete' | 'candidates.setCompared';

export function candidateHandlers(store: DataDir): Pick<Handlers, CandidateOps> {
  return {
    'candidates.create': ({ dealRoomId, fields }, ctx) => {
      const room = openRoom(store, dealRoomId, ctx);
      return room.change(ctx.actor, (tx) =>
        tx.insert(candidateTable, {
          id: newId(),
          ...CANDIDATE_INTAKE_DEFAULTS,
          nameJa: fields.nameJa ?? '',
          nameLatin: fields.nameLatin ?? '',
          headquarters: fields.headquarters ?? '',
          type: fields.type ?? 'distributor',
          website: fields.website ?? '',
          notes: fields.notes ?? '',
          // The intake the form gives with a new candidate (issue 5); the rest keep their defaults.
          origin: fields.origin ?? CANDIDATE_INTAKE_DEFAULTS.origin,
          introducer: fields.introducer ?? '',
          introducerRelationship: fields.introducerRelationship ?? '',
          firstContactOn: fields.firstContactOn ?? null,
          approachedBy: fields.approachedBy ?? CANDIDATE_INTAKE_DEFAULTS.approachedBy,
          statedIntent: fields.statedIntent ?? '',
          // A new candidate joins the side-by-side comparison only while there is room in it.
          compared: room.count('candidate', 'compared = 1') < MAX_COMPARED,
          sortOrder: room.nextSortOrder('candidate'),
        }),
      );
    },

    'candidates.update': ({ dealRoomId, candidateId, patch }, ctx) => {
      const room = openRoom(store, dealRoomId, ctx);
      return room.change(ctx.actor, (tx) => {
        const before = found(room.row(candidateTable, { id: candidateId }), 'candidate', candidateId, 'candidateId');
        keepSomeName(before, patch, 'nameLatin', 'nameJa', 'patch.nameLatin', ctx);
        return tx.update(candidateTable, before, patch);
      });
    },

    'candidates.delete': ({ dealRoomId, candidateId }, ctx) => {
      const room = openRoom(store, dealRoomId, ctx);
      room.change(ctx.actor, (tx) => {
        const before = found(room.row(candidateTable, { id: candidateId }), 'candidate', candidateId, 'candidateId');
        // Its scores and consensus go with it, each logged.
        removeCellsOf(room, tx, 'candidate_id', before.id);
        removeDiligenceOf(room, tx, before.id);
        tx.remove(candidateTable, before);
      });
      return { deleted: true };
    },

    'candidates.setCompared': ({ dealRoomId, candidateIds }, ctx) => {
      const room = openRoom(store, dealRoomId, ctx);
      const wanted = new Set(candidateIds);
      if (wanted.size > MAX_COMPARED)
        throw new DomainError('rule_violation', 'rule.tooManyCompared', { count: wanted.size, max: MAX_COMPARED }, 'candidateIds');
      return room.change(ctx.actor, (tx) => {
        const candidates = room.rows(candidateTable);
        const known = new Set(candidates.map((c) => c.id));
        candidateIds.forEach((id, i) => {
          if (!known.has(id)) throw notFound('candidate', id, `candidateIds[${i}]`);
        });
        return candidates.map((c) => tx.update(candidateTable, c, { compared: wanted.has(c.id) }));
      });
    },
  };
}
