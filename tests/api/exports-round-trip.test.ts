/**
 * Every citation and feed export read back by at least two independent third-party readers per
 * format, and compared with the JSON API: title, authors in order, year and venue, for every seeded
 * publication and post, plus one publication made of hostile text (CJK, TeX specials, accents, a
 * 200-character title) created through the admin API as the owner would.
 */
import type { BlogPost, Publication } from '@homepage/shared';
import { Window } from 'happy-dom';
import { beforeAll, describe, expect, it } from 'vitest';
import { getPublic, getPublicData } from '../support/http';
import { BIBTEX_READERS, RIS_READERS, renderApa, type CitationReader, type ReadWork } from '../support/citation-readers';
import { validateCslJson } from '../support/csl-json';
import { readJsonFeed, XML_FEED_READERS, type ReadItem } from '../support/feed-readers';
import { validateJsonFeed11 } from '../support/json-feed';
import { publishMathPost, type MathPost } from '../support/math-post';
import { createPublished, publicationFields, uniqueMarker } from '../support/published';
import { SEED } from '../support/seed-file';

const hostileMarker = uniqueMarker('hostile');
const HOSTILE_TITLE = `混合专家模型 {Braces} 100% & $x$ #1 snake_case ^caret ~tilde \\backslash — Café Ærø ${hostileMarker} `.padEnd(200, 'Scaling');
const HOSTILE_AUTHORS = ['王瑞哲', 'José Núñez-Ŝtraße', 'Ruizhe Wang', '김민준'];
const HOSTILE_VENUE = 'Journal of 深度学习 & Data_Science {JDS} 50% #2';

const pastedMarker = uniqueMarker('pasted');
// Pasted on one line, as a Google Scholar export often is once copied.
const PASTED_BIBTEX = `@inproceedings{pasted2026key, title={Pasted {BibTeX} ${pastedMarker}}, author={N{\\'u}{\\~n}ez, Jos{\\'e} and Wang, Ruizhe}, booktitle={Proceedings of Something}, year={2026}, pages={1--9}}`;

let publications: Publication[];
let posts: BlogPost[];
let mathPost: MathPost;

/** The publications a test compares: every seeded one and the hostile one (other suites add more meanwhile). */
const compared = () => publications.filter((p) => SEED.publications.some((s) => s.slug === p.slug) || p.slug === hostileMarker);
const authorNames = (p: Publication) => p.authors.map((a) => a.name);
/** The venue as a reference manager should file it: page ranges belong in their own field. */
const expectedVenue = (p: Publication) =>
  p.kind === 'preprint' || p.kind === 'technical-report' ? undefined : (p.venue ?? undefined)?.replace(/,\s*pp?\.\s*\d+\s*[–—-]+\s*\d+\s*$/, '');
// Unicode-equivalent spellings (é as one code point or e + accent) are the same text to a reader.
const clean = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();
const withoutLost = (text: string, reader: CitationReader) => [...(reader.loses ?? '')].reduce((t, c) => t.replaceAll(c, ''), clean(text));

function expectSameWork(label: string, work: ReadWork | undefined, publication: Publication): void {
  expect(work, `${label}: no record titled "${publication.title}"`).toBeDefined();
  if (!work) return;
  expect(work.authors.map(clean), `${label}: authors of ${publication.slug}`).toEqual(authorNames(publication));
  expect(work.year, `${label}: year of ${publication.slug}`).toBe(publication.year);
  const venue = expectedVenue(publication);
  if (venue) expect(clean(work.venue ?? ''), `${label}: venue of ${publication.slug}`).toBe(venue);
}

function findByTitle(works: ReadWork[], title: string, reader?: CitationReader): ReadWork | undefined {
  return reader ? works.find((w) => withoutLost(w.title, reader) === withoutLost(title, reader)) : works.find((w) => clean(w.title) === clean(title));
}

const htmlText = (html: string) => {
  const div = new Window().document.createElement('div');
  div.innerHTML = html;
  return div.textContent ?? '';
};

beforeAll(async () => {
  await createPublished(
    'api::publication.publication',
    publicationFields(hostileMarker, {
      title: HOSTILE_TITLE,
      authors: HOSTILE_AUTHORS.map((name, i) => ({ name, isOwner: i === 2, equalContribution: false, corresponding: false })),
      venue: HOSTILE_VENUE,
      venueShort: 'JDS 2031',
      year: 2031,
      // Ahead of every other suite's content, so it is among the feed's newest items.
      date: '2031-02-03',
    }),
  );
  await createPublished('api::publication.publication', publicationFields(pastedMarker, { bibtex: PASTED_BIBTEX }));
  mathPost = await publishMathPost();
  publications = await getPublicData<Publication[]>('/api/publications?pagination[pageSize]=100');
  posts = await getPublicData<BlogPost[]>('/api/blog-posts?pagination[pageSize]=100');
  expect(compared()).toHaveLength(SEED.publications.length + 1);
  expect(clean(HOSTILE_TITLE)).toHaveLength(200);
});

describe('citation exports', () => {
  describe('BibTeX', () => {
    it.each(BIBTEX_READERS)('$name reads the same works as the JSON API from publications.bib', async (reader) => {
      const { text } = await getPublic('/api/citations/publications.bib');
      const works = reader.read(text);
      for (const publication of compared()) expectSameWork(reader.name, findByTitle(works, publication.title, reader), publication);
    });

    it.each(BIBTEX_READERS)('$name reads the hostile publication alone', async (reader) => {
      const { text } = await getPublic(`/api/citations/publications/${hostileMarker}.bib`);
      const [work] = reader.read(text);
      expect(withoutLost(work.title, reader)).toBe(withoutLost(HOSTILE_TITLE, reader));
      expectSameWork(reader.name, work, publications.find((p) => p.slug === hostileMarker) as Publication);
    });

    it('gives every entry the fields standard styles require (a journal, a booktitle, or a @misc)', async () => {
      const { text } = await getPublic('/api/citations/publications.bib');
      const works = BIBTEX_READERS[0].read(text);
      for (const work of works) {
        if (work.type === 'article') expect(work.fields.journal, `${work.fields.key}: @article without journal`).toBeTruthy();
        if (work.type === 'inproceedings') expect(work.fields.booktitle, `${work.fields.key}: @inproceedings without booktitle`).toBeTruthy();
        expect(work.venue ?? '', `${work.fields.key}: page range inside the venue`).not.toMatch(/\bpp?\.\s*\d/);
      }
    });

    it('writes a thesis as @phdthesis with its school, and an arXiv-only thesis as @misc', async () => {
      const school = uniqueMarker('thesis-school');
      const onlyArxiv = uniqueMarker('thesis-arxiv');
      await createPublished('api::publication.publication', publicationFields(school, { kind: 'thesis', venue: 'University of Science and Technology of China' }));
      await createPublished('api::publication.publication', publicationFields(onlyArxiv, { kind: 'thesis', venue: null, arxivId: '2501.00001' }));
      const [thesis] = BIBTEX_READERS[0].read((await getPublic(`/api/citations/publications/${school}.bib`)).text);
      expect(thesis.type).toBe('phdthesis');
      expect(thesis.fields.school).toBe('University of Science and Technology of China');
      const [preprint] = BIBTEX_READERS[0].read((await getPublic(`/api/citations/publications/${onlyArxiv}.bib`)).text);
      expect(preprint.type).toBe('misc');
      expect(preprint.fields.school).toBeUndefined();
      expect(preprint.fields.eprint).toBe('2501.00001');
    });

    it('writes a preprint as @misc with its arXiv eprint', async () => {
      const { text } = await getPublic('/api/citations/publications/matryoshka-moe.bib');
      const [work] = BIBTEX_READERS[0].read(text);
      expect(work.type).toBe('misc');
      expect(work.fields.eprint).toBe('2509.26520');
      expect(work.fields.archiveprefix ?? work.fields.archivePrefix).toBe('arXiv');
      expect(work.fields.url ?? work.fields.howpublished).toContain('2509.26520');
    });

    it.each(BIBTEX_READERS)('$name finds the page range of fp4-training in `pages`', async (reader) => {
      const { text } = await getPublic('/api/citations/publications/fp4-training.bib');
      const [work] = reader.read(text);
      expect((work.fields.pages ?? work.fields.page)?.replace(/–|--/g, '-')).toBe('62937-62957');
      expect(work.venue).toBe('Proceedings of the 42nd International Conference on Machine Learning (ICML 2025), PMLR 267');
    });

    it('formats a pasted entry like every other: one field per line, in the single and the combined file', async () => {
      for (const path of [`/api/citations/publications/${pastedMarker}.bib`, '/api/citations/publications.bib']) {
        const { text } = await getPublic(path);
        const start = text.indexOf('@inproceedings{pasted2026key,\n');
        expect(start, `${path}: the pasted entry is not tidy:\n${text.slice(0, 600)}`).toBeGreaterThanOrEqual(0);
        const entry = text.slice(start, text.indexOf('\n}', start) + 2);
        const lines = entry.split('\n');
        expect(lines.slice(1, -1).every((line) => /^ {2}[a-z]+ = /i.test(line)), entry).toBe(true);
        const [work] = BIBTEX_READERS[0].read(entry);
        expect(work.authors.map(clean)).toEqual(['José Núñez', 'Ruizhe Wang']);
        expect(work.title).toBe(`Pasted BibTeX ${pastedMarker}`);
      }
    });
  });

  describe('RIS', () => {
    it.each(RIS_READERS)('$name reads the same works as the JSON API from publications.ris', async (reader) => {
      const { text } = await getPublic('/api/citations/publications.ris');
      const works = reader.read(text);
      for (const publication of compared()) expectSameWork(reader.name, findByTitle(works, publication.title), publication);
    });

    it('writes one tag per line, TY first and ER last, PY always and DA zero-padded', async () => {
      const { text } = await getPublic('/api/citations/publications.ris');
      const records = text.split(/^ER {2}- ?\r?$/m).map((r) => r.trim()).filter(Boolean);
      expect(records.length).toBeGreaterThanOrEqual(SEED.publications.length + 1);
      for (const record of records) {
        const lines = record.split(/\r?\n/);
        expect(lines.every((line) => /^[A-Z][A-Z0-9] {2}- /.test(line)), `a line without a tag:\n${record}`).toBe(true);
        expect(lines[0]).toMatch(/^TY {2}- [A-Z]+$/);
        expect(record).toMatch(/^PY {2}- \d{4}$/m);
        for (const da of record.match(/^DA {2}- .*$/gm) ?? []) expect(da).toMatch(/^DA {2}- \d{4}\/(\d{2})?\/(\d{2})?\/$/);
      }
      const recycling = records.find((r) => r.includes('Recycling Pretrained Checkpoints')) ?? '';
      expect(recycling).toMatch(/^PY {2}- 2025$/m);
      expect(recycling).toMatch(/^DA {2}- 2025\/10\/\/$/m);
    });

    it.each(RIS_READERS)('$name reads the hostile publication alone', async (reader) => {
      const { text } = await getPublic(`/api/citations/publications/${hostileMarker}.ris`);
      const [work] = reader.read(text);
      expect(clean(work.title)).toBe(clean(HOSTILE_TITLE));
      expectSameWork(reader.name, work, publications.find((p) => p.slug === hostileMarker) as Publication);
    });
  });

  describe('CSL-JSON', () => {
    it('is valid CSL-JSON holding the same works as the JSON API', async () => {
      const { body } = await getPublic('/api/citations/publications.json');
      expect(validateCslJson(body)).toEqual([]);
      const works = (body as { title: string; author: { literal?: string; given?: string; family?: string }[]; issued: { 'date-parts': number[][] }; 'container-title'?: string }[]).map(
        (item): ReadWork => ({
          title: item.title,
          authors: item.author.map((a) => a.literal ?? `${a.given} ${a.family}`),
          year: item.issued['date-parts'][0][0],
          venue: item['container-title'],
          type: '',
          fields: {},
        }),
      );
      for (const publication of compared()) expectSameWork('CSL-JSON', findByTitle(works, publication.title), publication);
    });

    it('renders through citeproc-js (APA) with every author, the year, the title and a clean venue', async () => {
      const { body } = await getPublic('/api/citations/publications.json');
      const items = body as { id: string; title: string }[];
      const entries = renderApa(items);
      for (const publication of compared()) {
        const entry = clean(entries.get(items.find((i) => i.title === publication.title)?.id ?? '') ?? '');
        for (const name of authorNames(publication)) expect(entry, publication.slug).toContain(name.split(' ').at(-1));
        expect(entry).toContain(`(${publication.year}`);
        expect(entry).toContain(clean(publication.title).slice(0, 60));
        expect(entry, `${publication.slug}: the page range is part of the venue`).not.toMatch(/, pp\. \d/);
      }
    });
  });
});

describe('feed exports', () => {
  const feedCases = XML_FEED_READERS.flatMap((reader) => ['rss', 'atom'].map((format) => ({ reader, format })));

  function expectPostItems(label: string, items: ReadItem[]) {
    for (const post of posts) {
      const item = items.find((i) => i.link.endsWith(`/blog/${post.slug}`));
      expect(item, `${label}: no item for ${post.slug}`).toBeDefined();
      expect(item?.title, label).toBe(post.title);
      expect(item?.date?.toISOString().slice(0, 10), label).toBe(post.date);
      expect(item?.authors, `${label}: authors of ${post.slug}`).toEqual([SEED.profile.name]);
    }
  }

  /** Content is read away from the site: no relative URL, anchors to the post page, math once. */
  function expectPortableContent(label: string, item: ReadItem | undefined) {
    expect(item, `${label}: no item for the math post`).toBeDefined();
    const html = item?.html ?? '';
    const urls = [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(() => new URL(url), `${label}: relative URL "${url}"`).not.toThrow();
    expect(urls).toContain(`${item?.link}#the-scaling-law`);
    expect(html, `${label}: KaTeX's HTML rendering next to the MathML`).not.toContain('katex-html');
    expect(html).toContain('<math');
    expect(html).toContain('<annotation encoding="application/x-tex">');
  }

  it.each(feedCases)('$reader.name reads posts.$format like the JSON API', async ({ reader, format }) => {
    const { text } = await getPublic(`/api/feeds/posts.${format}`);
    const items = await reader.read(text);
    expectPostItems(`${reader.name} ${format}`, items);
    expectPortableContent(`${reader.name} ${format}`, items.find((i) => i.link.endsWith(`/blog/${mathPost.slug}`)));
  });

  it('posts.json is valid JSON Feed 1.1 that a second reader reads like the JSON API', async () => {
    const { body } = await getPublic('/api/feeds/posts.json');
    expect(validateJsonFeed11(body)).toEqual([]);
    const raw = (body as { items: { url: string; title: string; date_published: string; authors: { name: string }[]; content_html: string }[] }).items.map(
      (i): ReadItem => ({ title: i.title, link: i.url, date: new Date(i.date_published), authors: i.authors.map((a) => a.name), html: i.content_html }),
    );
    for (const [label, items] of [['JSON', raw], ['feedsmith', readJsonFeed(body)]] as const) {
      expectPostItems(label, items);
      expectPortableContent(label, items.find((i) => i.link.endsWith(`/blog/${mathPost.slug}`)));
    }
  });

  it.each(XML_FEED_READERS)('$name reads publications.rss like the JSON API, all authors in order', async (reader) => {
    const { text } = await getPublic('/api/feeds/publications.rss');
    const items = await reader.read(text);
    for (const publication of compared()) {
      const label = `${reader.name}: ${publication.slug}`;
      const item = items.find((i) => i.link.endsWith(`/publications/${publication.slug}`));
      expect(item, label).toBeDefined();
      expect(clean(item?.title ?? ''), label).toBe(clean(publication.title));
      expect(item?.authors, label).toEqual([authorNames(publication).join(', ')]);
      expect(item?.date?.getUTCFullYear(), label).toBe(publication.year);
      expect(htmlText(item?.html ?? ''), label).toContain(publication.venueShort ?? publication.venue ?? '');
    }
  });
});
