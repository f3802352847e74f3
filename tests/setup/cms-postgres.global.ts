/**
 * The same as cms.global.ts, but the CMS runs on a throw-away PostgreSQL database (the production
 * and scale-out path), so the API and hardening suites prove both databases.
 */
import type { TestProject } from 'vitest/node';
import { adminLogin } from '../support/admin-api';
import { ensureFreshBuilds } from '../support/builds';
import { OWNER, freePort, startCms } from '../support/cms-process';
import { createThrowAwayDatabase } from '../support/postgres';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error('TEST_DATABASE_URL is not set: the postgres project needs a PostgreSQL server');
  await ensureFreshBuilds((line) => console.log(line));
  const database = await createThrowAwayDatabase(serverUrl);
  // As cms.global.ts: the site the CMS links to has an address of its own (embed and oEmbed answers name it).
  const siteUrl = `http://127.0.0.1:${await freePort()}`;
  const cms = await startCms({ env: { DATABASE_CLIENT: 'postgres', DATABASE_URL: database.url, SITE_URL: siteUrl }, bootTimeoutMs: 120_000 });
  try {
    project.provide('cmsUrl', cms.url);
    project.provide('cmsSiteUrl', siteUrl);
    project.provide('adminToken', await adminLogin(cms.url, OWNER));
  } catch (error) {
    await cms.stop();
    await database.drop();
    throw new Error(`${(error as Error).message}\n--- CMS log ---\n${cms.log()}--- end of CMS log ---`);
  }
  return async () => {
    await cms.stop();
    await database.drop();
  };
}
