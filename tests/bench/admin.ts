/**
 * The owner's side of the CMS, as the admin UI calls it: content-manager routes take the fields
 * unwrapped (no `{ data }`). The admin login limiter allows 5 logins per 5 minutes per email, so a
 * benchmark logs in once per CMS process and keeps the token.
 */
export type CollectionUid = 'api::publication.publication' | 'api::blog-post.blog-post';

/** What the benchmark reads back from the content manager. */
export interface SavedDocument {
  documentId: string;
  slug: string;
}

export interface AdminClient {
  create(uid: CollectionUid, fields: object): Promise<SavedDocument>;
  update(uid: CollectionUid, documentId: string, fields: object): Promise<SavedDocument>;
  publish(uid: CollectionUid, documentId: string): Promise<SavedDocument>;
}

async function send(method: string, url: string, token: string | undefined, body: unknown): Promise<unknown> {
  const response = await fetch(url, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(60_000),
  }).catch((error: unknown) => {
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
    throw new Error(`${method} ${new URL(url).pathname} got no answer (${(error as Error).message}${cause})`);
  });
  const text = await response.text();
  if (response.status >= 300) {
    throw new Error(`${method} ${new URL(url).pathname} answered ${response.status}: ${text.slice(0, 600)}`);
  }
  return JSON.parse(text) as unknown;
}

function savedDocument(answer: unknown, what: string): SavedDocument {
  const data = (answer as { data?: { documentId?: unknown; slug?: unknown } }).data;
  if (typeof data?.documentId !== 'string' || typeof data.slug !== 'string') {
    throw new Error(`${what} returned no documentId and slug: ${JSON.stringify(answer).slice(0, 300)}`);
  }
  return { documentId: data.documentId, slug: data.slug };
}

/** Logs in once (POST /admin/login) and returns a client that reuses the token. */
export async function adminClient(cmsUrl: string, credentials: { email: string; password: string }): Promise<AdminClient> {
  const login = (await send('POST', `${cmsUrl}/admin/login`, undefined, credentials)) as { data?: { token?: unknown } };
  const token = login.data?.token;
  if (typeof token !== 'string') throw new Error(`POST /admin/login as ${credentials.email} returned no token`);

  const collection = (uid: CollectionUid) => `${cmsUrl}/content-manager/collection-types/${uid}`;
  return {
    create: async (uid, fields) => savedDocument(await send('POST', collection(uid), token, fields), `Creating a ${uid}`),
    update: async (uid, documentId, fields) =>
      savedDocument(await send('PUT', `${collection(uid)}/${documentId}`, token, fields), `Updating ${uid} ${documentId}`),
    publish: async (uid, documentId) =>
      savedDocument(await send('POST', `${collection(uid)}/${documentId}/actions/publish`, token, {}), `Publishing ${uid} ${documentId}`),
  };
}

/** Runs `work` over `items` with at most `limit` in flight, in order of the items; fails fast. */
export async function mapWithLimit<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
