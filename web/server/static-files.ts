/**
 * Sends the built site's files, with their brotli/gzip copies, ETag, 304 and byte ranges.
 *
 * A file is opened first, and its length, validators and bytes all come from that one open file:
 * a rebuild renames new pages over old ones and removes pages (server/files.ts) while they are
 * served, and a path looked up twice could pair one file's length with another's bytes, or vanish
 * between the two and fail a read nothing listens to. sirv, which this replaces, did exactly that
 * (stat, then open by path), and crashed the server on a reversed Range (`bytes=10-5`).
 * `send` (pillarjs) looks paths up twice too and has no precompressed copies.
 */
import { open, type FileHandle } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream';
import { lookup as mimeTypeOf } from 'mrmime';
import { answerRange } from './byte-range';

export interface FileAnswer {
  status: 200 | 404;
  headers: OutgoingHttpHeaders;
  /** ETag, 304 and byte ranges: for files a URL names, not for stand-ins such as the 404 page. */
  conditional: boolean;
}

interface OpenFile {
  handle: FileHandle;
  stats: Stats;
  /** The name it was asked for, without the compressed copy's suffix: `blog/index.html`. */
  name: string;
  encoding: Coding | null;
}

type Coding = 'br' | 'gzip';
const SUFFIX_OF: Record<Coding, string> = { br: '.br', gzip: '.gz' };

/** Failures that mean "no such file here", as opposed to a broken disk (which is a 500). */
const MISSING = new Set(['ENOENT', 'ENOTDIR', 'ENAMETOOLONG', 'EISDIR']);

export function createStaticFiles(root: string) {
  /** The first of `names` (relative to root) that is a file, in the best coding the client takes. */
  async function openFirst(names: readonly string[], acceptEncoding: string | undefined): Promise<OpenFile | null> {
    const codings = acceptedCodings(acceptEncoding);
    for (const name of names) {
      for (const encoding of [...codings, null]) {
        const handle = await openIfPresent(path.join(root, encoding ? `${name}${SUFFIX_OF[encoding]}` : name));
        if (!handle) continue;
        let stats: Stats;
        try {
          stats = await handle.stat();
        } catch (error) {
          await handle.close();
          throw error;
        }
        if (stats.isFile()) return { handle, stats, name, encoding };
        await handle.close(); // a folder: `/blog` is blog/index.html
      }
    }
    return null;
  }

  /** Sends the first of `names` that exists; false, with nothing sent, when none does. */
  async function send(req: IncomingMessage, res: ServerResponse, names: readonly string[], answer: FileAnswer): Promise<boolean> {
    const file = await openFirst(names, req.headers['accept-encoding']);
    if (!file) return false;
    let streaming = false;
    try {
      streaming = respond(req, res, file, answer);
    } finally {
      if (!streaming) await file.handle.close();
    }
    return true;
  }

  return { send };
}

/**
 * The files a request's path may name: `/blog` is blog, blog.html or blog/index.html. None when a
 * segment starts with a dot: those are the build's own (.shell.html, .vite/, .prerendered.json).
 * Takes the segments as readRequestTarget decoded them, the same ones the routes were chosen by.
 */
export function publicFileNames(segments: readonly string[]): string[] {
  if (segments.some((segment) => segment.startsWith('.'))) return [];
  if (segments.length === 0) return ['index.html'];
  const name = segments.join('/');
  return [name, `${name}.html`, `${name}/index.html`];
}

/** Writes the answer; true when a stream now owns the file handle (it closes it when done). */
function respond(req: IncomingMessage, res: ServerResponse, file: OpenFile, answer: FileAnswer): boolean {
  const { stats } = file;
  const type = mimeTypeOf(file.name) ?? 'application/octet-stream';
  const headers: OutgoingHttpHeaders = {
    'Content-Type': type === 'text/html' ? 'text/html; charset=utf-8' : type,
    'Last-Modified': stats.mtime.toUTCString(),
    // Which copy is sent depends on Accept-Encoding, whether or not this request got one.
    Vary: 'Accept-Encoding',
    ...(file.encoding ? { 'Content-Encoding': file.encoding } : {}),
    ...answer.headers,
  };
  if (!answer.conditional) {
    res.writeHead(answer.status, { ...headers, 'Content-Length': stats.size });
    return stream(req, res, file);
  }

  // sirv's format, so caches filled before this server keep validating.
  const etag = `W/"${stats.size}-${stats.mtime.getTime()}"`;
  headers.ETag = etag;
  headers['Accept-Ranges'] = 'bytes';
  if (etagMatches(req.headers['if-none-match'], etag)) {
    res.writeHead(304, headers).end();
    return false;
  }
  // Ranges are defined for GET only (RFC 9110 §14.2). If-Range needs a strong validator, which a
  // weak ETag never is, so a Range that comes with one gets the whole file.
  const range = req.method === 'GET' && !req.headers['if-range'] ? answerRange(req.headers.range, stats.size) : { kind: 'whole' as const };
  if (range.kind === 'unsatisfiable') {
    // A plain-text answer of its own: none of the file's headers (its Content-Encoding above all) apply.
    res
      .writeHead(416, { ...answer.headers, 'Content-Range': `bytes */${stats.size}`, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' })
      .end('Range not satisfiable');
    return false;
  }
  if (range.kind === 'part') {
    res.writeHead(206, {
      ...headers,
      'Content-Range': `bytes ${range.start}-${range.end}/${stats.size}`,
      'Content-Length': range.end - range.start + 1,
    });
    return stream(req, res, file, range);
  }
  res.writeHead(answer.status, { ...headers, 'Content-Length': stats.size });
  return stream(req, res, file);
}

function stream(req: IncomingMessage, res: ServerResponse, file: OpenFile, range?: { start: number; end: number }): boolean {
  if (req.method === 'HEAD') {
    res.end();
    return false;
  }
  // pipeline destroys the response (and its socket) if the read fails after the headers went out,
  // and closes the file when the client goes away early; neither is worth a log line.
  pipeline(file.handle.createReadStream(range ?? {}), res, () => undefined);
  return true;
}

async function openIfPresent(file: string): Promise<FileHandle | null> {
  try {
    return await open(file, 'r');
  } catch (error) {
    if (MISSING.has((error as NodeJS.ErrnoException).code ?? '')) return null;
    throw error;
  }
}

/** The codings of the precompressed copies that Accept-Encoding allows, best first. */
function acceptedCodings(header: string | undefined): Coding[] {
  const accepted = new Set<string>();
  for (const item of (header ?? '').toLowerCase().split(',')) {
    const [coding = '', ...params] = item.split(';').map((part) => part.trim());
    const weight = params.find((param) => param.startsWith('q='));
    if (weight && !(Number(weight.slice(2)) > 0)) continue; // q=0: "not this one"
    accepted.add(coding);
  }
  return (['br', 'gzip'] as const).filter((coding) => accepted.has(coding));
}

/** Weak comparison (RFC 9110 §13.1.2): any of the listed tags, or `*`. */
function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const strip = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || strip(tag) === strip(etag));
}
