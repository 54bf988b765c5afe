import { statSync } from 'node:fs';
import { basename } from 'node:path';
import type { CallContext, Handlers } from '../../shared/api/contract';
import type { DealRoomSummary } from '../../shared/domain/entities';
import { collator } from '../../shared/i18n/format';
import { roomContentFromTemplate } from '../../shared/templates/room-content-from-template';
import { type DataDir } from '../store/data-dir';
import { criterionTable, dealRoomTable, pillarTable } from '../store/entity-tables';
import { roomProblemText, UnreadableRoomFileError } from '../store/room-file-errors';
import { newId } from '../store/room-id';
import { DomainError } from './domain-error';
import { openRoom } from './room-access';
import { requireTemplate } from './templates';

/** Robust/fragile margin of SCORING.md ("Sensitivity"): 5 percentage points unless set. */
export const DEFAULT_SENSITIVITY_MARGIN = 0.05;
/** Issue 4: a spread of 1.5 points or more is a disagreement worth discussing. */
export const DEFAULT_DISAGREEMENT_THRESHOLD = 1.5;

/** A room whose file cannot be opened still appears in the list, saying why. */
export function problemSummary(store: DataDir, id: string, err: unknown, ctx: CallContext): DealRoomSummary {
  const file = store.roomFile(id);
  let updatedAt = '';
  try {
    updatedAt = statSync(file).mtime.toISOString();
  } catch {
    /* the file vanished between listing and reading: the problem text says enough */
  }
  const problem =
    err instanceof DomainError
      ? roomProblemText(err, ctx.lang)
      : roomProblemText(new UnreadableRoomFileError(file, 'cannotOpen', { detail: err instanceof Error ? err.message : String(err) }), ctx.lang);
  return {
    id,
    name: basename(file),
    productLine: '',
    targetMarket: '',
    archived: false,
    updatedAt,
    candidateCount: 0,
    comparedCount: 0,
    encryption: err instanceof DomainError && err.code === 'room_locked' ? 'locked' : 'none',
    problem,
  };
}

type DealRoomOps =
  | 'dealRooms.list'
  | 'dealRooms.get'
  | 'dealRooms.create'
  | 'dealRooms.update'
  | 'dealRooms.setArchived'
  | 'dealRooms.delete'
  | 'dealRooms.changeLog';

export function dealRoomHandlers(store: DataDir): Pick<Handlers, DealRoomOps> {
  return {
    'dealRooms.list': ({ includeArchived }, ctx) => {
      const healthy: DealRoomSummary[] = [];
      const broken: DealRoomSummary[] = [];
      for (const id of store.roomIds()) {
        try {
          const summary = store.room(id).summary();
          if (includeArchived || !summary.archived) healthy.push(summary);
        } catch (err) {
          if (!(err instanceof DomainError)) store.log('error', `deal-room ${id} could not be listed`, err);
          broken.push(problemSummary(store, id, err, ctx));
        }
      }
      const byName = collator(ctx.lang);
      // Most recently changed first; rooms that cannot be opened after them, so they stay visible.
      healthy.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || byName.compare(a.name, b.name));
      broken.sort((a, b) => byName.compare(a.name, b.name));
      return [...healthy, ...broken];
    },

    'dealRooms.get': ({ dealRoomId }, ctx) => openRoom(store, dealRoomId, ctx).detail(),

    'dealRooms.create': (fields, ctx) => {
      // Looked up before anything is written: an unknown template creates no room.
      const template = fields.templateId === undefined ? undefined : requireTemplate(store, fields.templateId, 'templateId');
      const id = newId();
      const room = store.createRoom(id, (draft) =>
        draft.change(ctx.actor, (tx) => {
          tx.insert(dealRoomTable, {
            id,
            name: fields.name,
            productLine: fields.productLine ?? '',
            targetMarket: fields.targetMarket ?? '',
            notes: fields.notes ?? '',
            archived: false,
            sensitivityMargin: fields.sensitivityMargin ?? DEFAULT_SENSITIVITY_MARGIN,
            scoringMode: fields.scoringMode ?? 'open',
            rationaleRule: fields.rationaleRule ?? 'extremes',
            disagreementThreshold: fields.disagreementThreshold ?? DEFAULT_DISAGREEMENT_THRESHOLD,
            createdAt: tx.at,
            updatedAt: tx.at,
          });
          if (!template) return;
          // The template's rows join the room in the same transaction, each logged like any other creation.
          const content = roomContentFromTemplate(template, ctx.lang, newId);
          for (const pillar of content.pillars) tx.insert(pillarTable, pillar);
          for (const criterion of content.criteria) tx.insert(criterionTable, criterion);
        }),
      );
      return room.dealRoom();
    },

    'dealRooms.update': ({ dealRoomId, patch }, ctx) => {
      const room = openRoom(store, dealRoomId, ctx);
      room.change(ctx.actor, (tx) => tx.update(dealRoomTable, room.dealRoom(), patch));
      return room.dealRoom();
    },

    'dealRooms.setArchived': ({ dealRoomId, archived }, ctx) => {
      const room = openRoom(store, dealRoomId, ctx);
      room.change(ctx.actor, (tx) => tx.update(dealRoomTable, room.dealRoom(), { archived }));
      return room.dealRoom();
    },

    'dealRooms.delete': ({ dealRoomId }) => {
      store.deleteRoom(dealRoomId);
      return { deleted: true };
    },

    'dealRooms.changeLog': ({ dealRoomId, limit, offset }, ctx) => openRoom(store, dealRoomId, ctx).changeLog(limit, offset),
  };
}
