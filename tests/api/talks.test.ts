/**
 * Talks over HTTP (cms/src/api/talk, /api/talks): only published talks, each in the language asked
 * for where translated, the related paper and slides populated, bad input refused with a 4xx, and
 * every answer fresh right after the owner publishes or unpublishes.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { talkItemSchema, talkListSchema, type Talk } from '@homepage/shared';
import { createAdminApi } from '../support/admin-api';
import { describeDraftsStayPrivate } from '../support/drafts';
import { getPublic, getPublicData } from '../support/http';
import { createPublished, publicationFields, uniqueMarker } from '../support/published';

const TALK = 'api::talk.talk';
const admin = createAdminApi();
const marker = uniqueMarker('talk');
const created: { uid: 'api::talk.talk' | 'api::publication.publication'; documentId: string }[] = [];

const talkFields = (title: string, extra: Record<string, unknown> = {}) => ({
  title,
  event: `Workshop ${marker}`,
  place: 'Vancouver, Canada',
  date: '2025-07-15',
  kind: 'invited',
  ...extra,
});

async function publishTalk(fields: Record<string, unknown>): Promise<string> {
  const { documentId } = await createPublished(TALK, fields);
  created.push({ uid: TALK, documentId });
  return documentId;
}

let paperSlug: string;
let talk: Talk;

beforeAll(async () => {
  paperSlug = `paper-${marker}`;
  const paper = await createPublished('api::publication.publication', publicationFields(paperSlug));
  created.push({ uid: 'api::publication.publication', documentId: paper.documentId });
  const documentId = await publishTalk(
    talkFields(`Talk ${marker}`, {
      kind: 'contributed',
      abstract: 'What FP4 training needs.',
      slidesUrl: 'https://slides.example.org/fp4.pdf',
      videoUrl: 'https://video.example.org/fp4',
      eventUrl: 'https://icml.example.org/',
      publication: { connect: [{ documentId: paper.documentId }] },
    }),
  );
  talk = await getPublicData<Talk>(`/api/talks/${documentId}`);
});

afterAll(async () => {
  for (const { uid, documentId } of created.reverse()) await admin.remove(uid, documentId).catch(() => undefined);
});

describe('talks', () => {
  describe('find', () => {
    it('lists published talks valid against talkListSchema, filtered by kind and sorted by date', async () => {
      const response = await getPublic(`/api/talks?filters[kind][$eq]=contributed&sort=date:desc`);
      expect(response.status).toBe(200);
      const { data } = talkListSchema.parse(response.body);
      expect(data.map((item) => item.documentId)).toContain(talk.documentId);
      expect(data.every((item) => item.kind === 'contributed')).toBe(true);
    });

    it('refuses a date that is not one and fields the talk does not have, with a 400 JSON error', async () => {
      for (const path of ['/api/talks?filters[date][$eq]=yesterday', '/api/talks?sort=secret:desc', '/api/talks?fields=kind,secret']) {
        const response = await getPublic(path);
        expect(response.status, path).toBe(400);
        expect(response.body, path).toMatchObject({ data: null, error: { status: 400 } });
      }
    });
  });

  describe('findOne', () => {
    it('returns the talk with its links and its paper, valid against talkItemSchema', async () => {
      const response = await getPublic(`/api/talks/${talk.documentId}`);
      const { data } = talkItemSchema.parse(response.body);
      expect(data).toMatchObject({
        title: `Talk ${marker}`,
        event: `Workshop ${marker}`,
        place: 'Vancouver, Canada',
        date: '2025-07-15',
        kind: 'contributed',
        slidesUrl: 'https://slides.example.org/fp4.pdf',
        videoUrl: 'https://video.example.org/fp4',
        eventUrl: 'https://icml.example.org/',
        slides: null,
        locale: 'en',
        locales: ['en'],
      });
      expect(data.publication).toMatchObject({ slug: paperSlug, title: `Paper ${paperSlug}` });
    });
  });

  describe('owner input', () => {
    it.each([
      ['a kind the site does not know', { kind: 'keynote' }],
      ['a video link that is no web address', { videoUrl: 'javascript:alert(1)' }],
    ])('refuses to publish a talk with %s, with a 4xx, and serves nothing of it', async (_what, extra) => {
      const title = `Refused ${uniqueMarker('t')}`;
      // A draft may be saved half-finished; publishing is where the rules hold.
      const saved = await admin.raw('POST', TALK, talkFields(title, extra));
      const draft = (saved.body as { data?: { documentId?: string } }).data?.documentId;
      if (draft) created.push({ uid: TALK, documentId: draft });
      const refused = draft ? await admin.raw('POST', `${TALK}/${draft}/actions/publish`, {}) : saved;
      expect(refused.status, refused.text.slice(0, 200)).toBeGreaterThanOrEqual(400);
      expect(refused.status).toBeLessThan(500);
      expect((await getPublic(`/api/talks?filters[title][$eq]=${encodeURIComponent(title)}`)).text).not.toContain(title);
    });
  });

  describe('languages', () => {
    it('serves the Chinese version where there is one, presenting the same paper, and the English one otherwise', async () => {
      const translated = await publishTalk(talkFields(`English ${marker}`, { publication: { connect: [{ documentId: talk.publication?.documentId }] } }));
      await admin.updateDraft(TALK, translated, { title: `中文报告 ${marker}`, event: `研讨会 ${marker}`, place: '温哥华' }, 'zh');
      await admin.publish(TALK, translated, 'zh');

      const inChinese = await getPublicData<Talk[]>(`/api/talks?locale=zh&filters[event][$containsi]=${marker}&pagination[pageSize]=100`);
      const byId = new Map(inChinese.map((item) => [item.documentId, item]));
      expect(byId.get(translated)).toMatchObject({ title: `中文报告 ${marker}`, place: '温哥华', date: '2025-07-15', locale: 'zh', locales: ['en', 'zh'], publication: { slug: paperSlug } });
      expect(byId.get(talk.documentId)).toMatchObject({ title: `Talk ${marker}`, locale: 'en' });
      expect((await getPublicData<Talk>(`/api/talks/${translated}`)).title).toBe(`English ${marker}`);
    });
  });

  describe('freshness', () => {
    it('shows a published talk on the next request, and drops it once unpublished', async () => {
      const path = '/api/talks?sort=date:desc&pagination[pageSize]=100';
      await getPublic(path);
      expect((await getPublic(path)).headers.get('x-cache'), 'not cached, so this test proves nothing').toBe('HIT');
      const title = `Fresh ${uniqueMarker('t')}`;
      const documentId = await publishTalk(talkFields(title, { date: '2026-12-01' }));
      expect((await getPublic(path)).text).toContain(title);
      await admin.unpublish(TALK, documentId);
      expect((await getPublic(path)).text).not.toContain(title);
    });
  });

  describe('discovery', () => {
    it('lists /talks in the sitemap and the site pages, and documents the routes in the OpenAPI document', async () => {
      const pages = await getPublicData<{ path: string; kind: string }[]>('/api/site-pages');
      expect(pages).toContainEqual(expect.objectContaining({ path: '/talks', kind: 'list' }));
      expect((await getPublic('/api/sitemap.xml')).text).toContain(`${inject('cmsSiteUrl')}/talks</loc>`);
      const document = (await getPublic('/api/openapi.json')).body as { paths: Record<string, unknown> };
      expect(document.paths).toHaveProperty(['/api/talks']);
      expect(document.paths).toHaveProperty(['/api/talks/{documentId}']);
    });
  });

  describeDraftsStayPrivate({
    uid: TALK,
    route: '/api/talks',
    fields: (draftMarker) => talkFields(`Draft ${draftMarker}`),
  });
});
