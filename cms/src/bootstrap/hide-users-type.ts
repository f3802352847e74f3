/**
 * The users-permissions plugin brings a "User" collection (accounts of the public API), which the
 * Content Manager lists next to the owner's content. This site has no such accounts (registration
 * is off, the public API is read-only), so the owner never uses it: it is hidden from the Content
 * Manager with the content type's `pluginOptions['content-manager'].visible`, the switch Strapi
 * reads for its own internal types. The type, its API routes and Settings → Users & Permissions
 * are unchanged. Runs in register, before the Content Manager reads the schemas.
 */
import type { Core } from '@strapi/strapi';

const USER = 'plugin::users-permissions.user';

export function hideUsersType(strapi: Core.Strapi): void {
  const user = strapi.contentType(USER) as { pluginOptions?: Record<string, Record<string, unknown> | undefined> } | undefined;
  if (!user) return;
  user.pluginOptions = { ...user.pluginOptions, 'content-manager': { ...user.pluginOptions?.['content-manager'], visible: false } };
}
