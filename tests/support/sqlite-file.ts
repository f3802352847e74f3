/**
 * Looks inside a test CMS's SQLite file with the CMS's own better-sqlite3 (the tests package does
 * not build a second copy of the native module).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { CMS_DIR } from './cms-process';

interface Statement {
  pluck(): Statement;
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
  run(...params: unknown[]): { changes: number };
}
interface Database {
  pragma(statement: string, options?: { simple: boolean }): unknown;
  prepare(sql: string): Statement;
  close(): void;
}
type DatabaseConstructor = new (file: string, options?: { readonly?: boolean; fileMustExist?: boolean }) => Database;

const require = createRequire(path.join(CMS_DIR, 'package.json'));

/** Opens the file (a running CMS may keep writing: WAL lets both proceed), runs `use`, closes it. */
export function withSqliteFile<T>(file: string, use: (database: Database) => T): T {
  const Sqlite = require('better-sqlite3') as DatabaseConstructor;
  const database = new Sqlite(file, { fileMustExist: true });
  try {
    database.pragma('busy_timeout = 5000');
    return use(database);
  } finally {
    database.close();
  }
}

/** SQLite's full consistency check: "ok", or the list of problems it found. */
export const integrityCheck = (file: string): unknown => withSqliteFile(file, (database) => database.pragma('integrity_check', { simple: true }));
