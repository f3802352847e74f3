/**
 * The body of POST /_rebuild (shared/src/site-pages.ts: what the CMS says changed). An empty body
 * asks for everything, as a CI trigger or an older CMS sends. Read with a size cap, so a client
 * that holds the secret still cannot make the server buffer without end.
 */
import type { IncomingMessage } from 'node:http';
import { rebuildRequestSchema, type RebuildRequest } from '@homepage/shared';

/** 500 changes of about 150 bytes each, with room to spare. */
const MAX_BODY_BYTES = 256 * 1024;

export type RebuildRequestReading = { ok: true; request: RebuildRequest } | { ok: false; status: 400 | 413; error: string };

export async function readRebuildRequest(req: IncomingMessage): Promise<RebuildRequestReading> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) {
      req.resume();
      return { ok: false, status: 413, error: `The body is over ${MAX_BODY_BYTES} bytes; send at most 500 changes, or none to render everything` };
    }
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8').trim();
  if (text === '') return { ok: true, request: {} };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, status: 400, error: 'The body is not JSON; send {"changes":[{"type":"blog-post","documentId":"…","locale":"en","action":"publish"}]} or nothing' };
  }
  const checked = rebuildRequestSchema.safeParse(parsed);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return { ok: false, status: 400, error: `The body does not say what changed: ${issue ? `${issue.path.join('.') || 'body'}: ${issue.message}` : 'unreadable'}` };
  }
  return { ok: true, request: checked.data };
}
