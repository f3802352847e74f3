import type { Core } from '@strapi/strapi';
import { ensureOwnerAdmin } from './bootstrap/owner-admin';
import { restrictPublicRole } from './bootstrap/public-permissions';
import { applyAdminLayouts } from './bootstrap/admin-layouts';
import { ensureContentIndexes } from './bootstrap/content-indexes';
import { seedEmptyDatabase } from './seed/seed-empty-database';
import { renderPostsOnSave } from './api/blog-post/render-on-save';
import { invalidateOnWrite } from './response-cache/invalidate-on-write';
import { contentVersionOf } from './response-cache/content-version';
import { installFrontDoor } from './response-cache/front-door';
import { checkUploadContent } from './uploads/check-upload-content';
import { ensureRateLimitTable } from './security/database-rate-limit-store';
import { rebuildSiteOnWrite } from './site-rebuild/rebuild-webhook';
import { acquireBootLock, releaseBootLock } from './cluster/boot-lock';
import { fillPublicationsFromBibtex } from './api/publication/fill-from-bibtex';
import { refuseDuplicatePublications } from './api/publication/refuse-duplicates';
import { keepCitationCountsComputed } from './citation-counts/keep-counts-computed';
import { scheduleCitationCounts } from './citation-counts/schedule';
import { keepSlugsUnique } from './content-rules/unique-slugs';
import { validateSeriesPositions } from './content-rules/series-position';
import { refuseDeletingUsedTerms } from './content-rules/keep-used-terms';
import { ensureSiteLocales } from './i18n/site-locales';
import { keepPostLanguageFromLocale } from './i18n/post-language';
import { keepLanguageVersionsInStep } from './i18n/versions-in-step';
import { hideUsersType } from './bootstrap/hide-users-type';
import { registerCustomFields } from './custom-fields/register-custom-fields';
import { datePostsOnCreate } from './api/blog-post/default-date';
import { markOrphansOnWrite } from './media-cleanup/mark-on-write';
import { ensureOrphansTable } from './media-cleanup/orphan-marks';
import { scheduleMediaSweep } from './media-cleanup/schedule';
import { keepOtherLanguagesStatus } from './i18n/other-versions-status';
import { registerOembedRoute } from './api/oembed/root-route';

export default {
  async register({ strapi }: { strapi: Core.Strapi }) {
    // Instances on one PostgreSQL database boot one at a time (schema sync, roles, seed); see cluster/.
    await acquireBootLock(strapi);
    // Before Strapi reads the schemas: the year and a post's date have inputs of their own in the admin.
    registerCustomFields(strapi);
    hideUsersType(strapi);
    // The first document middleware, so it runs around every one that copies shared values between languages.
    keepOtherLanguagesStatus(strapi);
    datePostsOnCreate(strapi);
    renderPostsOnSave(strapi);
    keepPostLanguageFromLocale(strapi);
    // Before the slug and series rules: a new translation takes its post's slug and series first.
    keepLanguageVersionsInStep(strapi);
    // Document Service middlewares run in this order: BibTeX fills the title before a slug is made from it.
    fillPublicationsFromBibtex(strapi);
    // After the fill, which brings the DOI, arXiv id and title a paste alone carries.
    refuseDuplicatePublications(strapi);
    keepCitationCountsComputed(strapi);
    keepSlugsUnique(strapi);
    validateSeriesPositions(strapi);
    refuseDeletingUsedTerms(strapi);
    // Registered last, so it runs innermost: it compares the files in use right around the write.
    markOrphansOnWrite(strapi);
  },

  /**
   * Runs on every boot, before the server listens. Each step is idempotent: it only adds what is
   * missing (and, for the Public role, removes what must never be public).
   */
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    registerOembedRoute(strapi);
    invalidateOnWrite(strapi, contentVersionOf(strapi));
    installFrontDoor(strapi);
    checkUploadContent(strapi);
    rebuildSiteOnWrite(strapi, { url: process.env.SITE_REBUILD_WEBHOOK_URL, secret: process.env.SITE_REBUILD_SECRET });
    await ensureOrphansTable(strapi);
    await ensureOwnerAdmin(strapi);
    await restrictPublicRole(strapi);
    await applyAdminLayouts(strapi);
    await ensureContentIndexes(strapi);
    await ensureSiteLocales(strapi);
    await ensureRateLimitTable(strapi);
    await seedEmptyDatabase(strapi);
    await releaseBootLock(strapi);
    scheduleCitationCounts(strapi);
    scheduleMediaSweep(strapi);
  },
};
