/**
 * The OpenAPI document served at /api/openapi.json, walked: for every operation, requests made
 * from the document alone (valid values from each parameter's schema, then one parameter broken,
 * then a method the path does not take), sent to the real CMS. Every answer must be a status the
 * operation documents, in a media type it documents for that status, with a body that validates
 * against the documented schema (ajv, JSON Schema 2020-12 as OpenAPI 3.1 uses). Valid requests
 * must succeed; broken ones must be a documented 4xx. Bounded and seeded: about 400 requests.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createAdminApi } from '../support/admin-api';
import { rawRequest, type RawResponse } from '../support/hostile-http';
import { createPublished } from '../support/published';
import {
  invalidValue,
  mediaTypeOf,
  seededRandom,
  serialise,
  ValueGenerator,
  type OpenApiDocument,
  type Operation,
} from '../support/openapi-walk';

const cmsUrl = inject('cmsUrl');
const SEED = 20_261_215;
const VALID_PER_OPERATION = 10;
const INVALID_PER_OPERATION = 4;
const WRONG_METHODS = ['POST', 'PUT', 'PATCH', 'DELETE', 'TRACE'];

let document: OpenApiDocument;
let ajv: Ajv2020;
/** Real values for path parameters, by path: documentIds and slugs of published content. */
const pathValues = new Map<string, Record<string, string[]>>();
/** Real values for query parameters no schema can generate: oEmbed's `url` must be a page of this site. */
const queryValues = new Map<string, Record<string, string[]>>([
  ['/oembed', { url: ['/', '/publications', '/blog', '/zh/publications'].map((page) => new URL(page, inject('cmsSiteUrl')).href) }],
]);
const seen = { requests: 0, statuses: new Map<number, number>() };

async function dataOf(path: string): Promise<{ documentId: string; slug?: string }[]> {
  const response = await rawRequest(cmsUrl, { path: `${path}?pagination[pageSize]=5` });
  return (JSON.parse(response.text) as { data: { documentId: string; slug?: string }[] }).data;
}

// The seed has no news and no talks (the owner's page has none): one of each, so their item routes have a document to find.
const ownContent: { uid: 'api::news-item.news-item' | 'api::talk.talk'; documentId: string }[] = [];
afterAll(async () => {
  for (const { uid, documentId } of ownContent) await createAdminApi().remove(uid, documentId);
});

beforeAll(async () => {
  ownContent.push(
    { uid: 'api::news-item.news-item', documentId: (await createPublished('api::news-item.news-item', { body: 'A walk’s **news**.', date: '2026-11-02' })).documentId },
    { uid: 'api::talk.talk', documentId: (await createPublished('api::talk.talk', { title: 'A walk’s talk', event: 'Walk', date: '2026-11-02', kind: 'lecture' })).documentId },
  );
  const response = await rawRequest(cmsUrl, { path: '/api/openapi.json' });
  document = JSON.parse(response.text) as OpenApiDocument;
  ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ ...document, $id: 'openapi' } as object);
  for (const path of Object.keys(document.paths)) {
    if (path.includes('{documentId}')) {
      pathValues.set(path, { documentId: (await dataOf(path.replace('/{documentId}', ''))).map((item) => item.documentId) });
    } else if (path.includes('{slug}')) {
      const collection = path.includes('/blog-posts/') ? '/api/blog-posts' : '/api/publications';
      pathValues.set(path, { slug: (await dataOf(collection)).map((item) => item.slug ?? '') });
    }
  }
});

/** Checks one answer against the operation's documented responses; returns the status. */
function expectDocumented(operation: Operation, response: RawResponse, label: string, variant?: number): number {
  seen.requests += 1;
  seen.statuses.set(response.status, (seen.statuses.get(response.status) ?? 0) + 1);
  const said = `${label} answered ${response.status} ${String(response.headers['content-type'])}: ${response.text.slice(0, 300)}`;
  expect(response.status, said).toBeLessThan(500);
  const documented = operation.responses[String(response.status)];
  expect(documented, `${said}\nstatus not documented for ${operation.operationId}`).toBeDefined();
  if (!documented.content) return response.status;
  const mediaType = mediaTypeOf(response.headers['content-type']);
  const content = documented.content[mediaType];
  expect(content, `${said}\nmedia type ${mediaType} not documented (${Object.keys(documented.content).join(', ')})`).toBeDefined();
  if (mediaType.endsWith('json')) {
    const pointer = `openapi#/paths/${encodePointer(Object.keys(document.paths).find((p) => document.paths[p].get === operation)!)}/get/responses/${response.status}/content/${encodePointer(mediaType)}/schema`;
    // The first of a response's variants is what a request without `fields` gets.
    const schema = variant === undefined ? { $ref: pointer } : { $ref: `${pointer}/anyOf/${variant}` };
    const validate = ajv.compile(schema);
    const body: unknown = JSON.parse(response.text);
    expect(validate(body), `${said}\n${ajv.errorsText(validate.errors, { separator: '\n' })}`).toBe(true);
  }
  return response.status;
}

const encodePointer = (segment: string) => encodeURIComponent(segment.replaceAll('~', '~0').replaceAll('/', '~1'));

function buildPath(template: string, operation: Operation, generator: ValueGenerator): string {
  let path = template;
  for (const parameter of operation.parameters ?? []) {
    if (parameter.in !== 'path') continue;
    const real = pathValues.get(template)?.[parameter.name];
    const value = real?.length ? generator.pick(real) : String(generator.valid(parameter.schema));
    path = path.replace(`{${parameter.name}}`, encodeURIComponent(value));
  }
  return path;
}

describe('the OpenAPI document, walked', () => {
  it('documents every answer to generated valid, invalid and wrong-method requests', { timeout: 120_000 }, async () => {
    const generator = new ValueGenerator(document, seededRandom(SEED));
    const operations = Object.entries(document.paths).map(([path, item]) => ({ path, operation: item.get }));
    expect(operations.length).toBeGreaterThan(20);

    for (const { path: template, operation } of operations) {
      const query = (operation.parameters ?? []).filter((parameter) => parameter.in === 'query');
      const successes = Object.keys(operation.responses).filter((status) => status.startsWith('2'));

      for (let round = 0; round < VALID_PER_OPERATION; round += 1) {
        // A required parameter is in every valid request; the others come or not.
        const chosen = query.filter((parameter) => parameter.required === true || generator.pick([true, false]));
        const valueOf = (parameter: (typeof query)[number]) => {
          const real = queryValues.get(template)?.[parameter.name];
          return real ? generator.pick(real) : generator.valid(parameter.schema);
        };
        const text = chosen.map((parameter) => serialise(parameter, valueOf(parameter))).join('&');
        const path = buildPath(template, operation, generator);
        const label = `GET ${path}?${text}`;
        const response = await rawRequest(cmsUrl, { path: text ? `${path}?${text}` : path });
        const fieldsGiven = chosen.some((parameter) => parameter.name === 'fields');
        const variants = operation.responses['200']?.content?.['application/json']?.schema.anyOf;
        const status = expectDocumented(operation, response, label, variants && !fieldsGiven ? 0 : undefined);
        expect(successes, `${label} is valid by the document but answered ${status}: ${response.text.slice(0, 300)}`).toContain(String(status));
      }

      for (let round = 0; round < INVALID_PER_OPERATION; round += 1) {
        const broken = query.length > 0 && round < INVALID_PER_OPERATION - 1 ? invalidValue(generator, generator.pick(query)) : 'noSuchParameter=1';
        const path = buildPath(template, operation, generator);
        const label = `GET ${path}?${broken}`;
        const status = expectDocumented(operation, await rawRequest(cmsUrl, { path: `${path}?${broken}` }), label);
        expect(status, label).toBeGreaterThanOrEqual(400);
      }

      const pathParameter = (operation.parameters ?? []).find((parameter) => parameter.in === 'path' && parameter.name !== 'format');
      if (pathParameter) {
        const missing = template.replace(`{${pathParameter.name}}`, pathParameter.name === 'slug' ? 'no-such-slug' : 'a0b1c2d3e4f5g6h7i8j9k0l1');
        const status = expectDocumented(operation, await rawRequest(cmsUrl, { path: buildPath(missing, operation, generator) }), `GET ${missing}`);
        expect(status).toBe(404);
      }

      const method = generator.pick(WRONG_METHODS);
      const path = buildPath(template, operation, generator);
      const wrong = await rawRequest(cmsUrl, { method, path, headers: { 'content-type': 'application/json' }, body: method === 'TRACE' ? undefined : '{}' });
      expect(expectDocumented(operation, wrong, `${method} ${path}`)).toBe(405);
      expect(wrong.headers.allow).toBe('GET, HEAD, OPTIONS');
    }

    console.log(`openapi walk: ${seen.requests} requests, statuses ${JSON.stringify(Object.fromEntries(seen.statuses))}`);
    expect(seen.requests).toBeGreaterThan(300);
  });
});
