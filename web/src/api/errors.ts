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

/** What a visitor is told; the technical detail stays in the console. */
export function describeCmsError(error: CmsError): string {
  switch (error.kind) {
    case 'network':
      return 'The content server could not be reached. Check your connection and try again.';
    case 'timeout':
      return 'The content server took too long to answer.';
    case 'not-found':
      return 'This page does not exist.';
    case 'http':
      return error.status !== null && error.status >= 500
        ? 'The content server ran into a problem.'
        : 'The content server refused the request.';
  }
}
