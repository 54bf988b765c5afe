/**
 * The portable deal-room file (issue 7): export a room with its evidence
 * files as one zip, check one without changing anything, and open one as a
 * new room (or, when asked by name, in place of an existing one).
 */
import type { Handlers } from '../../shared/api/contract';
import { portableFileName } from '../../shared/domain/portable-file';
import { translator } from '../../shared/i18n/translator';
import { checkPortable, buildPortable, type PortableProblem } from '../portable/portable-room';
import { importPortable } from '../portable/import-portable';
import type { DataDir } from '../store/data-dir';
import { DomainError } from './domain-error';
import { openRoom } from './room-access';

type PortableOps = 'portable.export' | 'portable.inspect' | 'portable.import';

const refused = (p: PortableProblem) => new DomainError('rule_violation', p.key, p.params, 'contentBase64');

const NO_COUNTS = { candidates: 0, criteria: 0, evaluators: 0, scores: 0, answers: 0, flags: 0, dueDiligence: 0, evidenceFiles: 0 };

export function portableHandlers(store: DataDir): Pick<Handlers, PortableOps> {
  /** The first room already named `name` (rooms are not required to have unique names). */
  const roomNamed = (name: string) => {
    for (const id of store.roomIds()) {
      const room = store.room(id).dealRoom();
      if (room.name === name) return { id: room.id, name: room.name };
    }
    return undefined;
  };

  return {
    'portable.export': ({ dealRoomId }, ctx) => {
      const room = openRoom(store, dealRoomId, ctx);
      const detail = room.detail();
      const built = buildPortable(store.roomsDir, room.id, detail, new Date().toISOString(), ctx.lang);
      if ('problem' in built) throw new DomainError('rule_violation', built.problem.key, built.problem.params, 'dealRoomId');
      return { fileName: portableFileName(detail.dealRoom.name), contentBase64: Buffer.from(built.bytes).toString('base64') };
    },

    'portable.inspect': ({ contentBase64 }, ctx) => {
      const checked = checkPortable(Buffer.from(contentBase64, 'base64'), ctx.lang);
      if (!checked.ok) {
        const t = translator(ctx.lang);
        return { roomName: '', exportedAt: null, appVersion: '', counts: NO_COUNTS, problems: checked.problems.map((p) => t(p.key, p.params)) };
      }
      const { document, evidence, manifest } = checked.value;
      const existing = roomNamed(document.dealRoom.name);
      return {
        roomName: document.dealRoom.name,
        exportedAt: manifest.createdAt,
        appVersion: manifest.appVersion,
        counts: {
          candidates: document.candidates.length,
          criteria: document.pillars.reduce((n, p) => n + p.criteria.length, 0),
          evaluators: document.evaluators.length,
          scores: document.scores.length,
          answers: document.answers.length,
          flags: document.flags.length,
          dueDiligence: document.dueDiligence.length,
          evidenceFiles: evidence.length,
        },
        problems: [],
        ...(existing ? { existingRoomWithSameName: existing } : {}),
      };
    },

    'portable.import': ({ contentBase64, mode, replaceRoomId }, ctx) => {
      // Replacing is only ever done to a room named by the caller, and checked before anything is written.
      if (mode === 'replace') {
        if (replaceRoomId === undefined) throw new DomainError('invalid_input', 'portable:errors.replaceNeedsRoom', {}, 'replaceRoomId');
        openRoom(store, replaceRoomId, ctx);
      }
      const checked = checkPortable(Buffer.from(contentBase64, 'base64'), ctx.lang);
      if (!checked.ok) throw refused(checked.problems[0] ?? { key: 'portable:errors.notAZip', params: {} });
      const imported = importPortable(store, checked.value, ctx.actor);
      if (!imported.ok) throw refused(imported.problem);
      if (mode === 'replace' && replaceRoomId !== undefined) store.deleteRoom(replaceRoomId);
      return imported.room.dealRoom();
    },
  };
}
