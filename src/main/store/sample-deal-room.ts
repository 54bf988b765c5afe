/**
 * The sample deal-room a new data directory starts with (a fictional search
 * for a medical-device distributor in Japan). Imported statically so that
 * electron-vite bundles it and tsx runs it from source alike.
 */
import sample from '../../../resources/sample/medtech-japan.json';
import { DealRoomFile } from '../../shared/domain/deal-room-file';

export function sampleDealRoomFile(): DealRoomFile {
  return DealRoomFile.parse(sample);
}
