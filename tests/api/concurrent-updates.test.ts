/**
 * Twenty saves of one publication at once through the admin API (as from several open admin tabs):
 * every save answers 2xx (no 500, no SQLITE_BUSY), and the entry ends as exactly one of the
 * submitted states: no field, author list or tag set mixed from two saves.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { createAdminApi } from '../support/admin-api';
import { request } from '../support/http';
import { publicationFields, uniqueMarker } from '../support/published';

const UID = 'api::publication.publication';
const SAVES = 20;

interface State {
  title: string;
  year: number;
  summary: string;
  authors: { name: string; isOwner: boolean; equalContribution: boolean; corresponding: boolean }[];
  tags: string[];
}

describe('concurrent updates of one entry', () => {
  const admin = createAdminApi();
  const marker = uniqueMarker('concurrent');
  const tags: { documentId: string; slug: string }[] = [];
  let documentId = '';

  beforeAll(async () => {
    for (const name of ['a', 'b', 'c']) {
      const slug = `${marker}-${name}`;
      const tag = await admin.createDraft('api::tag.tag', { name: slug, slug });
      await admin.publish('api::tag.tag', tag.documentId);
      tags.push({ documentId: tag.documentId, slug });
    }
    documentId = (await admin.createDraft(UID, publicationFields(marker))).documentId;
  });

  // Each save differs in every field, and in how many authors and tags it has.
  const stateOf = (save: number): State => ({
    title: `Paper ${marker} save ${save}`,
    year: 2000 + save,
    summary: `Summary of save ${save}`,
    authors: Array.from({ length: 1 + (save % 4) }, (_, position) => ({
      name: `Author ${position + 1} of save ${save}`,
      isOwner: position === 0,
      equalContribution: save % 2 === 0,
      corresponding: position === save % 4,
    })),
    tags: tags.filter((_, position) => (save >> position) & 1).map((tag) => tag.slug),
  });

  it(`answers ${SAVES} simultaneous saves with 2xx and keeps exactly one of them`, async () => {
    const cmsUrl = inject('cmsUrl');
    const states = Array.from({ length: SAVES }, (_, save) => stateOf(save));
    const responses = await Promise.all(
      states.map((state) =>
        admin.raw('PUT', `${UID}/${documentId}`, {
          ...state,
          tags: { set: tags.filter((tag) => state.tags.includes(tag.slug)).map((tag) => ({ documentId: tag.documentId })) },
        }),
      ),
    );
    for (const [save, response] of responses.entries()) {
      expect(response.status, `save ${save}: ${response.text.slice(0, 300)}`).toBeGreaterThanOrEqual(200);
      expect(response.status, `save ${save}: ${response.text.slice(0, 300)}`).toBeLessThan(300);
    }

    // What visitors get once the owner publishes: the stored draft, relations included.
    await admin.publish(UID, documentId);
    const published = await request('GET', `${cmsUrl}/api/publications/${documentId}`);
    expect(published.status, published.text.slice(0, 300)).toBe(200);
    const data = (published.body as { data: Omit<State, 'tags'> & { tags: { slug: string }[] } }).data;
    const final: State = {
      title: data.title,
      year: data.year,
      summary: data.summary,
      authors: data.authors.map(({ name, isOwner, equalContribution, corresponding }) => ({ name, isOwner, equalContribution, corresponding })),
      tags: data.tags.map((tag) => tag.slug).sort(),
    };
    const save = Number(/save (\d+)$/.exec(final.title)?.[1]);
    expect(states[save], `the title names save ${save}`).toBeDefined();
    expect(final).toEqual(states[save]);
  }, 60_000);
});
