// https://vitest.dev/guide/projects
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Each package's unit tests sit next to its code and run with that package's own config.
const unitConfigs = ['../shared/vitest.config.ts', '../cms/vitest.config.mts', '../web/vitest.config.ts', '../scripts/vitest.config.ts'].map((config) =>
  fileURLToPath(new URL(config, import.meta.url)),
);

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
                  'api/uploads-relinked-on-upgrade.test.ts',
                  'api/quiet-logs.test.ts',
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
      // The benchmark harness's own logic (how it pairs and summarises runs); no CMS, no load.
      { test: { name: 'bench', include: ['bench/**/*.test.ts'] } },
      // Unit tests next to the code, no CMS needed: shared's helpers and schemas (project "shared"), the
      // CMS's rendering, BibTeX and content rules (cms/src/**/*.test.ts, "cms-unit"), the SPA's
      // components in happy-dom and its server in Node ("web"), the root scripts ("scripts").
      ...unitConfigs,
    ],
  },
});
