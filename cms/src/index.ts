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

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    renderPostsOnSave(strapi);
  },

  /**
   * Runs on every boot, before the server listens. Each step is idempotent: it only adds what is
   * missing (and, for the Public role, removes what must never be public).
   */
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    invalidateOnWrite(strapi, contentVersionOf(strapi));
    installFrontDoor(strapi);
    checkUploadContent(strapi);
    await ensureOwnerAdmin(strapi);
    await restrictPublicRole(strapi);
    await applyAdminLayouts(strapi);
    await ensureContentIndexes(strapi);
    await ensureRateLimitTable(strapi);
    await seedEmptyDatabase(strapi);
  },
};
