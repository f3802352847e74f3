/**
 * cms/scripts/migrate-postgres.mjs (`pnpm migrate:postgres`): a site that ran on the SQLite default,
 * seeded and then edited by its owner, moves to PostgreSQL and serves the same public API, byte
 * for byte: profile (with its uploaded avatar), lists, items, feeds, citations, sitemap.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminLogin, createAdminApi } from '../support/admin-api';
import { ensureFreshBuilds } from '../support/builds';
import { CMS_DIR, OWNER, removeDir, startCms, tempDir, type CmsProcess } from '../support/cms-process';
import { request } from '../support/http';
import { createThrowAwayDatabase, type ThrowAwayDatabase } from '../support/postgres';
import { SEED } from '../support/seed-file';
import { randomCmsSecrets as sharedSecrets } from '../support/secrets';
import { PUBLIC_OUTPUT_PATHS } from '../support/public-outputs';

const MIGRATE = path.join(CMS_DIR, 'scripts', 'migrate-postgres.mjs');

/**
 * Strapi 5's numeric row `id` is not an identity: every publish replaces the published row with a
 * new id, and Strapi's transfer renumbers rows. `documentId` is the identity; it must survive.
 */
const withoutRowIds = (body: string) => body.replace(/"id":\d+/g, '"id":0');

interface Answer {
  status: number;
  contentType: string | null;
  body: string;
}

/** Every public output worth comparing, keyed by path. */
async function publicOutputs(cmsUrl: string): Promise<Map<string, Answer>> {
  const get = async (route: string) => {
    const response = await request('GET', `${cmsUrl}${route}`);
    return { status: response.status, contentType: response.headers.get('content-type'), body: withoutRowIds(response.text), json: response.body };
  };
  const outputs = new Map<string, Answer>();
  for (const route of PUBLIC_OUTPUT_PATHS) {
    const { json, ...answer } = await get(route);
    outputs.set(route, answer);
    // Each item of the lists, by documentId and, for citations, by slug.
    if (/^\/api\/(publications|blog-posts)\?/.test(route)) {
      const collection = route.slice(5, route.indexOf('?'));
      for (const item of (json as { data: { documentId: string; slug: string }[] }).data) {
        for (const itemRoute of [`/api/${collection}/${item.documentId}`, `/api/citations/${collection}/${item.slug}.bib`]) {
          const { status, contentType, body } = await get(itemRoute);
          outputs.set(itemRoute, { status, contentType, body });
        }
      }
    }
  }
  return outputs;
}

function runMigration(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [MIGRATE], {
      cwd: CMS_DIR,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'production', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output: string[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.once('close', (code) => resolve({ code, output: output.join('') }));
  });
}

describe('pnpm migrate:postgres', () => {
  const dir = tempDir('migrate');
  const publicDir = path.join(dir, 'public');
  const databaseFile = path.join(dir, 'data.db');
  const secrets = sharedSecrets();
  const running: CmsProcess[] = [];
  let database: ThrowAwayDatabase | undefined;

  beforeAll(async () => {
    await ensureFreshBuilds((line) => console.log(line));
    mkdirSync(path.join(publicDir, 'uploads'), { recursive: true });
    database = await createThrowAwayDatabase(process.env.TEST_DATABASE_URL ?? '');
  }, 240_000);

  afterAll(async () => {
    await Promise.all(running.map((cms) => cms.stop()));
    await database?.drop();
    removeDir(dir);
  });

  it('moves an edited SQLite site to PostgreSQL with the public API output unchanged', async () => {
    // One public address for both, as after a real move (feeds link to themselves through it).
    const env = { PUBLIC_DIR: publicDir, PUBLIC_URL: 'https://cms.example.test', ...secrets };
    const sqlite = await startCms({ databaseFile, env });
    running.push(sqlite);

    // The owner's edits after the seed: a retitled publication and an uploaded avatar.
    const token = await adminLogin(sqlite.url, OWNER);
    const admin = createAdminApi(sqlite.url, token);
    const list = (await request('GET', `${sqlite.url}/api/publications?filters[slug][$eq]=${SEED.publications[0]!.slug}`)).body as {
      data: { documentId: string }[];
    };
    const documentId = list.data[0]!.documentId;
    await admin.updateDraft('api::publication.publication', documentId, { title: 'Retitled before the move to PostgreSQL' });
    await admin.publish('api::publication.publication', documentId);
    const form = new FormData();
    form.append('files', new Blob([readFileSync(path.join(CMS_DIR, 'favicon.png'))], { type: 'image/png' }), 'avatar.png');
    const upload = await request('POST', `${sqlite.url}/upload`, { token, form });
    expect(upload.status, upload.text).toBe(201);
    const avatar = (upload.body as { id: number; url: string }[])[0]!;
    const single = `${sqlite.url}/content-manager/single-types/api::profile.profile`;
    expect((await request('PUT', single, { token, json: { avatar: avatar.id } })).status).toBe(200);
    expect((await request('POST', `${single}/actions/publish`, { token, json: {} })).status).toBe(200);

    const before = await publicOutputs(sqlite.url);
    expect(before.get('/api/profile')?.body).toContain(avatar.url);
    expect(before.get('/api/publications?pagination[pageSize]=100')?.body).toContain('Retitled before the move to PostgreSQL');
    const avatarBytes = await (await fetch(`${sqlite.url}${avatar.url}`)).arrayBuffer();
    await sqlite.stop();
    running.splice(running.indexOf(sqlite), 1);

    const migration = await runMigration({ ...env, DATABASE_FILENAME: databaseFile, DATABASE_URL: database!.url });
    expect(migration.code, migration.output.slice(-3000)).toBe(0);

    const postgres = await startCms({ env: { ...env, DATABASE_CLIENT: 'postgres', DATABASE_URL: database!.url }, bootTimeoutMs: 120_000 });
    running.push(postgres);
    const after = await publicOutputs(postgres.url);
    expect([...after.keys()]).toEqual([...before.keys()]);
    const changed = [...before].filter(([route, answer]) => JSON.stringify(after.get(route)) !== JSON.stringify(answer));
    // The first difference in full (a readable diff), then the list of every route that changed.
    if (changed[0]) expect(after.get(changed[0][0])?.body, changed[0][0]).toEqual(changed[0][1].body);
    expect(changed.map(([route]) => route)).toEqual([]);
    expect(before.size).toBeGreaterThan(2 * (SEED.publications.length + SEED.blogPosts.length));
    expect(Buffer.from(await (await fetch(`${postgres.url}${avatar.url}`)).arrayBuffer())).toEqual(Buffer.from(avatarBytes));

    // A second run would overwrite the site now on PostgreSQL: refused without --replace.
    const again = await runMigration({ ...env, DATABASE_FILENAME: databaseFile, DATABASE_URL: database!.url });
    expect(again.code).toBe(1);
    expect(again.output).toMatch(/already holds \d+ entries; pass --replace/);
  }, 420_000);
});
