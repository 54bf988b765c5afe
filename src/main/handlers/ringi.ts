/** People and circulation (issue 8): being built this session. */
import type { Handlers, OperationName } from '../../shared/api/contract';
import type { DataDir } from '../store/data-dir';

type RingiOps = Extract<OperationName, `people.${string}` | `profiles.${string}` | `routes.${string}` | `proposals.${string}`>;

export function ringiHandlers(_store: DataDir): Pick<Handlers, RingiOps> {
  const pending = () => {
    throw new Error('circulation handlers are being written');
  };
  return {
    'people.get': pending,
    'profiles.create': pending,
    'profiles.update': pending,
    'profiles.delete': pending,
    'profiles.setActing': pending,
    'routes.create': pending,
    'routes.update': pending,
    'routes.delete': pending,
    'proposals.list': pending,
    'proposals.create': pending,
    'proposals.update': pending,
    'proposals.circulate': pending,
    'proposals.comment': pending,
    'proposals.decide': pending,
    'proposals.revise': pending,
    'proposals.withdraw': pending,
    'proposals.liveDiff': pending,
  };
}
