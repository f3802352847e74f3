/** cms/src/api/publication over HTTP: what visitors read, and what the owner's edits change. */
import { publicationItemSchema, publicationListSchema, type Publication } from '@homepage/shared';
import { afterAll, describe, expect, it } from 'vitest';
import { createAdminApi, type AdminDocument } from '../support/admin-api';
import { describeDraftsStayPrivate, uniqueMarker } from '../support/drafts';
import { getPublic, getPublicData } from '../support/http';
import { SEED } from '../support/seed-file';

const UID = 'api::publication.publication';

/** A publication the content manager accepts and can publish (the admin UI fills the slug itself). */
const publicationFields = (marker: string) => ({
  title: `Probe ${marker}`,
  slug: marker,
  kind: 'preprint',
  year: 2026,
  authors: [{ name: 'Ruizhe Wang', isOwner: true }],
  internalNote: `Private note of ${marker}`,
});

async function publicationBySlug(slug: string): Promise<Publication> {
  const [found] = await getPublicData<Publication[]>(`/api/publications?filters[slug][$eq]=${slug}`);
  expect(found, `no public publication with slug "${slug}"`).toBeDefined();
  return found;
}

describe('publication', () => {
  describe('find', () => {
    it('lists every seeded publication, valid against publicationListSchema', async () => {
      const response = await getPublic('/api/publications?pagination[pageSize]=100');
      expect(response.status).toBe(200);
      const { data } = publicationListSchema.parse(response.body);
      expect(data.map((p) => p.slug)).toEqual(expect.arrayContaining(SEED.publications.map((p) => p.slug)));
    });

    it('populates authors, links and tags without being asked', async () => {
      const fp4 = await publicationBySlug('fp4-training');
      expect(fp4.title).toBe('Optimizing Large Language Model Training Using FP4 Quantization');
      expect(fp4.authors.find((a) => a.isOwner)?.name).toBe('Ruizhe Wang');
      expect(fp4.links.map((l) => l.kind)).toContain('arxiv');
      expect(fp4.tags.map((t) => t.slug)).toContain('quantization');
    });

    it('filters by kind, e.g. the three technical reports', async () => {
      const reports = await getPublicData<Publication[]>('/api/publications?filters[kind][$eq]=technical-report');
      expect(reports.map((p) => p.slug).sort()).toEqual(
        SEED.publications.filter((p) => p.kind === 'technical-report').map((p) => p.slug).sort(),
      );
      expect(reports).toHaveLength(3);
    });
  });

  describe('findOne', () => {
    it('returns one publication by documentId, valid against publicationItemSchema', async () => {
      const fp8 = await publicationBySlug('fp8-lm');
      const response = await getPublic(`/api/publications/${fp8.documentId}`);
      expect(response.status).toBe(200);
      expect(publicationItemSchema.parse(response.body).data.title).toBe('FP8-LM: Training FP8 Large Language Models');
    });

    it('answers 404, when the documentId does not exist', async () => {
      const response = await getPublic('/api/publications/doesnotexist0000000000000');
      expect(response.status).toBe(404);
    });
  });

  describe('internalNote (private field)', () => {
    const notes = SEED.publications.flatMap((p) => (p.internalNote ? [p.internalNote] : []));

    it('has seeded notes to look for', () => {
      expect(notes.length).toBeGreaterThan(0);
    });

    it.each(['/api/publications?pagination[pageSize]=100', '/api/blog-posts?pagination[pageSize]=100'])(
      'is neither a key nor a value in %s',
      async (path) => {
        const response = await getPublic(path);
        expect(response.status).toBe(200);
        expect(response.text).not.toContain('internalNote');
        for (const note of notes) expect(response.text).not.toContain(note);
      },
    );

    it('is absent from findOne of each publication that has one', async () => {
      for (const { slug, internalNote } of SEED.publications.filter((p) => p.internalNote)) {
        const { documentId } = await publicationBySlug(slug);
        const response = await getPublic(`/api/publications/${documentId}`);
        expect(response.status).toBe(200);
        expect(response.text).not.toContain('internalNote');
        expect(response.text).not.toContain(internalNote);
      }
    });

    // A 200 with a filtered count would let anyone guess the note letter by letter.
    it.each([
      '?fields[0]=internalNote',
      '?filters[internalNote][$containsi]=venue',
      '?filters[internalNote][$null]=false',
      '?filters[$or][0][internalNote][$startsWith]=No',
      '?sort=internalNote',
    ])('cannot be selected, filtered or sorted on, when asked "%s"', async (queryString) => {
      const response = await getPublic(`/api/publications${queryString}`);
      expect(response.status).toBe(400);
      for (const note of notes) expect(response.text).not.toContain(note);
    });
  });

  describeDraftsStayPrivate({ uid: UID, route: '/api/publications', fields: publicationFields });

  describe('owner edits (content manager)', () => {
    const admin = createAdminApi();
    const created: AdminDocument[] = [];

    /** A publication of this test, created and published as the owner would. */
    async function publishedProbe(): Promise<{ documentId: string; title: string }> {
      const marker = uniqueMarker('edit');
      const draft = await admin.createDraft(UID, publicationFields(marker));
      created.push(draft);
      await admin.publish(UID, draft.documentId);
      return { documentId: draft.documentId, title: publicationFields(marker).title };
    }

    afterAll(async () => {
      for (const { documentId } of created) await admin.remove(UID, documentId);
    });

    it('keeps serving the published title, while an edit waits unpublished in the draft', async () => {
      const { documentId, title } = await publishedProbe();
      const edited = await admin.updateDraft(UID, documentId, { title: `${title} (edited)` });
      expect(edited.title).toBe(`${title} (edited)`);

      for (const queryString of ['', '?status=draft']) {
        const one = await getPublic(`/api/publications/${documentId}${queryString}`);
        expect(one.status).toBe(200);
        expect(publicationItemSchema.parse(one.body).data.title).toBe(title);
        const list = await getPublic(`/api/publications?pagination[pageSize]=100${queryString ? '&status=draft' : ''}`);
        expect(list.text).toContain(title);
        expect(list.text).not.toContain(`${title} (edited)`);
      }
    });

    it('serves the new title on the next request, once the edit is published', async () => {
      const { documentId, title } = await publishedProbe();
      // Read it first, so a response cache (if any) holds the old version.
      const before = await getPublic(`/api/publications/${documentId}`);
      expect(publicationItemSchema.parse(before.body).data.title).toBe(title);

      await admin.updateDraft(UID, documentId, { title: `${title} (published edit)` });
      await admin.publish(UID, documentId);

      const one = await getPublic(`/api/publications/${documentId}`);
      expect(publicationItemSchema.parse(one.body).data.title).toBe(`${title} (published edit)`);
      const list = await getPublicData<Publication[]>('/api/publications?pagination[pageSize]=100');
      expect(list.filter((p) => p.documentId === documentId).map((p) => p.title)).toEqual([`${title} (published edit)`]);
    });
  });
});
