/**
 * The preview link's contract: the CMS signs a link to one draft (`sitePaths.preview`), the site's
 * preview page reads it and asks the CMS's `/api/preview/<type>/<documentId>` for the draft.
 */

/** The content types a draft can be previewed of, as they appear in preview URLs. */
export const PREVIEW_TYPES = ['publication', 'blog-post'] as const;
export type PreviewType = (typeof PREVIEW_TYPES)[number];

/** Whether a URL segment names a previewable type. */
export function isPreviewType(value: unknown): value is PreviewType {
  return typeof value === 'string' && (PREVIEW_TYPES as readonly string[]).includes(value);
}

/** What a signed preview link carries in its query besides the document it names. */
export interface PreviewLinkQuery {
  /** Unix time in seconds after which the link is refused. */
  expires: string;
  /** HMAC-SHA256 of type, documentId and expiry (base64url). */
  signature: string;
  /** The language version of the draft (a translation's link carries it; not part of the signature). */
  locale?: string;
}
