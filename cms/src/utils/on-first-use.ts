/**
 * A library required the first time it is used rather than when its importer loads. Strapi
 * requires every controller, service and hook at boot, so a library imported at the top of one
 * (citation-js, the feed writer, the HTML sanitiser) was paid for by every cold start, though only
 * a save or the first feed or citation request needs it.
 */
export function onFirstUse<T>(load: () => T): () => T {
  let loaded: { value: T } | undefined;
  return () => (loaded ??= { value: load() }).value;
}
