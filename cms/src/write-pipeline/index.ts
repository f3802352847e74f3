/**
 * What happens when the owner saves, publishes or deletes anything: every write hook, outermost
 * first. Each hook runs only for the types and actions it declares (hook.ts); its `next` runs the
 * hooks below it and, at the bottom, the action. A hook that throws refuses the write, and nothing
 * below it runs. Strapi's own middlewares (i18n copying the non-localised fields to the other
 * languages) run inside all of these: the pipeline is installed in register(), before plugins'
 * bootstrap adds theirs.
 */
import type { Core } from '@strapi/strapi';
import { datePostsOnCreate, keepPostLanguageFromLocale, renderPostsOnSave } from '../api/blog-post/write-hooks';
import { linkCoAuthorsToPeople, mergePeople } from '../api/person/write-hooks';
import { renderNewsOnSave } from '../api/news-item/write-hooks';
import { fillPublicationsFromBibtex, keepCitationCountsComputed, refuseDuplicatePublications } from '../api/publication/write-hooks';
import { refuseDeletingUsedTerms } from '../content-rules/keep-used-terms';
import { validateSeriesPositions } from '../content-rules/series-position';
import { keepSlugsUnique } from '../content-rules/unique-slugs';
import { keepOtherLanguagesStatus } from '../i18n/other-versions-status';
import { keepLanguageVersionsInStep } from '../i18n/versions-in-step';
import { markOrphansOnWrite } from '../media-cleanup/mark-on-write';
import { invalidateOnWrite } from '../public-read/cache/invalidate-on-write';
import { rebuildSiteOnWrite } from '../site-rebuild/rebuild-webhook';
import { writeDispatcher } from './dispatcher';
import type { WriteHook } from './hook';

export const WRITE_PIPELINE: readonly WriteHook[] = [
  // Outermost: puts back the other languages' `updatedAt` after everything below copied shared values onto them.
  keepOtherLanguagesStatus,
  // Posts: a date when none is given, stored HTML so reads never render, `language` from the locale saved.
  datePostsOnCreate,
  renderPostsOnSave,
  keepPostLanguageFromLocale,
  // News: stored HTML of its Markdown, rendered as posts are.
  renderNewsOnSave,
  // Before the slug and series rules: a new translation takes its post's slug and series first
  // (and a news item's or talk's translation the paper or post it is about).
  keepLanguageVersionsInStep,
  // Publications: BibTeX fills the title before a slug is made from it,
  fillPublicationsFromBibtex,
  // then a duplicate is judged by the DOI, arXiv id and title the paste brought,
  refuseDuplicatePublications,
  // and the citation counts the admin's form sends back are dropped: only the job writes them.
  keepCitationCountsComputed,
  // Co-authors, once the paste filled them in, link to their persons (made when new), and a
  // person the owner merges into another hands its works over.
  linkCoAuthorsToPeople,
  mergePeople,
  // Slugs are made from titles when empty and refused when another document has them.
  keepSlugsUnique,
  // A post in a series has a position of its own.
  validateSeriesPositions,
  // A tag or series still in use is not deleted.
  refuseDeletingUsedTerms,
  // Compares the files in use right around the write, so the rules above have had their say.
  markOrphansOnWrite,
  // After the write committed: a new content version, so no cached answer outlives it,
  invalidateOnWrite,
  // and the site is told which published pages changed (draft saves change none).
  rebuildSiteOnWrite,
];

/** Installs the pipeline as one Document Service middleware (register(), so before plugins'). */
export function installWritePipeline(strapi: Core.Strapi): void {
  strapi.documents.use(writeDispatcher(strapi, WRITE_PIPELINE));
}
