/**
 * Error answers stay short, whatever the request held. Validators quote the value they refused,
 * in full (yup prints it as indented JSON): a 1 MB body sent to an admin route came back as a
 * message many times its size. The status, the name and the start of the message are what a
 * client needs; the long tail is cut, and oversized details lose the values they quote.
 */
// Far above any message written for a person (a refused duplicate names two titles and an admin link).
export const MAX_ERROR_MESSAGE_CHARS = 4_000;
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

function jsonLength(value: unknown): number {
  try {
    return (JSON.stringify(value) ?? '').length;
  } catch {
    return Number.POSITIVE_INFINITY; // circular or BigInt: not sendable as it is
  }
}

/**
 * Details over the limit keep each field error's path, name and the start of its message (the
 * admin marks the fields from these) and lose the refused values, as many entries as fit.
 */
function shortenedDetails(details: unknown): unknown {
  if (jsonLength(details) <= MAX_ERROR_DETAILS_CHARS) return details;
  const list = typeof details === 'object' && details !== null ? (details as { errors?: unknown }).errors : undefined;
  if (!Array.isArray(list)) return {};
  const errors: { path: string[]; name: unknown; message: unknown }[] = [];
  let size = 0;
  for (const entry of list) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { path, name, message } = entry as { path?: unknown; name?: unknown; message?: unknown };
    const short = {
      path: Array.isArray(path) ? path.slice(0, 20).map((part) => String(part).slice(0, 100)) : [],
      name: typeof name === 'string' ? name.slice(0, 100) : undefined,
      message: typeof message === 'string' ? shorten(message) : undefined,
    };
    size += jsonLength(short);
    if (size > MAX_ERROR_DETAILS_CHARS) break;
    errors.push(short);
  }
  return { errors };
}

/** The same error body with an overlong message cut and oversized details shortened; other bodies unchanged. */
export function shortenedErrorBody<Body>(body: Body): Body {
  if (!isErrorBody(body)) return body;
  const { error } = body;
  const message = typeof error.message === 'string' ? shorten(error.message) : error.message;
  const details = error.details === undefined ? undefined : shortenedDetails(error.details);
  if (message === error.message && details === error.details) return body;
  return { ...body, error: { ...error, message, details } };
}
