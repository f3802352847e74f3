/**
 * Error answers stay short, whatever the request held. Validators quote the value they refused,
 * in full (yup prints it as indented JSON): a 1 MB body sent to an admin route came back as a
 * message many times its size. The status, the name and the start of the message are what a
 * client needs; the long tail is cut, and details over the limit are left out.
 */
export const MAX_ERROR_MESSAGE_CHARS = 500;
// Room for every field error of a large admin form (the admin marks each field from `details`).
export const MAX_ERROR_DETAILS_CHARS = 32_000;

interface ErrorBody {
  data?: unknown;
  error: { status?: unknown; name?: unknown; message?: unknown; details?: unknown };
}

function isErrorBody(body: unknown): body is ErrorBody {
  return typeof body === 'object' && body !== null && 'error' in body && typeof (body as ErrorBody).error === 'object' && (body as ErrorBody).error !== null;
}

const shorten = (text: string) => (text.length > MAX_ERROR_MESSAGE_CHARS ? `${text.slice(0, MAX_ERROR_MESSAGE_CHARS)}… (${text.length} characters, cut)` : text);

/** The same error body with an overlong message cut and oversized details left out; other bodies unchanged. */
export function shortenedErrorBody<Body>(body: Body): Body {
  if (!isErrorBody(body)) return body;
  const { error } = body;
  const message = typeof error.message === 'string' ? shorten(error.message) : error.message;
  const detailsLength = error.details === undefined ? 0 : (JSON.stringify(error.details) ?? '').length;
  const details = detailsLength > MAX_ERROR_DETAILS_CHARS ? {} : error.details;
  if (message === error.message && details === error.details) return body;
  return { ...body, error: { ...error, message, details } };
}
