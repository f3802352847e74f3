/**
 * The review's HTTP routes, for the admin UI's "New works found" page (admin/new-works/). Admin
 * routes (the admin's JWT, `admin::isAuthenticatedAdmin`), not content-API ones: Strapi turns every
 * router under src/api/<name>/routes into a public /api route, so these go on the admin router
 * from bootstrap, as a plugin's admin routes would (https://docs.strapi.io/cms/backend-customization/routes).
 */
import type { Core } from '@strapi/strapi';

export const WORK_REVIEW_PREFIX = '/work-candidates';

export function registerWorkReviewRoutes(strapi: Core.Strapi): void {
  const config = { policies: ['admin::isAuthenticatedAdmin'] };
  const info = { apiName: 'work-candidate' };
  const handler = (action: string) => `api::work-candidate.work-review.${action}`;
  strapi.server.routes({
    type: 'admin',
    prefix: WORK_REVIEW_PREFIX,
    routes: [
      { method: 'GET', path: '/', handler: handler('list'), config, info },
      { method: 'POST', path: '/:documentId/accept', handler: handler('accept'), config, info },
      { method: 'POST', path: '/:documentId/dismiss', handler: handler('dismiss'), config, info },
    ],
  });
}
