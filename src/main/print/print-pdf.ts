/**
 * The printed matrix of one deal-room as a PDF: the print model (the same
 * numbers as the matrix), its HTML in a temporary folder, and headless
 * Chromium's PDF of it. The temporary folder is removed whatever happens.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DealRoomDetail } from '../../shared/domain/entities';
import { analyseDealRoom } from '../../shared/engine/analyse-deal-room';
import type { PrintApprovals } from '../../shared/print/print-approvals';
import { buildPrintModel } from '../../shared/print/print-model';
import type { PrintOptions } from '../../shared/print/print-options';
import { renderPdf } from './pdf-browser';
import { countPdfPages } from './pdf-pages';
import { printHtml } from './print-html';

export interface PrintedPdf {
  bytes: Uint8Array;
  pages: number;
  snapshotId: string;
  fileName: string;
}

/** Today as a calendar date (YYYY-MM-DD) where the person is: 'sv' writes ISO dates. */
export function localCalendarDate(now = new Date()): string {
  return new Intl.DateTimeFormat('sv', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** "Room name - matrix 2026-11-23.pdf", with the characters file systems refuse replaced. */
export function pdfFileName(roomName: string, printDate: string): string {
  const safe = roomName.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').trim().slice(0, 120);
  return `${safe === '' ? 'deal-room' : safe} - matrix ${printDate}.pdf`;
}

/** `approvals`: the chosen proposal's stamps for the approval boxes (null or left out: empty boxes). */
export function printMatrixPdf(detail: DealRoomDetail, options: PrintOptions, printDate: string, approvals: PrintApprovals | null = null): PrintedPdf {
  const model = buildPrintModel({ detail, analysis: analyseDealRoom(detail), printDate, approvals });
  const dir = mkdtempSync(join(tmpdir(), 'shinrai-print-'));
  try {
    const htmlPath = join(dir, 'matrix.html');
    writeFileSync(htmlPath, printHtml(model, options), 'utf8');
    const bytes = renderPdf(htmlPath);
    return { bytes, pages: countPdfPages(bytes), snapshotId: model.snapshotId, fileName: pdfFileName(detail.dealRoom.name, printDate) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
