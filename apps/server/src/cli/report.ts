import type { DatabaseFileReport } from '@skranke/db';

/** A checked database file for the terminal: where, how big, and the rows per table, to compare with the source. */
export function describeDatabaseFile(report: DatabaseFileReport): string {
  const width = Math.max(...Object.keys(report.rows).map((table) => table.length));
  const rows = Object.entries(report.rows).map(([table, count]) => `  ${table.padEnd(width)}  ${count}`);
  return [`${report.path}: ${report.bytes} bytes, integrity_check ok`, ...rows].join('\n');
}
