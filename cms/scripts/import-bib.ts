// `pnpm import:bib <file.bib> [--dry-run] [--publish]`: imports a .bib file (a Google Scholar or
// DBLP export, or your own) into the publications. Loads the built CMS against the configured
// database without serving HTTP, like `pnpm seed`. Each entry is matched to an existing
// publication by the rule a paste in the admin is refused by (same DOI, same arXiv id in any
// version, or same title by the same first author within a year: src/bibtex/match-publication.ts)
// and a match is updated as a paste into it would (src/api/publication/bibtex-changes.ts: empty
// fields filled, a preprint upgraded by its published version, nothing typed overwritten), so
// importing the same file twice creates nothing new. New entries are created as drafts (published
// with --publish) and keep their BibTeX. Compiled with the CMS (dist/scripts/), run by import-bib.mjs.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Presets, SingleBar } from 'cli-progress';
import { BibtexError, findSamePublication, readBibtexEntry, splitBibtexEntries, type Identified, type MatchedBy } from '../src/bibtex';
import { changesFromBibtex } from '../src/api/publication/bibtex-changes';
import { ownerMatcherOf } from '../src/content-rules/site-owner';

const appDir = path.resolve(__dirname, '../..');
const distDir = path.resolve(__dirname, '..');
const UID = 'api::publication.publication';
const MATCHED_BY: Record<MatchedBy, string> = { doi: 'DOI', arxivId: 'arXiv id', title: 'title and first author' };
const USAGE = 'usage: pnpm import:bib <file.bib> [--dry-run] [--publish]';

/** A publication the import knows of: saved ones (drafts), and those this run created. */
interface Known extends Identified {
  documentId: string;
  bibtex?: string | null;
}
type Outcome = 'create' | 'update' | 'skip';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const flags = new Set(args.filter((arg) => arg.startsWith('--')));
  const files = args.filter((arg) => !arg.startsWith('--'));
  const unknown = [...flags].filter((flag) => flag !== '--dry-run' && flag !== '--publish');
  if (files.length !== 1 || unknown.length) {
    console.error(unknown.length ? `import:bib: unknown option ${unknown.join(', ')}\n${USAGE}` : USAGE);
    process.exit(2);
  }
  const dryRun = flags.has('--dry-run');
  const publish = flags.has('--publish');
  // pnpm runs the script in cms/; a relative path means where the owner typed the command.
  const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), files[0]);
  if (!existsSync(file)) {
    console.error(`import:bib: no file "${file}"\n${USAGE}`);
    process.exit(2);
  }

  const { entries, macros } = splitBibtexEntries(readFileSync(file, 'utf8'));
  if (!entries.length) {
    console.error(`import:bib: "${file}" holds no BibTeX entries (e.g. @article{key, title={…}, …})`);
    process.exit(1);
  }

  // A one-off command: no scheduled jobs in this process.
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  process.env.CITATION_COUNTS_CRON = '';
  process.env.CITATION_COUNTS_RUN_ON_BOOT = 'false';
  process.chdir(appDir);
  const { createStrapi } = await import('@strapi/strapi');
  const app = await createStrapi({ appDir, distDir }).load();
  app.log.level = 'warn';

  const isOwner = await ownerMatcherOf(app);
  const existing = (await app.documents(UID).findMany({ status: 'draft', populate: ['authors', 'links'], limit: 100_000 })) as unknown as Known[];

  const report: Record<Outcome, string[]> = { create: [], update: [], skip: [] };
  const bar = new SingleBar({ format: 'import:bib [{bar}] {value}/{total} {key}', stream: process.stderr }, Presets.shades_classic);
  bar.start(entries.length, 0, { key: '' });

  for (const entry of entries) {
    const where = `line ${entry.line}`;
    try {
      const work = readBibtexEntry(entry.text, macros);
      bar.update({ key: work.key });
      const label = `${work.key} "${work.title ?? '(no title)'}"`;
      const same = findSamePublication(existing, work);
      if (same) {
        const patch = changesFromBibtex(same.match, work, isOwner, same.match);
        const fields = Object.keys(patch);
        const matched = `matches "${same.match.title}" by ${MATCHED_BY[same.by]}`;
        if (!fields.length) {
          report.skip.push(`${label}: ${matched}, nothing to add`);
        } else {
          report.update.push(`${label}: ${matched}, updates ${fields.join(', ')}`);
          if (!dryRun) {
            await app.documents(UID).update({ documentId: same.match.documentId, data: patch as never });
            if (publish) await app.documents(UID).publish({ documentId: same.match.documentId });
            Object.assign(same.match, patch);
          }
        }
      } else {
        const fields = changesFromBibtex({}, work, isOwner);
        const missing = ['title', 'authors', 'year', 'kind'].filter((field) => !(field in fields));
        const bibtex = macros && entry.text.trim() !== '' && needsMacros(entry.text) ? `${macros}\n${entry.text}` : entry.text;
        report.create.push(`${label}${missing.length ? ` (still to fill in the admin: ${missing.join(', ')})` : ''}`);
        if (!dryRun) {
          const created = await app.documents(UID).create({ data: { ...fields, bibtex } as never });
          if (publish && !missing.length) await app.documents(UID).publish({ documentId: created.documentId });
          existing.push({ ...(created as unknown as Known), ...(fields as Identified) });
        } else {
          existing.push({ documentId: `new:${work.key}`, ...(fields as Identified) });
        }
      }
    } catch (error) {
      const failure = error as Error | undefined;
      const reason = error instanceof BibtexError || failure?.name === 'ValidationError' ? failure?.message : String(failure?.stack ?? error);
      report.skip.push(`${where}: ${reason}`);
    }
    bar.increment();
  }
  bar.stop();

  const verb: Record<Outcome, string> = dryRun
    ? { create: 'would create', update: 'would update', skip: 'would skip' }
    : { create: 'created', update: 'updated', skip: 'skipped' };
  for (const outcome of ['create', 'update', 'skip'] as const) {
    for (const line of report[outcome]) console.log(`${verb[outcome]}: ${line}`);
  }
  console.log(
    `import:bib: ${entries.length} entries from ${path.basename(file)}: ${report.create.length} ${verb.create}, ` +
      `${report.update.length} ${verb.update}, ${report.skip.length} ${verb.skip}${dryRun ? ' (dry run: nothing saved)' : ''}` +
      `${!dryRun && !publish && report.create.length ? '; new entries are drafts (publish them in the admin, or run again with --publish)' : ''}`,
  );
  await app.destroy();
  process.exit(0);
}

/** True when the entry reads only with the file's `@string` macros, so its stored BibTeX needs them. */
function needsMacros(text: string): boolean {
  try {
    readBibtexEntry(text);
    return false;
  } catch {
    return true;
  }
}

void main();
