/**
 * Splits decoded CSV text into rows with papaparse. The separator is guessed
 * among comma, tab and semicolon (a "CSV" saved by a European Excel uses
 * semicolons; a copy from a spreadsheet uses tabs). Rows are numbered as
 * records, so a value with a line break inside quotes stays one row, as it
 * does when the file is opened in Excel.
 */
import Papa from 'papaparse';
import { DomainError } from '../handlers/domain-error';
import type { TableRow } from './table-rows';

const SEPARATORS = [',', '\t', ';'];

/**
 * The separator, guessed on the first rows with blank lines left out (papaparse
 * would count a blank line as a row of one field and give up on the guess).
 */
function guessSeparator(text: string): string {
  const sample = Papa.parse<string[]>(text, { delimitersToGuess: SEPARATORS, skipEmptyLines: 'greedy', preview: 50 });
  return SEPARATORS.includes(sample.meta.delimiter) ? sample.meta.delimiter : ',';
}

export function parseCsv(text: string): TableRow[] {
  // Blank lines are dropped later, keeping their numbers: here every record counts.
  const result = Papa.parse<string[]>(text, { delimiter: guessSeparator(text), skipEmptyLines: false });
  const quoteError = result.errors.find((e) => e.type === 'Quotes');
  if (quoteError) {
    const row = (quoteError.row ?? result.data.length - 1) + 1;
    throw new DomainError('invalid_input', 'longList:errors.csvQuotes', { row }, 'contentBase64');
  }
  return result.data.map((cells, i) => ({ number: i + 1, cells: cells.map((c) => (typeof c === 'string' ? c : '')) }));
}
