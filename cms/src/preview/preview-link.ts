/**
 * Short-lived signed links to a draft: `<site>/preview/<type>/<documentId>?expires=<unix s>&signature=<hmac>`
 * (`sitePaths.preview`, `PreviewLinkQuery` in @homepage/shared).
 * The signature is HMAC-SHA256 (PREVIEW_SECRET) over type, documentId and expiry, so a link opens
 * one draft until it expires and cannot be bent to another document or a later time. An optional
 * `locale` picks the language version of that draft.
 * https://www.rfc-editor.org/rfc/rfc2104
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { sitePaths, type PreviewLinkQuery, type PreviewType } from '@homepage/shared';

export interface PreviewGrant {
  type: PreviewType;
  documentId: string;
  /** Unix time in seconds after which the link is refused. */
  expires: number;
}

/** base64url of 32 bytes. */
const SIGNATURE = /^[A-Za-z0-9_-]{43}$/;
const EXPIRES = /^\d{1,12}$/;

export function signPreview(grant: PreviewGrant, secret: string): string {
  // Newline-separated: none of the three parts can contain one, so no two grants sign the same text.
  return createHmac('sha256', secret).update(`${grant.type}\n${grant.documentId}\n${grant.expires}`).digest('base64url');
}

/** The SPA's preview URL of one draft, valid for `lifetimeSeconds` from `now`. */
export function previewLink(
  siteUrl: string,
  target: { type: PreviewType; documentId: string; locale?: string },
  secret: string,
  { lifetimeSeconds, now = Date.now() }: { lifetimeSeconds: number; now?: number },
): string {
  const { locale, ...document } = target;
  const grant: PreviewGrant = { ...document, expires: Math.floor(now / 1000) + lifetimeSeconds };
  const query: PreviewLinkQuery = { expires: String(grant.expires), signature: signPreview(grant, secret) };
  // Unsigned on purpose: the link grants one document's draft, in whichever of its languages.
  if (locale) query.locale = locale;
  return `${siteUrl}${sitePaths.preview(grant.type, encodeURIComponent(grant.documentId))}?${new URLSearchParams({ ...query })}`;
}

export type PreviewCheck = 'valid' | 'missing' | 'malformed' | 'forged' | 'expired';

/**
 * Checks a link's query against the document it names. The signature is compared in constant time
 * and before the expiry, so a forged link learns nothing from how it is refused.
 */
export function checkPreview(
  target: { type: PreviewType; documentId: string },
  query: { expires?: unknown; signature?: unknown },
  secret: string,
  now = Date.now(),
): PreviewCheck {
  const { expires, signature } = query;
  if (expires === undefined || signature === undefined) return 'missing';
  if (typeof expires !== 'string' || typeof signature !== 'string' || !EXPIRES.test(expires) || !SIGNATURE.test(signature)) {
    return 'malformed';
  }
  const expected = Buffer.from(signPreview({ ...target, expires: Number(expires) }, secret));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'forged';
  return Number(expires) * 1000 <= now ? 'expired' : 'valid';
}
