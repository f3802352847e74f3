// https://vitest.dev/guide/projects
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const webConfig = fileURLToPath(new URL('../web/vitest.config.ts', import.meta.url));
const publicReadDir = fileURLToPath(new URL('../cms/src/public-read', import.meta.url));

export default defineConfig({
  test: {
    // The summary line goes last: CI reads "N passed, N failed" from the final line of output.
    reporters: ['default', './reporters/summary-line.ts'],
    projects: [
      {
        test: {
          // Everything that needs the running CMS shares the one instance booted by globalSetup,
          // so a run of only the web component tests (--project web) boots nothing.
          name: 'integration',
          include: ['api/**/*.test.ts', 'browser/**/*.test.ts', 'site/**/*.test.ts'],
          globalSetup: ['./setup/cms.global.ts'],
          testTimeout: 20_000,
          hookTimeout: 60_000,
        },
      },
      // The API and hardening suites again on PostgreSQL, when a server is given (.ci/run does).
      ...(process.env.TEST_DATABASE_URL
        ? [
            {
              test: {
                name: 'postgres',
                include: ['api/**/*.test.ts'],
                // These boot their own SQLite CMSes; they prove nothing more here. Backup/restore
                // and the crash test are about the SQLite file (PostgreSQL backs up with pg_dump).
                exclude: [
                  'api/seed.test.ts',
                  'api/admin-rate-limit.test.ts',
                  'api/admin-login-behind-nginx.test.ts',
                  'api/backup-restore.test.ts',
                  'api/crash-safety.test.ts',
                  'api/production-secrets.test.ts',
                  'api/uploads-leave-nothing.test.ts',
                ],
                globalSetup: ['./setup/cms-postgres.global.ts'],
                testTimeout: 20_000,
                hookTimeout: 120_000,
              },
            },
            {
              // Several CMS instances on one PostgreSQL database, each test starting its own.
              test: { name: 'scale-out', include: ['scale-out/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 240_000 },
            },
          ]
        : []),
      {
        // The production recipe (deploy/: nginx config, compose file) and the upload provider choice: no CMS needed.
        test: { name: 'deploy', include: ['deploy/**/*.test.ts'] },
      },
      {
        // Unit tests of the CMS's save-time rendering (Markdown, math, code, sanitising): no CMS needed.
        test: { name: 'rendering', include: ['rendering/**/*.test.ts'] },
      },
      // Unit tests of the root scripts' logic (scripts/*.mjs: the CMS and site supervisor): no CMS needed.
      { test: { name: 'scripts', include: ['scripts/**/*.test.ts'] } },
      // Unit tests of the public-read wing (the response cache's key, origin table and write bumps),
      // next to their code in cms/src/public-read/: no CMS needed.
      { test: { name: 'response-cache', root: publicReadDir, include: ['**/*.test.ts'] } },
      // Unit tests of the CMS's write pipeline: the dispatcher's order and the list's completeness (cms/src/write-pipeline).
      { test: { name: 'write-pipeline', include: ['write-pipeline/**/*.test.ts'] } },
      // Unit tests of BibTeX reading, owner recognition and import matching (cms/src/bibtex): no CMS needed.
      { test: { name: 'bibtex', include: ['bibtex/**/*.test.ts'] } },
      // The SPA's component tests (happy-dom), with their own config, once web/ has one.
      ...(existsSync(webConfig) ? [webConfig] : []),
    ],
  },
});
