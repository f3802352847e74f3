/**
 * cms/src/api/person over HTTP: co-authors become persons when the owner saves a publication,
 * spellings that differ in accents, case or initials are one person, ambiguous initials are not
 * guessed, the owner merges once, and only co-authors of published works are public.
 */
import { coAuthorItemSchema, coAuthorListSchema, type CoAuthor, type Publication } from '@homepage/shared';
import { afterAll, describe, expect, it } from 'vitest';
import { createAdminApi, type AdminDocument } from '../support/admin-api';
import { getPublic, getPublicData } from '../support/http';
import { createPublished, postFields, publicationFields, uniqueMarker } from '../support/published';
import { SEED } from '../support/seed-file';

const PUBLICATION = 'api::publication.publication';
const PERSON = 'api::person.person';
const admin = createAdminApi();
const made: AdminDocument[] = [];
const owner = { name: 'Ruizhe Wang', isOwner: true, equalContribution: false, corresponding: false };
const coAuthor = (name: string) => ({ name, isOwner: false, equalContribution: false, corresponding: false });

/** A published paper by the owner and these co-authors. */
async function publishPaper(...names: string[]): Promise<AdminDocument> {
  const marker = uniqueMarker('coauthors');
  const paper = await createPublished(PUBLICATION, publicationFields(marker, { authors: [owner, ...names.map(coAuthor)] }));
  made.push(paper);
  return paper;
}

/** The public version of a publication, with each author's person. */
async function publicPaper(slug: string): Promise<Publication> {
  const [found] = await getPublicData<Publication[]>(`/api/publications?filters[slug][$eq]=${slug}`);
  expect(found, `no public publication "${slug}"`).toBeDefined();
  return found;
}

/** The person slug each author of a public paper links to, by the name written on the paper. */
async function personSlugs(slug: string): Promise<Record<string, string | null>> {
  const paper = await publicPaper(slug);
  return Object.fromEntries(paper.authors.map((author) => [author.name, author.person?.slug ?? null]));
}

async function publicPerson(slug: string): Promise<CoAuthor | undefined> {
  const { data } = coAuthorListSchema.parse((await getPublic(`/api/people?filters[slug][$eq]=${encodeURIComponent(slug)}`)).body);
  return data[0];
}

/** Every person the owner sees in the admin with this name (public or not). */
async function adminPeopleNamed(name: string): Promise<AdminDocument[]> {
  const response = await admin.raw('GET', `${PERSON}?filters[name][$eq]=${encodeURIComponent(name)}&pageSize=100`);
  expect(response.status).toBe(200);
  return (response.body as { results: AdminDocument[] }).results;
}

afterAll(async () => {
  for (const paper of made) await admin.remove(PUBLICATION, paper.documentId);
});

describe('person', () => {
  describe('seeded co-authors', () => {
    it('lists each co-author of the seeded works once, without the owner, valid against coAuthorListSchema', async () => {
      const response = await getPublic('/api/people?pagination[pageSize]=100&sort=name');
      expect(response.status).toBe(200);
      const { data } = coAuthorListSchema.parse(response.body);
      const names = data.map((person) => person.name);
      const seeded = new Set(SEED.publications.flatMap((work) => work.authors.filter((a) => !a.isOwner).map((a) => a.name)));
      expect(names).toEqual(expect.arrayContaining([...seeded]));
      expect(names.filter((name) => name === 'Yeyun Gong')).toHaveLength(1);
      expect(names).not.toContain('Ruizhe Wang');
      // The seed states no co-author's homepage: none is invented.
      expect(data.filter((person) => seeded.has(person.name)).every((person) => person.homepageUrl === null)).toBe(true);
    });

    it('links every seeded author but the owner to their person', async () => {
      const fp4 = await publicPaper('fp4-training');
      expect(fp4.authors.find((a) => a.isOwner)?.person ?? null).toBeNull();
      const gong = fp4.authors.find((a) => a.name === 'Yeyun Gong');
      expect(gong?.person?.slug).toBe('yeyun-gong');
      const response = await getPublic(`/api/people/${gong?.person?.documentId}`);
      expect(response.status).toBe(200);
      expect(coAuthorItemSchema.parse(response.body).data.name).toBe('Yeyun Gong');
    });
  });

  describe('site pages', () => {
    it("lists /people and each public co-author's page in the sitemap and the prerenderer's page list", async () => {
      const sitemap = (await getPublic('/api/sitemap.xml')).text;
      expect(sitemap).toMatch(/<loc>[^<]*\/people<\/loc>/);
      expect(sitemap).toMatch(/<loc>[^<]*\/people\/yeyun-gong<\/loc>/);
      const pages = (await getPublic('/api/site-pages')).body as { data: { path: string; kind: string }[] };
      expect(pages.data).toContainEqual(expect.objectContaining({ path: '/people/yeyun-gong', kind: 'person' }));
      expect(pages.data.filter((page) => page.path === '/people/ruizhe-wang')).toEqual([]);
    });
  });

  describe('linking co-authors on save', () => {
    const family = `Quarrington${uniqueMarker('x').slice(2)}`;

    it('makes one person of spellings that differ in accents, case and a unique initial', async () => {
      const first = await publishPaper(`Élodie ${family}`);
      const second = await publishPaper(`elodie ${family.toUpperCase()}`, `E. ${family}`);
      const firstSlugs = await personSlugs(first.slug as string);
      const secondSlugs = await personSlugs(second.slug as string);
      const slug = firstSlugs[`Élodie ${family}`];
      expect(slug).toBeTruthy();
      expect(secondSlugs[`elodie ${family.toUpperCase()}`]).toBe(slug);
      expect(secondSlugs[`E. ${family}`]).toBe(slug);
      expect(await adminPeopleNamed(`elodie ${family.toUpperCase()}`)).toHaveLength(0);
      expect(await adminPeopleNamed(`E. ${family}`)).toHaveLength(0);
    });

    it('gives a co-author written in Chinese characters an address in Latin letters', async () => {
      const name = Array.from({ length: 3 }, () => String.fromCodePoint(0x4e00 + Math.floor(Math.random() * 0x5000))).join('');
      const paper = await publishPaper(name);
      const slug = (await personSlugs(paper.slug as string))[name];
      expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect((await publicPerson(slug as string))?.name).toBe(name);
    });

    it('shows a new co-author at once after publishing (the cached list is not served again)', async () => {
      const name = `Newcomer ${uniqueMarker('n').slice(2)}`;
      await getPublic('/api/people?pagination[pageSize]=100');
      const before = await getPublic('/api/people?pagination[pageSize]=100');
      expect(before.headers.get('x-cache'), 'the list is not cached, so this test proves nothing').toBe('HIT');
      expect(coAuthorListSchema.parse(before.body).data.map((p) => p.name)).not.toContain(name);
      const paper = await publishPaper(name);
      const slug = (await personSlugs(paper.slug as string))[name] as string;
      const after = await getPublic('/api/people?pagination[pageSize]=100');
      expect(coAuthorListSchema.parse(after.body).data.map((p) => p.name)).toContain(name);
      expect((await publicPerson(slug))?.name).toBe(name);
    });
  });

  describe('ambiguous initials and merging', () => {
    const family = `Tenbrook${uniqueMarker('x').slice(2)}`;
    let yara: string;
    let yusuf: string;
    let initials: string;
    let initialsPaper: AdminDocument;

    it('does not guess which of two people "Y. Family" is: it becomes a person of its own', async () => {
      const a = await publishPaper(`Yara ${family}`);
      const b = await publishPaper(`Yusuf ${family}`);
      initialsPaper = await publishPaper(`Y. ${family}`);
      yara = (await personSlugs(a.slug as string))[`Yara ${family}`] as string;
      yusuf = (await personSlugs(b.slug as string))[`Yusuf ${family}`] as string;
      initials = (await personSlugs(initialsPaper.slug as string))[`Y. ${family}`] as string;
      expect(new Set([yara, yusuf, initials]).size).toBe(3);
    });

    it('merges once when the owner says the abbreviated person is one of them', async () => {
      const [abbreviated] = await adminPeopleNamed(`Y. ${family}`);
      const [kept] = await adminPeopleNamed(`Yara ${family}`);
      const merged = await admin.raw('PUT', `${PERSON}/${abbreviated.documentId}`, { mergedInto: { connect: [{ documentId: kept.documentId }] } });
      expect(merged.status, merged.text).toBe(200);

      expect((await personSlugs(initialsPaper.slug as string))[`Y. ${family}`]).toBe(yara);
      expect(await publicPerson(initials)).toBeUndefined();
      expect((await getPublic(`/api/people/${abbreviated.documentId}`)).status).toBe(404);
      const joint = await getPublicData<Publication[]>(`/api/publications?filters[authors][person][slug][$eq]=${yara}`);
      expect(joint).toHaveLength(2);

      // The dropped spelling leads to the kept person on later saves too.
      const later = await publishPaper(`Y. ${family}`);
      expect((await personSlugs(later.slug as string))[`Y. ${family}`]).toBe(yara);
    });

    it('refuses a merge in a circle with a 400 that names both, and changes nothing', async () => {
      const [abbreviated] = await adminPeopleNamed(`Y. ${family}`);
      const [kept] = await adminPeopleNamed(`Yara ${family}`);
      const circle = await admin.raw('PUT', `${PERSON}/${kept.documentId}`, { mergedInto: { connect: [{ documentId: abbreviated.documentId }] } });
      expect(circle.status).toBe(400);
      expect(circle.text).toContain(`Yara ${family}`);
      expect((await publicPerson(yara))?.name).toBe(`Yara ${family}`);
    });
  });

  describe('the owner', () => {
    it('is no co-author of themself, even written with accents and isOwner left unticked', async () => {
      const paper = await publishPaper('ruizhe WÁNG', `Ownerless ${uniqueMarker('o').slice(2)}`);
      expect((await personSlugs(paper.slug as string))['ruizhe WÁNG']).toBeNull();
      expect(await adminPeopleNamed('ruizhe WÁNG')).toHaveLength(0);
    });
  });

  describe('drafts', () => {
    it('keeps a co-author whose only work is a draft off the API', async () => {
      const name = `Draftonly ${uniqueMarker('d').slice(2)}`;
      const draft = await admin.createDraft(PUBLICATION, publicationFields(uniqueMarker('draftwork'), { authors: [owner, coAuthor(name)] }));
      made.push(draft);
      const [person] = await adminPeopleNamed(name);
      expect(person, 'the draft made its person').toBeDefined();
      for (const query of ['', 'status=draft', 'status=draft&']) {
        const list = await getPublic(`/api/people?filters[name][$eq]=${encodeURIComponent(name)}&${query}`);
        expect(coAuthorListSchema.parse(list.body).data).toHaveLength(0);
      }
      expect((await getPublic(`/api/people/${person.documentId}`)).status).toBe(404);
      expect((await getPublic(`/api/people/${person.documentId}?status=draft`)).status).toBe(404);
      expect((await getPublic('/api/sitemap.xml')).text).not.toContain(`/people/${String(person.slug)}<`);
    });
  });

  describe('query guard', () => {
    it.each([
      ['fields=nope', 'fields'],
      ['filters[mergedInto][name][$eq]=x', 'mergedInto'],
      ['sort=aliases;drop', 'sort'],
    ])('refuses ?%s with a 400 naming %s', async (query, named) => {
      const response = await getPublic(`/api/people?${query}`);
      expect(response.status).toBe(400);
      expect(response.text).toContain(named);
    });
  });

  describe('OpenAPI', () => {
    it('documents the list and the item', async () => {
      const document = (await getPublic('/api/openapi.json')).body as { paths: Record<string, unknown> };
      expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/api/people', '/api/people/{documentId}']));
    });

    type Schema = { properties?: Record<string, Schema> };
    const seededWithGong = SEED.publications.filter((work) => work.authors.some((author) => author.name === 'Yeyun Gong'));
    /** Content about a seeded work of Yeyun Gong's, made for the filter to find (none is seeded). */
    const aboutGongsWork = async (uid: 'api::blog-post.blog-post' | 'api::news-item.news-item' | 'api::talk.talk') => {
      const work = await publicPaper(seededWithGong[0]?.slug ?? '');
      const marker = uniqueMarker('about-gong');
      const fields =
        uid === 'api::blog-post.blog-post'
          ? postFields(marker, { relatedPublications: { connect: [{ documentId: work.documentId }] } })
          : uid === 'api::news-item.news-item'
            ? { body: `News ${marker}`, date: '2026-11-28', publication: { connect: [{ documentId: work.documentId }] } }
            : { title: `Talk ${marker}`, event: 'Workshop', date: '2026-06-01', kind: 'invited', publication: { connect: [{ documentId: work.documentId }] } };
      const made = await createPublished(uid, fields);
      return { uid, documentId: made.documentId };
    };
    // A co-author's works (README), the posts about them (the site's person page), and news and talks about them.
    it.each([
      ['/api/publications', 'PublicationFilters', ['authors', 'person', 'slug'], null],
      ['/api/blog-posts', 'BlogPostFilters', ['relatedPublications', 'authors', 'person', 'slug'], 'api::blog-post.blog-post'],
      ['/api/news-items', 'NewsItemFilters', ['publication', 'authors', 'person', 'slug'], 'api::news-item.news-item'],
      ['/api/talks', 'TalkFilters', ['publication', 'authors', 'person', 'slug'], 'api::talk.talk'],
    ] as const)('documents the co-author filter of %s, and the CMS answers it with what names Yeyun Gong', async (path, filters, fields, about) => {
      const document = (await getPublic('/api/openapi.json')).body as { components: { schemas: Record<string, Schema> } };
      let schema: Schema | undefined = document.components.schemas[filters];
      for (const field of fields) schema = schema?.properties?.[field];
      expect(schema, `${filters} has no ${fields.join('.')}`).toBeDefined();

      const byCoAuthor = `filters${fields.map((field) => `[${field}]`).join('')}[$eq]=yeyun-gong`;
      if (about === null) {
        // Other files publish works with Yeyun Gong meanwhile: the seeded ones are asked for by slug.
        const seeded = seededWithGong.map((work, index) => `&filters[slug][$in][${index}]=${work.slug}`).join('');
        const found = await getPublicData<Publication[]>(`${path}?${byCoAuthor}${seeded}&pagination[pageSize]=100`);
        expect(found.map((work) => work.title).sort()).toEqual(seededWithGong.map((work) => work.title).sort());
        return;
      }
      const mine = await aboutGongsWork(about);
      try {
        const found = await getPublicData<{ documentId: string }[]>(`${path}?${byCoAuthor}&filters[documentId][$eq]=${mine.documentId}`);
        expect(found.map((entry) => entry.documentId)).toEqual([mine.documentId]);
        // And not when the filter names someone else.
        const other = await getPublicData<unknown[]>(`${path}?${byCoAuthor.replace('yeyun-gong', 'nobody-at-all')}&filters[documentId][$eq]=${mine.documentId}`);
        expect(other).toEqual([]);
      } finally {
        await admin.remove(mine.uid, mine.documentId);
      }
    });
  });
});
