// Builders for API documents in tests: a valid document with only the fields a test cares about changed.
import type { Author, BlogPost, ListResponse, Profile, Publication, TagRef } from '@homepage/shared';

const stamp = '2026-01-01T00:00:00.000Z';
let nextId = 1;

export function author(name: string, extra: Partial<Author> = {}): Author {
  return { id: nextId++, name, isOwner: false, equalContribution: false, corresponding: false, ...extra };
}

export function tag(slug: string, name = slug): TagRef {
  return { id: nextId++, documentId: `tag-${slug}`, name, slug, description: null };
}

export function work(slug: string, extra: Partial<Publication> = {}): Publication {
  return {
    id: nextId++,
    documentId: `work-${slug}`,
    createdAt: stamp,
    updatedAt: stamp,
    publishedAt: stamp,
    title: `Title of ${slug}`,
    slug,
    kind: 'conference-paper',
    authors: [author('Ruizhe Wang', { isOwner: true }), author('Peng Cheng')],
    venue: 'International Conference on Machine Learning',
    venueShort: 'ICML 2025',
    year: 2025,
    date: '2025-01-28',
    summary: null,
    abstract: null,
    links: [],
    doi: null,
    arxivId: null,
    bibtex: null,
    selected: false,
    note: null,
    tags: [],
    teaser: null,
    citationCount: null,
    citationCountUpdatedAt: null,
    ...extra,
  };
}

export function post(slug: string, extra: Partial<BlogPost> = {}): BlogPost {
  return {
    id: nextId++,
    documentId: `post-${slug}`,
    createdAt: stamp,
    updatedAt: stamp,
    publishedAt: stamp,
    title: `Post ${slug}`,
    slug,
    summary: null,
    body: null,
    language: 'en',
    locale: 'en',
    locales: ['en'],
    date: '2025-05-30',
    featured: false,
    seriesPosition: null,
    originalUrl: null,
    translationUrl: null,
    tags: [],
    series: null,
    cover: null,
    relatedPublications: [],
    bodyHtml: null,
    toc: null,
    wordCount: null,
    readingMinutes: null,
    hasMath: null,
    ...extra,
  };
}

export function profile(extra: Partial<Profile> = {}): Profile {
  return {
    id: nextId++,
    documentId: 'profile',
    createdAt: stamp,
    updatedAt: stamp,
    publishedAt: stamp,
    locale: 'en',
    locales: ['en'],
    name: 'Ruizhe Wang',
    nativeName: '王瑞哲',
    position: 'Ph.D. student',
    bio: 'Hi, I work on AI infrastructure.',
    collaborationNote: null,
    affiliations: [],
    advisors: [],
    collaborators: [],
    researchInterests: [],
    links: [],
    education: [],
    positions: [],
    awards: [],
    service: [],
    avatar: null,
    ...extra,
  };
}

export function list<T>(data: T[], page = 1, pageCount = 1): ListResponse<T> {
  return { data, meta: { pagination: { page, pageSize: 25, pageCount, total: data.length } } };
}
