/**
 * The OpenAPI 3.1 description of the public API, generated from the same zod schemas the
 * types come from (OpenAPI 3.1 uses JSON Schema 2020-12, which `z.toJSONSchema` emits).
 * https://spec.openapis.org/oas/v3.1.0
 */
import { z } from 'zod';
import {
  blogPostItemSchema,
  blogPostListSchema,
  errorResponseSchema,
  profileItemSchema,
  publicationItemSchema,
  publicationListSchema,
  seriesListSchema,
  tagListSchema,
} from './responses.js';
import { DEFAULT_LOCALE, PUBLICATION_KINDS, SITE_LOCALES } from './vocabulary.js';

type JsonObject = Record<string, unknown>;

const jsonSchema = (schema: z.ZodType): JsonObject => z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as JsonObject;

const listParameters = [
  { name: 'filters', in: 'query', style: 'deepObject', explode: true, schema: { type: 'object' }, description: 'Strapi filters, e.g. filters[kind][$eq]=technical-report' },
  { name: 'sort', in: 'query', schema: { type: 'string' }, description: 'e.g. date:desc' },
  { name: 'pagination[page]', in: 'query', schema: { type: 'integer', minimum: 1 } },
  { name: 'pagination[pageSize]', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100, default: 25 } },
  { name: 'fields', in: 'query', schema: { type: 'array', items: { type: 'string' } }, style: 'deepObject' },
];

const localeParameter = {
  name: 'locale',
  in: 'query',
  schema: { type: 'string', enum: [...SITE_LOCALES], default: DEFAULT_LOCALE },
  description:
    'Language of blog posts and the profile. Each document comes once, in this language where the owner published a translation, else in the default language (its `locale` says which; `locales` lists all it has). Other content accepts and ignores it.',
};
const tagParameter = { name: 'tag', in: 'query', schema: { type: 'string' }, description: 'Tag slug' };
const publicationFilterParameters = [
  { name: 'kind', in: 'query', schema: { type: 'string', enum: [...PUBLICATION_KINDS] } },
  { name: 'year', in: 'query', schema: { type: 'integer' } },
  { name: 'selected', in: 'query', schema: { type: 'boolean' } },
  tagParameter,
];

function json(schemaRef: string, description: string) {
  return { description, content: { 'application/json': { schema: { $ref: `#/components/schemas/${schemaRef}` } } } };
}
function text(mime: string, description: string) {
  return { description, content: { [mime]: { schema: { type: 'string' } } } };
}
const errors = { '400': json('Error', 'Invalid query'), '404': json('Error', 'Not found') };
const idParameter = { name: 'documentId', in: 'path', required: true, schema: { type: 'string' } };
const slugParameter = { name: 'slug', in: 'path', required: true, schema: { type: 'string' } };
const formatParameter = { name: 'format', in: 'path', required: true, schema: { type: 'string', enum: ['bib', 'json', 'ris'] }, description: 'bib = BibTeX, json = CSL-JSON, ris = RIS' };

/** Builds the OpenAPI document for a CMS served at `serverUrl`. */
export function buildOpenApiDocument(serverUrl: string): JsonObject {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Researcher homepage: public content API',
      version: '1.0.0',
      description:
        'Read-only JSON API of a researcher’s homepage (Strapi 5 REST, flat `{ data, meta }` responses with `documentId`). ' +
        'Only published content is served. Lists take Strapi’s filters, sort and pagination (default 25, maximum 100).',
    },
    servers: [{ url: serverUrl }],
    paths: {
      '/api/profile': { get: { summary: 'The owner’s profile', parameters: [localeParameter], responses: { '200': json('ProfileResponse', 'The profile'), ...errors } } },
      '/api/publications': { get: { summary: 'Publications', parameters: listParameters, responses: { '200': json('PublicationList', 'A page of publications'), ...errors } } },
      '/api/publications/{documentId}': { get: { summary: 'One publication', parameters: [idParameter], responses: { '200': json('PublicationResponse', 'The publication'), ...errors } } },
      '/api/blog-posts': { get: { summary: 'Blog posts', parameters: [...listParameters, localeParameter], responses: { '200': json('BlogPostList', 'A page of posts'), ...errors } } },
      '/api/blog-posts/{documentId}': { get: { summary: 'One blog post', parameters: [idParameter, localeParameter], responses: { '200': json('BlogPostResponse', 'The post'), ...errors } } },
      '/api/tags': { get: { summary: 'Tags', parameters: listParameters, responses: { '200': json('TagList', 'A page of tags'), ...errors } } },
      '/api/series-list': { get: { summary: 'Series of posts', parameters: listParameters, responses: { '200': json('SeriesList', 'A page of series'), ...errors } } },
      '/api/feeds/posts.rss': { get: { summary: 'Posts as RSS 2.0', parameters: [tagParameter], responses: { '200': text('application/rss+xml', 'RSS 2.0'), ...errors } } },
      '/api/feeds/posts.atom': { get: { summary: 'Posts as Atom 1.0', parameters: [tagParameter], responses: { '200': text('application/atom+xml', 'Atom 1.0'), ...errors } } },
      '/api/feeds/posts.json': { get: { summary: 'Posts as JSON Feed 1.1', parameters: [tagParameter], responses: { '200': text('application/feed+json', 'JSON Feed 1.1'), ...errors } } },
      '/api/feeds/publications.rss': { get: { summary: 'New publications as RSS 2.0', parameters: publicationFilterParameters, responses: { '200': text('application/rss+xml', 'RSS 2.0'), ...errors } } },
      '/api/citations/publications.{format}': { get: { summary: 'Citations of all publications', parameters: [formatParameter, ...publicationFilterParameters], responses: { '200': text('text/plain', 'BibTeX, CSL-JSON or RIS'), ...errors } } },
      '/api/citations/publications/{slug}.{format}': { get: { summary: 'Citation of one publication', parameters: [slugParameter, formatParameter], responses: { '200': text('text/plain', 'BibTeX, CSL-JSON or RIS'), ...errors } } },
      '/api/citations/blog-posts/{slug}.{format}': { get: { summary: 'Citation of one blog post', parameters: [slugParameter, formatParameter], responses: { '200': text('text/plain', 'BibTeX, CSL-JSON or RIS'), ...errors } } },
      '/api/sitemap.xml': { get: { summary: 'Sitemap of the public site', responses: { '200': text('application/xml', 'sitemaps.org XML') } } },
      '/api/openapi.json': { get: { summary: 'This document', responses: { '200': { description: 'OpenAPI 3.1' } } } },
    },
    components: {
      schemas: {
        ProfileResponse: jsonSchema(profileItemSchema),
        PublicationList: jsonSchema(publicationListSchema),
        PublicationResponse: jsonSchema(publicationItemSchema),
        BlogPostList: jsonSchema(blogPostListSchema),
        BlogPostResponse: jsonSchema(blogPostItemSchema),
        TagList: jsonSchema(tagListSchema),
        SeriesList: jsonSchema(seriesListSchema),
        Error: jsonSchema(errorResponseSchema),
      },
    },
  };
}
