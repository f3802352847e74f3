import type { Core } from '@strapi/strapi';
import { ensureOwnerAdmin } from './bootstrap/owner-admin';
import { restrictPublicRole } from './bootstrap/public-permissions';
import { applyAdminLayouts } from './bootstrap/admin-layouts';
import { ensureContentIndexes } from './bootstrap/content-indexes';
import { seedEmptyDatabase } from './seed/seed-empty-database';
import { installWritePipeline } from './write-pipeline';
import { invalidateOnDatabaseWrites } from './public-read/cache/invalidate-on-write';
import { configureSiteRebuild } from './site-rebuild/rebuild-webhook';
import { installFrontDoor } from './public-read/cache/front-door';
import { checkUploadContent } from './uploads/check-upload-content';
import { ensureRateLimitTable } from './security/database-rate-limit-store';
import { acquireBootLock, releaseBootLock } from './cluster/boot-lock';
import { scheduleCitationCounts } from './citation-counts/schedule';
import { ensureSiteLocales } from './i18n/site-locales';
import { hideUsersType } from './bootstrap/hide-users-type';
import { registerCustomFields } from './custom-fields/register-custom-fields';
import { ensureOrphansTable } from './media-cleanup/orphan-marks';
import { scheduleMediaSweep } from './media-cleanup/schedule';
import { registerOembedRoute } from './api/oembed/root-route';
import { registerWorkReviewRoutes } from './work-review/admin-routes';
import { registerWorkDiscoveryRoute } from './work-discovery/run-route';
import { scheduleWorkDiscovery } from './work-discovery/schedule';
import { noteMissingOpenAlexKey } from './work-discovery/openalex-key-notice';
import { relinkStoredUploads } from './rendering/relink-stored-uploads';

export default {
  async register({ strapi }: { strapi: Core.Strapi }) {
    // Instances on one PostgreSQL database boot one at a time (schema sync, roles, seed); see cluster/.
    await acquireBootLock(strapi);
    // Before Strapi reads the schemas: the year and a post's date have inputs of their own in the admin.
    registerCustomFields(strapi);
    hideUsersType(strapi);
    // Every write hook, in order, as one Document Service middleware: write-pipeline/index.ts.
    installWritePipeline(strapi);
  },

  /**
   * Runs on every boot, before the server listens. Each step is idempotent: it only adds what is
   * missing (and, for the Public role, removes what must never be public).
   */
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    registerOembedRoute(strapi);
    registerWorkReviewRoutes(strapi);
    registerWorkDiscoveryRoute(strapi);
    invalidateOnDatabaseWrites(strapi);
    installFrontDoor(strapi);
    checkUploadContent(strapi);
    configureSiteRebuild(strapi, { url: process.env.SITE_REBUILD_WEBHOOK_URL, secret: process.env.SITE_REBUILD_SECRET });
    await ensureOrphansTable(strapi);
    await ensureOwnerAdmin(strapi);
    await restrictPublicRole(strapi);
    await applyAdminLayouts(strapi);
    await noteMissingOpenAlexKey(strapi);
    await ensureContentIndexes(strapi);
    await ensureSiteLocales(strapi);
    await ensureRateLimitTable(strapi);
    await seedEmptyDatabase(strapi);
    await relinkStoredUploads(strapi);
    await releaseBootLock(strapi);
    scheduleCitationCounts(strapi);
    scheduleMediaSweep(strapi);
    scheduleWorkDiscovery(strapi);
  },
};
