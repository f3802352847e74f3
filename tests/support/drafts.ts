/**
 * The guarantee every public read route must keep (cms/src/public-read/route-middleware.ts): a draft is
 * never served anonymously, whatever the query asks for. Strapi 5 by itself serves drafts to any
 * role with `find` on `?status=draft`.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdminApi, type AdminDocument, type CollectionUid } from './admin-api';
import { getPublic } from './http';

/** Ways to ask for drafts: Strapi's own `?status=draft`, and spellings a lax parser might accept. */
export const DRAFT_QUERIES = ['', 'status=draft', 'status=DRAFT', 'status[0]=draft', 'status=draft&status=draft', 'status=modified'] as const;

/** A short unique marker, valid as a slug and a title, that only the draft carries. */
export function uniqueMarker(prefix: string): string {
  return `${prefix}-${randomBytes(4).toString('hex')}`;
}

export interface DraftCase {
  uid: CollectionUid;
  /** The public list route, e.g. "/api/publications". */
  route: string;
  /** Fields of a draft the content manager accepts, carrying `marker` in its title or name and slug. */
  fields: (marker: string) => Record<string, unknown>;
}

/** `describe('drafts')` for one collection: a fresh draft stays out of the list and findOne. */
export function describeDraftsStayPrivate({ uid, route, fields }: DraftCase): void {
  describe('drafts', () => {
    const admin = createAdminApi();
    const marker = uniqueMarker('draft');
    let draft: AdminDocument;

    beforeAll(async () => {
      draft = await admin.createDraft(uid, fields(marker));
      expect(draft.publishedAt).toBeNull();
    });
    afterAll(async () => {
      if (draft) await admin.remove(uid, draft.documentId);
    });

    it.each(DRAFT_QUERIES)('leaves a draft out of the list, when asked "%s"', async (queryString) => {
      // Newest first, so a leaked draft would be on the first page however much other tests add.
      const response = await getPublic(`${route}?${[queryString, 'sort=createdAt:desc'].filter(Boolean).join('&')}`);
      expect([200, 400]).toContain(response.status);
      expect(response.text).not.toContain(marker);
      expect(response.text).not.toContain(draft.documentId);
    });

    it.each(['', 'status=draft', 'status[0]=draft'])('answers 404 for a draft by its documentId, when asked "%s"', async (queryString) => {
      const response = await getPublic(`${route}/${draft.documentId}${queryString && `?${queryString}`}`);
      expect(response.status).toBe(404);
      expect(response.text).not.toContain(marker);
    });
  });
}
