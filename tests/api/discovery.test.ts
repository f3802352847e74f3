/** cms/src/api/discovery: the OpenAPI document, the sitemap and the site's page list. */
import { validate as validateOpenApi } from '@readme/openapi-parser';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { sitePagesResponseSchema } from '@homepage/shared';
import { getPublic } from '../support/http';
import { SEED } from '../support/seed-file';

interface OpenApiDocument {
  paths: Record<string, unknown>;
  components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
}

describe('discovery', () => {
  describe('openapi.json', () => {
    it('is a valid OpenAPI 3.1 document describing every public route', async () => {
      const response = await getPublic('/api/openapi.json');
      expect(response.status).toBe(200);
      const document = response.body as OpenApiDocument;
      // ReadMe's OpenAPI parser checks the document against the OpenAPI 3.1 specification.
      const result = await validateOpenApi(structuredClone(document) as never);
      expect(result.valid, JSON.stringify(result).slice(0, 500)).toBe(true);
      // Its Schema Objects are JSON Schema 2020-12, checked against that meta-schema.
      const ajv = new Ajv2020({ strict: false });
      for (const [name, schema] of Object.entries(document.components.schemas)) {
        expect(ajv.validateSchema(schema), `${name}: ${ajv.errorsText()}`).toBe(true);
      }
      expect(Object.keys(document.paths)).toEqual(
        expect.arrayContaining([
          '/api/profile',
          '/api/publications',
          '/api/blog-posts',
          '/api/feeds/posts.rss',
          // One path per format: each has its own media type.
          '/api/citations/publications.bib',
          '/api/citations/publications.ris',
          '/api/citations/publications.json',
          '/api/sitemap.xml',
          '/api/site-pages',
        ]),
      );
    });

    it('describes responses with the same schemas the API is checked against', async () => {
      const body = (await getPublic('/api/openapi.json')).body as OpenApiDocument;
      const list = body.components.schemas.PublicationList;
      expect(Object.keys(list.properties ?? {})).toEqual(['data', 'meta']);
    });
  });

  describe('sitemap.xml', () => {
    it('lists the site’s pages: home, lists, every publication, post, series and tag', async () => {
      const response = await getPublic('/api/sitemap.xml');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/xml; charset=utf-8');
      expect(response.text).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
      const paths = [...response.text.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
      expect(paths).toEqual(expect.arrayContaining(['/', '/publications', '/blog']));
      for (const p of SEED.publications) expect(paths).toContain(`/publications/${p.slug}`);
      for (const p of SEED.blogPosts) expect(paths).toContain(`/blog/${p.slug}`);
      for (const s of SEED.series) expect(paths).toContain(`/series/${s.slug}`);
      for (const t of SEED.tags) expect(paths).toContain(`/tags/${t.slug}`);
      expect(new Set(paths).size).toBe(paths.length);
    });
  });

  describe('site-pages', () => {
    it('lists the same pages as the sitemap, each with what it shows, in the shared schema', async () => {
      const response = await getPublic('/api/site-pages');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
      const pages = sitePagesResponseSchema.parse(response.body).data;
      const sitemap = (await getPublic('/api/sitemap.xml')).text;
      const inSitemap = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
      expect(pages.map((page) => page.path)).toEqual(inSitemap);
      const kindOf = (path: string) => pages.find((page) => page.path === path)?.kind;
      expect(kindOf('/')).toBe('list');
      expect(kindOf(`/publications/${SEED.publications[0].slug}`)).toBe('publication');
      expect(kindOf(`/blog/${SEED.blogPosts[0].slug}`)).toBe('post');
      expect(kindOf(`/tags/${SEED.tags[0].slug}`)).toBe('tag');
      expect(kindOf(`/series/${SEED.series[0].slug}`)).toBe('series');
    });

    it('refuses parameters it does not take', async () => {
      expect((await getPublic('/api/site-pages?locale=zh')).status).toBe(400);
    });
  });
});
