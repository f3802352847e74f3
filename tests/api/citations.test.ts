/** cms/src/api/citations over HTTP, read back with an independent BibTeX parser. */
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { getPublic } from '../support/http';
import { SEED } from '../support/seed-file';
import { createPublished, editAndPublish, publicationFields, uniqueMarker } from '../support/published';

interface BibCreator {
  firstName?: string;
  lastName?: string;
  name?: string;
}

async function bibtex(path: string) {
  const response = await getPublic(path);
  expect(response.status, `${path}: ${response.text.slice(0, 200)}`).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/x-bibtex; charset=utf-8');
  // Titles as written: sentence-casing on import is a reference manager's choice, not the export's.
  const parsed = parseBibtex(response.text, { sentenceCase: false });
  expect(parsed.errors).toEqual([]);
  return parsed.entries;
}

const names = (creators: unknown) =>
  (creators as BibCreator[]).map((c) => c.name ?? `${c.firstName} ${c.lastName}`);

describe('citations', () => {
  describe('publications.bib', () => {
    it('holds one entry per seeded publication, with stable unique keys', async () => {
      const entries = await bibtex('/api/citations/publications.bib');
      const keys = entries.map((e) => e.key);
      expect(new Set(keys).size).toBe(keys.length);
      expect(keys).toEqual(expect.arrayContaining(['wang2025optimizing', 'peng2023fp8', 'wang2025recycling']));
      expect(entries.length).toBeGreaterThanOrEqual(SEED.publications.length);
    });

    it('gives two works with the same author, year and first title word different keys', async () => {
      // Both would be `wang2024twin`: a reference manager keeps one entry per key.
      const marker = uniqueMarker('twin');
      for (const suffix of ['one', 'two']) {
        await createPublished('api::publication.publication', publicationFields(`${marker}-${suffix}`, { title: `Twin ${marker} ${suffix}`, year: 2024, date: '2024-05-01' }));
      }
      const twins = (await bibtex('/api/citations/publications.bib?year=2024')).filter((entry) => String(entry.fields.title).includes(marker));
      expect(twins).toHaveLength(2);
      expect(new Set(twins.map((entry) => entry.key)).size).toBe(2);
      expect(twins.map((entry) => entry.key)).toContain('wang2024twin');
    });

    it('keeps the authors in order, with the owner', async () => {
      const [fp4] = await bibtex('/api/citations/publications/fp4-training.bib');
      expect(fp4.type).toBe('inproceedings');
      expect(names(fp4.fields.author)).toEqual([
        'Ruizhe Wang', 'Yeyun Gong', 'Xiao Liu', 'Guoshuai Zhao', 'Ziyue Yang', 'Baining Guo', 'Zhengjun Zha', 'Peng Cheng',
      ]);
      expect(fp4.fields.title).toBe('Optimizing Large Language Model Training Using FP4 Quantization');
      expect(fp4.fields.year).toBe('2025');
    });

    it.each([
      ['?kind=technical-report', ['fp8-lm', 'sigma-training-stack', 'sigma-moe-tiny']],
      ['?tag=quantization', ['fp4-training', 'fp8-lm']],
    ])('takes the list filters: %s', async (query, slugs) => {
      const entries = await bibtex(`/api/citations/publications.bib${query}`);
      expect(entries).toHaveLength(slugs.length);
      const titles = entries.map((e) => e.fields.title);
      for (const slug of slugs) {
        expect(titles).toContain(SEED.publications.find((p) => p.slug === slug)?.title);
      }
    });

    it.each([['?kind=poem'], ['?year=twenty'], ['?selected=maybe'], ['?filters[x]=1']])('refuses %s with a JSON 400', async (query) => {
      const response = await getPublic(`/api/citations/publications.bib${query}`);
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ error: { status: 400 } });
    });
  });

  describe('publications.json and .ris', () => {
    it('gives CSL-JSON a reference manager can read', async () => {
      const response = await getPublic('/api/citations/publications.json?kind=technical-report');
      expect(response.headers.get('content-type')).toBe('application/vnd.citationstyles.csl+json; charset=utf-8');
      const items = response.body as { id: string; type: string; title: string; author: { family?: string }[] }[];
      expect(items).toHaveLength(3);
      expect(items.every((i) => i.type === 'report')).toBe(true);
      expect(items.find((i) => i.id === 'peng2023fp8')?.author).toHaveLength(20);
    });

    it('gives RIS records, one per publication, each closed', async () => {
      const response = await getPublic('/api/citations/publications.ris');
      expect(response.headers.get('content-type')).toBe('application/x-research-info-systems; charset=utf-8');
      const records = response.text.split(/^ER {2}-.*$/m).filter((r) => r.trim());
      expect(records.length).toBeGreaterThanOrEqual(SEED.publications.length);
      expect(records.every((r) => /^TY {2}- \w+/m.test(r))).toBe(true);
      expect(response.text).toContain('TI  - FP8-LM: Training FP8 Large Language Models');
    });
  });

  describe('one publication', () => {
    it('keeps CJK names, diacritics and symbols through BibTeX, and follows edits at once', async () => {
      const marker = uniqueMarker('cite');
      const created = await createPublished(
        'api::publication.publication',
        publicationFields(marker, {
          title: `Scaling × Precision ${marker}`,
          authors: [
            { name: '王瑞哲', isOwner: true, equalContribution: true, corresponding: false },
            { name: 'José Núñez', isOwner: false, equalContribution: true, corresponding: false },
          ],
        }),
      );
      let [entry] = await bibtex(`/api/citations/publications/${marker}.bib`);
      expect(names(entry.fields.author)).toEqual(['王瑞哲', 'José Núñez']);
      expect(entry.fields.title).toBe(`Scaling × Precision ${marker}`);

      await editAndPublish('api::publication.publication', created.documentId, { title: `Renamed ${marker}` });
      [entry] = await bibtex(`/api/citations/publications/${marker}.bib`);
      expect(entry.fields.title).toBe(`Renamed ${marker}`);
      const ris = await getPublic(`/api/citations/publications/${marker}.ris`);
      expect(ris.text).toContain(`TI  - Renamed ${marker}`);
      const csl = await getPublic(`/api/citations/publications/${marker}.json`);
      expect((csl.body as { title: string }[])[0].title).toBe(`Renamed ${marker}`);
    });

    it('serves the owner’s own BibTeX, fields and values as given, laid out like every entry', async () => {
      const marker = uniqueMarker('rawbib');
      const raw = `@article{owner2026key,\n  title = {Owner Supplied ${marker}},\n  author = {Wang, Ruizhe},\n  journal = {JMLR},\n  year = {2026}\n}`;
      await createPublished('api::publication.publication', publicationFields(marker, { bibtex: raw }));
      const response = await getPublic(`/api/citations/publications/${marker}.bib`);
      expect(response.text.trim()).toBe(raw);
      const [entry] = await bibtex(`/api/citations/publications/${marker}.bib`);
      expect(entry.key).toBe('owner2026key');
    });

    it.each([
      ['/api/citations/publications/no-such-paper.bib', 404],
      ['/api/citations/publications/fp4-training.docx', 404],
      ['/api/citations/publications/..%2F..%2Fpackage.bib', 404],
    ])('answers %s with a JSON %i', async (path, status) => {
      const response = await getPublic(path);
      expect(response.status).toBe(status);
      expect(response.body).toMatchObject({ data: null, error: { status } });
    });
  });

  describe('blog posts', () => {
    it('cites a post as an online entry by the owner, linking to the site', async () => {
      const [entry] = await bibtex('/api/citations/blog-posts/analysis-fp4.bib');
      expect(entry.type).toBe('misc');
      expect(names(entry.fields.author)).toEqual(['Ruizhe Wang']);
      expect(String(entry.fields.url)).toMatch(/\/blog\/analysis-fp4$/);
    });
  });
});
