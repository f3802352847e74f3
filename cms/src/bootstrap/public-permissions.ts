/**
 * The Public role reads published content and does nothing else: no writes, no uploads, no
 * registration, no users-permissions auth routes (this site has no end-user accounts).
 * Enforced on every boot, so a permission ticked by mistake in the admin UI cannot stay public.
 */
import type { Core } from '@strapi/strapi';

/** Exactly the actions the anonymous visitor may call. */
export const PUBLIC_ACTIONS = [
  'api::profile.profile.find',
  'api::publication.publication.find',
  'api::publication.publication.findOne',
  'api::blog-post.blog-post.find',
  'api::blog-post.blog-post.findOne',
  'api::tag.tag.find',
  'api::tag.tag.findOne',
  'api::series.series.find',
  'api::series.series.findOne',
  'api::person.person.find',
  'api::person.person.findOne',
  'api::news-item.news-item.find',
  'api::news-item.news-item.findOne',
  'api::talk.talk.find',
  'api::talk.talk.findOne',
] as const;

interface PermissionRow {
  id: number;
  action: string;
}

export async function restrictPublicRole(strapi: Core.Strapi): Promise<void> {
  const role = await strapi.db
    .query('plugin::users-permissions.role')
    .findOne({ where: { type: 'public' }, populate: ['permissions'] });
  if (!role) throw new Error('users-permissions has no "public" role: the plugin did not bootstrap');

  const current = (role.permissions ?? []) as PermissionRow[];
  const allowed = new Set<string>(PUBLIC_ACTIONS);
  const extra = current.filter((permission) => !allowed.has(permission.action));
  const present = new Set(current.map((permission) => permission.action));
  const missing = PUBLIC_ACTIONS.filter((action) => !present.has(action));

  const permissions = strapi.db.query('plugin::users-permissions.permission');
  if (extra.length > 0) {
    await permissions.deleteMany({ where: { id: { $in: extra.map((permission) => permission.id) } } });
    strapi.log.info(`Public role: removed ${extra.map((p) => p.action).join(', ')}`);
  }
  for (const action of missing) {
    await permissions.create({ data: { action, role: role.id } });
  }

  // Registration off (https://docs.strapi.io/cms/features/users-permissions#advanced-settings).
  const store = strapi.store({ type: 'plugin', name: 'users-permissions' });
  const advanced = ((await store.get({ key: 'advanced' })) ?? {}) as Record<string, unknown>;
  if (advanced.allow_register !== false) {
    await store.set({ key: 'advanced', value: { ...advanced, allow_register: false } });
  }
}
