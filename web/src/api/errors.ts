/** How a CMS request failed: no answer, no answer in time, nothing at that address, or another status. */
export type CmsErrorKind = 'network' | 'timeout' | 'not-found' | 'http';

/**
 * What a failure means to a reader, the one thing the site words (i18n/error-messages.ts): the CMS
 * said no (`refused`, a 4xx) or broke (`server`, a 5xx) are told apart; the status stays in the console.
 */
export type CmsErrorCode = 'network' | 'timeout' | 'not-found' | 'refused' | 'server';

export class CmsError extends Error {
  override readonly name = 'CmsError';

  constructor(
    readonly kind: CmsErrorKind,
    message: string,
    /** The request that failed, relative to the CMS base URL. */
    readonly url: string,
    /** HTTP status when the CMS answered, otherwise null. */
    readonly status: number | null = null,
  ) {
    super(message);
  }
}

export function isCmsError(error: unknown): error is CmsError {
  return error instanceof CmsError;
}

/** The code of a failure, from what survives serialisation (a resource store's failure too). */
export function cmsErrorCode({ kind, status }: { kind: CmsErrorKind; status: number | null }): CmsErrorCode {
  if (kind !== 'http') return kind;
  return status !== null && status >= 500 ? 'server' : 'refused';
}
