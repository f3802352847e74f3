/**
 * The two cold-start figures issue 18 sets limits for (2 s and 3 s): spawn of the CMS (`node cms/server.js`) to
 * the first 200, on a populated database that a CMS has booted on before, and on an empty one,
 * where the boot also creates the schema and imports the owner's seed; and the same two boots of a
 * stock Strapi app (stock-strapi.ts), which show what of a figure is ours and what is Strapi's on
 * this machine. One boot says little on a shared machine, so each figure is the median of several
 * runs, the kinds alternating so that a busy spell weighs on all alike. A report, not a verdict:
 * nothing here fails the run.
 */
import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { startCms, type CmsSecrets } from './cms';
import { writeStockApp, type StockApp } from './stock-strapi';

export interface BootSample {
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
  /** CPU time the app used until it answered, median of the runs (ms). */
  medianCpuMs: number;
  /** 1-minute load average before each run, so a noisy figure can be told from a slow boot. */
  loadAverages: number[];
}

export interface BootFigures {
  /** A copy of a database the CMS has booted on and filled before. */
  populated: BootSample;
  /** A new database file: schema creation, first-boot setup and the seed import included. */
  emptyWithSeed: BootSample;
  /**
   * The same two boots of a stock Strapi app of the same version (stock-strapi.ts): on a database
   * it booted on before, and on a new one. What this machine allows before any app code runs.
   */
  stock: { booted: BootSample; empty: BootSample };
}

export interface MeasureBootsOptions {
  /** A stopped CMS's SQLite file; each populated run boots on a fresh copy of it. */
  populatedDatabase: string;
  /** Where the copies and the empty databases go (removed after each run). */
  workDir: string;
  secrets: CmsSecrets;
  runs: number;
  log(message: string): void;
}

const SQLITE_SUFFIXES = ['', '-wal', '-shm'];

export async function measureColdStarts(options: MeasureBootsOptions): Promise<BootFigures> {
  const populated: Boot[] = [];
  const empty: Boot[] = [];
  const stockBooted: Boot[] = [];
  const stockEmpty: Boot[] = [];
  const stock = writeStockApp(options.workDir);
  // The stock app's "populated" database: one it has created its schema in.
  const stockDatabase = path.join(options.workDir, 'stock-booted.db');
  await bootOnce(stockDatabase, options.secrets, stock, { keep: true });
  for (let run = 1; run <= options.runs; run += 1) {
    populated.push(await bootOnce(copyOf(options.populatedDatabase, path.join(options.workDir, `boot-populated-${run}.db`)), options.secrets));
    empty.push(await bootOnce(path.join(options.workDir, `boot-empty-${run}.db`), options.secrets));
    stockBooted.push(await bootOnce(copyOf(stockDatabase, path.join(options.workDir, `stock-booted-${run}.db`)), options.secrets, stock));
    stockEmpty.push(await bootOnce(path.join(options.workDir, `stock-empty-${run}.db`), options.secrets, stock));
    options.log(
      `  boot ${run}/${options.runs}: populated ${describe(populated.at(-1))}, empty with seed ${describe(empty.at(-1))}; ` +
        `stock Strapi: booted before ${describe(stockBooted.at(-1))}, empty ${describe(stockEmpty.at(-1))}`,
    );
  }
  return {
    populated: sampleOf(populated),
    emptyWithSeed: sampleOf(empty),
    stock: { booted: sampleOf(stockBooted), empty: sampleOf(stockEmpty) },
  };
}

function copyOf(databaseFile: string, copy: string): string {
  for (const suffix of SQLITE_SUFFIXES) {
    if (existsSync(databaseFile + suffix)) copyFileSync(databaseFile + suffix, copy + suffix);
  }
  return copy;
}

interface Boot {
  ms: number;
  cpuMs: number;
  loadAverage: number;
}

async function bootOnce(databaseFile: string, secrets: CmsSecrets, app?: StockApp, { keep = false } = {}): Promise<Boot> {
  const loadAverage = loadavg()[0] ?? 0;
  const cms = await startCms({ databaseFile, secrets, ...(app ? { app, readyPath: app.readyPath } : {}) });
  await cms.stop();
  if (!keep) for (const suffix of SQLITE_SUFFIXES) rmSync(databaseFile + suffix, { force: true });
  return { ms: cms.bootMs, cpuMs: cms.bootCpuMs, loadAverage };
}

const describe = (boot: Boot | undefined) => (boot ? `${boot.ms.toFixed(0)} ms (load ${boot.loadAverage.toFixed(1)})` : '-');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function sampleOf(boots: Boot[]): BootSample {
  const times = boots.map((boot) => boot.ms);
  return {
    runs: boots.length,
    medianMs: median(times),
    minMs: Math.min(...times),
    maxMs: Math.max(...times),
    medianCpuMs: median(boots.map((boot) => boot.cpuMs)),
    loadAverages: boots.map((boot) => boot.loadAverage),
  };
}
