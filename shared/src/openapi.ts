/**
 * The OpenAPI 3.1 description of the public API, generated from the same zod schemas the types
 * and the tests use (OpenAPI 3.1 takes JSON Schema 2020-12, which `z.toJSONSchema` emits):
 * responses per variant, `filters` per field and operator, `fields` and `sort` from each entity's
 * own fields, the real media types of feeds and citations, and the error answers.
 * https://spec.openapis.org/oas/v3.1.0
 */
import { z } from 'zod';
import {
  blogPostSchema,
  coAuthorSchema,
  profileSchema,
  publicationRefSchema,
  publicationSchema,
  seriesSchema,
  tagSchema,
} from './entities.js';
import { cslItemsSchema, jsonFeedSchema } from './outputs.js';
import { jsonResumeSchema } from './json-resume.js';
import {
  newsItemItemSchema,
  newsItemListSchema,
  newsItemSchema,
  newsItemSubsetItemSchema,
  newsItemSubsetListSchema,
  talkItemSchema,
  talkListSchema,
  talkSchema,
  talkSubsetItemSchema,
  talkSubsetListSchema,
} from './news-and-talks.js';
import { sitePagesResponseSchema } from './site-pages.js';
import { EMBED_LIMITS, EMBED_VIEWS } from './embed.js';
import { embedResponseSchema, oembedResponseSchema } from './embed-response.js';
import {
  blogPostItemSchema,
  blogPostListSchema,
  blogPostSubsetItemSchema,
  blogPostSubsetListSchema,
  errorResponseSchema,
  coAuthorItemSchema,
  coAuthorListSchema,
  coAuthorSubsetItemSchema,
  coAuthorSubsetListSchema,
  profileItemSchema,
  profileSubsetItemSchema,
  publicationItemSchema,
  publicationListSchema,
  publicationSubsetItemSchema,
  publicationSubsetListSchema,
  seriesItemSchema,
  seriesListSchema,
  seriesSubsetItemSchema,
  seriesSubsetListSchema,
  tagItemSchema,
  tagListSchema,
  tagSubsetItemSchema,
  tagSubsetListSchema,
} from './responses.js';
import { PUBLICATION_KINDS, SITE_LOCALES, DEFAULT_LOCALE } from './vocabulary.js';
import { QUERY_LIMITS } from './query-limits.js';
import { SLUG_PATTERN } from './text.js';

type JsonObject = Record<string, unknown>;
type Shape = Record<string, z.ZodType>;

const { maxPageSize: MAX_PAGE_SIZE, defaultPageSize: DEFAULT_PAGE_SIZE, maxPage: MAX_PAGE, maxValueLength: MAX_VALUE_LENGTH, maxInt: MAX_INT } = QUERY_LIMITS;

/**
 * Properties of the response entities that are no stored field, so `fields`, `sort` and
 * `filters` cannot name them (`locales` is added when a localised document is read), and fields
 * stored as JSON, which can be selected but not compared.
 */
const NOT_STORED = new Set(['locales']);
const STORED_AS_JSON = new Set(['toc']);
/** Read with `locale=`, not filtered or sorted on (the language fallback decides which version). */
const LANGUAGE_FIELDS = new Set(['locale']);

/** A zod schema as a Schema Object; the document's dialect is OpenAPI 3.1's, so no `$schema` per schema. */
const jsonSchema = (schema: z.ZodType): JsonObject => {
  const json = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as JsonObject;
  delete json.$schema;
  return json;
};
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

function unwrap(schema: z.ZodType): z.ZodType {
  let inner = schema;
  while (inner instanceof z.ZodNullable || inner instanceof z.ZodOptional) inner = inner.unwrap() as z.ZodType;
  return inner;
}

/**
 * Relations an answer shows only in part, and the whole entity a filter can reach through them: a
 * post serves the title and slug of the works it is about, but can be filtered by their authors.
 */
const FILTERED_AS_WHOLE = new Map<z.ZodType, z.ZodObject>([[publicationRefSchema, publicationSchema]]);

/** The object a relation or component field holds, or undefined for a scalar (or media, or JSON). */
function nestedShape(name: string, schema: z.ZodType): Shape | undefined {
  if (STORED_AS_JSON.has(name)) return undefined;
  const inner = unwrap(schema);
  const element = inner instanceof z.ZodArray ? unwrap(inner.element as z.ZodType) : inner;
  const object = FILTERED_AS_WHOLE.get(element) ?? element;
  if (!(object instanceof z.ZodObject)) return undefined;
  return object.def.catchall ? undefined : (object.shape as Shape); // loose: media, no filter documented
}

const isMedia = (schema: z.ZodType) => {
  const inner = unwrap(schema);
  return inner instanceof z.ZodObject && Boolean(inner.def.catchall);
};

/** Own stored fields that `fields` may name: scalars and JSON, no relation, component or media. */
function selectableFields(shape: Shape): string[] {
  return Object.entries(shape)
    .filter(([name, field]) => !NOT_STORED.has(name) && !isMedia(field) && (STORED_AS_JSON.has(name) || !nestedShape(name, field)))
    .map(([name]) => name);
}

/** Own scalar fields that can be compared and sorted on. */
const comparableFields = (shape: Shape) => selectableFields(shape).filter((name) => !STORED_AS_JSON.has(name) && !LANGUAGE_FIELDS.has(name));

type OperandKind = 'text' | 'enum' | 'ordered' | 'boolean';

/** The type of one comparison operand for a scalar field, and which operators fit it. */
function operandOf(field: z.ZodType): { kind: OperandKind; schema: JsonObject } {
  const json = jsonSchema(unwrap(field));
  if (Array.isArray(json.enum)) return { kind: 'enum', schema: { type: 'string', enum: json.enum } };
  if (json.type === 'boolean') return { kind: 'boolean', schema: { type: 'boolean' } };
  if (json.type === 'integer') return { kind: 'ordered', schema: { type: 'integer', minimum: -MAX_INT, maximum: MAX_INT } };
  if (json.type === 'number') return { kind: 'ordered', schema: { type: 'number' } };
  if (json.format === 'date-time') return { kind: 'ordered', schema: { type: 'string', format: 'date-time' } };
  if (typeof json.pattern === 'string' && json.pattern.includes('\\d{4}-\\d{2}-\\d{2}')) return { kind: 'ordered', schema: { type: 'string', format: 'date' } };
  return { kind: 'text', schema: { type: 'string', maxLength: MAX_VALUE_LENGTH } };
}

const OPERATORS: Record<OperandKind, readonly string[]> = {
  text: ['$eq', '$eqi', '$ne', '$nei', '$in', '$notIn', '$contains', '$notContains', '$containsi', '$notContainsi', '$startsWith', '$startsWithi', '$endsWith', '$endsWithi', '$null', '$notNull'],
  enum: ['$eq', '$ne', '$in', '$notIn', '$null', '$notNull'],
  ordered: ['$eq', '$ne', '$lt', '$lte', '$gt', '$gte', '$in', '$notIn', '$between', '$null', '$notNull'],
  boolean: ['$eq', '$ne', '$null', '$notNull'],
};

/** A scalar field in `filters`: a value (shorthand for `$eq`) or an object of operators. */
function fieldFilter(field: z.ZodType): JsonObject {
  const { kind, schema } = operandOf(field);
  const operators = Object.fromEntries(
    OPERATORS[kind].map((operator) => {
      if (operator === '$null' || operator === '$notNull') return [operator, { type: 'boolean' }];
      if (operator === '$between') return [operator, { type: 'array', items: schema, minItems: 2, maxItems: 2 }];
      if (operator === '$in' || operator === '$notIn') return [operator, { type: 'array', items: schema, minItems: 1, maxItems: 100 }];
      return [operator, schema];
    }),
  );
  return { anyOf: [schema, { type: 'object', properties: operators, additionalProperties: false }] };
}

/**
 * The conditions on one level of an entity: its scalar fields, and its relations and components
 * as long as the query's join budget lasts (`filters[authors][person][slug]` is two joins).
 */
function levelFilters(shape: Shape, joinsLeft: number): JsonObject {
  const properties: JsonObject = Object.fromEntries(comparableFields(shape).map((field) => [field, fieldFilter(shape[field])]));
  if (joinsLeft === 0) return properties;
  for (const [field, schema] of Object.entries(shape)) {
    const nested = nestedShape(field, schema);
    if (nested) properties[field] = { type: 'object', properties: levelFilters(nested, joinsLeft - 1), additionalProperties: false };
  }
  return properties;
}

/**
 * The `filters` of one entity: its scalar fields, those of its relations and components down to
 * the join budget (QUERY_LIMITS.maxJoins), and `$and`, `$or`, `$not` around any of them.
 */
function filtersSchema(name: string, shape: Shape): JsonObject {
  const properties = levelFilters(shape, QUERY_LIMITS.maxJoins);
  properties.$and = { type: 'array', items: ref(`${name}Filters`), minItems: 1, maxItems: 50 };
  properties.$or = { type: 'array', items: ref(`${name}Filters`), minItems: 1, maxItems: 50 };
  properties.$not = ref(`${name}Filters`);
  return {
    type: 'object',
    description:
      `Conditions on ${name} fields, in Strapi's bracket notation (https://docs.strapi.io/cms/api/rest/filters): ` +
      '`filters[year][$eq]=2025`, `filters[tags][slug][$eq]=quantization`, `filters[authors][person][slug][$eq]=yeyun-gong`, `filters[$or][0][title][$containsi]=fp4`. ' +
      `One query may go through at most ${QUERY_LIMITS.maxJoins} relations or components (filters and sort together) and hold at most ${QUERY_LIMITS.maxConditions} conditions.`,
    properties,
    additionalProperties: false,
  };
}

/** How one public collection or single type is described. */
interface Resource {
  /** Component names: `Publication` gives `PublicationList`, `PublicationFilters`, … */
  name: string;
  plural: string;
  tag: string;
  path: string;
  entity: z.ZodObject;
  localized: boolean;
  single?: boolean;
  /** What a list serves without `fields`, when it is not the whole entity. */
  listNote?: string;
}

const RESOURCES: Resource[] = [
  { name: 'Publication', plural: 'publications', tag: 'Publications', path: '/api/publications', entity: publicationSchema, localized: false },
  {
    name: 'BlogPost',
    plural: 'blog posts',
    tag: 'Blog posts',
    path: '/api/blog-posts',
    entity: blogPostSchema,
    localized: true,
    listNote: ' Without `fields`, a list leaves out `body`, `bodyHtml` and `toc` (`fields=*` serves them).',
  },
  { name: 'Tag', plural: 'tags', tag: 'Tags', path: '/api/tags', entity: tagSchema, localized: false },
  { name: 'Series', plural: 'series', tag: 'Series', path: '/api/series-list', entity: seriesSchema, localized: false },
  { name: 'Profile', plural: 'profile', tag: 'Profile', path: '/api/profile', entity: profileSchema, localized: true, single: true },
  {
    name: 'Person',
    plural: 'co-authors',
    tag: 'People',
    path: '/api/people',
    entity: coAuthorSchema,
    localized: false,
    listNote: ' Only persons named on at least one published work are listed (`filters[slug][$eq]=…` finds one by slug).',
  },
  { name: 'NewsItem', plural: 'news items', tag: 'News', path: '/api/news-items', entity: newsItemSchema, localized: true },
  { name: 'Talk', plural: 'talks', tag: 'Talks', path: '/api/talks', entity: talkSchema, localized: true },
];

function fieldsParameter(resource: Resource): JsonObject {
  const names = selectableFields(resource.entity.shape as Shape);
  return {
    name: 'fields',
    in: 'query',
    style: 'form',
    explode: false,
    description:
      'Which of the own fields to serve: `*` for all, or a comma-separated list (`fields=title,slug`). `id` and `documentId` always come; ' +
      'relations, components and media are populated by the route whatever `fields` says.',
    schema: { anyOf: [{ type: 'string', const: '*' }, { type: 'array', items: { type: 'string', enum: names }, minItems: 1, maxItems: 50 }] },
  };
}

function sortParameter(resource: Resource): JsonObject {
  const values = comparableFields(resource.entity.shape as Shape).flatMap((field) => [field, `${field}:asc`, `${field}:desc`]);
  const value = { type: 'string', enum: values };
  return {
    name: 'sort',
    in: 'query',
    style: 'form',
    explode: true,
    description: 'A field with an optional `:asc` (the default) or `:desc`; several as a list (`sort=year:desc&sort=title`) or comma-separated (`sort=year:desc,title`).',
    schema: { anyOf: [value, { type: 'array', items: value, minItems: 1, maxItems: 10 }] },
  };
}

const paginationParameter = {
  name: 'pagination',
  in: 'query',
  style: 'deepObject',
  explode: true,
  description: `Page number and size: \`pagination[page]=2&pagination[pageSize]=10\` (default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}).`,
  schema: {
    type: 'object',
    properties: {
      page: { type: 'integer', minimum: 1, maximum: MAX_PAGE, default: 1 },
      pageSize: { type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE },
    },
    additionalProperties: false,
  },
};

function localeParameter(resource: Resource): JsonObject {
  return {
    name: 'locale',
    in: 'query',
    schema: { type: 'string', enum: [...SITE_LOCALES], default: DEFAULT_LOCALE },
    description: resource.localized
      ? 'Language: each document comes once, in this language where the owner published a translation, else in the default language (its `locale` says which; `locales` lists all it has).'
      : 'Accepted for a site that sends it with every request; these are not translated, so it changes nothing.',
  };
}

function filtersParameter(resource: Resource): JsonObject {
  return { name: 'filters', in: 'query', style: 'deepObject', explode: true, description: 'Conditions the entries must meet; see the schema for fields and operators.', schema: ref(`${resource.name}Filters`) };
}

const SLUG_EXAMPLES = ['quantization', 'mixture-of-experts', 'no-such-tag'];
const tagParameter = { name: 'tag', in: 'query', description: 'Only what carries the tag with this slug.', schema: { type: 'string', pattern: `^${SLUG_PATTERN}$`, maxLength: 100, examples: SLUG_EXAMPLES } };
const publicationFilterParameters = [
  { name: 'kind', in: 'query', description: 'Only this kind of work.', schema: { type: 'string', enum: [...PUBLICATION_KINDS] } },
  { name: 'year', in: 'query', description: 'Only works of this year.', schema: { type: 'integer', minimum: 1000, maximum: 9999 } },
  { name: 'selected', in: 'query', description: 'Only selected works (`true`), or only the others (`false`).', schema: { type: 'boolean' } },
  tagParameter,
];
const documentIdParameter = { name: 'documentId', in: 'path', required: true, description: 'The document’s `documentId`.', schema: { type: 'string', pattern: '^[a-z0-9]{1,64}$' } };
const slugParameter = { name: 'slug', in: 'path', required: true, description: 'The document’s `slug`.', schema: { type: 'string', pattern: `^${SLUG_PATTERN}$` } };

const ERROR_RESPONSES = {
  '400': { $ref: '#/components/responses/BadRequest' },
  '405': { $ref: '#/components/responses/MethodNotAllowed' },
};
const NOT_FOUND = { '404': { $ref: '#/components/responses/NotFound' } };

function json(schema: JsonObject, description: string) {
  return { description, content: { 'application/json': { schema } } };
}
/** A list or item answer: the entity as served without `fields`, then as served with it. */
function variants(full: string, subset: string, description: string) {
  return json({ anyOf: [ref(full), ref(subset)], description: `\`${full}\` without \`fields\`; \`${subset}\` with it.` }, description);
}

interface OperationText {
  operationId: string;
  tag: string;
  summary: string;
  description: string;
}

function operation(text: OperationText, parameters: JsonObject[], ok: JsonObject, notFound = false): JsonObject {
  return {
    operationId: text.operationId,
    tags: [text.tag],
    summary: text.summary,
    description: text.description,
    ...(parameters.length > 0 ? { parameters } : {}),
    responses: { '200': ok, ...ERROR_RESPONSES, ...(notFound ? NOT_FOUND : {}) },
  };
}

function resourcePaths(resource: Resource): Record<string, JsonObject> {
  const { name, plural, tag } = resource;
  if (resource.single) {
    return {
      [resource.path]: {
        get: operation(
          { operationId: `get${name}`, tag, summary: `The owner’s ${plural}`, description: `The owner’s ${plural}, with its components populated.` },
          [fieldsParameter(resource), localeParameter(resource)],
          variants(`${name}Response`, `${name}SubsetResponse`, `The ${plural}`),
          true,
        ),
      },
    };
  }
  const listName = name === 'BlogPost' ? 'BlogPostSummaryList' : `${name}List`;
  return {
    [resource.path]: {
      get: operation(
        {
          operationId: `list${name === 'Series' ? 'Series' : name === 'Person' ? 'People' : `${name}s`}`,
          tag,
          summary: `A page of ${plural}`,
          description: `Published ${plural}, filtered, sorted and paginated; relations populated by the route.${resource.listNote ?? ''}`,
        },
        [filtersParameter(resource), fieldsParameter(resource), sortParameter(resource), paginationParameter, localeParameter(resource)],
        variants(listName, `${name}SubsetList`, `A page of ${plural}`),
      ),
    },
    [`${resource.path}/{documentId}`]: {
      get: operation(
        { operationId: `get${name}`, tag, summary: `One of the ${plural}`, description: `One published document of the ${plural} by its documentId, with every field.` },
        [documentIdParameter, fieldsParameter(resource), localeParameter(resource)],
        variants(`${name}Response`, `${name}SubsetResponse`, `One of the ${plural}`),
        true,
      ),
    },
  };
}

function text(mediaType: string, description: string, schema: JsonObject = { type: 'string' }) {
  return { description, content: { [mediaType]: { schema } } };
}

const CITATION_FORMATS = [
  { suffix: 'bib', name: 'Bibtex', label: 'BibTeX', mediaType: 'application/x-bibtex', schema: { type: 'string' } },
  { suffix: 'ris', name: 'Ris', label: 'RIS', mediaType: 'application/x-research-info-systems', schema: { type: 'string' } },
  { suffix: 'json', name: 'CslJson', label: 'CSL-JSON', mediaType: 'application/vnd.citationstyles.csl+json', schema: ref('CslItems') },
] as const;

function citationPaths(): Record<string, JsonObject> {
  const paths: Record<string, JsonObject> = {};
  for (const format of CITATION_FORMATS) {
    const ok = (what: string) => text(format.mediaType, `${what} as ${format.label}`, format.schema);
    paths[`/api/citations/publications.${format.suffix}`] = {
      get: operation(
        { operationId: `getPublicationsCitations${format.name}`, tag: 'Citations', summary: `All publications as ${format.label}`, description: `Citations of every published work, or of those the parameters select, as ${format.label}.` },
        publicationFilterParameters,
        ok('The publications'),
      ),
    };
    paths[`/api/citations/publications/{slug}.${format.suffix}`] = {
      get: operation(
        { operationId: `getPublicationCitation${format.name}`, tag: 'Citations', summary: `One publication as ${format.label}`, description: `The citation of one published work, found by its slug, as ${format.label}.` },
        [slugParameter],
        ok('The publication'),
        true,
      ),
    };
    paths[`/api/citations/blog-posts/{slug}.${format.suffix}`] = {
      get: operation(
        { operationId: `getBlogPostCitation${format.name}`, tag: 'Citations', summary: `One blog post as ${format.label}`, description: `How to cite one published blog post, found by its slug, as ${format.label}.` },
        [slugParameter],
        ok('The post'),
        true,
      ),
    };
  }
  return paths;
}

const FEED_FORMATS = [
  { suffix: 'rss', name: 'Rss', label: 'RSS 2.0', ok: () => text('application/rss+xml', 'RSS 2.0 (https://www.rssboard.org/rss-specification)') },
  { suffix: 'atom', name: 'Atom', label: 'Atom 1.0', ok: () => text('application/atom+xml', 'Atom 1.0 (RFC 4287)') },
  { suffix: 'json', name: 'Json', label: 'JSON Feed 1.1', ok: () => text('application/feed+json', 'JSON Feed 1.1', ref('JsonFeed')) },
] as const;

/** A feed without parameters in the three formats: `/api/feeds/<file>.rss`, `.atom`, `.json`. */
function newsFeeds(file: string, name: string, what: string): Record<string, JsonObject> {
  return Object.fromEntries(
    FEED_FORMATS.map((format) => [
      `/api/feeds/${file}.${format.suffix}`,
      { get: operation({ operationId: `get${name}${format.name}Feed`, tag: 'Feeds', summary: `${name} as ${format.label}`, description: `${what} as ${format.label}.` }, [], format.ok()) },
    ]),
  );
}

function feedPaths(): Record<string, JsonObject> {
  const postsFeed = (suffix: string, operationId: string, label: string, ok: JsonObject) => ({
    [`/api/feeds/posts.${suffix}`]: {
      get: operation({ operationId, tag: 'Feeds', summary: `Posts as ${label}`, description: `The newest published blog posts as ${label}, all or those with one tag.` }, [tagParameter], ok),
    },
  });
  return {
    ...postsFeed('rss', 'getPostsRssFeed', 'RSS 2.0', text('application/rss+xml', 'RSS 2.0 (https://www.rssboard.org/rss-specification)')),
    ...postsFeed('atom', 'getPostsAtomFeed', 'Atom 1.0', text('application/atom+xml', 'Atom 1.0 (RFC 4287)')),
    ...postsFeed('json', 'getPostsJsonFeed', 'JSON Feed 1.1', text('application/feed+json', 'JSON Feed 1.1', ref('JsonFeed'))),
    ...newsFeeds('news', 'News', 'The newest published news items'),
    ...newsFeeds('all', 'Everything', 'The newest published posts, news items and publications together'),
    '/api/feeds/publications.rss': {
      get: operation(
        { operationId: 'getPublicationsRssFeed', tag: 'Feeds', summary: 'New publications as RSS 2.0', description: 'The newest published works as RSS 2.0, all or those the parameters select.' },
        publicationFilterParameters,
        text('application/rss+xml', 'RSS 2.0 (https://www.rssboard.org/rss-specification)'),
      ),
    },
  };
}

const CACHED_FOR_EMBEDS = 'Cached by browsers and CDNs for a minute, then served stale while it revalidates (`stale-while-revalidate`).';

/** The embed's answers: one small list per view, and oEmbed for the site's pages. */
function embedPaths(): Record<string, JsonObject> {
  const query = (name: string, description: string, schema: JsonObject) => ({ name, in: 'query', description, schema });
  const listParameters = [
    query('limit', 'How many items.', { type: 'integer', minimum: 1, maximum: EMBED_LIMITS.max, default: EMBED_LIMITS.default }),
    query('locale', 'The language of titles and links.', { type: 'string', enum: [...SITE_LOCALES] }),
    tagParameter,
  ];
  return {
    '/api/embed/{view}': {
      get: operation(
        {
          operationId: 'getEmbedWorks',
          tag: 'Embed',
          summary: 'Works for <homepage-works>',
          description: `The titles, venues and links of the latest (\`publications\`) or the selected works, for pages of other sites. ${CACHED_FOR_EMBEDS}`,
        },
        [
          { name: 'view', in: 'path', required: true, description: 'Which works.', schema: { type: 'string', enum: EMBED_VIEWS.filter((view) => view !== 'posts') } },
          ...listParameters,
          query('kind', 'Only works of this kind.', { type: 'string', enum: [...PUBLICATION_KINDS] }),
        ],
        json(ref('EmbedList'), 'The list'),
        true,
      ),
    },
    '/api/embed/posts': {
      get: operation(
        { operationId: 'getEmbedPosts', tag: 'Embed', summary: 'Posts for <homepage-works>', description: `The titles, dates and links of the latest posts, for pages of other sites. ${CACHED_FOR_EMBEDS}` },
        listParameters,
        json(ref('EmbedList'), 'The list'),
      ),
    },
    '/oembed': {
      get: operation(
        {
          operationId: 'getOembed',
          tag: 'Embed',
          summary: 'oEmbed for a page of the site',
          description:
            'A `rich` oEmbed 1.0 answer (https://oembed.com) whose `html` is an iframe of the page’s list; 404 for a URL that is not a page of this site, ' +
            '501 for `format=xml`.',
        },
        [
          { ...query('url', 'A page of the site: home, publications, a publication, the blog or a post.', { type: 'string', format: 'uri' }), required: true },
          query('format', 'Only `json` is offered.', { type: 'string', enum: ['json'] }),
          query('maxwidth', 'The widest the embed may be, in CSS pixels.', { type: 'integer', minimum: 1, maximum: 99_999 }),
          query('maxheight', 'The tallest the embed may be, in CSS pixels.', { type: 'integer', minimum: 1, maximum: 99_999 }),
        ],
        json(ref('Oembed'), 'oEmbed 1.0'),
        true,
      ),
    },
  };
}

const errorResponse = (description: string) => json(ref('Error'), description);

/**
 * Builds the OpenAPI document for a CMS served at `serverUrl`; `siteUrl` is the public site it
 * belongs to (the document's contact).
 */
export function buildOpenApiDocument(serverUrl: string, siteUrl: string = serverUrl): JsonObject {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Researcher homepage: public content API',
      version: '1.1.0',
      description:
        'Read-only API of a researcher’s homepage (Strapi 5 REST, flat `{ data, meta }` responses with `documentId`). Only published ' +
        'content is served; no key is needed and any origin may read (without credentials). Every path takes GET, HEAD and OPTIONS; ' +
        'any other method is a 405 with `Allow: GET, HEAD, OPTIONS`. Answers carry an `ETag` (send `If-None-Match` for a 304). ' +
        'Errors are JSON: `{ data: null, error: { status, name, message, details } }`. Types for TypeScript: ' +
        '`npx openapi-typescript <this URL> -o public-api.d.ts`.',
      contact: { name: 'The site’s owner', url: siteUrl },
      license: { name: 'CC BY 4.0 (the content; the code is the project’s own)', identifier: 'CC-BY-4.0' },
    },
    servers: [{ url: serverUrl, description: 'This CMS' }],
    tags: [
      { name: 'Profile', description: 'Who the site is about.' },
      { name: 'Publications', description: 'Papers, preprints, reports and theses.' },
      { name: 'Blog posts', description: 'Posts, in English and Chinese.' },
      { name: 'Tags', description: 'Topics shared by publications and posts.' },
      { name: 'Series', description: 'Posts that belong together, in order.' },
      { name: 'People', description: 'The owner’s co-authors, each with the published works they share.' },
      { name: 'News', description: 'Short dated news items, in English and Chinese.' },
      { name: 'Talks', description: 'Talks, posters and lectures the owner gave.' },
      { name: 'Feeds', description: 'RSS, Atom and JSON Feed for readers.' },
      { name: 'Citations', description: 'BibTeX, RIS and CSL-JSON for reference managers.' },
      { name: 'Discovery', description: 'This document and the sitemap.' },
      { name: 'CV', description: 'The owner’s CV for CV tools and other sites.' },
      { name: 'Embed', description: 'The owner’s latest works on other sites: the embed script’s lists and oEmbed.' },
    ],
    paths: {
      ...RESOURCES.reduce<Record<string, JsonObject>>((paths, resource) => ({ ...paths, ...resourcePaths(resource) }), {}),
      ...feedPaths(),
      ...citationPaths(),
      ...embedPaths(),
      '/api/cv.json': {
        get: operation(
          {
            operationId: 'getCvJsonResume',
            tag: 'CV',
            summary: 'The CV as JSON Resume',
            description:
              'The owner’s CV as a JSON Resume 1.0.0 document (https://jsonresume.org/schema): profile, positions (`work`), education, awards, ' +
              'publications, talks (`projects` of `type: "talk"`), service (`volunteer`) and research interests; published content only.',
          },
          [{ name: 'locale', in: 'query', description: 'The language of the profile’s texts and of the talks.', schema: { type: 'string', enum: [...SITE_LOCALES], default: DEFAULT_LOCALE } }],
          json(ref('JsonResume'), 'JSON Resume 1.0.0'),
          true,
        ),
      },
      '/api/sitemap.xml': {
        get: operation(
          { operationId: 'getSitemap', tag: 'Discovery', summary: 'Sitemap of the public site', description: 'Every public page of the site with its last change, for search engines.' },
          [],
          text('application/xml', 'sitemaps.org XML (https://www.sitemaps.org/protocol.html)'),
        ),
      },
      '/api/site-pages': {
        get: operation(
          {
            operationId: 'getSitePages',
            tag: 'Discovery',
            summary: 'The site’s pages',
            description: 'Every public page of the site in the default language (the `/zh/` twins are implied), what it shows and its last change: what the site’s prerenderer renders.',
          },
          [],
          json(ref('SitePages'), 'The page list'),
        ),
      },
      '/api/openapi.json': {
        get: operation(
          { operationId: 'getOpenApiDocument', tag: 'Discovery', summary: 'This document', description: 'The OpenAPI 3.1 description of this API, generated from the schemas its answers are checked with.' },
          [],
          json({ type: 'object', required: ['openapi', 'info', 'paths'] }, 'OpenAPI 3.1'),
        ),
      },
    },
    components: {
      schemas: {
        ProfileResponse: jsonSchema(profileItemSchema),
        ProfileSubsetResponse: jsonSchema(profileSubsetItemSchema),
        PublicationList: jsonSchema(publicationListSchema),
        PublicationSubsetList: jsonSchema(publicationSubsetListSchema),
        PublicationResponse: jsonSchema(publicationItemSchema),
        PublicationSubsetResponse: jsonSchema(publicationSubsetItemSchema),
        BlogPostSummaryList: jsonSchema(blogPostListSchema),
        BlogPostSubsetList: jsonSchema(blogPostSubsetListSchema),
        BlogPostResponse: jsonSchema(blogPostItemSchema),
        BlogPostSubsetResponse: jsonSchema(blogPostSubsetItemSchema),
        TagList: jsonSchema(tagListSchema),
        TagSubsetList: jsonSchema(tagSubsetListSchema),
        TagResponse: jsonSchema(tagItemSchema),
        TagSubsetResponse: jsonSchema(tagSubsetItemSchema),
        SeriesList: jsonSchema(seriesListSchema),
        SeriesSubsetList: jsonSchema(seriesSubsetListSchema),
        SeriesResponse: jsonSchema(seriesItemSchema),
        SeriesSubsetResponse: jsonSchema(seriesSubsetItemSchema),
        PersonList: jsonSchema(coAuthorListSchema),
        PersonSubsetList: jsonSchema(coAuthorSubsetListSchema),
        PersonResponse: jsonSchema(coAuthorItemSchema),
        PersonSubsetResponse: jsonSchema(coAuthorSubsetItemSchema),
        NewsItemList: jsonSchema(newsItemListSchema),
        NewsItemSubsetList: jsonSchema(newsItemSubsetListSchema),
        NewsItemResponse: jsonSchema(newsItemItemSchema),
        NewsItemSubsetResponse: jsonSchema(newsItemSubsetItemSchema),
        TalkList: jsonSchema(talkListSchema),
        TalkSubsetList: jsonSchema(talkSubsetListSchema),
        TalkResponse: jsonSchema(talkItemSchema),
        TalkSubsetResponse: jsonSchema(talkSubsetItemSchema),
        NewsItemFilters: filtersSchema('NewsItem', newsItemSchema.shape as Shape),
        TalkFilters: filtersSchema('Talk', talkSchema.shape as Shape),
        PublicationFilters: filtersSchema('Publication', publicationSchema.shape as Shape),
        BlogPostFilters: filtersSchema('BlogPost', blogPostSchema.shape as Shape),
        TagFilters: filtersSchema('Tag', tagSchema.shape as Shape),
        SeriesFilters: filtersSchema('Series', seriesSchema.shape as Shape),
        PersonFilters: filtersSchema('Person', coAuthorSchema.shape as Shape),
        JsonFeed: jsonSchema(jsonFeedSchema),
        CslItems: jsonSchema(cslItemsSchema),
        JsonResume: jsonSchema(jsonResumeSchema),
        SitePages: jsonSchema(sitePagesResponseSchema),
        EmbedList: jsonSchema(embedResponseSchema),
        Oembed: jsonSchema(oembedResponseSchema),
        Error: jsonSchema(errorResponseSchema),
      },
      responses: {
        BadRequest: errorResponse('A parameter the route does not take, or a value it cannot use (the message names which, and shows a good one).'),
        NotFound: errorResponse('No published document there.'),
        MethodNotAllowed: {
          ...errorResponse('Any method but GET, HEAD and OPTIONS: the API is read-only.'),
          headers: { Allow: { description: 'The methods the path takes.', schema: { type: 'string', const: 'GET, HEAD, OPTIONS' } } },
        },
      },
    },
  };
}
