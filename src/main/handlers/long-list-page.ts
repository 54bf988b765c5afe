/**
 * The long list a page at a time (issue 9, "Long list of 10,000
 * candidates"): the screen asks for the rows it is about to show, sorted and
 * filtered in SQL (src/main/store/long-list-query.ts), and gets them with the
 * count that passes the filter and the count in the room.
 */
import type { Handlers } from '../../shared/api/contract';
import type { DataDir } from '../store/data-dir';
import { longListRows } from '../store/long-list-query';
import { openRoom } from './room-access';

export function longListPageHandlers(store: DataDir): Pick<Handlers, 'longList.page'> {
  return {
    'longList.page': ({ dealRoomId, offset, limit, sort, filter }, ctx) => {
      const room = openRoom(store, dealRoomId, ctx);
      return { offset, ...longListRows(room, { offset, limit, sort, filter, lang: ctx.lang }) };
    },
  };
}
