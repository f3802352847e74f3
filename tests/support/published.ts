/** Creating published content through the admin API, for tests that need content of their own. */
import { createAdminApi, type AdminDocument, type CollectionUid } from './admin-api';
import { uniqueMarker } from './drafts';

export { uniqueMarker };

/** Creates a draft with the given fields and publishes it; returns the published document. */
export async function createPublished(uid: CollectionUid, fields: Record<string, unknown>): Promise<AdminDocument> {
  const admin = createAdminApi();
  const draft = await admin.createDraft(uid, fields);
  return admin.publish(uid, draft.documentId);
}

/** Saves new fields into a published document's draft and publishes them. */
export async function editAndPublish(uid: CollectionUid, documentId: string, fields: Record<string, unknown>): Promise<AdminDocument> {
  const admin = createAdminApi();
  await admin.updateDraft(uid, documentId, fields);
  return admin.publish(uid, documentId);
}

/** Fields of a valid blog post. */
export const postFields = (marker: string, extra: Record<string, unknown> = {}) => ({
  title: `Post ${marker}`,
  slug: marker,
  language: 'en',
  date: '2026-11-01',
  featured: false,
  summary: `Summary of ${marker}`,
  ...extra,
});

/** Fields of a valid publication (a journal article, so no seeded kind's count changes). */
export const publicationFields = (marker: string, extra: Record<string, unknown> = {}) => ({
  title: `Paper ${marker}`,
  slug: marker,
  kind: 'journal-article',
  year: 2026,
  date: '2026-03-02',
  selected: false,
  authors: [
    { name: 'Ruizhe Wang', isOwner: true, equalContribution: false, corresponding: false },
    { name: 'Yeyun Gong', isOwner: false, equalContribution: false, corresponding: true },
  ],
  ...extra,
});
