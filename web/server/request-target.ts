/**
 * The one reading of a request's target that the routes, the dot-file guard and the file lookup
 * all share, so a guard never judges a different path than the one the disk is asked for (a guard
 * on the raw path once let `/%2evite/manifest.json` through to a lookup that decoded it).
 * It never throws: `new URL('//%', base)` does, and one such request used to stop the server.
 */

/** No page of the site comes near this; longer targets are refused (414) instead of looked up. */
export const MAX_TARGET_LENGTH = 4096;

export interface RequestTarget {
  /** The path decoded once, as the prerenderer names files: `/blog/a-post`, `/` for the home page. */
  pathname: string;
  /** Its segments, decoded, without empty ones: `['blog', 'a-post']`. */
  segments: string[];
  query: URLSearchParams;
}

export type TargetReading = { ok: true; target: RequestTarget } | { ok: false; status: 400 | 414; reason: string };

const refuse = (status: 400 | 414, reason: string): TargetReading => ({ ok: false, status, reason });

/** Bytes no file of the site has in its name, and that file systems treat specially (NUL). */
function hasControlCharacter(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/**
 * Reads a request target (RFC 9112 §3.2): origin-form (`/path?query`), or absolute-form
 * (`http://host/path`), which a server must accept too; anything else is a 400.
 * Each segment is decoded once with decodeURIComponent, as `pageFile` in prerender.ts names files.
 */
export function readRequestTarget(raw: string | undefined): TargetReading {
  if (!raw) return refuse(400, 'The request has no target; expected a path such as "/blog"');
  if (raw.length > MAX_TARGET_LENGTH) return refuse(414, `The request target is ${raw.length} characters long; at most ${MAX_TARGET_LENGTH} are read`);
  if (raw.startsWith('/')) return readOriginForm(raw);
  if (/^https?:\/\//i.test(raw)) {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return refuse(400, `The request target "${preview(raw)}" is not a URL; expected a path such as "/blog"`);
    }
    return readOriginForm(`${url.pathname}${url.search}`);
  }
  return refuse(400, `The request target "${preview(raw)}" is not a path; expected one such as "/blog"`);
}

function readOriginForm(raw: string): TargetReading {
  const queryStart = raw.indexOf('?');
  const rawPath = queryStart === -1 ? raw : raw.slice(0, queryStart);
  const segments: string[] = [];
  for (const part of rawPath.split('/')) {
    if (part === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(part);
    } catch {
      return refuse(400, `The path segment "${preview(part)}" is not valid percent-encoded UTF-8; e.g. "%C3%A9" for "é"`);
    }
    // A decoded slash would join segments after the dot-file guard has looked at them.
    if (segment.includes('/') || hasControlCharacter(segment)) {
      return refuse(400, `The path segment "${preview(part)}" decodes to a slash or a control character, which no file name here has`);
    }
    segments.push(segment);
  }
  return {
    ok: true,
    target: {
      pathname: `/${segments.join('/')}`,
      segments,
      query: new URLSearchParams(queryStart === -1 ? '' : raw.slice(queryStart + 1)),
    },
  };
}

/** Enough of a hostile value to recognise it in a message, without echoing kilobytes of it. */
function preview(value: string): string {
  return value.length > 60 ? `${value.slice(0, 60)}…` : value;
}
