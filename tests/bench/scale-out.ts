/**
 * One CMS instance against two on one PostgreSQL database (issue "Scale-out"): the same public
 * endpoints under the same total number of connections, first all on instance A, then split
 * evenly over A and B. Runs when BENCH_DATABASE_URL names a PostgreSQL server where the benchmark
 * may create a database (like TEST_DATABASE_URL for the tests).
 */
import { createThrowAwayDatabase } from '../support/postgres';
import { adminClient, mapWithLimit } from './admin';
import { BENCH_ADMIN, startCms, type Cms, type CmsSecrets } from './cms';
import { generateBlogPosts, generatePublications } from './content';
import { measureLoad, type LoadFigures, type LoadSettings } from './load';

export interface ScaleOutRow {
  name: string;
  path: string;
  one: LoadFigures;
  /** Per instance, each with half the connections. */
  two: [LoadFigures, LoadFigures];
  /** Requests/s of both instances together ÷ requests/s of one. */
  ratio: number;
}

export interface ScaleOutResult {
  publications: number;
  posts: number;
  connections: number;
  rows: ScaleOutRow[];
}

const PUBLICATION = 'api::publication.publication';
const POST = 'api::blog-post.blog-post';

async function populate(cms: Cms, publications: number, posts: number): Promise<void> {
  const admin = await adminClient(cms.url, BENCH_ADMIN);
  const save = async (uid: typeof PUBLICATION | typeof POST, documents: readonly object[]) =>
    mapWithLimit(documents, 4, async (fields) => admin.publish(uid, (await admin.create(uid, fields)).documentId));
  await save(PUBLICATION, generatePublications(publications));
  await save(POST, generateBlogPosts(posts));
}

export async function measureScaleOut(
  serverUrl: string,
  secrets: CmsSecrets,
  settings: LoadSettings & { publications: number; posts: number },
  log: (message: string) => void,
): Promise<ScaleOutResult> {
  const database = await createThrowAwayDatabase(serverUrl);
  const env = { DATABASE_CLIENT: 'postgres', DATABASE_URL: database.url };
  const started: Cms[] = [];
  try {
    const a = await startCms({ databaseFile: '', secrets, env });
    started.push(a);
    log(`scale-out: instance A on PostgreSQL after ${a.bootMs.toFixed(0)} ms; adding ${settings.publications} publications and ${settings.posts} posts`);
    await populate(a, settings.publications, settings.posts);
    const b = await startCms({ databaseFile: '', secrets, env });
    started.push(b);
    log(`scale-out: instance B after ${b.bootMs.toFixed(0)} ms`);
    const ownPids = () => started.map((cms) => cms.pid);

    const firstPublication = ((await (await fetch(`${a.url}/api/publications?pagination[pageSize]=1`)).json()) as { data: { documentId: string }[] }).data[0];
    const endpoints: [string, string][] = [
      ['profile', '/api/profile'],
      ['one publication', `/api/publications/${firstPublication?.documentId ?? 'missing'}`],
      ['publications pageSize=25', '/api/publications?pagination[pageSize]=25'],
      ['blog-posts pageSize=25', '/api/blog-posts?pagination[pageSize]=25'],
      ['citations publications.bib', '/api/citations/publications.bib'],
    ];
    const half = { ...settings, connections: Math.max(1, Math.round(settings.connections / 2)) };
    const rows: ScaleOutRow[] = [];
    for (const [name, path] of endpoints) {
      const one = await measureLoad({ url: a.url + path, serverPid: a.pid, ownPids }, settings);
      const two = await Promise.all([
        measureLoad({ url: a.url + path, serverPid: a.pid, ownPids }, half),
        measureLoad({ url: b.url + path, serverPid: b.pid, ownPids }, half),
      ]);
      const ratio = one.requestsPerSecond > 0 ? (two[0].requestsPerSecond + two[1].requestsPerSecond) / one.requestsPerSecond : 0;
      log(`scale-out: ${name}: one ${one.requestsPerSecond.toFixed(0)} req/s, two ${(two[0].requestsPerSecond + two[1].requestsPerSecond).toFixed(0)} req/s (x${ratio.toFixed(2)})`);
      rows.push({ name, path, one, two, ratio });
    }
    return { publications: settings.publications, posts: settings.posts, connections: settings.connections, rows };
  } finally {
    for (const cms of started.reverse()) await cms.stop();
    await database.drop();
  }
}
