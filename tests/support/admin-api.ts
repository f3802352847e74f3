/**
 * The owner's side: the admin HTTP API the admin UI itself calls (content-manager routes take the
 * fields unwrapped, without `{ data }`). The admin login limiter allows 5 logins per 5 minutes, so a
 * run logs in once (setup/cms.global.ts) and shares the token through `inject('adminToken')`.
 */
import { inject } from 'vitest';
import { request, type HttpResponse } from './http';

export interface Credentials {
  email: string;
  password: string;
}

/** Logs in and returns the admin JWT, or throws with the CMS's answer. */
export async function adminLogin(cmsUrl: string, credentials: Credentials): Promise<string> {
  const response = await request('POST', `${cmsUrl}/admin/login`, { json: credentials });
  const token = (response.body as { data?: { token?: string } } | undefined)?.data?.token;
  if (response.status !== 200 || !token) {
    throw new Error(`POST /admin/login as ${credentials.email} answered ${response.status}: ${response.text.slice(0, 300)}`);
  }
  return token;
}

/** A document as the content manager returns it (draft or published version). */
export interface AdminDocument {
  id: number;
  documentId: string;
  publishedAt: string | null;
  status: 'draft' | 'published' | 'modified';
  [field: string]: unknown;
}

export type CollectionUid = 'api::publication.publication' | 'api::blog-post.blog-post' | 'api::tag.tag' | 'api::series.series' | 'api::news-item.news-item' | 'api::talk.talk' | 'api::person.person';

export function createAdminApi(cmsUrl: string = inject('cmsUrl'), token: string = inject('adminToken')) {
  const send = (method: string, path: string, json?: unknown): Promise<HttpResponse> =>
    request(method, `${cmsUrl}/content-manager${path}`, { token, json });
  const call = async (method: string, path: string, json?: unknown): Promise<AdminDocument> => {
    const response = await send(method, path, json);
    if (response.status >= 300) {
      throw new Error(`${method} /content-manager${path} answered ${response.status}: ${response.text.slice(0, 500)}`);
    }
    return (response.body as { data: AdminDocument }).data;
  };
  const collection = (uid: CollectionUid) => `/collection-types/${uid}`;
  const single = '/single-types/api::profile.profile';

  return {
    /**
     * The content manager's answer to a request on a collection (`path` after collection-types/),
     * whatever its status: for tests of what it refuses, where the methods below would throw.
     */
    raw: (method: string, path: string, json?: unknown) => send(method, `/collection-types/${path}`, json),
    /** Creates a draft (never published unless `publish` is called); in the default language unless `locale`. */
    createDraft: (uid: CollectionUid, fields: Record<string, unknown>, locale?: string) => call('POST', `${collection(uid)}${inLocale(locale)}`, fields),
    /**
     * Saves fields into the draft version; the published version is untouched. With a `locale`
     * the document has no version in yet, this creates its translation (as the admin's locale menu does).
     */
    updateDraft: (uid: CollectionUid, documentId: string, fields: Record<string, unknown>, locale?: string) =>
      call('PUT', `${collection(uid)}/${documentId}${inLocale(locale)}`, fields),
    /** Publishes the current draft (of one language version when `locale` is given). */
    publish: (uid: CollectionUid, documentId: string, locale?: string) =>
      call('POST', `${collection(uid)}/${documentId}/actions/publish${inLocale(locale)}`, {}),
    /** Takes the document off the public site; its draft stays. */
    unpublish: (uid: CollectionUid, documentId: string, locale?: string) =>
      call('POST', `${collection(uid)}/${documentId}/actions/unpublish${inLocale(locale)}`, {}),
    remove: (uid: CollectionUid, documentId: string, locale?: string) => call('DELETE', `${collection(uid)}/${documentId}${inLocale(locale)}`),
    profile: {
      updateDraft: (fields: Record<string, unknown>, locale?: string) => call('PUT', `${single}${inLocale(locale)}`, fields),
      publish: (locale?: string) => call('POST', `${single}/actions/publish${inLocale(locale)}`, {}),
      unpublish: (locale?: string) => call('POST', `${single}/actions/unpublish${inLocale(locale)}`, {}),
      remove: (locale: string) => call('DELETE', `${single}${inLocale(locale)}`),
      /** Drops the draft's changes, back to the published version. */
      discardDraft: () => call('POST', `${single}/actions/discard`, {}),
    },
  };
}

/** The content manager's `?locale=` (one language version of a localised document). */
const inLocale = (locale: string | undefined) => (locale ? `?locale=${encodeURIComponent(locale)}` : '');

export type AdminApi = ReturnType<typeof createAdminApi>;
