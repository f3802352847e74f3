/**
 * GET /api/preview/:type/:documentId?expires&signature[&locale]: the draft version of a publication or blog
 * post, with the same population and public fields as its public route (private fields are
 * sanitised away as there), never stored by any cache. Without a valid, unexpired link: 401/403.
 */
import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { HttpContext } from '../../../utils/http-context';
import { rejectUnknown } from '../../../public-read/query/query-params';
import { blogPostPopulate, publicationPopulate } from '../../../public-read/populate';
import { checkPreview } from '../../../preview/preview-link';
import { previewSettings } from '../../../preview/preview-settings';
import { DOCUMENT_ID } from '../../../public-read/document-id';
import { isLocalizedType, requestedLocale } from '../../../i18n/published-versions';
import { isPreviewType, SITE_LOCALES, type PreviewType, type SiteLocale } from '@homepage/shared';

/** Each type's draft version, populated as its public route populates it. */
const DRAFTS: Record<PreviewType, { uid: UID.ContentType; find: (strapi: Core.Strapi, documentId: string, locale: SiteLocale) => Promise<unknown> }> = {
  publication: {
    uid: 'api::publication.publication',
    find: (strapi, documentId) =>
      strapi.documents('api::publication.publication').findOne({ documentId, status: 'draft', populate: publicationPopulate }),
  },
  'blog-post': {
    uid: 'api::blog-post.blog-post',
    find: (strapi, documentId, locale) =>
      strapi.documents('api::blog-post.blog-post').findOne({ documentId, locale, status: 'draft', populate: blogPostPopulate }),
  },
};

const draftLocales = (rows: { locale?: string }[]): SiteLocale[] => SITE_LOCALES.filter((locale) => rows.some((row) => row.locale === locale));

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const { secret } = previewSettings();

  return {
    async draft(ctx: HttpContext) {
      // Set first: a refusal must not be kept by a browser or proxy either.
      ctx.set('Cache-Control', 'no-store');
      ctx.set('X-Robots-Tag', 'noindex');
      const { type, documentId } = ctx.params as { type?: string; documentId?: string };
      if (!isPreviewType(type)) throw new errors.NotFoundError(`No preview for "${String(type).slice(0, 40)}": use publication or blog-post`);
      if (!documentId || !DOCUMENT_ID.test(documentId)) throw new errors.NotFoundError('No such document');
      rejectUnknown(ctx.query, ['expires', 'signature', 'locale']);
      const locale = requestedLocale(ctx.query.locale);

      const check = checkPreview({ type, documentId }, ctx.query, secret);
      if (check === 'missing') throw new errors.UnauthorizedError('A preview needs a signed link: open it from the admin (Preview)');
      if (check === 'malformed' || check === 'forged') throw new errors.ForbiddenError('This preview link is not valid for this document');
      if (check === 'expired') throw new errors.ForbiddenError('This preview link has expired: open the preview from the admin again');

      const { uid, find } = DRAFTS[type];
      const draft = await find(strapi, documentId, locale);
      if (!draft) throw new errors.NotFoundError(`No such document${ctx.query.locale ? ` in ${locale}` : ''}`);
      // The content API's output sanitiser, as the public routes use it: private fields go.
      const data = (await strapi.contentAPI.sanitize.output(draft, strapi.getModel(uid), { auth: ctx.state.auth })) as Record<string, unknown>;
      // As the public route tells: the languages this document has (here its drafts: every version has one).
      if (isLocalizedType(strapi, uid)) data.locales = draftLocales(await strapi.db.query(uid).findMany({ where: { documentId, publishedAt: null }, select: ['locale'] }));
      ctx.body = { data, meta: { preview: { status: 'draft', expiresAt: new Date(Number(ctx.query.expires) * 1000).toISOString() } } };
    },
  };
};
