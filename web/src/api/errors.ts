import type { MessageKey } from '../i18n/en';

/** Every way a CMS request can fail, as the pages need to tell them apart. */
export type CmsErrorKind = 'network' | 'timeout' | 'not-found' | 'http';

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

/** What a visitor is told (the message's key, i18n/en.ts); the technical detail stays in the console. */
export function describeCmsError(error: CmsError): MessageKey {
  switch (error.kind) {
    case 'network':
      return 'error.network';
    case 'timeout':
      return 'error.timeout';
    case 'not-found':
      return 'error.notFound';
    case 'http':
      return error.status !== null && error.status >= 500 ? 'error.server' : 'error.refused';
  }
}
