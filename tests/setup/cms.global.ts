/**
 * Boots ONE CMS for the whole run on a throw-away SQLite database, logs the owner in once, and
 * provides both to the tests (`inject('cmsUrl')`, `inject('adminToken')`).
 * https://vitest.dev/config/globalsetup
 */
import type { TestProject } from 'vitest/node';
import { adminLogin } from '../support/admin-api';
import { ensureFreshBuilds } from '../support/builds';
import { OWNER, freePort, startCms } from '../support/cms-process';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await ensureFreshBuilds((line) => console.log(line));
  // The site the CMS links to (SITE_URL: preview links, feeds): an address of its own, where
  // browser/admin-preview.test.ts serves the built site for the admin's preview panel to frame.
  const siteUrl = `http://127.0.0.1:${await freePort()}`;
  const cms = await startCms({ env: { SITE_URL: siteUrl } });
  try {
    project.provide('cmsUrl', cms.url);
    project.provide('cmsSiteUrl', siteUrl);
    project.provide('adminToken', await adminLogin(cms.url, OWNER));
  } catch (error) {
    await cms.stop();
    throw new Error(`${(error as Error).message}\n--- CMS log ---\n${cms.log()}--- end of CMS log ---`);
  }
  return () => cms.stop();
}
