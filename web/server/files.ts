/**
 * Writing the built site while it is being served: each file is written beside its place and
 * renamed over it (a reader sees the old or the new file, never half of one), with the brotli and
 * gzip copies the static server sends to clients that accept them.
 */
import { constants, brotliCompressSync, gzipSync } from 'node:zlib';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const COMPRESSIBLE = /\.(html|js|mjs|css|svg|json|xml|txt|map|ttf)$/;
/** Below this, compression headers outweigh the savings. */
const MIN_COMPRESS_BYTES = 512;

function writeAtomic(file: string, data: Buffer): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, file);
}

/** Writes `file` and its .br/.gz copies; false when the content was already there. */
export function writeSiteFile(file: string, content: string | Buffer): boolean {
  const data = typeof content === 'string' ? Buffer.from(content) : content;
  try {
    if (readFileSync(file).equals(data)) return false;
  } catch {
    // not there yet
  }
  if (COMPRESSIBLE.test(file) && data.length >= MIN_COMPRESS_BYTES) {
    writeAtomic(`${file}.br`, brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    writeAtomic(`${file}.gz`, gzipSync(data, { level: 9 }));
  } else {
    rmSync(`${file}.br`, { force: true });
    rmSync(`${file}.gz`, { force: true });
  }
  writeAtomic(file, data);
  return true;
}

/** Removes a file, its compressed copies, and the folders it leaves empty up to `root`. */
export function removeSiteFile(root: string, file: string): void {
  for (const name of [file, `${file}.br`, `${file}.gz`]) rmSync(name, { force: true });
  for (let dir = path.dirname(file); dir.startsWith(root) && dir !== root; dir = path.dirname(dir)) {
    try {
      rmdirSync(dir);
    } catch {
      break; // not empty
    }
  }
}

/** Brotli and gzip copies of the build's text assets that do not have them yet. */
export function precompressAssets(dir: string): number {
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.')) count += precompressAssets(full);
      continue;
    }
    if (!COMPRESSIBLE.test(entry.name) || statSync(full).size < MIN_COMPRESS_BYTES) continue;
    if (statSync(`${full}.br`, { throwIfNoEntry: false })) continue;
    const data = readFileSync(full);
    writeAtomic(`${full}.br`, brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    writeAtomic(`${full}.gz`, gzipSync(data, { level: 9 }));
    count++;
  }
  return count;
}
