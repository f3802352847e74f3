/**
 * Limits on the shape of a parsed JSON request body, checked before any route or validator sees
 * it. Strapi's validators (yup) walk a body recursively and print a wrong-typed value in full,
 * indented by its depth: 8 kB of brackets (4,000 levels) sent to POST /admin/login overflowed the
 * stack (a 500), and 4 kB nested 2,000 deep came back as a 16 MB error message. No form of the
 * admin or the API sends anything near these limits (a rich-text document is under 20 levels).
 * Multipart bodies (the upload routes, for signed-in users only) carry their JSON as strings and
 * are not walked here.
 */
export const MAX_BODY_DEPTH = 32;

/** Whether `value` nests objects or arrays deeper than `limit` levels (iterative: no stack to overflow). */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const pending: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (pending.length > 0) {
    const { value: current, depth } = pending.pop() as { value: unknown; depth: number };
    if (current === null || typeof current !== 'object') continue;
    if (depth + 1 > limit) return true;
    for (const child of Object.values(current)) {
      if (child !== null && typeof child === 'object') pending.push({ value: child, depth: depth + 1 });
    }
  }
  return false;
}
