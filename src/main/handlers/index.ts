/**
 * Every operation of the contract, implemented over a data directory. Each
 * area lives in its own file; the map is checked against Handlers, so an
 * operation added to the contract without a handler does not compile.
 */
import type { Handlers } from '../../shared/api/contract';
import type { DataDir } from '../store/data-dir';
import { auditHandlers } from './audit';
import { backupsHandlers } from './backups';
import { candidateHandlers } from './candidates';
import { dealRoomHandlers } from './deal-rooms';
import { encryptionHandlers } from './encryption';
import { dueDiligenceHandlers } from './due-diligence';
import { evaluatorHandlers } from './evaluators';
import { evidenceHandlers } from './evidence';
import { exportsHandlers } from './exports';
import { flagHandlers } from './flags';
import { importExportHandlers } from './import-export';
import { interviewHandlers } from './interviews';
import { longListHandlers } from './long-list';
import { longListPageHandlers } from './long-list-page';
import { panelHandlers } from './panel';
import { pipelineHandlers } from './pipeline';
import { ringiHandlers } from './ringi';
import { portableHandlers } from './portable';
import { pillarAndCriterionHandlers } from './pillars-and-criteria';
import { scoreHandlers } from './scores';
import { searchHandlers } from './search';
import { settingsHandlers } from './settings';
import { templateHandlers } from './templates';
import { printHandlers } from './print';
import { termsHandlers } from './terms';
import { weightHandlers } from './weights';

export function createHandlers(store: DataDir): Handlers {
  return {
    ...settingsHandlers(store),
    ...dealRoomHandlers(store),
    ...importExportHandlers(store),
    ...candidateHandlers(store),
    ...pillarAndCriterionHandlers(store),
    ...evaluatorHandlers(store),
    ...scoreHandlers(store),
    ...panelHandlers(store),
    ...weightHandlers(store),
    ...templateHandlers(store),
    ...evidenceHandlers(store),
    ...dueDiligenceHandlers(store),
    ...searchHandlers(store),
    ...pipelineHandlers(store),
    ...interviewHandlers(store),
    ...flagHandlers(store),
    ...longListHandlers(store),
    ...longListPageHandlers(store),
    ...exportsHandlers(store),
    ...portableHandlers(store),
    ...backupsHandlers(store),
    ...auditHandlers(store),
    ...ringiHandlers(store),
    ...termsHandlers(store),
    ...printHandlers(store),
    ...encryptionHandlers(store),
  } satisfies Handlers;
}
