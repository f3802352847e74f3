/**
 * The README's example queries, typed with what openapi-typescript generates from the document
 * (public-api.d.ts): `pnpm typecheck` fails when the document no longer describes them.
 */
import type { paths } from './public-api';

type Query<P extends keyof paths> = NonNullable<paths[P]['get']['parameters']['query']>;
type PublicationQuery = Query<'/api/publications'>;
type BlogPostQuery = Query<'/api/blog-posts'>;

// technical reports, newest first
export const technicalReports = { filters: { kind: { $eq: 'technical-report' } }, sort: 'date:desc' } satisfies PublicationQuery;
// selected papers from 2025 tagged "mixture-of-experts"
export const selected2025 = {
  filters: { selected: { $eq: true }, year: { $eq: 2025 }, tags: { slug: { $eq: 'mixture-of-experts' } } },
} satisfies PublicationQuery;
// the works shared with one co-author, and the posts about them
export const jointWorks = { filters: { authors: { person: { slug: { $eq: 'yeyun-gong' } } } } } satisfies PublicationQuery;
export const jointPosts = {
  filters: { relatedPublications: { authors: { person: { slug: { $eq: 'yeyun-gong' } } } } },
} satisfies BlogPostQuery;
// one post by slug with its rendered body, and the posts of a series in order
export const postBySlug = { filters: { slug: { $eq: 'analysis-fp4' } }, fields: '*' } satisfies BlogPostQuery;
export const seriesInOrder = { filters: { series: { slug: { $eq: 'megatron-lm-practical-guide' } } }, sort: 'seriesPosition:asc' } satisfies BlogPostQuery;
// search titles and summaries
export const search = {
  filters: { $or: [{ title: { $containsi: 'megatron' } }, { summary: { $containsi: 'megatron' } }] },
} satisfies BlogPostQuery;
// the posts in Chinese where translated
export const inChinese = { locale: 'zh' } satisfies BlogPostQuery;
// a page of 10, titles only
export const titles = { fields: ['title', 'slug'], pagination: { page: 2, pageSize: 10 } } satisfies PublicationQuery;
// BibTeX of all technical reports
export const bibtexOfReports = { kind: 'technical-report' } satisfies Query<'/api/citations/publications.bib'>;

// Answers are typed too: a list of publications carries its pagination.
type PublicationList = paths['/api/publications']['get']['responses'][200]['content']['application/json'];
export const totalOf = (list: PublicationList): number => list.meta.pagination.total;
