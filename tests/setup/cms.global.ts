/**
 * Boots ONE CMS for the whole run on a throw-away SQLite database, logs the owner in once, and
 * provides both to the tests (`inject('cmsUrl')`, `inject('adminToken')`).
 * https://vitest.dev/config/globalsetup
 */
import type { TestProject } from 'vitest/node';
import { adminLogin } from '../support/admin-api';
import { ensureFreshBuilds } from '../support/builds';
import { OWNER, startCms } from '../support/cms-process';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await ensureFreshBuilds((line) => console.log(line));
  const cms = await startCms();
  try {
    project.provide('cmsUrl', cms.url);
    project.provide('adminToken', await adminLogin(cms.url, OWNER));
  } catch (error) {
    await cms.stop();
    throw new Error(`${(error as Error).message}\n--- CMS log ---\n${cms.log()}--- end of CMS log ---`);
  }
  return () => cms.stop();
}
