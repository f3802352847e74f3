/**
 * Crash safety (SQLite in WAL mode, config/database.ts): the CMS is killed with SIGKILL in the
 * middle of a burst of the owner's writes, then restarted on the same file. The database must pass
 * SQLite's integrity check, and every write the CMS had acknowledged (a 2xx) must be there.
 */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { adminLogin, createAdminApi } from '../support/admin-api';
import { OWNER, removeDir, startCms, tempDir, type CmsProcess } from '../support/cms-process';
import { uniqueMarker } from '../support/drafts';
import { request } from '../support/http';
import { integrityCheck } from '../support/sqlite-file';

const TAG = 'api::tag.tag';
const WORKERS = 6;

/** What one worker got acknowledged before the crash. */
interface Acknowledged {
  created: { documentId: string; slug: string }[];
  published: string[];
  /** documentId -> the highest revision whose update answered 2xx. */
  revisions: Map<string, number>;
}

describe('crash safety: SIGKILL during a burst of admin writes', () => {
  const dir = tempDir('crash');
  const databaseFile = path.join(dir, 'data.db');
  const running: CmsProcess[] = [];
  afterAll(async () => {
    await Promise.all(running.map((cms) => cms.stop()));
    removeDir(dir);
  });

  it('restarts on an intact database holding every acknowledged write', async () => {
    const first = await startCms({ databaseFile });
    running.push(first);
    const admin = createAdminApi(first.url, await adminLogin(first.url, OWNER));
    const marker = uniqueMarker('crash');
    const acknowledged: Acknowledged = { created: [], published: [], revisions: new Map() };
    let writes = 0;
    let crashed = false;

    // Each worker creates a tag, publishes it, then keeps rewriting its description with a
    // growing revision number, until a request fails (the CMS is gone).
    const worker = async (index: number) => {
      try {
        for (let round = 0; !crashed; round++) {
          const slug = `${marker}-${index}-${round}`;
          const { documentId } = await admin.createDraft(TAG, { name: slug, slug, description: 'revision 0' });
          acknowledged.created.push({ documentId, slug });
          writes++;
          await admin.publish(TAG, documentId);
          acknowledged.published.push(slug);
          writes++;
          for (let revision = 1; revision <= 3 && !crashed; revision++) {
            await admin.updateDraft(TAG, documentId, { description: `revision ${revision}` });
            acknowledged.revisions.set(documentId, revision);
            writes++;
          }
        }
      } catch {
        // The connection died with the CMS: this write was never acknowledged.
      }
    };
    const burst = Array.from({ length: WORKERS }, (_, index) => worker(index));

    const deadline = Date.now() + 30_000;
    while (writes < 40 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(writes, 'the burst was running when the CMS was killed').toBeGreaterThanOrEqual(40);
    await first.crash();
    crashed = true;
    await Promise.all(burst);
    running.splice(running.indexOf(first), 1);

    const second = await startCms({ databaseFile });
    running.push(second);
    expect(integrityCheck(databaseFile)).toBe('ok');

    const token = await adminLogin(second.url, OWNER);
    for (const { documentId, slug } of acknowledged.created) {
      const response = await request('GET', `${second.url}/content-manager/collection-types/${TAG}/${documentId}`, { token });
      expect(response.status, `created tag ${slug}`).toBe(200);
      const { name, description } = (response.body as { data: { name: string; description: string } }).data;
      expect(name).toBe(slug);
      // The last acknowledged revision, or a later one that committed just before the kill.
      const revision = Number(/^revision (\d+)$/.exec(description)?.[1]);
      expect(revision, `${slug}: "${description}"`).toBeGreaterThanOrEqual(acknowledged.revisions.get(documentId) ?? 0);
    }
    const listed = await request('GET', `${second.url}/api/tags?filters[slug][$startsWith]=${marker}&pagination[pageSize]=100`);
    expect(listed.status, listed.text.slice(0, 300)).toBe(200);
    const publicSlugs = new Set((listed.body as { data: { slug: string }[] }).data.map((tag) => tag.slug));
    for (const slug of acknowledged.published) expect(publicSlugs.has(slug), `published tag ${slug}`).toBe(true);

    console.log(
      `crash-safety: killed after ${writes} acknowledged writes (${acknowledged.created.length} creates, ${acknowledged.published.length} publishes); all present`,
    );
  }, 180_000);
});
