/**
 * cms/scripts/import-bib.mjs (`pnpm import:bib`) on a real database: a dry run saves nothing, a
 * DBLP and a Google Scholar export are imported with their works matched to the seeded ones (by
 * DOI, arXiv id, then title and first author), importing the same file again creates no
 * duplicates, and a paper's published version upgrades its preprint as a paste in the admin does.
 */
import type { Publication } from '@homepage/shared';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { CMS_DIR, removeDir, startCms, tempDir, type CmsProcess } from '../support/cms-process';
import { request } from '../support/http';
import { SEED } from '../support/seed-file';
import { randomCmsSecrets } from '../support/secrets';

const run = promisify(execFile);
const fixture = (name: string) => fileURLToPath(new URL(`../../cms/src/bibtex/fixtures/${name}`, import.meta.url));
const dir = tempDir('import-bib');
const databaseFile = path.join(dir, 'data.db');
const running: CmsProcess[] = [];
afterAll(async () => {
  await Promise.all(running.map((cms) => cms.stop()));
  removeDir(dir);
});

/** Runs the import as the owner would, against the test database; returns what it printed. */
async function importBib(file: string, ...flags: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, ['scripts/import-bib.mjs', fixture(file), ...flags], {
    cwd: CMS_DIR,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'production',
      DATABASE_FILENAME: databaseFile,
      ...randomCmsSecrets(),
    },
    timeout: 120_000,
  });
  return stdout;
}

describe('import-bib', () => {
  it('imports DBLP and Google Scholar exports without duplicates, after a dry run that saves nothing', async () => {
    const seeded = await startCms({ databaseFile });
    running.push(seeded);
    await seeded.stop();

    const dryRun = await importBib('dblp.bib', '--dry-run');
    expect(dryRun).toContain('would create: DBLP:conf/nips/WangCD24 "Elastic Experts: Sparse Training at Scale"');
    expect(dryRun).toContain('would update: DBLP:journals/corr/abs-2512-13488');
    expect(dryRun).toMatch(/matches "SIGMA: .*" by arXiv id, updates doi/);
    expect(dryRun).toContain('3 entries from dblp.bib: 1 would create, 1 would update, 1 would skip (dry run: nothing saved)');

    expect(await importBib('dblp.bib', '--publish')).toContain('1 created, 1 updated, 1 skipped');
    const again = await importBib('dblp.bib', '--publish');
    expect(again).toContain('0 created, 0 updated, 3 skipped');
    expect(again).toMatch(/skipped: DBLP:conf\/nips\/WangCD24 .* by DOI, nothing to add/);
    const scholar = await importBib('google-scholar.bib', '--publish');
    expect(scholar).toContain('1 created, 0 updated, 2 skipped');
    expect(scholar).toMatch(/skipped: wang2025optimizing .* by arXiv id/);
    const versions = await importBib('preprint-then-published.bib', '--publish');
    expect(versions).toContain('1 created, 1 updated, 0 skipped');
    expect(versions).toMatch(/updated: DBLP:conf\/iclr\/QuWC26 .*: matches "Sparse routing for elastic pre-training" by title and first author, updates .*venueShort/);

    const cms = await startCms({ databaseFile });
    running.push(cms);
    const response = await request('GET', `${cms.url}/api/publications?pagination[pageSize]=100`);
    const publications = (response.body as { data: Publication[] }).data;
    expect(publications).toHaveLength(SEED.publications.length + 3);
    const bySlug = new Map(publications.map((p) => [p.slug, p]));
    expect(bySlug.get('elastic-experts-sparse-training-at-scale')).toMatchObject({
      kind: 'conference-paper',
      venueShort: 'NeurIPS 2024',
      year: 2024,
      doi: '10.52202/079017-1234',
    });
    expect(bySlug.get('elastic-experts-sparse-training-at-scale')?.authors.map((a) => a.isOwner)).toEqual([true, false, false]);
    expect(bySlug.get('low-bit-attention-for-long-context-pre-training')).toMatchObject({ kind: 'conference-paper', venueShort: 'ICML 2026' });
    expect(bySlug.get('sigma-training-stack')).toMatchObject({ doi: '10.48550/ARXIV.2512.13488', kind: 'technical-report' });
    // One entry for both versions: the conference's venue, year and DOI, the preprint's title, arXiv id and date.
    expect(bySlug.get('sparse-routing-for-elastic-pre-training')).toMatchObject({
      title: 'Sparse routing for elastic pre-training',
      kind: 'conference-paper',
      venueShort: 'ICLR 2026',
      year: 2026,
      date: '2025-07-01',
      doi: '10.5555/iclr.2026.77',
      arxivId: '2507.04321',
    });
  }, 400_000);
});
