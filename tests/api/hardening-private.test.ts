/**
 * Hardening, private data (cms/src/public-read/route-middleware.ts, query-guard.ts, Strapi's
 * strictParams): no filter, sort, populate, fields or search parameter reaches the admin users
 * behind createdBy/updatedBy, their tokens, or the private `internalNote` of publications.
 */
import { describe, expect, inject, it } from 'vitest';
import { expectSafeAnswer, PRIVATE_KEYS, PRIVATE_PROBES, rawRequest, type PrivateProbe } from '../support/hostile-http';
import { SEED } from '../support/seed-file';

const cmsUrl = inject('cmsUrl');
const notes = SEED.publications.flatMap((p) => (p.internalNote ? [p.internalNote] : []));

/**
 * Restricts a list to seeded entries no test modifies, so its total is the same whatever other
 * test files create meanwhile.
 */
const SEEDED_ONLY: Record<Exclude<PrivateProbe['route'], '/api/profile'>, string> = {
  '/api/publications': seededSlugs(SEED.publications.map((p) => p.slug)),
  '/api/blog-posts': seededSlugs(SEED.blogPosts.map((p) => p.slug)),
  '/api/tags': seededSlugs(SEED.tags.map((t) => t.slug)),
  '/api/series-list': seededSlugs(SEED.series.map((s) => s.slug)),
};

function seededSlugs(slugs: string[]): string {
  return slugs.map((slug, i) => `filters[slug][$in][${i}]=${slug}`).join('&');
}

const totalOf = (body: unknown) => (body as { meta?: { pagination?: { total?: number } } }).meta?.pagination?.total;

describe('hardening: private data', () => {
  it('has seeded private notes to look for', () => {
    expect(notes.length).toBeGreaterThan(0);
  });

  it.each(PRIVATE_PROBES)('$route?$query is refused, or answered as if it were absent', async ({ route, query }) => {
    const restrict = route === '/api/profile' ? '' : `&${SEEDED_ONLY[route]}`;
    const response = await rawRequest(cmsUrl, { path: `${route}?${query}${restrict}` });
    expectSafeAnswer(response, [200, 400], `GET ${route}?${query}`);
    expect(response.text).not.toMatch(PRIVATE_KEYS);
    for (const note of notes) expect(response.text).not.toContain(note);
    if (response.status === 200 && restrict) {
      // A 200 whose count follows the filter would let anyone guess the value letter by letter.
      const unfiltered = await rawRequest(cmsUrl, { path: `${route}?${restrict.slice(1)}` });
      expect(totalOf(response.body), `${route}?${query}: the total depends on the private filter`).toBe(totalOf(unfiltered.body));
    }
  });

  it('refuses each of them with a 400 today (a 200 that ignores the parameter would also be safe)', async () => {
    // Pins the current answers, so a change in Strapi's strictParams is noticed and looked at.
    const statuses = await Promise.all(
      PRIVATE_PROBES.filter(({ query }) => !query.startsWith('populate')).map(async ({ route, query }) => ({
        probe: `${route}?${query}`,
        status: (await rawRequest(cmsUrl, { path: `${route}?${query}` })).status,
      })),
    );
    expect(statuses.filter(({ status }) => status !== 400)).toEqual([]);
  });

  it('finds nothing by a private note with the public search filters', async () => {
    const words = encodeURIComponent('No conference or journal venue found');
    const response = await rawRequest(cmsUrl, {
      path: `/api/publications?filters[$or][0][title][$containsi]=${words}&filters[$or][1][summary][$containsi]=${words}&filters[$or][2][abstract][$containsi]=${words}`,
    });
    expectSafeAnswer(response, [200], 'search for a private note');
    expect(totalOf(response.body)).toBe(0);
  });
});
