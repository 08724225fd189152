import { stringify } from 'csv-stringify/sync'

/** What a CSV cell may hold: text, a number, a date (written as ISO 8601 in UTC) or nothing. */
export type CsvCell = string | number | bigint | boolean | Date | null | undefined

/**
 * The one CSV writer of every export (csv-stringify): a header row, then one
 * record per row, RFC 4180 (CRLF after each record, a field holding a comma,
 * a quote or a line break is quoted, quotes doubled). Spreadsheet formulas are
 * neutralised (CSV injection): a text cell starting with `=`, `+`, `-`, `@`, a
 * tab or a CR gets a leading `'`. A cell that is a number stays a number
 * (-5 is written as -5), so pass numbers as numbers, not as text.
 */
export function toCsv(columns: readonly string[], rows: Iterable<readonly CsvCell[]>): string {
  return stringify([columns, ...rows], {
    record_delimiter: 'windows',
    // Setting the record delimiter turns this off: a field with a lone LF or CR must be quoted too.
    quote_record_delimiter: true,
    escape_formulas: true,
    cast: {
      date: (value) => value.toISOString(),
      boolean: (value) => String(value),
    },
  })
}
