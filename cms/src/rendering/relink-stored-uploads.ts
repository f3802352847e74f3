/**
 * Posts and news items saved before uploads were linked to the CMS (render-post-body.ts) keep
 * `src="/uploads/…"` in their stored HTML, which names a file the site does not have. At boot,
 * any such body is rendered again from its Markdown, once: afterwards none matches, so a boot
 * costs one search per type (a LIKE over the bodies of a few hundred posts at most).
 */
import type { Core, UID } from '@strapi/strapi';
import { cmsPublicUrl } from '../site-addresses/cms-public-url';
import { renderStoredBody } from './render-stored-body';

const RENDERED_TYPES: UID.ContentType[] = ['api::blog-post.blog-post', 'api::news-item.news-item'];
/** An attribute value that starts with Strapi's local uploads path: what the renderer now links away. */
const ROOT_RELATIVE_UPLOAD = '="/uploads/';

/** Renders again every stored body that still links an upload root-relatively; returns how many. */
export async function relinkStoredUploads(strapi: Core.Strapi): Promise<number> {
  let relinked = 0;
  for (const uid of RENDERED_TYPES) {
    const rows = (await strapi.db.query(uid).findMany({ where: { bodyHtml: { $contains: ROOT_RELATIVE_UPLOAD } }, select: ['id', 'body'] })) as { id: number; body: string | null }[];
    for (const row of rows) {
      if (!row.body?.trim()) continue;
      const { html } = await renderStoredBody(strapi, row.body);
      await strapi.db.query(uid).update({ where: { id: row.id }, data: { bodyHtml: html } });
      relinked += 1;
    }
  }
  if (relinked > 0) strapi.log.info(`uploads: ${relinked} stored post and news bodies now link their uploads to ${cmsPublicUrl(strapi)}`);
  return relinked;
}
