// `pnpm discover [--dry-run]`: one discovery run (src/work-discovery/discover.ts) against the
// configured database, without serving HTTP, like `pnpm import:bib`: a progress line per source,
// then what it proposed (or, with --dry-run, would propose) as candidates for the owner to accept
// or dismiss in the admin. The sources' addresses come from the environment (OPENALEX_URL, …;
// `pnpm fake-sources` prints the ones that point at the local fakes). Compiled with the CMS
// (dist/scripts/), run by discover.mjs.
import path from 'node:path';
import { discoverNewWorks } from '../src/work-discovery/discover';

const appDir = path.resolve(__dirname, '../..');
const distDir = path.resolve(__dirname, '..');
const USAGE = 'usage: pnpm discover [--dry-run]';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const unknown = args.filter((arg) => arg !== '--dry-run');
  if (unknown.length) {
    console.error(`discover: unknown option ${unknown.join(', ')}\n${USAGE}`);
    process.exit(2);
  }
  const dryRun = args.includes('--dry-run');

  // A one-off command: no scheduled jobs in this process.
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  process.env.CITATION_COUNTS_CRON = '';
  process.env.CITATION_COUNTS_RUN_ON_BOOT = 'false';
  process.env.DISCOVERY_CRON = '';
  process.chdir(appDir);
  const { createStrapi } = await import('@strapi/strapi');
  const app = await createStrapi({ appDir, distDir }).load();
  app.log.level = 'warn';

  const summary = await discoverNewWorks(app, { dryRun, progress: (line) => console.log(`discover: ${line}`) });
  const verb = dryRun ? 'would propose' : 'proposed';
  for (const proposal of summary.proposed) {
    const what = proposal.upgradeOf
      ? `upgrade of "${proposal.upgradeOf.title}" (adds ${proposal.upgradeOf.changes.join(', ')})`
      : 'new publication';
    console.log(`${verb}: "${proposal.title}": ${what} [${proposal.sources.join(', ')}]`);
  }
  console.log(
    `discover: ${summary.proposed.length} ${verb}, ${summary.seenAgain} already candidates (${summary.keptDismissed} dismissed, left so), ` +
      `${summary.onPage} already on the page, ${summary.namesakes} left out as a namesake's` +
      `${dryRun ? ' (dry run: nothing saved)' : summary.proposed.length ? '; accept or dismiss them in the admin' : ''}`,
  );
  await app.destroy();
  process.exit(summary.sources.every((source) => source.status === 'failed') && summary.sources.length ? 1 : 0);
}

void main();
