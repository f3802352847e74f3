/**
 * The CMS's public REST API as one object per resource, shaped after Ghost's content-api SDK.
 * Responses are trusted to follow @homepage/shared's contract (the tests package validates a
 * running CMS against its zod schemas); the site does not ship zod to check them again.
 */
import type {
  BlogPost,
  BlogPostSummary,
  CoAuthor,
  ErrorResponse,
  ItemResponse,
  JsonResume,
  ListResponse,
  NewsItem,
  PostLanguage,
  PreviewLinkQuery,
  PreviewType,
  Profile,
  Publication,
  PublicationKind,
  Series,
  SiteLocale,
  Tag,
  Talk,
} from '@homepage/shared';
import { checkHttpUrl, DEFAULT_CMS_URL } from '../config';
import { axiosTransport } from './axios-transport';
import { CmsError } from './errors';
import { serverSearchTerms } from '../lib/search';
import { encodeStrapiQuery, type QueryValue } from './query';

/** A status and the body as text: all the client reads of an answer. */
export interface CmsAnswer {
  status: number;
  text: string;
}

/**
 * How one GET reaches the CMS: axios by default (./axios-transport.ts, loaded on first use);
 * tests pass a function that answers from memory. A timed-out `signal` rejects with its reason.
 */
export type CmsTransport = (url: string, init: { headers: Record<string, string>; signal: AbortSignal }) => Promise<CmsAnswer>;

export interface CmsClientOptions {
  baseURL: string;
  transport?: CmsTransport;
  timeoutMs?: number;
  /** How long a successful answer is reused for the same request. */
  cacheTtlMs?: number;
  now?: () => number;
}

export interface PageQuery {
  page?: number;
  pageSize?: number;
}

export interface PublicationQuery extends PageQuery {
  kind?: PublicationKind;
  excludeKind?: PublicationKind;
  selected?: boolean;
  tag?: string;
  search?: string;
  /** Only the works this co-author (a person's slug) shares with the owner. */
  coAuthor?: string;
}

export interface PostQuery extends PageQuery {
  /** The language to serve each post in; one without a version in it comes in its default language. */
  locale?: SiteLocale;
  tag?: string;
  series?: string;
  language?: PostLanguage;
  featured?: boolean;
  search?: string;
  relatedPublication?: string;
  /** Only posts about a work this co-author (a person's slug) shares with the owner. */
  coAuthor?: string;
  /** Series order instead of newest first. */
  bySeriesPosition?: boolean;
}

/** A draft as the preview route serves it, with when its link stops working. */
export type PreviewDraft = ({ type: 'publication'; data: Publication } | { type: 'blog-post'; data: BlogPost }) & { expiresAt: string };

/** Strapi's maxLimit (cms/config/api.ts): the most one page can hold. */
export const MAX_PAGE_SIZE = 100;

export type CmsClient = ReturnType<typeof createCmsClient>;

export function createCmsClient(options: CmsClientOptions) {
  const baseURL = checkHttpUrl('VITE_CMS_URL', options.baseURL, DEFAULT_CMS_URL);
  const transport: CmsTransport = options.transport ?? axiosTransport;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const ttl = options.cacheTtlMs ?? 5 * 60_000;
  const now = options.now ?? Date.now;
  const inFlight = new Map<string, Promise<unknown>>();
  const answers = new Map<string, { at: number; value: unknown }>();

  const urlOf = (path: string, params: Record<string, QueryValue>) => {
    const query = encodeStrapiQuery(params);
    return query ? `${path}?${query}` : path;
  };

  /**
   * One request, its body checked and its failure normalised; neither cached nor shared. `text`
   * for the files the CMS serves (citations), JSON otherwise.
   */
  function fetchOnce<T>(url: string, body: 'json' | 'text' = 'json'): Promise<T> {
    const accept = body === 'text' ? 'text/plain, */*' : 'application/json';
    // One deadline for the answer and its body alike.
    const signal = AbortSignal.timeout(timeoutMs);
    return transport(`${baseURL}${url}`, { headers: { Accept: accept }, signal }).then(
        (answer) => (body === 'text' ? readText(url, answer) : readBody(url, answer)) as T,
        (error: unknown) => {
          throw toCmsError(url, error);
        },
      );
  }

  /** Cached for `ttl`, and concurrent asks for one URL share one request. */
  function get<T>(path: string, params: Record<string, QueryValue> = {}, body: 'json' | 'text' = 'json'): Promise<T> {
    const url = urlOf(path, params);
    const cached = answers.get(url);
    if (cached && now() - cached.at < ttl) return Promise.resolve(cached.value as T);
    const pending = inFlight.get(url);
    if (pending) return pending as Promise<T>;
    const request = fetchOnce<T>(url, body)
      .then((value) => {
        answers.set(url, { at: now(), value });
        return value;
      })
      .finally(() => inFlight.delete(url));
    inFlight.set(url, request);
    return request;
  }

  /** Never cached or shared: a draft must not outlive its link in memory either. */
  const getOnce = <T>(path: string, params: Record<string, QueryValue>): Promise<T> => fetchOnce<T>(urlOf(path, params));

  async function previewDraft(type: PreviewType, documentId: string, link: Partial<PreviewLinkQuery>): Promise<PreviewDraft> {
    const path = `/api/preview/${type}/${encodeURIComponent(documentId)}`;
    const response = await getOnce<ItemResponse<Publication | BlogPost> & { meta: { preview: { expiresAt: string } } }>(path, { ...link });
    const expiresAt = response.meta.preview.expiresAt;
    return type === 'publication'
      ? { type, data: response.data as Publication, expiresAt }
      : { type, data: response.data as BlogPost, expiresAt };
  }

  /** The one entry with this slug; `fields: '*'` where a list leaves heavy fields out by default. */
  async function first<T>(path: string, slug: string, fields?: '*', locale?: SiteLocale): Promise<T> {
    const list = await get<ListResponse<T>>(path, { filters: { slug: { $eq: slug } }, fields, locale });
    const [item] = list.data;
    if (item === undefined) throw new CmsError('not-found', `Nothing at ${path} has the slug "${slug}"`, `${path}?slug=${slug}`, 404);
    return item;
  }

  async function all<T>(list: (page: number) => Promise<ListResponse<T>>): Promise<T[]> {
    const firstPage = await list(1);
    const rest = await Promise.all(
      Array.from({ length: Math.max(0, firstPage.meta.pagination.pageCount - 1) }, (_, i) => list(i + 2)),
    );
    return [firstPage, ...rest].flatMap((page) => page.data);
  }

  const listPublications = (query: PublicationQuery = {}) =>
    get<ListResponse<Publication>>('/api/publications', {
      filters: {
        kind: { $eq: query.kind, $ne: query.excludeKind },
        selected: { $eq: query.selected },
        tags: query.tag ? { slug: { $eq: query.tag } } : undefined,
        authors: query.coAuthor ? { person: { slug: { $eq: query.coAuthor } } } : undefined,
        ...searchFilter(query.search, ['title', 'summary', 'venue']),
      },
      sort: ['date:desc', 'title:asc'],
      pagination: pagination(query, MAX_PAGE_SIZE),
    });

  const listPosts = (query: PostQuery = {}) =>
    get<ListResponse<BlogPostSummary>>('/api/blog-posts', {
      filters: {
        language: { $eq: query.language },
        featured: { $eq: query.featured },
        tags: query.tag ? { slug: { $eq: query.tag } } : undefined,
        series: query.series ? { slug: { $eq: query.series } } : undefined,
        relatedPublications: query.relatedPublication
          ? { slug: { $eq: query.relatedPublication } }
          : query.coAuthor
            ? { authors: { person: { slug: { $eq: query.coAuthor } } } }
            : undefined,
        ...searchFilter(query.search, ['title', 'summary']),
      },
      sort: query.bySeriesPosition ? ['seriesPosition:asc', 'date:asc'] : ['date:desc', 'title:asc'],
      pagination: pagination(query, 10),
      // Part of the URL, so cached answers are kept apart per language.
      locale: query.locale,
    });

  return {
    baseURL,
    profile: {
      get: (locale?: SiteLocale) => get<ItemResponse<Profile>>('/api/profile', { locale }).then((response) => response.data),
    },
    publications: {
      list: listPublications,
      /** Every page of a query, for views that filter on the client. */
      listAll: (query: Omit<PublicationQuery, keyof PageQuery> = {}) =>
        all((page) => listPublications({ ...query, page, pageSize: MAX_PAGE_SIZE })),
      getBySlug: (slug: string) => first<Publication>('/api/publications', slug),
      /** The work's BibTeX entry as the CMS formats it (the same text as `urls.publicationBibtex`). */
      getBibtex: (slug: string) => get<string>(bibtexPath(slug), {}, 'text'),
    },
    posts: {
      list: listPosts,
      listAll: (query: Omit<PostQuery, keyof PageQuery> = {}) =>
        all((page) => listPosts({ ...query, page, pageSize: MAX_PAGE_SIZE })),
      /** With the rendered body and contents, which lists leave out. */
      getBySlug: (slug: string, locale?: SiteLocale) => first<BlogPost>('/api/blog-posts', slug, '*', locale),
    },
    tags: {
      list: () => all((page) => get<ListResponse<Tag>>('/api/tags', { sort: 'name:asc', pagination: { page, pageSize: MAX_PAGE_SIZE } })),
      getBySlug: (slug: string) => first<Tag>('/api/tags', slug),
    },
    series: {
      list: () =>
        all((page) => get<ListResponse<Series>>('/api/series-list', { sort: 'title:asc', pagination: { page, pageSize: MAX_PAGE_SIZE } })),
      getBySlug: (slug: string) => first<Series>('/api/series-list', slug),
    },
    /** The CV as JSON Resume; the CV page reads its talks here (`projects` of type "talk"). */
    cv: {
      jsonResume: (locale?: SiteLocale) => get<JsonResume>('/api/cv.json', { locale }),
    },
    people: {
      list: () => all((page) => get<ListResponse<CoAuthor>>('/api/people', { sort: 'name:asc', pagination: { page, pageSize: MAX_PAGE_SIZE } })),
      getBySlug: (slug: string) => first<CoAuthor>('/api/people', slug),
    },
    news: {
      /** The newest news items, each in `locale` where translated. */
      latest: (count: number, locale?: SiteLocale) =>
        get<ListResponse<NewsItem>>('/api/news-items', { sort: ['date:desc', 'id:desc'], pagination: { page: 1, pageSize: Math.min(count, MAX_PAGE_SIZE) }, locale }),
      listAll: (locale?: SiteLocale) =>
        all((page) => get<ListResponse<NewsItem>>('/api/news-items', { sort: ['date:desc', 'id:desc'], pagination: { page, pageSize: MAX_PAGE_SIZE }, locale })),
    },
    talks: {
      listAll: (locale?: SiteLocale) =>
        all((page) => get<ListResponse<Talk>>('/api/talks', { sort: ['date:desc', 'title:asc'], pagination: { page, pageSize: MAX_PAGE_SIZE }, locale })),
    },
    /** The draft a signed preview link from the admin opens (never cached). */
    preview: { get: previewDraft },
    /** Links the CMS serves as files rather than JSON. */
    urls: {
      publicationBibtex: (slug: string) => `${baseURL}${bibtexPath(slug)}`,
      allBibtex: () => `${baseURL}/api/citations/publications.bib`,
      feeds: {
        postsRss: `${baseURL}/api/feeds/posts.rss`,
        postsAtom: `${baseURL}/api/feeds/posts.atom`,
        postsJson: `${baseURL}/api/feeds/posts.json`,
        publicationsRss: `${baseURL}/api/feeds/publications.rss`,
        newsRss: `${baseURL}/api/feeds/news.rss`,
        newsAtom: `${baseURL}/api/feeds/news.atom`,
        newsJson: `${baseURL}/api/feeds/news.json`,
        allRss: `${baseURL}/api/feeds/all.rss`,
      },
      media: (url: string) => (/^https?:\/\//.test(url) ? url : `${baseURL}${url}`),
    },
    /** Forgets every cached answer (in-flight requests still settle). */
    clearCache: () => answers.clear(),
  };
}

function pagination(query: PageQuery, defaultSize: number): Record<string, QueryValue> {
  return { page: query.page ?? 1, pageSize: Math.min(query.pageSize ?? defaultSize, MAX_PAGE_SIZE) };
}

// The CMS's guard allows 40 conditions a query; this many terms leave room for the other filters.
const MAX_SEARCH_TERMS = 8;

/**
 * Every term of the search in one of `fields`, as the list pages match in memory: CJK runs are
 * terms of their own, since Chinese puts no spaces between words.
 */
function searchFilter(search: string | undefined, fields: string[]): Record<string, QueryValue> {
  const terms = serverSearchTerms(search ?? '').slice(0, MAX_SEARCH_TERMS);
  const anyField = (term: string) => fields.map((field) => ({ [field]: { $containsi: term } }));
  if (terms.length === 0) return {};
  const [only] = terms;
  if (terms.length === 1 && only !== undefined) return { $or: anyField(only) };
  return { $and: terms.map((term) => ({ $or: anyField(term) })) };
}

const bibtexPath = (slug: string) => `/api/citations/publications/${encodeURIComponent(slug)}.bib`;

function checkStatus(url: string, { status, text }: CmsAnswer): void {
  if (status === 404) throw new CmsError('not-found', `GET ${url} answered 404`, url, status);
  if (status < 200 || status >= 300) {
    throw new CmsError('http', `GET ${url} answered ${status}${strapiMessage(text)}`, url, status);
  }
}

function readText(url: string, answer: CmsAnswer): string {
  checkStatus(url, answer);
  return answer.text;
}

function readBody(url: string, answer: CmsAnswer): unknown {
  checkStatus(url, answer);
  const data = parseJson(answer.text);
  if (typeof data !== 'object' || data === null) {
    // Typically VITE_CMS_URL pointing at a web server that answers HTML for every path.
    throw new CmsError('http', `GET ${url} answered ${answer.status} without JSON; is VITE_CMS_URL the CMS?`, url, answer.status);
  }
  return data;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Strapi's own words for a refusal (its JSON error body), if the answer carries them. */
function strapiMessage(text: string): string {
  const error = (parseJson(text) as Partial<ErrorResponse> | null | undefined)?.error;
  return error && typeof error.message === 'string' ? `: ${error.message}` : '';
}

/** fetch rejects with a TypeError when the server cannot be reached, and with the signal's reason on timeout. */
function toCmsError(url: string, error: unknown): CmsError {
  if (error instanceof CmsError) return error;
  // A DOMException (the timeout's reason) is not an Error everywhere: read its name.
  const timedOut = (error as { name?: unknown } | null)?.name === 'TimeoutError';
  const reason = error instanceof Error ? error.message : String(error);
  return new CmsError(timedOut ? 'timeout' : 'network', `GET ${url} failed: ${reason}`, url);
}
