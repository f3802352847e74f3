/**
 * cms/src/seed over HTTP: the first boot imports cms/seed/homepage.json with its characters
 * intact, and later boots import nothing.
 */
import { hasThaiMojibake, type Profile, type Publication } from '@homepage/shared';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeDir, startCms, tempDir, type CmsProcess } from '../support/cms-process';
import { getPublic, getPublicData, request } from '../support/http';
import { SEED, SEEDED_COLLECTIONS } from '../support/seed-file';

interface Listed {
  documentId: string;
  slug: string;
}

describe('seed', () => {
  describe('seedEmptyDatabase', () => {
    it.each(SEEDED_COLLECTIONS)('imported each seeded entry of $route exactly once, published', async ({ route, slugs }) => {
      const listed = await getPublicData<Listed[]>(`${route}?pagination[pageSize]=100`);
      for (const slug of slugs) {
        expect(listed.filter((entry) => entry.slug === slug), `${route} ${slug}`).toHaveLength(1);
      }
    });

    it("imported the owner's profile", async () => {
      const profile = await getPublicData<Profile>('/api/profile');
      expect(profile.name).toBe(SEED.profile.name);
      expect(profile.publishedAt).not.toBeNull();
    });

    describe('on a restart with the same database', () => {
      const dir = tempDir('seed-restart');
      const running: CmsProcess[] = [];
      afterAll(async () => {
        await Promise.all(running.map((cms) => cms.stop()));
        removeDir(dir);
      });

      /** The documentIds of every public document, per route. */
      async function snapshot(cmsUrl: string): Promise<Record<string, string[]>> {
        const routes = [...SEEDED_COLLECTIONS.map((c) => c.route), '/api/profile'];
        const result: Record<string, string[]> = {};
        for (const route of routes) {
          const response = await request('GET', `${cmsUrl}${route}${route === '/api/profile' ? '' : '?pagination[pageSize]=100'}`);
          expect(response.status, route).toBe(200);
          const data = (response.body as { data: Listed | Listed[] }).data;
          result[route] = (Array.isArray(data) ? data : [data]).map((d) => d.documentId).sort();
        }
        return result;
      }

      it('adds nothing and keeps every documentId', async () => {
        const databaseFile = path.join(dir, 'data.db');
        const first = await startCms({ databaseFile });
        running.push(first);
        const before = await snapshot(first.url);
        await first.stop();

        const second = await startCms({ databaseFile });
        running.push(second);
        const after = await snapshot(second.url);
        await second.stop();

        expect(before['/api/publications']).toHaveLength(SEED.publications.length);
        expect(before['/api/blog-posts']).toHaveLength(SEED.blogPosts.length);
        expect(before['/api/tags']).toHaveLength(SEED.tags.length);
        expect(before['/api/series-list']).toHaveLength(SEED.series.length);
        expect(before['/api/profile']).toHaveLength(1);
        expect(after).toEqual(before);
      }, 120_000);
    });
  });

  describe('loadSeedContent', () => {
    // The owner's source page reached us decoded as Thai (TIS-620): 王瑞哲 had become (็็ๅฒ).
    it('keeps 王瑞哲 in the profile name and bio', async () => {
      const profile = await getPublicData<Profile>('/api/profile');
      expect(profile.nativeName).toBe('王瑞哲');
      expect(profile.bio).toContain('Ruizhe Wang (王瑞哲)');
    });

    it('keeps the right single quotation mark ’ in the bio and the collaboration note', async () => {
      const profile = await getPublicData<Profile>('/api/profile');
      expect(profile.bio).toContain('Hi, I’m Ruizhe Wang');
      expect(profile.collaborationNote).toMatch(/^I’m looking to collaborate/);
    });

    it('keeps the multiplication sign × in the FP8-LM summary', async () => {
      const [fp8] = await getPublicData<Publication[]>('/api/publications?filters[slug][$eq]=fp8-lm');
      expect(fp8.summary).toContain('1.75× training speedup');
    });

    it('serves no Thai characters in any public list or document', async () => {
      const paths = ['/api/profile'];
      for (const { route, slugs } of SEEDED_COLLECTIONS) {
        paths.push(`${route}?pagination[pageSize]=100`);
        // Only seeded documents: other test files create and delete their own meanwhile.
        const listed = await getPublicData<Listed[]>(`${route}?pagination[pageSize]=100`);
        for (const { documentId } of listed.filter((entry) => slugs.includes(entry.slug))) {
          paths.push(`${route}/${documentId}`);
        }
      }
      for (const p of paths) {
        const response = await getPublic(p);
        expect(response.status, p).toBe(200);
        expect(hasThaiMojibake(response.text), p).toBe(false);
      }
      expect(paths).toHaveLength(1 + SEEDED_COLLECTIONS.reduce((n, c) => n + 1 + c.slugs.length, 0));
    });
  });
});
