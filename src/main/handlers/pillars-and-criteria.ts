import type { Handlers } from '../../shared/api/contract';
import type { DataDir } from '../store/data-dir';
import { criterionTable, pillarTable, weightingTable } from '../store/entity-tables';
import { newId } from '../store/room-id';
import { removeCellsOf } from './dependent-cells';
import { found, keepSomeName, openRoom } from './room-access';

/** A new pillar or criterion counts as much as its siblings until someone says otherwise. */
const DEFAULT_WEIGHT = 1;
/** SCORING.md ("Inputs"): a knock-out's pass mark m_c defaults to 3. */
const DEFAULT_PASS_MARK = 3;

type PillarCriterionOps =
  | 'pillars.create'
  | 'pillars.update'
  | 'pillars.delete'
  | 'criteria.create'
  | 'criteria.update'
  | 'criteria.delete';

export function pillarAndCriterionHandlers(store: DataDir): Pick<Handlers, PillarCriterionOps> {
  return {
    'pillars.create': ({ dealRoomId, fields }, ctx) => {
      const room = openRoom(store, dealRoomId, ctx);
      return room.change(ctx.actor, (tx) =>
        tx.insert(pillarTable, {
          id: newId(),
          nameEn: fields.nameEn ?? '',
          nameJa: fields.nameJa ?? '',
          weight: fields.weight ?? DEFAULT_WEIGHT,
          sortOrder: room.nextSortOrder('pillar'),
        }),
      );
    },

    'pillars.update': ({ dealRoomId, pillarId, patch }, ctx) => {
      const room = openRoom(store, dealRoomId, ctx);
      return room.change(ctx.actor, (tx) => {
        const before = found(room.row(pillarTable, { id: pillarId }), 'pillar', pillarId, 'pillarId');
        keepSomeName(before, patch, 'nameEn', 'nameJa', 'patch.nameEn', ctx);
        return tx.update(pillarTable, before, patch);
      });
    },

    'pillars.delete': ({ dealRoomId, pillarId }, ctx) => {
      const room = openRoom(store, dealRoomId, ctx);
      room.change(ctx.actor, (tx) => {
        const pillar = found(room.row(pillarTable, { id: pillarId }), 'pillar', pillarId, 'pillarId');
        // Each criterion, with its scores and consensus, is removed (and logged) one by one, so the
        // log shows everything that went with the pillar.
        for (const criterion of room.rows(criterionTable, 'pillar_id = @pillarId', { pillarId })) {
          removeCellsOf(room, tx, 'criterion_id', criterion.id);
          tx.remove(criterionTable, criterion);
        }
        // How the pillar's criteria were weighted goes with them.
        const weighting = room.row(weightingTable, { pillarId });
        if (weighting) tx.remove(weightingTable, weighting);
        tx.remove(pillarTable, pillar);
      });
      return { deleted: true };
    },

    'criteria.create': ({ dealRoomId, fields }, ctx) => {
      const room = openRoom(store, dealRoomId, ctx);
      return room.change(ctx.actor, (tx) => {
        const pillar = found(room.row(pillarTable, { id: fields.pillarId }), 'pillar', fields.pillarId, 'fields.pillarId');
        return tx.insert(criterionTable, {
          id: newId(),
          pillarId: pillar.id,
          libraryKey: fields.libraryKey ?? '',
          nameEn: fields.nameEn ?? '',
          nameJa: fields.nameJa ?? '',
          description: fields.description ?? '',
          anchor1: fields.anchor1 ?? '',
          anchor3: fields.anchor3 ?? '',
          anchor5: fields.anchor5 ?? '',
          weight: fields.weight ?? DEFAULT_WEIGHT,
          knockout: fields.knockout ?? false,
          passMark: fields.passMark ?? DEFAULT_PASS_MARK,
          sortOrder: room.nextSortOrder('criterion', 'pillar_id = @pillarId', { pillarId: pillar.id }),
        });
      });
    },

    'criteria.update': ({ dealRoomId, criterionId, patch }, ctx) => {
      const room = openRoom(store, dealRoomId, ctx);
      return room.change(ctx.actor, (tx) => {
        const before = found(room.row(criterionTable, { id: criterionId }), 'criterion', criterionId, 'criterionId');
        keepSomeName(before, patch, 'nameEn', 'nameJa', 'patch.nameEn', ctx);
        const moving = patch.pillarId !== undefined && patch.pillarId !== before.pillarId;
        if (!moving) return tx.update(criterionTable, before, { ...patch, pillarId: undefined });
        const target = found(room.row(pillarTable, { id: patch.pillarId }), 'pillar', patch.pillarId ?? '', 'patch.pillarId');
        // A criterion moved to another pillar goes last there.
        const sortOrder = room.nextSortOrder('criterion', 'pillar_id = @pillarId', { pillarId: target.id });
        return tx.update(criterionTable, before, { ...patch, sortOrder });
      });
    },

    'criteria.delete': ({ dealRoomId, criterionId }, ctx) => {
      const room = openRoom(store, dealRoomId, ctx);
      room.change(ctx.actor, (tx) => {
        const criterion = found(room.row(criterionTable, { id: criterionId }), 'criterion', criterionId, 'criterionId');
        removeCellsOf(room, tx, 'criterion_id', criterion.id);
        tx.remove(criterionTable, criterion);
      });
      return { deleted: true };
    },
  };
}
